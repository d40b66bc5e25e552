package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every string quoted in issue 14 (and the licence items of issue 12), with its typed answer. */
class LicenseDetectorTest {

  private static final LicenseDetector DETECTOR = LicenseDetector.standard();

  @BeforeAll
  static void loadTheLegalTexts() {
    // The timed tests bound the cost of one input, not the one-off loading of the known legal texts.
    DETECTOR.detect("word ".repeat(200));
    LegalTexts.size();
    LegalTexts.ports();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "CC BY 4 | CC-BY-4.0",
      "CC-BY-SA4.0 | CC-BY-SA-4.0",
      "//creativecommons.org/licenses/by/4.0/ | CC-BY-4.0",
      "https://spdx.org/licenses/CC-BY-4.0.html | CC-BY-4.0",
      "Creative Commons Attribution Share Alike 2.0 England and Wales | CC-BY-SA-2.0-UK",
      "Creative    Commons Public Domain Mark 1.0 Universal | CC-PDM-1.0",
      "\u0421\u0421 BY 4.0 | CC-BY-4.0",
      "CC\u2010BY\u20104.0 | CC-BY-4.0",
      "http://creativecommons.org/licenses/by-sa/3.0/igo/ | CC-BY-SA-3.0-IGO",
      "https://creativecommons.org/licenses/by-nc-sa/4.0/deed.ru | CC-BY-NC-SA-4.0",
      "cc-by-4.0 | CC-BY-4.0",
      "GPL-3.0 | GPL-3.0-only",
      "GPL-3.0+ | GPL-3.0-or-later",
  })
  void detect_realWorldForm_isNormalizedToTheLicense(String input, String id) {
    Detection detection = DETECTOR.detect(input);

    assertThat(detection.answer()).isEqualTo(Detection.Answer.NORMALIZED);
    assertThat(detection.license()).map(License::id).contains(id);
    assertThat(detection.normalizations()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"GPL-3.0-or-later", "GFDL-1.3-or-later", "ODbL-1.0", "ODC-By-1.0", "PDDL-1.0", "MIT", "Apache-2.0",
      "OGL-UK-3.0", "LAL-1.3", "GPL-3.0-only", "GFDL-1.3-no-invariants-only", "CC-BY-SA-4.0",
      "https://creativecommons.org/licenses/by/3.0/am/"})
  void detect_identifier_isExact(String id) {
    Detection detection = DETECTOR.detect(id);

    assertThat(detection.answer()).isEqualTo(Detection.Answer.EXACT);
    assertThat(detection.license()).map(License::id).contains(id);
  }

  @Test
  void detect_normalizedHomoglyphs_saysSo() {
    assertThat(DETECTOR.detect("\u0421\u0421 BY 4.0").normalizations()).contains(Normalization.HOMOGLYPHS);
  }

  @Test
  void detect_schemeRelativeUri_saysScheme() {
    assertThat(DETECTOR.detect("//creativecommons.org/licenses/by/4.0/").normalizations())
        .containsExactly(Normalization.SCHEME);
  }

  @Test
  void detect_languageSuffix_saysLanguage() {
    assertThat(DETECTOR.detect("https://creativecommons.org/licenses/by-nc-sa/4.0/deed.ru").normalizations())
        .contains(Normalization.SUFFIX, Normalization.LANGUAGE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "cc-by | CC-BY-4.0 CC-BY-3.0 CC-BY-2.5 CC-BY-2.0 CC-BY-1.0",
      "CC BY | CC-BY-4.0 CC-BY-3.0 CC-BY-2.5 CC-BY-2.0 CC-BY-1.0",
      "cc by sa | CC-BY-SA-4.0 CC-BY-SA-3.0 CC-BY-SA-2.5 CC-BY-SA-2.0 CC-BY-SA-1.0",
      "public domain | CC-PDM-1.0 CC0-1.0",
      "https://www.gnu.org/licenses/fdl-1.3.txt | GFDL-1.3-only GFDL-1.3-or-later GFDL-1.3-invariants-only "
          + "GFDL-1.3-invariants-or-later GFDL-1.3-no-invariants-only GFDL-1.3-no-invariants-or-later",
      "https://www.gnu.org/licenses/fdl-1.3.html | GFDL-1.3-only GFDL-1.3-or-later GFDL-1.3-invariants-only "
          + "GFDL-1.3-invariants-or-later GFDL-1.3-no-invariants-only GFDL-1.3-no-invariants-or-later",
      "https://www.gnu.org/licenses/gpl-3.0.html | GPL-3.0-only GPL-3.0-or-later",
      "GPLv3 | GPL-3.0-only GPL-3.0-or-later",
  })
  void detect_inputThatDoesNotSayEnough_isAmbiguousWithItsCandidates(String input, String ids) {
    Detection detection = DETECTOR.detect(input);

    assertThat(detection.answer()).isEqualTo(Detection.Answer.AMBIGUOUS);
    assertThat(detection.license()).isEmpty();
    assertThat(detection.candidates()).extracting(License::id).containsExactlyElementsOf(Arrays.asList(ids.split(" ")));
  }

  @Test
  void detect_disjunction_isAnExpression() {
    Detection detection = DETECTOR.detect("CC-BY-4.0 OR GPL-3.0-or-later");

    assertThat(detection.answer()).isEqualTo(Detection.Answer.EXPRESSION);
    assertThat(detection.expression()).map(Object::toString).contains("CC-BY-4.0 OR GPL-3.0-or-later");
    assertThat(detection.candidates()).extracting(License::id).containsExactly("CC-BY-4.0", "GPL-3.0-or-later");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "All rights reserved | All rights reserved",
      "\u00a9 UNESCO 2023 | copyright notice",
      "http://rightsstatements.org/vocab/InC/1.0/ | In Copyright",
      "https://rightsstatements.org/page/InC-EDU/1.0/?language=en | In Copyright - Educational Use Permitted",
      "http://rightsstatements.org/vocab/NoC-US/1.0/ | No Copyright - United States",
      "In Copyright - Educational Use Permitted | In Copyright - Educational Use Permitted",
  })
  void detect_statementThatGrantsNoLicense_isNotALicense(String input, String statement) {
    Detection detection = DETECTOR.detect(input);

    assertThat(detection.answer()).isEqualTo(Detection.Answer.NOT_A_LICENSE);
    assertThat(detection.explanation()).contains(statement);
  }

  @Test
  void detect_trailingNul_isUnknown() {
    Detection detection = DETECTOR.detect("CC-BY-4.0\u0000");

    assertThat(detection.answer()).isEqualTo(Detection.Answer.UNKNOWN);
    assertThat(detection.explanation()).contains("control character U+0000");
  }

  @Test
  void detect_unrelatedWord_isUnknownWithoutSuggestions() {
    Detection detection = DETECTOR.detect("FOO");

    assertThat(detection.answer()).isEqualTo(Detection.Answer.UNKNOWN);
    assertThat(detection.candidates()).isEmpty();
  }

  @Test
  void detect_typo_isUnknownWithTheCloseLicense() {
    Detection detection = DETECTOR.detect("CC BY-SA 4.1");

    assertThat(detection.answer()).isEqualTo(Detection.Answer.UNKNOWN);
    assertThat(detection.candidates()).extracting(License::id).contains("CC-BY-SA-4.0");
  }

  /** Found by LicenseFuzzTest: the catalogue's reasons for a refusal were thrown out of detect. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "LicenseRef-ministry-1 | no user-defined license is registered",
      "https://creativecommons.org/licenses/by-sa/3.0/zz/ | ZZ",
      "CC-BY-SA-3.0-ZZ | ZZ",
  })
  void detect_textTheCatalogueRefusesWithAReason_isUnknownWithThatReason(String input, String reason) {
    Detection detection = DETECTOR.detect(input);

    assertThat(detection.answer()).isEqualTo(Detection.Answer.UNKNOWN);
    assertThat(detection.explanation()).containsIgnoringCase(reason);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "javascript://creativecommons.org/licenses/by/4.0/ | http or https scheme",
      "ftp://creativecommons.org/licenses/by/4.0/ | http or https scheme",
      "\u00a0\u200b | blank",
  })
  void detect_hostileValue_isUnknown(String input, String reason) {
    Detection detection = DETECTOR.detect(input);

    assertThat(detection.answer()).isEqualTo(Detection.Answer.UNKNOWN);
    assertThat(detection.explanation()).contains(reason);
  }

  @Test
  void detect_imprintLine_findsTheLicenseOfUrlAndName() {
    Detection detection = DETECTOR.detect("This publication is available in Open Access under the "
        + "Attribution-ShareAlike 3.0 IGO (CC-BY-SA 3.0 IGO) license "
        + "(http://creativecommons.org/licenses/by-sa/3.0/igo/).");

    assertThat(detection.answer()).isEqualTo(Detection.Answer.NORMALIZED);
    assertThat(detection.license()).contains(Licenses.CC_BY_SA_3_0_IGO);
    assertThat(detection.normalizations()).contains(Normalization.STATEMENT);
  }

  @Test
  void detect_lineBreakInsideWordsAndLicenceSpelling_stillFindsTheLicense() {
    Detection detection = DETECTOR.detect("This work is available under a Creative Commons Attribution-\n"
        + "ShareAlike 4.0 International licence.");

    assertThat(detection.license()).contains(Licenses.CC_BY_SA_4_0);
  }

  @Test
  void detect_urlAndNameThatDisagree_isAmbiguousAndSaysSo() {
    Detection detection = DETECTOR.detect("Licensed under CC BY-NC 4.0 "
        + "(https://creativecommons.org/licenses/by/4.0/).");

    assertThat(detection.answer()).isEqualTo(Detection.Answer.AMBIGUOUS);
    assertThat(detection.candidates()).containsExactly(Licenses.CC_BY_4_0, Licenses.CC_BY_NC_4_0);
    assertThat(detection.explanation()).contains("the URL names CC-BY-4.0 but the text names CC-BY-NC-4.0");
  }

  @Test
  void detect_chooserSnippet_readsTheRelLicenseLink() {
    String snippet = "<a rel=\"license\" href=\"http://creativecommons.org/licenses/by-sa/4.0/\"><img "
        + "alt=\"Creative Commons License\" style=\"border-width:0\" "
        + "src=\"https://i.creativecommons.org/l/by-sa/4.0/88x31.png\" /></a><br />This work is licensed under a "
        + "<a rel=\"license\" href=\"http://creativecommons.org/licenses/by-sa/4.0/\">Creative Commons "
        + "Attribution-ShareAlike 4.0 International License</a>.";

    assertThat(DETECTOR.detect(snippet).license()).contains(Licenses.CC_BY_SA_4_0);
  }

  @Test
  void detect_newChooserSnippet_readsTheRelLicenseNoopenerLink() {
    String snippet = "<p xmlns:cc=\"http://creativecommons.org/ns#\" >This work is licensed under <a "
        + "href=\"http://creativecommons.org/licenses/by/4.0/?ref=chooser-v1\" target=\"_blank\" "
        + "rel=\"license noopener noreferrer\" style=\"display:inline-block;\">CC BY 4.0<img "
        + "style=\"height:22px!important;\" src=\"https://mirrors.creativecommons.org/presskit/icons/cc.svg?ref=chooser-v1\">"
        + "</a></p>";

    assertThat(DETECTOR.detect(snippet).license()).contains(Licenses.CC_BY_4_0);
  }

  @Test
  void parse_agreesWithTheDetector_onDefiniteAnswers() {
    for (String input : List.of("CC BY 4", "\u0421\u0421 BY 4.0", "//creativecommons.org/licenses/by/4.0/",
        "GPL-3.0-or-later", "All rights reserved")) {
      Detection detection = DETECTOR.detect(input);
      assertThat(License.parse(input)).isEqualTo(detection.license().orElseThrow());
    }
  }

  @Test
  void parse_ambiguousInput_isRefusedWithItsCandidates() {
    assertThatThrownBy(() -> License.parse("cc-by"))
        .isInstanceOf(UnknownLicenseException.class)
        .hasMessageContaining("family but not its version")
        .satisfies(e -> assertThat(((UnknownLicenseException) e).closestMatches()).contains(Licenses.CC_BY_4_0));
  }

  @Test
  void parse_gfdlTextUrl_isNotGfdlOnly() {
    assertThatThrownBy(() -> License.parse("https://www.gnu.org/licenses/fdl-1.3.html"))
        .isInstanceOf(UnknownLicenseException.class);
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  void detect_unknownTenThousandCharacters_endsInBoundedTime() {
    Detection detection = DETECTOR.detect("x".repeat(10_000));

    assertThat(detection.answer()).isEqualTo(Detection.Answer.UNKNOWN);
    assertThat(detection.input()).hasSizeLessThan(Detection.KEPT_INPUT + 2);
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  void detect_unknownHundredThousandCharacters_endsInBoundedTime() {
    assertThat(DETECTOR.detect("cc by ".repeat(20_000)).answer()).isNotNull();
    assertThat(DETECTOR.detect("a b ".repeat(25_000)).answer()).isEqualTo(Detection.Answer.UNKNOWN);
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  void find_spacesBeforeAnUnclosedParenthesis_endsInBoundedTime() {
    assertThat(LicenseCatalog.standard().find("a" + " ".repeat(100_000) + "(b")).isEmpty();
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  void parse_unknownTenThousandCharacters_quotesABoundedPrefix() {
    assertThatThrownBy(() -> License.parse("y".repeat(10_000)))
        .isInstanceOf(UnknownLicenseException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(600));
  }
}
