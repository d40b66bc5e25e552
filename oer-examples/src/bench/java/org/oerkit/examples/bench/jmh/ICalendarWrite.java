package org.oerkit.examples.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.oerkit.core.agenda.ICalendarWriter;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.examples.bench.Ical4jCalendars;
import org.oerkit.examples.bench.SyntheticWorkshops;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Writes one workshop as iCalendar: oer-core's {@link ICalendarWriter}, which uses no iCalendar library,
 * against ical4j building and writing the same events ({@link Ical4jCalendars}), interleaved in the same
 * rounds of the same forks. {@link ICalendarRead} is the other direction.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ICalendarWrite {

  private Workshop workshop;

  /**
   * Generates the workshop, and checks that both sides write every session.
   */
  @Setup
  public void setUp() {
    workshop = SyntheticWorkshops.withSeed(SyntheticWorkshops.SEED).workshop(0);
    long sessions = workshop.timeline().sessions().stream().filter(s -> s.start().isPresent()).count();
    if (events(ICalendarWriter.write(workshop)) < sessions || events(Ical4jCalendars.write(workshop)) != sessions) {
      throw new IllegalStateException("the writers do not write the " + sessions + " sessions");
    }
  }

  private static long events(String calendar) {
    return calendar.lines().filter("BEGIN:VEVENT"::equals).count();
  }

  /**
   * The time of each side of {@link #interleaved}, summed over an iteration; JMH reports the fields as
   * secondary results and {@link Benchmarks} divides each by the rounds.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Sides {
    /** Nanoseconds spent in {@code ICalendarWriter.write}. */
    public long oerkitNanos;
    /** Nanoseconds spent in ical4j. */
    public long ical4jNanos;
    /** The rounds, each of which wrote once with each side. */
    public long rounds;

    /**
     * Starts an iteration from zero.
     */
    @Setup(Level.Iteration)
    public void reset() {
      oerkitNanos = 0;
      ical4jNanos = 0;
      rounds = 0;
    }
  }

  /**
   * Writes once with each side, oerkit first in even rounds, timing each.
   *
   * @param sides  the counters
   * @param hole  where the calendars go
   */
  @Benchmark
  public void interleaved(Sides sides, Blackhole hole) {
    boolean oerkitFirst = (sides.rounds & 1) == 0;
    if (oerkitFirst) {
      sides.oerkitNanos += oerkit(hole);
    }
    long start = System.nanoTime();
    hole.consume(Ical4jCalendars.write(workshop));
    sides.ical4jNanos += System.nanoTime() - start;
    if (!oerkitFirst) {
      sides.oerkitNanos += oerkit(hole);
    }
    sides.rounds++;
  }

  private long oerkit(Blackhole hole) {
    long start = System.nanoTime();
    hole.consume(ICalendarWriter.write(workshop));
    return System.nanoTime() - start;
  }
}
