package org.oerkit.examples.bench.jmh;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.oerkit.core.agenda.ICalendarReader;
import org.oerkit.core.agenda.ICalendarWriter;
import org.oerkit.core.agenda.Workshop;
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
 * Reads one workshop's iCalendar: oer-core's {@link ICalendarReader}, which builds a checked
 * {@link Workshop} and its findings, against ical4j's {@code CalendarBuilder}, which builds its object
 * model of the same text and checks nothing of a programme, interleaved in the same rounds of the same
 * forks. The text is what {@link ICalendarWriter} writes for the suite's synthetic workshop 0.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ICalendarRead {

  private String calendar;

  /**
   * Writes the calendar, and checks that both sides read every event of it.
   */
  @Setup
  public void setUp() {
    Workshop workshop = SyntheticWorkshops.withSeed(SyntheticWorkshops.SEED).workshop(0);
    calendar = ICalendarWriter.write(workshop);
    long events = calendar.lines().filter("BEGIN:VEVENT"::equals).count();
    long ours = ICalendarReader.read(calendar).value().timeline().sessions().size();
    long theirs = ical4j(calendar).getComponents(Component.VEVENT).size();
    if (events == 0 || theirs != events || ours == 0) {
      throw new IllegalStateException("the readers do not read the " + events + " events: " + ours + ", " + theirs);
    }
  }

  private static Calendar ical4j(String text) {
    try {
      return new CalendarBuilder().build(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The time of each side of {@link #interleaved}, summed over an iteration; JMH reports the fields as
   * secondary results and {@link Benchmarks} divides each by the rounds.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Sides {
    /** Nanoseconds spent in {@code ICalendarReader.read}. */
    public long oerkitNanos;
    /** Nanoseconds spent in ical4j. */
    public long ical4jNanos;
    /** The rounds, each of which read once with each side. */
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
   * Reads once with each side, oerkit first in even rounds, timing each.
   *
   * @param sides  the counters
   * @param hole  where the results go
   */
  @Benchmark
  public void interleaved(Sides sides, Blackhole hole) {
    boolean oerkitFirst = (sides.rounds & 1) == 0;
    if (oerkitFirst) {
      sides.oerkitNanos += oerkit(hole);
    }
    long start = System.nanoTime();
    hole.consume(ical4j(calendar));
    sides.ical4jNanos += System.nanoTime() - start;
    if (!oerkitFirst) {
      sides.oerkitNanos += oerkit(hole);
    }
    sides.rounds++;
  }

  private long oerkit(Blackhole hole) {
    long start = System.nanoTime();
    hole.consume(ICalendarReader.read(calendar));
    return System.nanoTime() - start;
  }
}
