package org.oerkit.core.license;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.oerkit.core.DomainRuleException;

/**
 * Jazzer fuzz targets for reading licences from text (issue 12, "Keep it found"): any text gives a licence
 * or the documented exception with a short message, never another exception or error, and
 * {@link License#parse(CharSequence)} accepts exactly the definite answers of {@link LicenseDetector}.
 *
 * <p>The normal test run replays the corpus of {@code LicenseFuzzTestInputs/<method>} (Jazzer's regression
 * mode); the {@code fuzz} profile fuzzes one target for a given time (see {@code oer-core/TESTING.md}).
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class LicenseFuzzTest {

  /** The longest message a refusal may have: messages quote a bounded prefix of the input. */
  private static final int MAX_MESSAGE_LENGTH = 2_000;

  /** Loads the catalogue and its legal texts before the first timed input. */
  @BeforeAll
  static void warmUp() {
    assertThat(License.parse("CC-BY-4.0").id()).isEqualTo("CC-BY-4.0");
    assertThat(LicenseDetector.standard().detect("x".repeat(LegalTexts.MIN_LENGTH)).isDefinite()).isFalse();
    assertThat(LegalTexts.size() + LegalTexts.ports().size()).isPositive();
  }

  @FuzzTest
  void parse(byte[] bytes) {
    String text = new String(bytes, UTF_8);
    Detection detection = LicenseDetector.standard().detect(text);
    License license;
    try {
      license = License.parse(text);
    } catch (UnknownLicenseException e) {
      assertThat(detection.isDefinite()).as("refused, so not definite: %s", detection).isFalse();
      assertThat(e.getMessage()).hasSizeLessThan(MAX_MESSAGE_LENGTH);
      return;
    }
    assertThat(detection.isDefinite()).as("accepted, so definite: %s", detection).isTrue();
    assertThat(detection.license()).contains(license);
  }

  @FuzzTest
  void detect(byte[] bytes) {
    Detection detection = LicenseDetector.standard().detect(new String(bytes, UTF_8));
    assertThat(detection.explanation()).hasSizeLessThan(MAX_MESSAGE_LENGTH);
    if (detection.isDefinite()) {
      assertThat(detection.license()).isPresent();
    }
  }

  @FuzzTest
  void expression(byte[] bytes) {
    String text = new String(bytes, UTF_8);
    LicenseExpression expression;
    try {
      expression = LicenseExpression.parse(text);
    } catch (DomainRuleException e) {
      assertThat(e.getMessage()).hasSizeLessThan(MAX_MESSAGE_LENGTH);
      return;
    }
    assertThat(expression.choices()).isNotEmpty();
  }
}
