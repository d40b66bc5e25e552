package org.oerkit.json;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.oerkit.core.agenda.BreakoutGroup;
import org.oerkit.core.agenda.Day;
import org.oerkit.core.agenda.Part;
import org.oerkit.core.agenda.Role;
import org.oerkit.core.agenda.RoleHolder;
import org.oerkit.core.agenda.RoleKind;
import org.oerkit.core.agenda.Room;
import org.oerkit.core.agenda.Session;
import org.oerkit.core.agenda.SessionKind;
import org.oerkit.core.agenda.SessionTime;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.OrganizationKind;
import org.oerkit.core.vocabulary.Person;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * A workshop after the first morning of the Astana 2017 programme (UNESCO National Workshop on Expanding
 * OER for Lifelong Learning in Kazakhstan, Astana, 11-13 December 2017, concept note agenda), and a
 * generator of random valid workshops.
 */
final class AgendaSamples {

  static final Organization UNESCO = Organization.builder().name("UNESCO").kind(OrganizationKind.UNESCO).build();
  static final Organization ALMATY = Organization.builder().name("UNESCO Almaty Cluster Office")
      .kind(OrganizationKind.UNESCO).country(Country.KAZAKHSTAN).parent(UNESCO).build();
  static final Organization MINISTRY = Organization.builder()
      .name("Ministry of Education and Science of the Republic of Kazakhstan").acronym("MOES")
      .kind(OrganizationKind.MINISTRY).country(Country.KAZAKHSTAN).build();
  static final Person BENETE = Person.builder().name("Lina Benete").position("Education Programme Specialist")
      .addAffiliation(ALMATY).build();
  static final Person PIKKAT = Person.builder().name("Krista Pikkat").position("Director")
      .addAffiliation(ALMATY).build();

  private AgendaSamples() {}

  static Workshop astana() {
    Session registration = Session.builder().id("d1-registration").title("Registration")
        .kind(SessionKind.REGISTRATION).time(SessionTime.of(LocalTime.of(9, 0), LocalTime.of(9, 30))).build();
    Session opening = Session.builder().id("d1-opening").title("Opening remarks").kind(SessionKind.OPENING)
        .time(SessionTime.of(LocalTime.of(9, 30), LocalTime.of(9, 50)))
        .addRoles(Role.moderator(BENETE), Role.speaker(PIKKAT),
            Role.of(RoleKind.SPEAKER, Person.builder().name("Meldebekova Mayra Turganbaevna")
                .familyName("Meldebekova").addAffiliation(MINISTRY).build()))
        .build();
    Session session5 = Session.builder().id("d1-s5").label("Session 5")
        .title("OER Initiatives in Central Asia: Kyrgyzstan, Tajikistan, Uzbekistan and Kazakhstan")
        .kind(SessionKind.PLENARY_PRESENTATION).room("plenary")
        .time(SessionTime.parse("14:15-~16:10"))
        .addParts(Part.builder().title("OER Initiatives in Tajikistan").time(SessionTime.parse("?/PT20M"))
                .addRoles(Role.toBeAnnounced(RoleKind.PRESENTER)).build(),
            Part.builder().title("OER Initiatives in Uzbekistan").minutes(20).build())
        .addInterruptedBy("d1-break-2")
        .build();
    Session coffee = Session.builder().id("d1-break-2").title("Coffee/tea Break").kind(SessionKind.COFFEE_BREAK)
        .time(SessionTime.of(LocalTime.of(15, 15), Duration.ofMinutes(15))).build();
    Session groups = Session.builder().id("d2-s9").label("Session 9")
        .title("Assessment of Situation and Need for OER").kind(SessionKind.GROUP_DISCUSSION)
        .time(SessionTime.parse("11:25-13:00"))
        .addQuestions("What OER initiatives exist in your institution?")
        .addGroups(BreakoutGroup.builder().id("g1").name("Group 1").topic("Higher education").room("room-b")
            .addRoles(Role.builder().kind(RoleKind.RAPPORTEUR).holder(RoleHolder.toBeAnnounced("to be chosen"))
                .note("rotates daily").build())
            .addExpectedOutputs("Draft policy section 3").build())
        .build();
    return Workshop.builder()
        .id("unesco-oer-kz-2017")
        .title(LocalizedText.of(LanguageTag.ENGLISH,
            "National Workshop on Expanding OER for Lifelong Learning in Kazakhstan"))
        .city("Astana").country(Country.KAZAKHSTAN).zone("Asia/Almaty")
        .startDate(LocalDate.of(2017, 12, 11)).endDate(LocalDate.of(2017, 12, 13))
        .addOrganizers(ALMATY, MINISTRY)
        .addObjectives("Draft a national OER policy for Kazakhstan.")
        .addLanguages(LanguageTag.ENGLISH, LanguageTag.RUSSIAN)
        .addRooms(Room.of("plenary", "Plenary hall"), Room.builder().id("room-b").name("Room B").capacity(30).build())
        .addDays(Day.builder().date(LocalDate.of(2017, 12, 11)).label("Day 1")
                .addSessions(registration, opening, session5, coffee).build(),
            Day.builder().date(LocalDate.of(2017, 12, 12)).closesAt(LocalTime.of(18, 30)).addSessions(groups).build())
        .revision(2)
        .revisedAt(Instant.parse("2017-12-01T08:00:00Z"))
        .build();
  }

