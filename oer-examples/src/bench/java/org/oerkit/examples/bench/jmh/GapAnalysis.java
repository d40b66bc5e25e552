package org.oerkit.examples.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.examples.bench.SyntheticDrafts;
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
 * The gap analysis of n policy drafts against the UNESCO country OER policy template
 * ({@code GapAnalysis.standard().analyze}), one operation analysing all of them; reported, with no
 * baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GapAnalysis {

  /** The number of drafts. */
  @Param("1000")
  public int n;

  private List<PolicyDraft> drafts;

  /**
   * Generates the drafts.
   */
  @Setup
  public void setUp() {
    SyntheticDrafts generator = SyntheticDrafts.withSeed(SyntheticWorkshops.SEED);
    drafts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      drafts.add(generator.draft(i));
    }
  }

  /**
   * Analyses every draft.
   *
   * @param sink  takes each report
   */
  @Benchmark
  public void drafts(Blackhole sink) {
    org.oerkit.core.policy.GapAnalysis analysis = org.oerkit.core.policy.GapAnalysis.standard();
    for (PolicyDraft draft : drafts) {
      sink.consume(analysis.analyze(draft));
    }
  }
}
