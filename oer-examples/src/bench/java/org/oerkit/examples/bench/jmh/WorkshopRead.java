package org.oerkit.examples.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.examples.bench.StreamingWorkshopReader;
import org.oerkit.examples.bench.SyntheticWorkshops;
import org.oerkit.examples.bench.TokenScan;
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
 * Reads one workshop document from bytes: oer-json ({@code OerJson.read}) against a hand-written
 * jackson-core streaming reader into the same types, plain databind into records, and a token scan.
 *
 * <p>The document is the synthetic workshop 0 of the suite's seed, as oer-json writes it; the set-up
 * checks that the streaming reader reads back the equal workshop, so that both do the same work.
 *
 * <p>{@link #interleaved} reads the bytes once with each of the five within the same round of the same
 * forks, the order rotating from round to round, so that the ratios between them (the suite's read
 * targets, and each reader as a fraction of the token scan, the floor) cannot be made by a change of the
 * machine's load between two benchmarks. The five benchmarks of each alone give their allocation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WorkshopRead {

  private byte[] json;
  private StreamingWorkshopReader streaming;
  private StreamingWorkshopReader streamingStrict;
  private WorkshopRecords records;
  private TokenScan scan;

  /**
   * Generates the document and the baselines, and checks that they agree.
   */
  @Setup
  public void setUp() {
    Workshop workshop = SyntheticWorkshops.withSeed(SyntheticWorkshops.SEED).workshop(0);
    json = OerJson.write(workshop);
    streaming = new StreamingWorkshopReader();
    streamingStrict = StreamingWorkshopReader.withDuplicateDetection();
    records = new WorkshopRecords();
    scan = new TokenScan();
    if (!streaming.read(json).equals(workshop) || !OerJson.read(json, Workshop.class).equals(workshop)) {
      throw new IllegalStateException("the readers do not agree on the workshop document");
    }
  }

  /**
   * Reads with oer-json.
   *
   * @return the workshop
   */
  @Benchmark
  public Workshop oerkit() {
    return OerJson.read(json, Workshop.class);
  }

  /**
   * Reads with the hand-written streaming reader.
   *
   * @return the workshop
   */
  @Benchmark
  public Workshop streaming() {
    return streaming.read(json);
  }

  /**
   * Reads with the hand-written streaming reader, refusing duplicate keys as oer-json does.
   *
   * @return the workshop
   */
  @Benchmark
  public Workshop streamingStrict() {
    return streamingStrict.read(json);
  }

  /**
   * Reads into records with plain databind.
   *
   * @return the records
   */
  @Benchmark
  public WorkshopRecords.Workshop records() {
    return records.read(json);
  }

  /**
   * Scans the tokens, binding nothing.
   *
   * @return the number of tokens
   */
  @Benchmark
  public int tokenScan() {
    return scan.count(json);
  }

  /**
   * The time of each reader of {@link #interleaved}, summed over an iteration; JMH reports the fields as
   * secondary results and {@link Benchmarks} divides each by the rounds.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Sides {
    /** Nanoseconds spent in {@code OerJson.read}. */
    public long oerkitNanos;
    /** Nanoseconds spent in the streaming reader. */
    public long streamingNanos;
    /** Nanoseconds spent in the streaming reader with duplicate detection. */
    public long streamingStrictNanos;
    /** Nanoseconds spent in databind reading records. */
    public long recordsNanos;
    /** Nanoseconds spent scanning the tokens. */
    public long tokenScanNanos;
    /** The rounds, each of which read once with each reader. */
    public long rounds;

    /**
     * Starts an iteration from zero.
     */
    @Setup(Level.Iteration)
    public void reset() {
      oerkitNanos = 0;
      streamingNanos = 0;
      streamingStrictNanos = 0;
      recordsNanos = 0;
      tokenScanNanos = 0;
      rounds = 0;
    }
  }

  private static final int READERS = 5;

  /**
   * Reads once with each reader, starting with a different one each round, timing each.
   *
   * @param sides  the counters
   * @param hole  where the values go
   */
  @Benchmark
  public void interleaved(Sides sides, Blackhole hole) {
    int first = (int) (sides.rounds % READERS);
    for (int i = 0; i < READERS; i++) {
      int reader = (first + i) % READERS;
      long start = System.nanoTime();
      switch (reader) {
        case 0: hole.consume(OerJson.read(json, Workshop.class)); break;
        case 1: hole.consume(streaming.read(json)); break;
        case 2: hole.consume(streamingStrict.read(json)); break;
        case 3: hole.consume(records.read(json)); break;
        default: hole.consume(scan.count(json)); break;
      }
      long nanos = System.nanoTime() - start;
      switch (reader) {
        case 0: sides.oerkitNanos += nanos; break;
        case 1: sides.streamingNanos += nanos; break;
        case 2: sides.streamingStrictNanos += nanos; break;
        case 3: sides.recordsNanos += nanos; break;
        default: sides.tokenScanNanos += nanos; break;
      }
    }
    sides.rounds++;
  }
}