  /** Random valid workshops: days in order, sessions with random times, roles of every holder kind. */
  static Gen<Workshop> workshops() {
    Gen<String> text = Generators.trimmed();
    Gen<Person> people = Generators.people();
    Gen<Organization> organizations = Generators.organizations();
    Gen<LocalizedText> titles = Generators.localizedTexts();
    return in -> {
      LocalDate start = LocalDate.of(2000, 1, 1).plusDays(Generators.pick(in, 20_000));
      int dayCount = Generators.pick(in, 4);
      Workshop.Builder builder = Workshop.builder()
          .id("w" + Generators.pick(in, 1000))
          .title(titles.generate(in))
          .zone(Generators.pick(in, List.of("Asia/Almaty", "Europe/Paris", "UTC", "America/Los_Angeles")))
          .startDate(start).endDate(start.plusDays(Math.max(0, dayCount - 1)));
      if (Generators.coin(in)) {
        builder.venue(text.generate(in)).city(text.generate(in)).country(Generators.countries().generate(in));
      }
      builder.addAllOrganizers(Generators.lists(organizations, 2).generate(in));
      builder.addAllObjectives(Generators.lists(text, 2).generate(in));
      builder.addAllLanguages(List.of(Generators.languages().generate(in)));
      builder.addAllReferences(Generators.lists(Generators.anyText(), 2).generate(in));
      if (Generators.coin(in)) {
        builder.addRooms(Room.builder().id("r1").name(text.generate(in)).capacity(1 + Generators.pick(in, 500)).build());
      }
      for (int d = 0; d < dayCount; d++) {
        Day.Builder day = Day.builder().date(start.plusDays(d));
        int sessions = Generators.pick(in, 4);
        for (int s = 0; s < sessions; s++) {
          day.addSessions(session(in, "d" + d + "-s" + s, text, people, organizations));
        }
        builder.addDays(day.build());
      }
      builder.revision(Generators.pick(in, 5));
      if (Generators.coin(in)) {
        builder.revisedAt(Instant.ofEpochSecond(946_684_800L + Generators.pick(in, 1_000_000_000)));
      }
      return builder.build();
    };
  }

  private static Session session(RandomnessSource in, String id, Gen<String> text, Gen<Person> people,
      Gen<Organization> organizations) {
    Session.Builder session = Session.builder().id(id).title(text.generate(in))
        .kind(Generators.pick(in, SessionKind.defaults()))
        .time(time(in));
    if (Generators.coin(in)) {
      session.label(text.generate(in)).subtitle(text.generate(in)).description(text.generate(in));
    }
    if (Generators.coin(in)) {
      session.kind(SessionKind.of("site-visit"));
    }
    List<Role> roles = new ArrayList<>();
    for (int r = Generators.pick(in, 3); r > 0; r--) {
      RoleKind kind = Generators.pick(in, RoleKind.defaults());
      switch (Generators.pick(in, 3)) {
        case 0:
          roles.add(Role.of(kind, people.generate(in)));
          break;
        case 1:
          roles.add(Role.of(kind, organizations.generate(in)).withNote(text.generate(in)));
          break;
        default:
          roles.add(Role.toBeAnnounced(kind));
      }
    }
    session.addAllRoles(roles);
    if (Generators.coin(in)) {
      session.addParts(Part.builder().title(text.generate(in)).time(time(in)).addAllRoles(roles)
          .addQuestions(text.generate(in)).build());
    }
    if (Generators.coin(in)) {
      session.addGroups(BreakoutGroup.builder().id(id + "-g").name(text.generate(in)).room("r1")
          .addExpectedOutputs(text.generate(in)).build());
    }
    return session.build();
  }

  private static SessionTime time(RandomnessSource in) {
    LocalTime start = LocalTime.of(Generators.pick(in, 24), Generators.pick(in, 60));
    switch (Generators.pick(in, 5)) {
      case 0:
        return SessionTime.unknown();
      case 1:
        return SessionTime.of(start, Duration.ofMinutes(1 + Generators.pick(in, 180)));
      case 2:
        return SessionTime.of(start, start.plusMinutes(Generators.pick(in, 120)));
      case 3:
        return SessionTime.lasting(Duration.ofMinutes(Generators.pick(in, 90))).asInferred();
      default:
        return SessionTime.builder().start(start).startInferred(true).build();
    }
  }
}
