package org.oerkit.examples.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.oerkit.core.Report;
import org.oerkit.core.agenda.AgendaCheck;
import org.oerkit.core.agenda.BruteForceAgendaCheck;
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
 * The brute-force baseline of {@link ProgrammeValidation}: the library's own O(n²) oracle
 * (oer-core's test oracle {@code BruteForceAgendaCheck}), which compares every pair of sessions and returns an equal report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProgrammeValidationBruteForce {

  /** The number of sessions. */
  @Param("10000")
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
   * Checks the programme pair by pair.
   *
   * @return the findings
   */
  @Benchmark
  public Report pairwise() {
    return BruteForceAgendaCheck.check(AgendaCheck.standard(), programme);
  }
}
