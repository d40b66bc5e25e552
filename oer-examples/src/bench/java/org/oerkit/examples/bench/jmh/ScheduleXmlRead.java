package org.oerkit.examples.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.examples.bench.StaxScan;
import org.oerkit.examples.bench.SyntheticWorkshops;
import org.oerkit.json.ScheduleXml;
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
 * Reads one workshop's frab schedule.xml: oer-json's {@link ScheduleXml#read}, which builds a checked
 * {@link Workshop} and its findings, against the JDK's StAX reading every event of the same bytes and
 * binding nothing ({@link StaxScan}, the floor), interleaved in the same rounds of the same forks. The
 * document is what {@link ScheduleXml#write} writes for the suite's synthetic workshop 0.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScheduleXmlRead {

  private byte[] xml;
  private StaxScan scan;

  /**
   * Writes the document, and checks that oer-json reads every session of it back.
   */
  @Setup
  public void setUp() {
    Workshop workshop = SyntheticWorkshops.withSeed(SyntheticWorkshops.SEED).workshop(0);
    xml = ScheduleXml.write(workshop);
    scan = new StaxScan();
    int sessions = workshop.timeline().sessions().size();
    int read = ScheduleXml.read(xml).value().timeline().sessions().size();
    if (read != sessions || scan.count(xml) == 0) {
      throw new IllegalStateException("schedule.xml does not read back the " + sessions + " sessions: " + read);
    }
  }

  /**
   * The time of each side of {@link #interleaved}, summed over an iteration; JMH reports the fields as
   * secondary results and {@link Benchmarks} divides each by the rounds.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Sides {
    /** Nanoseconds spent in {@code ScheduleXml.read}. */
    public long oerkitNanos;
    /** Nanoseconds spent in the StAX scan. */
    public long staxNanos;
    /** The rounds, each of which read once with each side. */
    public long rounds;

    /**
     * Starts an iteration from zero.
     */
    @Setup(Level.Iteration)
    public void reset() {
      oerkitNanos = 0;
      staxNanos = 0;
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
    hole.consume(scan.count(xml));
    sides.staxNanos += System.nanoTime() - start;
    if (!oerkitFirst) {
      sides.oerkitNanos += oerkit(hole);
    }
    sides.rounds++;
  }

  private long oerkit(Blackhole hole) {
    long start = System.nanoTime();
    hole.consume(ScheduleXml.read(xml));
    return System.nanoTime() - start;
  }
}
