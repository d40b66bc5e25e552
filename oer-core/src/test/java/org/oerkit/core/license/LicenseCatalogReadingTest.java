package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the standard catalogue reads a text structurally (ids, URIs by their structure, names, deed headings)
 * and what it says when it reads none: the reason, and the licences close to the text.
 */
class LicenseCatalogReadingTest {

  private static final LicenseCatalog CATALOG = LicenseCatalog.standard();
  private static final License MIT = License.parse("MIT");

  @Test
  void lookup_deedHeading_isReadWhereItsTwoPartsAgree() {
    assertThat(CATALOG.lookup("Attribution 4.0 International (CC BY 4.0)")).contains(Licenses.CC_BY_4_0);
    assertThat(CATALOG.lookup("Attribution 4.0 International (CC BY-SA 4.0)")).isEmpty();
    assertThat(CATALOG.lookup("Attribution 4.0 International (Freeware)")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"(Attribution 4.0 International (CC BY 4.0)", "Attribution 4.0 International (CC) BY 4.0)",
      "Attribution 4.0 International (CC BY 4.0) (CC BY 4.0)"})
  void lookup_deedHeadingWithUnbalancedParentheses_isNotRead(String text) {
    assertThat(CATALOG.lookup(text)).isEmpty();
  }

  @Test
  void lookup_uriOfALicenceOtherThanCreativeCommons_isReadIgnoringSchemeAndWww() {
    assertThat(CATALOG.lookup("https://opensource.org/licenses/MIT")).contains(MIT);
    assertThat(CATALOG.lookup("opensource.org/licenses/MIT")).isEmpty();
    assertThat(CATALOG.lookup("http://www.opensource.org/licenses/MIT/")).contains(MIT);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"https://creativecommons.org/licenses/by/4.0/legalcode/extra",
      "https://creativecommons.org/licenses/by/4.0/deed.de/legalcode", "https://creativecommons.org/licenses/by/4.0/a/b",
      "http://creativecommons.org/licenses/publicdomain/deed.en/extra"})
  void lookup_creativeCommonsUriWithAPathAfterItsSubResource_namesNoLicence(String uri) {
    assertThat(CATALOG.lookup(uri)).isEmpty();
  }

  @Test
  void lookup_creativeCommonsUriOfASubResource_namesItsLicence() {
    assertThat(CATALOG.lookup("https://creativecommons.org/licenses/by/4.0/legalcode")).contains(Licenses.CC_BY_4_0);
    assertThat(CATALOG.lookup("http://creativecommons.org/licenses/publicdomain/deed.en")).map(License::id)
        .contains("CC-PDDC");
  }

  @Test
  void find_acceptsDefiniteAnswersOnly() {
    assertThat(CATALOG.find("CC BY 4.0")).contains(Licenses.CC_BY_4_0);
    assertThat(CATALOG.find("cc by")).isEmpty();
    assertThat(CATALOG.find("CC-BY-4.0 OR MIT")).isEmpty();
  }

  @Test
  void detect_unknownUriAndUnknownName_sayWhichTheyAre() {
    LicenseDetector detector = CATALOG.detector();

    assertThat(detector.detect("https://example.org/licence").explanation()).isEqualTo("no known license has this URI");
    assertThat(detector.detect("spdx.org/license-list").explanation()).isEqualTo("no known license has this URI");
    assertThat(detector.detect("Freeware").explanation()).isEqualTo("no known license has this name");
  }

  @Test
  void detect_firstVersionOfByNcNdWithAnUnknownPort_suggestsItsByNdNcUri() {
    Detection detection = CATALOG.detector().detect("https://creativecommons.org/licenses/by-nc-nd/1.0/xx/");

    assertThat(detection.answer()).isEqualTo(Detection.Answer.UNKNOWN);
    assertThat(detection.explanation()).isEqualTo("\"xx\" is not a Creative Commons jurisdiction");
    assertThat(detection.candidates()).extracting(License::id).containsExactly("CC-BY-NC-ND-1.0", "CC-BY-NC-ND-4.0");
  }

  @Test
  void detect_versionCreativeCommonsNeverPublished_suggestsTheCurrentVersionOnly() {
    Detection detection = CATALOG.detector().detect("https://creativecommons.org/licenses/by-sa/5.0/");

    assertThat(detection.explanation()).isEqualTo("Creative Commons published no by-sa 5.0 license");
    assertThat(detection.candidates()).containsExactly(Licenses.CC_BY_SA_4_0);
  }

  @Test
  void detect_elementsCreativeCommonsNeverPublished_suggestsTheClosestUris() {
    Detection detection = CATALOG.detector().detect("https://creativecommons.org/licenses/by-sx/4.0/");

    assertThat(detection.explanation()).isEqualTo("Creative Commons published no by-sx 4.0 license");
    assertThat(detection.candidates()).contains(Licenses.CC_BY_SA_4_0);
  }

  @Test
  void detect_misspelledUriOfAnotherLicence_suggestsItByItsUri() {
    assertThat(CATALOG.detector().detect("https://opensource.org/licenses/MTI").candidates()).contains(MIT);
  }

  @Test
  void closest_textOfTheLongestLengthLookedAt_hasSuggestions() {
    String misspelt = "Creative Commons Attribution-NonCommercial-ShareAlike 2.0 Frence";

    assertThat(misspelt).hasSize(LicenseCatalog.SUGGESTION_LIMIT);
    assertThat(CATALOG.closest(misspelt, 1)).extracting(License::id).containsExactly("CC-BY-NC-SA-2.0-FR");
    assertThat(CATALOG.closest(misspelt.replace("Frence", "Frannce"), 1)).isEmpty();
  }

  @Test
  void closest_cutoffGrowsWithTheLength_oneEditUpToFour_twoUpToTwelve_threeBeyond() {
    assertThat(CATALOG.closest("mitx", 3)).contains(MIT);
    assertThat(CATALOG.closest("mixx", 3)).doesNotContain(MIT);
    assertThat(CATALOG.closest("mitxx", 3)).contains(MIT);
    License apache = License.parse("Apache-2.0");
    assertThat(CATALOG.closest("apache-2.0y", 3)).contains(apache);
    assertThat(CATALOG.closest("apXche-2.0yy", 3)).doesNotContain(apache);
    assertThat(CATALOG.closest("apache-2.0yyy", 3)).contains(apache);
  }

  @Test
  void closest_limitThatIsNotPositive_isRefused() {
    assertThatThrownBy(() -> CATALOG.closest("MIT", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be positive, was 0");
    assertThat(CATALOG.closest("MIT", 1)).containsExactly(MIT);
  }

  @Test
  void toString_namesTheSizeOfTheCatalogue() {
    String catalogue = "LicenseCatalog[" + CATALOG.all().size() + " licenses]";

    assertThat(CATALOG).hasToString(catalogue);
    assertThat(LicenseDetector.standard()).hasToString("LicenseDetector[" + catalogue + "]");
  }
}
