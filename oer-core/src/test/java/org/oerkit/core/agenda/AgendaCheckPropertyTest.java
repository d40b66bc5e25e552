package org.oerkit.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.oerkit.core.Report;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.OrganizationKind;
import org.oerkit.core.vocabulary.Person;

/** The O(n log n) check agrees with the O(n²) brute force on random programmes. */
class AgendaCheckPropertyTest {

  private static final Person[] PEOPLE = {Person.of("Lina Benete"), Person.of("Fengchun Miao"),
      Person.of("Svetlana Knyazeva"), Person.of("Jonghwi Park"), Person.of("Dominic Orr")};
  private static final Organization GROUP =
      Organization.of("National OER Focal group", OrganizationKind.WORKING_GROUP);
  private static final String[] ROOMS = {"plenary", "hall-b", "hall-c"};

  @Test
  void check_agreesWithBruteForce() {
    qt().withExamples(200)
        .forAll(integers().between(0, 40), longs().all())
        .check((size, seed) -> {
          Workshop workshop = randomWorkshop(size, new Random(seed));
          Report fast = AgendaCheck.standard().check(workshop);
          Report brute = BruteForceAgendaCheck.check(AgendaCheck.standard(), workshop);
          return fast.equals(brute);
        });
  }

  @Test
  void check_agreesWithBruteForce_withAMinimumGap() {
    AgendaCheck check = AgendaCheck.standard().withMinimumGap(Duration.ofMinutes(20));
    qt().withExamples(100)
        .forAll(integers().between(0, 40), longs().all())
        .check((size, seed) -> {
          Workshop workshop = randomWorkshop(size, new Random(seed));
          return check.check(workshop).equals(BruteForceAgendaCheck.check(check, workshop));
        });
  }

  @Test
  void randomWorkshops_doFindOverlapsAndGaps() {
    // Guards the property above against generators that never produce the interesting cases.
    int overlaps = 0;
    int people = 0;
    int gaps = 0;
    for (long seed = 0; seed < 50; seed++) {
      Report report = AgendaCheck.standard().check(randomWorkshop(30, new Random(seed)));
      overlaps += report.findings(AgendaRules.ROOM_OVERLAP.id()).size();
      people += report.findings(AgendaRules.PERSON_OVERLAP.id()).size();
      gaps += report.findings(AgendaRules.GAP.id()).size();
    }
    assertThat(overlaps).isPositive();
    assertThat(people).isPositive();
    assertThat(gaps).isPositive();
  }

  static Workshop randomWorkshop(int size, Random random) {
    // Berlin around the spring-forward night of 2017-03-26, so that some local times do not exist.
    LocalDate first = LocalDate.of(2017, 3, 25);
    int dayCount = 1 + random.nextInt(3);
    List<Day> days = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int d = 0; d < dayCount; d++) {
      Day.Builder day = Day.builder().date(first.plusDays(random.nextInt(10) == 0 ? d - 1 : d));
      List<Session> sessions = new ArrayList<>();
      int count = size / dayCount;
      for (int i = 0; i < count; i++) {
        String id = "s" + random.nextInt(Math.max(1, size + size / 5));
        Session.Builder session = Session.builder().id(id).title("Session " + id)
            .kind(random.nextBoolean() ? SessionKind.PLENARY_PRESENTATION : SessionKind.COFFEE_BREAK)
            .time(randomTime(random));
        if (random.nextInt(3) == 0) {
          session.room(ROOMS[random.nextInt(ROOMS.length)]);
        }
        for (int r = random.nextInt(3); r > 0; r--) {
          session.addRoles(random.nextInt(5) == 0 ? Role.moderator(GROUP)
              : Role.presenter(PEOPLE[random.nextInt(PEOPLE.length)]));
        }
        for (int p = random.nextInt(3); p > 0; p--) {
          session.addParts(Part.builder().title("Part " + p).time(SessionTime.ofMinutes(random.nextInt(90)))
              .addRoles(Role.presenter(PEOPLE[random.nextInt(PEOPLE.length)])).build());
        }
        for (int g = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0; g > 0; g--) {
          BreakoutGroup.Builder group = BreakoutGroup.builder().id("g" + random.nextInt(3)).name("Group " + g)
              .addRoles(Role.facilitator(PEOPLE[random.nextInt(PEOPLE.length)]));
          if (random.nextBoolean()) {
            group.room(ROOMS[random.nextInt(ROOMS.length)]);
          }
          session.addGroups(group.build());
        }
        if (!ids.isEmpty() && random.nextInt(6) == 0) {
          String other = ids.get(random.nextInt(ids.size()));
          if (!other.equals(id)) {
            session.addInterruptedBy(other);
          }
        }
        ids.add(id);
        sessions.add(session.build());
      }
      days.add(day.addAllSessions(sessions).build());
    }
    return Workshop.builder().id("random").title(LanguageTag.ENGLISH, "Random").zone("Europe/Berlin")
        .startDate(first).endDate(first.plusDays(1))
        .addRooms(Room.of("plenary", "Plenary"), Room.of("hall-b", "Hall B"))
        .addAllDays(days).build();
  }

  private static SessionTime randomTime(Random random) {
    switch (random.nextInt(12)) {
      case 0:
        return SessionTime.unknown();
      case 1:
        return SessionTime.startingAt(LocalTime.of(random.nextInt(24), 0));
      case 2:
        return SessionTime.of(LocalTime.of(random.nextInt(24), 5 * random.nextInt(12)),
            Duration.ofMinutes(random.nextInt(300)));
      default:
        LocalTime start = LocalTime.of(8 + random.nextInt(12), 5 * random.nextInt(12));
        return SessionTime.of(start, start.plusMinutes(5 + 5 * random.nextInt(30)));
    }
  }
}
