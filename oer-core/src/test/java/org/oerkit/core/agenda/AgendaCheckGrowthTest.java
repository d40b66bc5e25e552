package org.oerkit.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.oerkit.core.Report;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.Person;

/**
 * The work of {@link AgendaCheck#check} grows as n log n in the number of sessions: the steps of its sweeps
 * ({@link AgendaCheck.Steps}: comparisons of the sorts and of the queue of open bookings, bookings let go,
 * pairs examined) are counted, not timed, on programmes of 1,000 to 64,000 sessions shaped as the benchmark's
 * (128 sessions a day in 16 rooms, back to back, speakers from a pool of one person for every two sessions,
 * a few of them crossing rooms).
 */
class AgendaCheckGrowthTest {

  private static final int ROOMS = 16;
  private static final int PER_DAY = 128;

  /** A programme of n sessions of an hour, 8 a day in each of 16 rooms from 09:00, each with two speakers. */
  static Workshop programme(int n) {
    SplittableRandom random = new SplittableRandom(n);
    int pool = Math.max(ROOMS, n / 2);
    List<Person> people = new ArrayList<>(pool);
    for (int i = 0; i < pool; i++) {
      people.add(Person.of("Speaker " + i));
    }
    LocalDate first = LocalDate.of(2017, 12, 11);
    Workshop.Builder workshop = Workshop.builder().id("programme-" + n).title(LanguageTag.ENGLISH, "Programme")
        .zone("Asia/Almaty").startDate(first).endDate(first.plusDays((n - 1) / PER_DAY))
        .addRooms(Room.PLENARY);
    for (int r = 1; r < ROOMS; r++) {
      workshop.addRooms(Room.of("room-" + r, "Room " + r));
    }
    for (int d = 0; d * PER_DAY < n; d++) {
      Day.Builder day = Day.builder().date(first.plusDays(d));
      for (int i = 0; i < PER_DAY && d * PER_DAY + i < n; i++) {
        int room = i % ROOMS;
        LocalTime start = LocalTime.of(9 + i / ROOMS, 0);
        Session.Builder session = Session.builder().id("d" + d + "-s" + i).title("Session " + i)
            .kind(SessionKind.PLENARY_PRESENTATION).time(SessionTime.of(start, start.plusHours(1)));
        if (room > 0) {
          session.room("room-" + room);
        }
        for (int p = 0; p < 2; p++) {
          // Each room's speakers come from its own share of the pool; one in fifty crosses to any room.
          int share = pool / ROOMS;
          Person speaker = random.nextInt(50) == 0 ? people.get(random.nextInt(pool))
              : people.get(room * share + random.nextInt(share));
          session.addRoles(Role.presenter(speaker));
        }
        day.addSessions(session.build());
      }
      workshop.addDays(day.build());
    }
    return workshop.build();
  }

