package org.oerkit.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oerkit.core.Report;
import org.oerkit.core.policy.GapAnalysis;

class SyntheticDraftsTest {

  @Test
  void draft_sameSeedAndIndex_isEqual() {
    assertThat(SyntheticDrafts.withSeed(42).draft(3)).isEqualTo(SyntheticDrafts.withSeed(42).draft(3));
  }

  @Test
  void draft_otherIndex_differs() {
    assertThat(SyntheticDrafts.withSeed(42).draft(3)).isNotEqualTo(SyntheticDrafts.withSeed(42).draft(4));
  }

  @Test
  void draft_gapAnalysisFindsGapsOfSeveralRules() {
    long rules = java.util.stream.IntStream.range(0, 50)
        .mapToObj(i -> GapAnalysis.standard().analyze(SyntheticDrafts.withSeed(42).draft(i)))
        .flatMap(r -> r.findings().stream())
        .map(f -> f.rule().id())
        .distinct().count();

    assertThat(rules).isGreaterThanOrEqualTo(5);
  }

  @Test
  void draft_notEveryDraftHasTheSameReport() {
    Report first = GapAnalysis.standard().analyze(SyntheticDrafts.withSeed(42).draft(0));
    Report second = GapAnalysis.standard().analyze(SyntheticDrafts.withSeed(42).draft(1));

    assertThat(first).isNotEqualTo(second);
  }
}
