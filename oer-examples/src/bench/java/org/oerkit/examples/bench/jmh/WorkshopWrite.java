package org.oerkit.examples.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.examples.bench.SyntheticWorkshops;
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
 * Writes one workshop document to bytes: oer-json ({@code OerJson.write}) against plain databind writing
 * the equivalent records.
 *
 * <p>The records are read from oer-json's own document, so both write the same content.
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
}
