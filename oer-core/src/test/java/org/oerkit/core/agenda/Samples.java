package org.oerkit.core.agenda;

import java.time.LocalDate;
import java.time.LocalTime;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.OrganizationKind;
import org.oerkit.core.vocabulary.Person;

/**
 * Small programmes for the tests, taken from the first day of the Astana 2017 concept note ("Expanding Open
 * Educational Resources for Lifelong Learning in Kazakhstan", UNESCO Almaty Cluster Office, 11-13 December
 * 2017).
 */
final class Samples {

  static final Organization UNESCO_ALMATY =
      Organization.builder().name("UNESCO Almaty Cluster Office").kind(OrganizationKind.UNESCO)
          .country(Country.KAZAKHSTAN).build();
  static final Organization UNESCO_HQ =
      Organization.builder().name("UNESCO Headquarters").kind(OrganizationKind.UNESCO).build();
  static final Organization IITE = Organization.builder()
      .name("UNESCO Institute for Information Technologies in Education").acronym("IITE")
      .kind(OrganizationKind.UNESCO).build();
  static final Organization MES_KAZAKHSTAN = Organization.builder()
      .name("Ministry of Education and Science of the Republic of Kazakhstan").kind(OrganizationKind.MINISTRY)
      .country(Country.KAZAKHSTAN).build();
  static final Organization MES_KYRGYZSTAN = Organization.builder()
      .name("Ministry of Education and Science").kind(OrganizationKind.MINISTRY).country(Country.KYRGYZSTAN)
      .build();
  static final Organization FOCAL_GROUP = Organization.builder().name("National OER Focal group")
      .kind(OrganizationKind.WORKING_GROUP).country(Country.KAZAKHSTAN).build();

  static final Person LINA_BENETE = Person.builder().name("Lina Benete")
      .position("Education Programme Specialist").addAffiliations(UNESCO_ALMATY).build();
  static final Person FENGCHUN_MIAO = Person.builder().name("Fengchun Miao")
      .position("Chief of Unit for ICT in Education").addAffiliations(UNESCO_HQ).build();
  static final Person SVETLANA_KNYAZEVA = Person.builder().name("Svetlana Knyazeva")
      .position("Chief of Section of Digital Pedagogy and Learning Materials").addAffiliations(IITE).build();
  static final Person ULANBEK_MAMBETAKUNOV =
      Person.builder().name("Ulanbek Mambetakunov").addAffiliations(MES_KYRGYZSTAN).build();

  static final LocalDate DAY_1 = LocalDate.of(2017, 12, 11);

  private Samples() {}

  /** The Astana 2017 programme from 09:00 to 16:10 on Day 1, with Session 5 interrupted by a coffee break. */
  static Workshop astanaDay1() {
    Day day = Day.builder().date(DAY_1).label("Day 1").closesAt(LocalTime.of(18, 30))
        .addSessions(
            Session.builder().id("d1-registration").kind(SessionKind.REGISTRATION).title("Registration")
                .time("09:00-09:30").build(),
            Session.builder().id("d1-opening").kind(SessionKind.OPENING).title("Welcome and Opening Session")
                .time("09:30-10:00")
                .addParts(Part.builder().title("Opening remarks").time("09:30-09:50")
                    .addRoles(Role.moderator(LINA_BENETE), Role.speaker(MES_KAZAKHSTAN)).build())
                .addParts(Part.builder().title("Introduction of Participants").time("09:50-09:55")
                    .addRoles(Role.presenter(LINA_BENETE)).build())
                .addParts(Part.builder().title("Introduction of the Objectives and Background").time("09:55-10:00")
                    .addRoles(Role.presenter(FENGCHUN_MIAO)).build())
                .build(),
            Session.builder().id("session-1").label("Session 1").kind(SessionKind.PLENARY_PRESENTATION)
                .title("Global UNESCO ICT in Education Programme and OER Projects")
                .subtitle("The role of OER in achieving SDG 4").time("10:00-10:30")
                .addRoles(Role.moderator(LINA_BENETE), Role.presenter(FENGCHUN_MIAO),
                    Role.presenter(SVETLANA_KNYAZEVA))
                .build(),
            Session.builder().id("d1-coffee-1").kind(SessionKind.COFFEE_BREAK)
                .title("Coffee/tea Break & Group Photo").time("10:30-11:00")
                .addParts(Part.builder().title("Group Photo").kind(SessionKind.GROUP_PHOTO).build())
                .build(),
            Session.builder().id("session-5").label("Session 5").kind(SessionKind.PLENARY_PRESENTATION)
                .title("OER Initiatives in Central Asia: Kyrgyzstan, Tajikistan, Uzbekistan and Kazakhstan")
                .time("14:15-16:10").addRoles(Role.moderator(SVETLANA_KNYAZEVA))
                .addParts(Part.builder().title("OER Initiatives in Kyrgyzstan").time("14:15-14:35/PT20M")
                    .addRoles(Role.presenter(ULANBEK_MAMBETAKUNOV)).build())
                .addParts(Part.of("OER Initiatives in Tajikistan", java.time.Duration.ofMinutes(20)))
                .addParts(Part.of("OER Initiatives in Uzbekistan", java.time.Duration.ofMinutes(20)))
                .addParts(Part.builder().title("OER Initiatives in Kazakhstan").minutes(40).build())
                .addInterruptedBy("d1-coffee-2")
                .build(),
            Session.builder().id("d1-coffee-2").kind(SessionKind.COFFEE_BREAK).title("Coffee/tea Break")
                .time("15:15-15:30").build())
        .build();
    return Workshop.builder()
        .id("unesco-oer-kz-2017")
        .title(LanguageTag.ENGLISH, "Expanding Open Educational Resources for Lifelong Learning in Kazakhstan")
        .venue("Park Inn by Radisson").city("Astana").country(Country.KAZAKHSTAN)
        .zone("Asia/Almaty")
        .startDate(DAY_1).endDate(LocalDate.of(2017, 12, 13))
        .addOrganizers(UNESCO_ALMATY)
        .addLanguages(LanguageTag.ENGLISH, LanguageTag.RUSSIAN)
        .addDays(day)
        .build();
  }

