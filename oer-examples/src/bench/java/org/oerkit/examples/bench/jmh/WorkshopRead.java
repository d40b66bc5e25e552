package org.oerkit.examples.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.examples.bench.StreamingWorkshopReader;
import org.oerkit.examples.bench.SyntheticWorkshops;
import org.oerkit.examples.bench.TokenScan;
import org.oerkit.examples.bench.WorkshopRecords;
import org.oerkit.json.OerJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reads one workshop document from bytes: oer-json ({@code OerJson.read}) against a hand-written
 * jackson-core streaming reader into the same types, plain databind into records, and a token scan.
 *
 * <p>The document is the synthetic workshop 0 of the suite's seed, as oer-json writes it; the set-up
 * checks that the streaming reader reads back the equal workshop, so that both do the same work.
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
}
