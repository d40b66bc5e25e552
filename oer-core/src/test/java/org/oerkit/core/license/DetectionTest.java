package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The typed answers of the detector: what each says, and the input each keeps. */
class DetectionTest {

  @Test
  void exact_candidatesAreItsLicence_andItHasNoConfidence() {
    Detection exact = new Detection.Exact("CC-BY-4.0", Licenses.CC_BY_4_0);

    assertThat(exact.candidates()).containsExactly(Licenses.CC_BY_4_0);
    assertThat(exact.confidence()).isEmpty();
    assertThat(exact.expression()).isEmpty();
    assertThat(exact.normalizations()).isEmpty();
    assertThat(exact.explanation()).isEqualTo("the text is the identifier of CC BY 4.0");
  }

  @Test
  void normalized_explanationNamesWhatWasNormalizedByLabel() {
    Detection normalized = new Detection.Normalized("cc  by 4.0", Licenses.CC_BY_4_0,
        EnumSet.of(Normalization.CASE, Normalization.SPACING));

    assertThat(normalized.explanation()).isEqualTo("the text names CC BY 4.0 (case, spacing)");
    assertThat(new Detection.Normalized("x", Licenses.CC_BY_4_0, Set.of()).explanation())
        .isEqualTo("the text names CC BY 4.0 (as given)");
  }

  @Test
  void text_explanationGivesTheConfidenceAndTheRunnerUp() {
    Detection text = new Detection.Text("Attribution 4.0 International ...", Licenses.CC_BY_4_0, 0.9876,
        Optional.of(Licenses.CC_BY_SA_4_0), 0.81234);

    assertThat(text.explanation())
        .isEqualTo("the text is the legal code of CC BY 4.0 (confidence 0.988; next: CC BY-SA 4.0, 0.812)");
    assertThat(text.candidates()).containsExactly(Licenses.CC_BY_4_0, Licenses.CC_BY_SA_4_0);
    assertThat(text.confidence()).hasValue(0.9876);
    assertThat(text.isDefinite()).isFalse();
    assertThat(new Detection.Text("x", Licenses.CC_BY_4_0, 1.0, Optional.empty(), 0).explanation())
        .isEqualTo("the text is the legal code of CC BY 4.0 (confidence 1.000)");
  }

  @Test
  void expression_explanationGivesTheExpressionInItsCanonicalForm() {
    Detection expression = LicenseDetector.standard().detect("cc-by-4.0 OR mit");

    assertThat(expression.explanation()).isEqualTo("the text is the SPDX license expression CC-BY-4.0 OR MIT");
    assertThat(expression.candidates()).containsExactly(Licenses.CC_BY_4_0, License.parse("MIT"));
  }

  @Test
  void kept_inputOfTheLongestKeptLength_isKeptWhole() {
    String longest = "x".repeat(Detection.KEPT_INPUT);

    assertThat(new Detection.Unknown(longest, "why", List.of()).input()).isEqualTo(longest);
    assertThat(new Detection.Unknown(longest + "y", "why", List.of()).input()).isEqualTo(longest + "…");
  }
}
