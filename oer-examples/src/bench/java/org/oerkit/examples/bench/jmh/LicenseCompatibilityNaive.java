package org.oerkit.examples.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.oerkit.core.license.LicensedWork;
import org.oerkit.examples.bench.NaivePairwise;
import org.oerkit.examples.bench.SyntheticResources;
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
 * The naive baseline of {@link LicenseCompatibility}: every pair of n works asked of the library in turn.
 * It runs at n = 500 and 1,000 (its time grows with the square of n); {@code Targets} scales the time at
 * 1,000 to the 50 million pairs of n = 10,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LicenseCompatibilityNaive {

  /** The number of works. */
  @Param({"500", "1000"})
  public int n;

  private List<LicensedWork> works;

  /**
   * Generates the works.
   */
  @Setup
  public void setUp() {
    works = SyntheticResources.withSeed(SyntheticWorkshops.SEED).works(n);
  }

  /**
   * Checks every pair.
   *
   * @return the number of pairs that may not be remixed
   */
  @Benchmark
  public long pairwise() {
    return NaivePairwise.incompatiblePairs(works);
  }
}
