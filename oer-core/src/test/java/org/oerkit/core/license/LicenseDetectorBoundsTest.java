package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bounds of the detector's work, at their edges: ids, URIs and names from inputs of at most
 * {@link LicenseDetector#MAX_SHORT} characters, at most {@link LicenseDetector#MAX_LOOKUPS} name look-ups in
 * prose; and the values it refuses, with what and where.
 */
class LicenseDetectorBoundsTest {

  private static final LicenseDetector DETECTOR = LicenseDetector.standard();

  /** "CC BY 4.0" with its spaces widened to make a text of the given length. */
  private static String widened(int length) {
    return "CC BY" + " ".repeat(length - "CC BY4.0".length()) + "4.0";
  }

  @Test
  void detect_nameOfTheLongestShortLength_isReadAsAName_andALongerOneAsProse() {
    Detection name = DETECTOR.detect(widened(LicenseDetector.MAX_SHORT));
    Detection prose = DETECTOR.detect(widened(LicenseDetector.MAX_SHORT + 1));

    assertThat(name.license()).contains(Licenses.CC_BY_4_0);
    assertThat(name.normalizations()).doesNotContain(Normalization.STATEMENT);
    assertThat(prose.license()).contains(Licenses.CC_BY_4_0);
    assertThat(prose.normalizations()).contains(Normalization.STATEMENT);
  }

  @Test
  void detect_unknownTextOfTheLongestShortLength_isRefusedAsAName() {
    assertThat(DETECTOR.detect("x".repeat(LicenseDetector.MAX_SHORT)).explanation())
        .isEqualTo("no known license has this name");
    assertThat(DETECTOR.detect("x".repeat(LicenseDetector.MAX_SHORT + 1)).explanation())
        .isEqualTo("the text names no known license");
  }

  /**
   * A prose text whose look-ups before "CC0 1.0 x x x x x" number {@code before}: "free" and the six words
   * after it make six ("free x x x x x x" down to "free x"), "gpl1" and the six words after it seven (down to
   * "gpl1" itself, which has a digit); "CC0 1.0" is then the sixth look-up from "CC0".
   */
  private static String lookupsBefore(int sixes) {
    return "free x x x x x x ".repeat(sixes) + "gpl1 x x x x x x CC0 1.0 x x x x x";
  }

  @Test
  void detect_licenceNamedAfterTheLastLookup_isNotRead() {
    int sixes = (LicenseDetector.MAX_LOOKUPS - 7 - 5) / 6;

    assertThat(6 * sixes + 7 + 6).isEqualTo(LicenseDetector.MAX_LOOKUPS + 1);
    assertThat(DETECTOR.detect(lookupsBefore(sixes)).answer()).isEqualTo(Detection.Answer.UNKNOWN);
    assertThat(DETECTOR.detect(lookupsBefore(sixes - 1)).license()).contains(Licenses.CC0_1_0);
  }

  @Test
  void detect_controlCharacter_isRefusedSayingWhichAndWhere() {
    Detection first = DETECTOR.detect("\u0001CC-BY-4.0");
    Detection inside = DETECTOR.detect("CC-BY\u007f-4.0");

    assertThat(first.answer()).isEqualTo(Detection.Answer.UNKNOWN);
    assertThat(first.explanation()).startsWith("the text holds the control character U+0001 at index 0");
    assertThat(inside.answer()).isEqualTo(Detection.Answer.UNKNOWN);
    assertThat(inside.explanation()).startsWith("the text holds the control character U+007F at index 5");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "://creativecommons.org/licenses/by/4.0/ | a license URI has an http or https scheme or none, and this one "
          + "has \":\"",
      "https:// | the URI names no license",
      "https://spdx.org/licenses/FOO.html | the SPDX license page names no license of the catalogue",
      "http://rightsstatements.org/vocab/XYZ/1.0/ | rightsstatements.org publishes no such statement; its "
          + "statements are ",
      "CC-BY-4.0 OR | the text is not an SPDX license expression: ends where a license id belongs",
      "DocumentRef-spdx-doc:LicenseRef-x | no known license has this name",
  })
  void detect_valueThatNamesNoLicence_isUnknownSayingWhy(String input, String reason) {
    Detection detection = DETECTOR.detect(input);

    assertThat(detection.answer()).isEqualTo(Detection.Answer.UNKNOWN);
    assertThat(detection.explanation()).startsWith(reason);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "CC-BY-SA-3.0+ | CC-BY-SA-3.0+",
      "MIT+ | MIT+",
      "(LicenseRef-Mine) | LicenseRef-Mine",
      "DocumentRef-spdx-doc:LicenseRef-x OR MIT | DocumentRef-spdx-doc:LicenseRef-x OR MIT",
  })
  void detect_orLaterOrReferenceInAnExpression_isAnExpression(String input, String expression) {
    Detection detection = DETECTOR.detect(input);

    assertThat(detection.answer()).isEqualTo(Detection.Answer.EXPRESSION);
    assertThat(detection.expression()).map(Object::toString).contains(expression);
  }
}