  /**
   * The golden programme of the export tests: {@link #astanaDay1()} and an excerpt of Day 2 and Day 3, with
   * group work in two breakout groups, discussion questions, an expected output, a moderator to be announced,
   * an inferred coffee break and a session the source gives no time for.
   */
  static Workshop golden() {
    Workshop day1 = astanaDay1();
    Day day2 = Day.builder().date(DAY_1.plusDays(1)).label("Day 2")
        .addSessions(Session.builder().id("session-9").label("Session 9").kind(SessionKind.GROUP_DISCUSSION)
            .title("Assessment of Situation and Need for OER").time("11:25-13:00")
            .addParts(Part.builder().title("Group discussion and policy drafting").kind(SessionKind.GROUP_DISCUSSION)
                .minutes(75)
                .addQuestions("How OER supports the vision of education development of Kazakhstan (policy context,"
                    + " mission and objectives of OER policy)?",
                    "What OER policies and strategies should be developed (scope)?")
                .addRoles(Role.facilitator(FOCAL_GROUP).withNote("as group leaders"))
                .build())
            .addParts(Part.builder().title("Presentation of the results of group work").kind(SessionKind.GROUP_RESULTS)
                .minutes(20).addRoles(Role.moderator(FOCAL_GROUP)).build())
            .addGroups(BreakoutGroup.builder().id("group-1").name("Group 1").topic("Policy context | scope")
                .room("hall-b").addRoles(Role.facilitator(SVETLANA_KNYAZEVA)).build())
            .addGroups(BreakoutGroup.builder().id("group-2").name("Group 2").topic("Существующие политики")
                .room("hall-c").addRoles(Role.facilitator(FENGCHUN_MIAO))
                .addExpectedOutputs("draft section on the scope of the policy").build())
            .addExpectedOutputs("first draft of the national OER policy")
            .build())
        .build();
    Day day3 = Day.builder().date(DAY_1.plusDays(2)).label("Day 3")
        .addSessions(Session.builder().id("d3-coffee").kind(SessionKind.COFFEE_BREAK).title("Coffee/tea Break")
                .time("~11:00-~11:15").build(),
            Session.builder().id("session-13").label("Session 13").kind(SessionKind.GROUP_DISCUSSION)
                .title("Follow-up Strategies and Work Plan").build(),
            Session.builder().id("session-14").label("Session 14").kind(SessionKind.PLENARY_PRESENTATION)
                .title("Follow-up Strategies and Work Plan (cont.)").time("14:30-16:15")
                .addRoles(Role.toBeAnnounced(RoleKind.MODERATOR)).build())
        .build();
    return Workshop.builder().from(day1)
        .addRooms(Room.of("plenary", "Plenary hall"), Room.of("hall-b", "Hall B"), Room.of("hall-c", "Hall C"))
        .addDays(day2, day3)
        .revision(3)
        .revisedAt(java.time.Instant.parse("2017-12-01T10:15:00Z"))
        .build();
  }

  /** A one-day workshop on 2017-12-11 in Asia/Almaty with the given sessions. */
  static Workshop oneDay(Session... sessions) {
    return workshop(Day.of(DAY_1, sessions));
  }

  /** A workshop from 2017-12-11 to 2017-12-13 in Asia/Almaty with the given days. */
  static Workshop workshop(Day... days) {
    return Workshop.builder().id("w").title(LanguageTag.ENGLISH, "Test workshop").zone("Asia/Almaty")
        .startDate(DAY_1).endDate(LocalDate.of(2017, 12, 13)).addDays(days).build();
  }

  /** A plenary session. */
  static Session session(String id, String time) {
    return Session.builder().id(id).title("Session " + id).kind(SessionKind.PLENARY_PRESENTATION).time(time)
        .build();
  }
}
