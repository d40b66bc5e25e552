package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the detector says it normalised to name a licence: exactly the changes between the text and the
 * licence's id or the name closest to it, so that a repository sees how far its metadata is from the
 * canonical form.
 */
class LicenseDetectorNormalizationTest {

  private static final LicenseDetector DETECTOR = LicenseDetector.standard();

  private static Set<Normalization> labels(String labels) {
    return labels.equals("-") ? EnumSet.noneOf(Normalization.class) : Arrays.stream(labels.split(" "))
        .map(l -> Normalization.valueOf(l.toUpperCase(java.util.Locale.ROOT))).collect(Collectors.toSet());
  }

  private static String unescape(String text) {
    return text.replace("\\u0421", "\u0421").replace("\\u0441", "\u0441").replace("\\u2010", "\u2010")
        .replace("\\u2015", "\u2015").replace("\\u2212", "\u2212").replace("\\uFE58", "\uFE58");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "cc-by-4.0 | CC-BY-4.0 | case",
      "cc by 4.0 | CC-BY-4.0 | case name",
      "CC BY 4.0 | CC-BY-4.0 | name",
      "CC  BY  4.0 | CC-BY-4.0 | spacing name",
      "cc  by  4.0 | CC-BY-4.0 | spacing case name",
      "CC-BY-SA4.0 | CC-BY-SA-4.0 | punctuation",
      "cc-by-sa4.0 | CC-BY-SA-4.0 | punctuation case",
      "CC BY-SA 4 | CC-BY-SA-4.0 | punctuation name",
      "CC BY-SA 1 | CC-BY-SA-1.0 | punctuation name",
      "CC BY v4 | CC-BY-4.0 | punctuation name",
      "attribution-sharealike 4.0 international | CC-BY-SA-4.0 | case name",
      "GPL-3.0 | GPL-3.0-only | name",
      "gpl-3.0 | GPL-3.0-only | case name",
      "Creative    Commons Public Domain Mark 1.0 Universal | CC-PDM-1.0 | name",
      "\\u0421\\u0421-BY-4.0 | CC-BY-4.0 | homoglyphs",
      "\\u0421\\u0421\\u2010BY\\u20104.0 | CC-BY-4.0 | homoglyphs",
      "\\u0421\\u0421\\u2015BY\\u20154.0 | CC-BY-4.0 | homoglyphs",
      "\\u0421\\u0421\\u2212BY\\u22124.0 | CC-BY-4.0 | homoglyphs",
      "\\u0421\\u0421\\uFE58BY\\uFE584.0 | CC-BY-4.0 | homoglyphs",
      "\\u0441reativecommons.org/licenses/by/4.0/ | CC-BY-4.0 | homoglyphs scheme",
  })
  void detect_nameOrId_saysExactlyWhatWasNormalized(String input, String id, String normalized) {
    Detection detection = DETECTOR.detect(unescape(input));

    assertThat(detection.answer()).isEqualTo(Detection.Answer.NORMALIZED);
    assertThat(detection.license()).map(License::id).contains(id);
    assertThat(detection.normalizations()).isEqualTo(labels(normalized));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "http://creativecommons.org/licenses/by/4.0/ | CC-BY-4.0 | scheme",
      "https://www.creativecommons.org/licenses/by/4.0/ | CC-BY-4.0 | scheme",
      "www.creativecommons.org/licenses/by/4.0/ | CC-BY-4.0 | scheme",
      "creativecommons.org/licenses/by/4.0/ | CC-BY-4.0 | scheme",
      "https://creativecommons.org/licenses/BY/4.0/ | CC-BY-4.0 | case",
      "https://creativecommons.org/licenses/by/4.0 | CC-BY-4.0 | punctuation",
      "https://creativecommons.org/licenses/by/4.0/?ref=chooser-v1 | CC-BY-4.0 | punctuation",
      "https://creativecommons.org/licenses/by/4.0/#terms | CC-BY-4.0 | punctuation",
      "https://creativecommons.org/licenses/by/4.0/legalcode | CC-BY-4.0 | suffix",
      "https://creativecommons.org/licenses/by/4.0/legalcode.de | CC-BY-4.0 | suffix language",
      "http://www.creativecommons.org/licenses/by/4.0/deed.pt_BR | CC-BY-4.0 | scheme case suffix language",
      "https://spdx.org/licenses/MIT.json | MIT | suffix",
      "https://spdx.org/licenses/cc-by-4.0.txt | CC-BY-4.0 | suffix",
  })
  void detect_uri_saysExactlyWhatWasNormalized(String input, String id, String normalized) {
    Detection detection = DETECTOR.detect(input);

    assertThat(detection.answer()).isEqualTo(Detection.Answer.NORMALIZED);
    assertThat(detection.license()).map(License::id).contains(id);
    assertThat(detection.normalizations()).isEqualTo(labels(normalized));
  }

  /** RFC 3986, section 3.1: schemes are case-insensitive, and the canonical form is lower case. */
  @org.junit.jupiter.api.Test
  void detect_uriWithAnUpperCaseScheme_isTheCanonicalUri() {
    Detection detection = DETECTOR.detect("HTTPS://creativecommons.org/licenses/by/4.0/");

    assertThat(detection.answer()).isEqualTo(Detection.Answer.EXACT);
    assertThat(detection.license()).contains(Licenses.CC_BY_4_0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "CC-BY-4.0 OR MIT | -",
      "\\u0421\\u0421-BY-4.0 OR MIT | homoglyphs",
  })
  void detect_expression_saysWhetherItsIdsWereFolded(String input, String normalized) {
    Detection detection = DETECTOR.detect(unescape(input));

    assertThat(detection.answer()).isEqualTo(Detection.Answer.EXPRESSION);
    assertThat(detection.expression()).map(Object::toString).contains("CC-BY-4.0 OR MIT");
    assertThat(detection.normalizations()).isEqualTo(labels(normalized));
  }
}
