package org.oerkit.examples.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.oerkit.core.license.CombinationMode;
import org.oerkit.core.license.Compatibility;
import org.oerkit.core.license.LicensedWork;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Whether n licensed works may be remixed into one adaptation, and under which licences:
 * {@code Compatibility.ofWorks}, at n and n/2 to show that it grows linearly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LicenseCompatibility {

  /** The number of works. */
  @Param({"5000", "10000", "50000", "100000"})
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
   * Asks the library.
   *
   * @param sink  takes the answer
   */
  @Benchmark
  public void library(Blackhole sink) {
    Compatibility answer = Compatibility.ofWorks(CombinationMode.ADAPTATION, works);
    sink.consume(answer.isAllowed());
    sink.consume(answer.licenses());
  }
}
