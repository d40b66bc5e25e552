package org.oerkit.examples.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.oerkit.core.agenda.Day;
import org.oerkit.core.agenda.Part;
import org.oerkit.core.agenda.Role;
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

/**
 * Generates workshops of realistic size from a seed: 3 to 5 days of 10 to 20 sessions, with parts, rooms,
 * moderators and presenters drawn from a pool of people and their organizations, shaped like the
 * programme of the UNESCO OER workshop in Astana (11-13 December 2017).
 *
 * <p>The same seed and index always give an equal workshop, on any machine and JVM, so that every
 * benchmark run reads the same documents. {@link #programme(int)} makes one workshop of a given number of
 * sessions, for the scaling of programme validation.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticWorkshops {

  /** The seed of every corpus of the benchmark suite: the first day of the Astana workshop. */
  public static final long SEED = 2017_12_11L;

  private static final String[] GIVEN = {"Aigerim", "Nurlan", "Svetlana", "Fengchun", "Irina", "Daniyar",
      "Gulnara", "Marat", "Elena", "Asel", "Timur", "Zarina", "Olga", "Bakhyt", "Saule", "Ruslan"};
  private static final String[] FAMILY = {"Abenova", "Seitkali", "Knyazeva", "Miao", "Petrova", "Omarov",
      "Zhakupova", "Iskakov", "Smirnova", "Nurpeisova", "Akhmetov", "Bekova", "Ivanova", "Tulegenov"};
  private static final String[] TOPICS = {"Open Educational Resources", "Open licensing",
      "Lifelong learning", "Digital content", "Teacher education", "Quality assurance", "Open access",
      "Inclusive education", "National OER policy", "Repositories and metadata", "ICT competency",
      "Sustainability models"};
  private static final String[] PLACES = {"Astana", "Almaty", "Bishkek", "Dushanbe", "Tashkent", "Paris"};
  private static final Country[] COUNTRIES = {Country.KAZAKHSTAN, Country.KAZAKHSTAN, Country.KYRGYZSTAN,
      Country.TAJIKISTAN, Country.UZBEKISTAN, Country.FRANCE};
  private static final String[] ZONES = {"Asia/Almaty", "Asia/Almaty", "Asia/Bishkek", "Asia/Dushanbe",
      "Asia/Tashkent", "Europe/Paris"};
  private static final SessionKind[] TALKS = {SessionKind.KEYNOTE, SessionKind.PLENARY_PRESENTATION,
      SessionKind.PANEL, SessionKind.PLENARY_DISCUSSION, SessionKind.GROUP_DISCUSSION,
      SessionKind.GROUP_RESULTS};

  private final long seed;

  private SyntheticWorkshops(long seed) {
    this.seed = seed;
  }

  /**
   * Obtains a generator for a seed.
   *
   * @param seed  the seed
   * @return the generator
   */
  public static SyntheticWorkshops withSeed(long seed) {
    return new SyntheticWorkshops(seed);
  }

  /**
   * Generates one workshop: 3 to 5 days of 10 to 20 sessions.
   *
   * @param index  the number of the workshop, 0 or more
   * @return the workshop, equal for equal seeds and indexes
   */
  public Workshop workshop(int index) {
    SplittableRandom random = new SplittableRandom(seed * 31 + index);
    int days = 3 + random.nextInt(3);
    Workshop.Builder workshop = header(random, "workshop-" + index, days);
    List<Person> people = people(random, organizations(random), 20 + random.nextInt(30));
    LocalDate start = LocalDate.of(2017, 12, 11).plusDays(random.nextInt(3000));
    for (int d = 0; d < days; d++) {
      workshop.addDays(day(random, people, start.plusDays(d), d, 10 + random.nextInt(11), 1));
    }
    return workshop.startDate(start).endDate(start.plusDays(days - 1L)).build();
  }

  /**
   * Generates one workshop with a given number of sessions, in several rooms, for the scaling of
   * programme validation: 128 sessions a day in 16 rooms, with parts and people as in
   * {@link #workshop(int)}, from a pool of one person for every two sessions (numbered, so that names are
   * unique).
   *
   * @param sessions  the number of sessions, 1 or more
   * @return the workshop
   */
  public Workshop programme(int sessions) {
    SplittableRandom random = new SplittableRandom(seed * 31 - sessions);
    int perDay = 128;
    int days = (sessions + perDay - 1) / perDay;
    Workshop.Builder workshop = header(random, "programme-" + sessions, 16);
    // Each person appears in about five sessions of the whole programme, so that overlaps are rare.
    List<Person> people = people(random, organizations(random), Math.max(50, sessions / 2));
    LocalDate start = LocalDate.of(2017, 12, 11);
    for (int d = 0; d < days; d++) {
      workshop.addDays(day(random, people, start.plusDays(d), d, Math.min(perDay, sessions - d * perDay), 16));
    }
    return workshop.startDate(start).endDate(start.plusDays(Math.max(days, 1) - 1L)).build();
  }

  private static Workshop.Builder header(SplittableRandom random, String id, int rooms) {
    int place = random.nextInt(PLACES.length);
    Workshop.Builder workshop = Workshop.builder()
        .id(id)
        .title(LocalizedText.builder()
            .put(LanguageTag.ENGLISH, "National Workshop on " + pick(random, TOPICS) + " in " + PLACES[place])
            .put(LanguageTag.RUSSIAN, "Национальный семинар по открытым образовательным ресурсам")
            .build())
        .venue("Conference Centre " + (1 + random.nextInt(9)))
        .city(PLACES[place])
        .country(COUNTRIES[place])
        .zone(ZONES[place])
        .addLanguages(LanguageTag.ENGLISH, LanguageTag.RUSSIAN)
        .addReferences("https://unesdoc.unesco.org/ark:/48223/pf0000" + (200000 + random.nextInt(99999)));
    for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
      workshop.addBackground(sentence(random, 30 + random.nextInt(40)));
    }
    for (int i = 0, n = 3 + random.nextInt(4); i < n; i++) {
      workshop.addObjectives("To discuss " + pick(random, TOPICS).toLowerCase(Locale.ROOT)
          + " and " + sentence(random, 8 + random.nextInt(8)));
    }
    workshop.addParticipantProfiles("MoE officials in charge of digital content development",
        "Representatives of universities and teacher training institutes");
    workshop.addRooms(Room.PLENARY);
    for (int r = 1; r < rooms; r++) {
      workshop.addRooms(Room.of("room-" + r, "Room " + r));
    }
    return workshop;
  }

  private static List<Organization> organizations(SplittableRandom random) {
    Organization unesco = Organization.builder()
        .name("United Nations Educational, Scientific and Cultural Organization")
        .acronym("UNESCO").kind(OrganizationKind.UNESCO).build();
    List<Organization> organizations = new ArrayList<>();
    organizations.add(Organization.builder().name("UNESCO Almaty Cluster Office")
        .kind(OrganizationKind.UNESCO).parent(unesco).build());
    for (int i = 0, n = 6 + random.nextInt(6); i < n; i++) {
      organizations.add(Organization.builder()
          .name(pick(random, PLACES) + " University of " + pick(random, TOPICS))
          .kind(OrganizationKind.UNIVERSITY).country(pick(random, COUNTRIES)).build());
    }
    organizations.add(Organization.builder().name("Ministry of Education and Science")
        .acronym("MoES").kind(OrganizationKind.MINISTRY).country(Country.KAZAKHSTAN).build());
    return organizations;
  }

  private static List<Person> people(SplittableRandom random, List<Organization> organizations, int count) {
    List<Person> people = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String family = pick(random, FAMILY);
      Person.Builder person = Person.builder()
          .name(pick(random, GIVEN) + " " + family + (count > 100 ? " " + (i + 1) : ""))
          .familyName(family)
          .position(random.nextBoolean() ? "Programme Specialist" : "Head of Department of " + pick(random, TOPICS))
          .addAffiliations(organizations.get(random.nextInt(organizations.size())));
      if (random.nextInt(4) == 0) {
        person.honorific("Dr");
      }
      people.add(person.build());
    }
    return people;
  }

  private static Day day(SplittableRandom random, List<Person> people, LocalDate date, int number, int sessions,
      int rooms) {
    Day.Builder day = Day.builder().date(date).label("Day " + (number + 1));
    int perRoom = (sessions + rooms - 1) / rooms;
    // A room's sessions follow each other without gaps from 09:00, and fit in twelve hours.
    int longest = Math.max(15, Math.min(90, 720 / perRoom / 15 * 15));
    LocalTime[] next = new LocalTime[rooms];
    Arrays.fill(next, LocalTime.of(9, 0));
    for (int i = 0; i < sessions; i++) {
      int room = i / perRoom;
      long minutes = 15L * (1 + random.nextInt(longest / 15));
      day.addSessions(session(random, people, "d" + (number + 1) + "-s" + (i + 1), room, rooms, next[room],
          minutes));
      next[room] = next[room].plusMinutes(minutes);
    }
    return day.closesAt(LocalTime.of(21, 0)).build();
  }

  private static Session session(SplittableRandom random, List<Person> people, String id, int room, int rooms,
      LocalTime start, long minutes) {
    Session.Builder session = Session.builder()
        .id(id)
        .time(SessionTime.of(start, start.plusMinutes(minutes)));
    if (room > 0) {
      session.room("room-" + room);
    }
    if (random.nextInt(10) == 0) {
      return session.kind(SessionKind.COFFEE_BREAK).title("Coffee break").build();
    }
    session.kind(pick(random, TALKS))
        .label("Session " + id)
        .title(pick(random, TOPICS) + ": " + sentence(random, 4 + random.nextInt(6)))
        .addRoles(Role.moderator(speaker(random, people, room, rooms)));
    if (random.nextInt(3) == 0) {
      session.description(sentence(random, 20 + random.nextInt(30)));
    }
    // Parts that fill the session: 1 to 3 parts of equal whole minutes, or none.
    int parts = random.nextInt(4);
    while (parts > 0 && minutes % parts != 0) {
      parts--;
    }
    for (int p = 0; p < parts; p++) {
      session.addParts(Part.builder()
          .title(sentence(random, 3 + random.nextInt(6)))
          .time(SessionTime.lasting(Duration.ofMinutes(minutes / parts)))
          .addRoles(Role.presenter(speaker(random, people, room, rooms)))
          .build());
    }
    if (random.nextInt(4) == 0) {
      session.addQuestions("How can " + sentence(random, 6 + random.nextInt(6)).toLowerCase(Locale.ROOT)
          + "?");
      session.addExpectedOutputs("Recommendations on " + pick(random, TOPICS).toLowerCase(Locale.ROOT));
    }
    if (random.nextInt(5) == 0) {
      session.addRoles(Role.of(RoleKind.RAPPORTEUR, speaker(random, people, room, rooms)));
    }
    return session.build();
  }

  /**
   * Picks a speaker of a room's track: each room has its own share of the people, as tracks of a large
   * conference have; one pick in 100 crosses tracks, so that a few people are in two places at once.
   */
  private static Person speaker(SplittableRandom random, List<Person> people, int room, int rooms) {
    int share = people.size() / rooms;
    if (rooms == 1 || share == 0 || random.nextInt(100) == 0) {
      return pick(random, people);
    }
    return people.get(room * share + random.nextInt(share));
  }

  private static final String[] WORDS = {"open", "educational", "resources", "policy", "licence", "teachers",
      "learners", "quality", "access", "national", "repository", "universities", "ministry", "lifelong",
      "learning", "digital", "content", "adaptation", "sharing", "capacity", "regional", "cooperation",
      "strategies", "curriculum", "platform", "review"};

  private static String sentence(SplittableRandom random, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(WORDS[random.nextInt(WORDS.length)]);
    }
    text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
    return text.toString();
  }

  private static <T> T pick(SplittableRandom random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