  private static long steps(Workshop workshop) {
    AtomicLong steps = new AtomicLong();
    AgendaCheck.standard().run(workshop, AgendaCheck.sweeps(steps::addAndGet));
    return steps.get();
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  @Test
  void steps_growAsNLogN_from1000To64000Sessions() {
    long previous = 0;
    double firstConstant = 0;
    for (int n = 1_000; n <= 64_000; n *= 2) {
      long steps = steps(programme(n));
      double constant = steps / (n * log2(n));
      if (previous == 0) {
        firstConstant = constant;
      } else {
        // Doubling n multiplies n log n by 2 log(2n) / log(n): at most that, with 2 % for the shape's rounding.
        double bound = 2 * log2(n) / log2(n / 2.0);
        assertThat((double) steps / previous).as("steps(%d) / steps(%d)", n, n / 2).isLessThanOrEqualTo(bound * 1.02);
      }
      assertThat(constant).as("steps / (n log2 n) at n = %d", n).isLessThanOrEqualTo(firstConstant * 1.02);
      previous = steps;
    }
  }

  @Test
  void steps_countWhatWouldBeQuadratic_whenEverySessionOverlapsEveryOther() {
    // The negative control: sessions all at once in one room are n² / 2 overlapping pairs, and the counter
    // sees them.
    long[] steps = new long[2];
    for (int i = 0; i < 2; i++) {
      int n = 100 << i;
      Day.Builder day = Day.builder().date(LocalDate.of(2017, 12, 11));
      for (int s = 0; s < n; s++) {
        day.addSessions(Session.builder().id("s" + s).title("Session " + s).kind(SessionKind.PLENARY_PRESENTATION)
            .time(SessionTime.of(LocalTime.of(9, 0), LocalTime.of(10, 0))).build());
      }
      Workshop workshop = Workshop.builder().id("crowd").title(LanguageTag.ENGLISH, "Crowd").zone("Asia/Almaty")
          .startDate(LocalDate.of(2017, 12, 11)).endDate(LocalDate.of(2017, 12, 11)).addDays(day.build()).build();
      steps[i] = steps(workshop);
      assertThat(AgendaCheck.standard().check(workshop).findings(AgendaRules.ROOM_OVERLAP.id()))
          .hasSize(n * (n - 1) / 2);
    }
    assertThat((double) steps[1] / steps[0]).isGreaterThan(3.5);
  }

  /** A day of n sessions of an hour in one room, each starting ten minutes after the one before, in the given order. */
  private static Workshop staggered(List<Integer> order) {
    Day.Builder day = Day.builder().date(LocalDate.of(2017, 12, 11));
    for (int i : order) {
      LocalTime start = LocalTime.of(8, 0).plusMinutes(10L * i);
      day.addSessions(Session.builder().id("s" + i).title("Session " + i).kind(SessionKind.PLENARY_PRESENTATION)
          .time(SessionTime.of(start, start.plusHours(1))).build());
    }
    return Workshop.builder().id("staggered").title(LanguageTag.ENGLISH, "Staggered").zone("Asia/Almaty")
        .startDate(LocalDate.of(2017, 12, 11)).endDate(LocalDate.of(2017, 12, 11)).addDays(day.build()).build();
  }

  @Test
  void steps_countTheComparisonsOfTheSorts() {
    // The same sessions, listed in time order or shuffled: the sweeps after the sort are the same, so the
    // shuffled programme costs more steps only because sorting it takes more comparisons, which are counted.
    List<Integer> sorted = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      sorted.add(i);
    }
    List<Integer> shuffled = new ArrayList<>(sorted);
    java.util.Collections.shuffle(shuffled, new java.util.Random(12));

    assertThat(steps(staggered(shuffled))).isGreaterThan(steps(staggered(sorted)) + 64);
  }

  @Test
  void countingTheSteps_leavesTheReportAsTheCheckGivesIt_ofSessionsListedOutOfTimeOrder() {
    List<Integer> reversed = new ArrayList<>();
    for (int i = 11; i >= 0; i--) {
      reversed.add(i);
    }
    Workshop workshop = staggered(reversed);
    Report counted = AgendaCheck.standard().run(workshop, AgendaCheck.sweeps(count -> { }));
    Report report = AgendaCheck.standard().check(workshop);
    assertThat(counted).isEqualTo(report);
    // Each session overlaps the five that start within its hour after it.
    assertThat(report.findings(AgendaRules.ROOM_OVERLAP.id())).hasSize(5 * 12 - 15);
  }

  @Test
  void countingTheSteps_leavesTheReportAsTheCheckGivesIt() {
    Workshop workshop = programme(2_000);
    Report counted = AgendaCheck.standard().run(workshop, AgendaCheck.sweeps(count -> { }));
    Report report = AgendaCheck.standard().check(workshop);
    assertThat(counted).isEqualTo(report);
    assertThat(report.findings(AgendaRules.PERSON_OVERLAP.id())).isNotEmpty();
  }
}
