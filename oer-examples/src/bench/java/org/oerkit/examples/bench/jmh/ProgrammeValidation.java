package org.oerkit.examples.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.oerkit.core.Report;
import org.oerkit.core.agenda.AgendaCheck;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.examples.bench.SyntheticWorkshops;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The validation of a programme of n sessions in 16 rooms ({@code AgendaCheck.standard().check}), at n and
 * n/2 to show that it grows as n log n.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProgrammeValidation {

  /** The number of sessions. */
  @Param({"5000", "10000", "50000", "100000"})
  public int n;

  private Workshop programme;

  /**
   * Generates the programme.
   */
  @Setup
  public void setUp() {
    programme = SyntheticWorkshops.withSeed(SyntheticWorkshops.SEED).programme(n);
  }

  /**
   * Checks the programme.
   *
   * @return the findings
   */
  @Benchmark
  public Report library() {
    return AgendaCheck.standard().check(programme);
  }
}
