package org.oerkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.Severity;

/** The side-by-side comparison of the four Central Asian drafts, against a golden file. */
class PolicyComparisonTest {

  private static final List<PolicyDraft> DRAFTS = List.of(Drafts.complete().build(), Drafts.kyrgyzstan(),
      Drafts.tajikistan(), Drafts.uzbekistan());

  private static String golden(String name) throws IOException {
    try (InputStream in = PolicyComparisonTest.class.getResourceAsStream(name)) {
      assertThat(in).as("golden file " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void format_fourCentralAsianDrafts_matchesTheGoldenFile() throws IOException {
    String actual = GapAnalysis.standard().compare(DRAFTS).format();
    String expected = golden("comparison-central-asia.txt");
    if (!actual.equals(expected)) {
      Files.writeString(Path.of("target", "comparison-central-asia.actual.txt"), actual);
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void columns_followTheOrderOfTheDrafts() {
    PolicyComparison comparison = GapAnalysis.standard().compare(DRAFTS);
    assertThat(comparison.drafts()).extracting(d -> d.country().code()).containsExactly("KZ", "KG", "TJ", "UZ");
    assertThat(comparison.reports()).hasSize(4);
    assertThat(comparison.coverages()).extracting(Coverage::addressed).containsExactly(8, 3, 1, 2);
  }

  @Test
  void reports_findTheSeededGaps() {
    PolicyComparison comparison = GapAnalysis.standard().compare(DRAFTS);
    assertThat(comparison.reports().get(1).findings("policy.action-without-lead")).hasSize(1);
    assertThat(comparison.reports().get(2).findings("policy.cost-without-funding")).hasSize(1);
    assertThat(comparison.reports().get(2).findings("policy.objective-without-indicator")).hasSize(1);
    assertThat(comparison.reports().get(0).count(Severity.ERROR)).isZero();
  }

  @Test
  void format_noDrafts_isJustTheTitleAndLabels() {
    assertThat(GapAnalysis.standard().compare(List.of()).format()).startsWith("Comparison of 0 OER policy drafts\n");
  }

  @Test
  void gapReport_kyrgyzDraft_matchesTheGoldenFile() throws IOException {
    String actual = GapAnalysis.standard().analyze(Drafts.kyrgyzstan()).sorted().format() + "\n";
    String expected = golden("gap-report-kyrgyzstan.txt");
    if (!actual.equals(expected)) {
      Files.writeString(Path.of("target", "gap-report-kyrgyzstan.actual.txt"), actual);
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void coverage_completeDraft_matchesTheGoldenFile() throws IOException {
    String actual = GapAnalysis.standard().coverage(Drafts.complete().build()).format();
    String expected = golden("coverage-complete.txt");
    if (!actual.equals(expected)) {
      Files.writeString(Path.of("target", "coverage-complete.actual.txt"), actual);
    }
    assertThat(actual).isEqualTo(expected);
  }
}
