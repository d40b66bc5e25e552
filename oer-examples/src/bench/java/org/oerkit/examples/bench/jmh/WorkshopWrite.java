package org.oerkit.examples.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.examples.bench.SyntheticWorkshops;
import org.oerkit.examples.bench.WorkshopRecords;
import org.oerkit.json.OerJson;
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
 * Writes one workshop document to bytes: oer-json ({@code OerJson.write}) against plain databind writing
 * the equivalent records.
 *
 * <p>The records are read from oer-json's own document, so both write the same content.
 *
 * <p>{@link #interleaved} measures both sides within the same rounds of the same forks, one after the other
 * in alternating order, so that a change of the machine's load between two benchmarks cannot pass for a
 * difference between the writers: the suite's write target is the ratio of its two sides. {@link #oerkit}
 * and {@link #records} measure each alone, for their allocation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WorkshopWrite {

  private Workshop workshop;
  private WorkshopRecords records;
  private WorkshopRecords.Workshop record;

  /**
   * Generates the workshop and its records.
   */
  @Setup
  public void setUp() {
    workshop = SyntheticWorkshops.withSeed(SyntheticWorkshops.SEED).workshop(0);
    records = new WorkshopRecords();
    record = records.read(OerJson.write(workshop));
  }

  /**
   * Writes with oer-json.
   *
   * @return the document
   */
  @Benchmark
  public byte[] oerkit() {
    return OerJson.write(workshop);
  }

  /**
   * Writes the records with plain databind.
   *
   * @return the document
   */
  @Benchmark
  public byte[] records() {
    return records.write(record);
  }

  /**
   * The time of each side of {@link #interleaved}, summed over an iteration; JMH reports the fields as
   * secondary results and {@link Benchmarks} divides each by the rounds.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Sides {
    /** Nanoseconds spent in {@code OerJson.write}. */
    public long oerkitNanos;
    /** Nanoseconds spent in databind writing the records. */
    public long recordsNanos;
    /** The rounds, each of which wrote once with each side. */
    public long rounds;

    /**
     * Starts an iteration from zero.
     */
    @Setup(Level.Iteration)
    public void reset() {
      oerkitNanos = 0;
      recordsNanos = 0;
      rounds = 0;
    }
  }

  /**
   * Writes once with each side, oer-json first in even rounds and databind first in odd ones, timing each.
   *
   * @param sides  the counters
   * @param hole  where the documents go
   */
  @Benchmark
  public void interleaved(Sides sides, Blackhole hole) {
    boolean oerkitFirst = (sides.rounds & 1) == 0;
    if (oerkitFirst) {
      sides.oerkitNanos += timeOerkit(hole);
    }
    long start = System.nanoTime();
    hole.consume(records.write(record));
    sides.recordsNanos += System.nanoTime() - start;
    if (!oerkitFirst) {
      sides.oerkitNanos += timeOerkit(hole);
    }
    sides.rounds++;
  }

  private long timeOerkit(Blackhole hole) {
    long start = System.nanoTime();
    hole.consume(OerJson.write(workshop));
    return System.nanoTime() - start;
  }
}
