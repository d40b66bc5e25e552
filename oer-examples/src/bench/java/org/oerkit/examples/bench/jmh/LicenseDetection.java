package org.oerkit.examples.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.oerkit.core.license.Detection;
import org.oerkit.core.license.LicenseDetector;
import org.oerkit.examples.bench.SyntheticLicenseStrings;
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
 * Detects the licences of n strings as OER metadata carries them ({@code LicenseDetector.standard().detect}),
 * oerkit issue 14's throughput over one million realistic strings ({@link SyntheticLicenseStrings}: ids, URIs
 * in all their forms, names, families, expressions, prose, rights statements, unknown strings).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LicenseDetection {

  /** The number of strings. */
  @Param({"1000000"})
  public int n;

  private String[] strings;
  private LicenseDetector detector;

  /**
   * Generates the strings, and checks that every answer type of the detector comes up.
   */
  @Setup
  public void setUp() {
    strings = SyntheticLicenseStrings.withSeed(SyntheticWorkshops.SEED).strings(n);
    detector = LicenseDetector.standard();
    java.util.Set<Detection.Answer> answers = java.util.EnumSet.noneOf(Detection.Answer.class);
    for (int i = 0; i < Math.min(n, 10_000); i++) {
      answers.add(detector.detect(strings[i]).answer());
    }
    if (n >= 10_000 && answers.size() < 5) {
      throw new IllegalStateException("the strings give only the answers " + answers);
    }
  }

  /**
   * Detects every string.
   *
   * @return the number of definite answers
   */
  @Benchmark
  public int detectAll() {
    int definite = 0;
    for (String string : strings) {
      if (detector.detect(string).isDefinite()) {
        definite++;
      }
    }
    return definite;
  }
}
