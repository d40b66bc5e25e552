package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OpennessTest {

  // Sources: UNESCO Recommendation on OER (2019) §1-2; 2012 Paris OER Declaration; 2002 UNESCO Forum;
  // https://creativecommons.org/share-your-work/public-domain/freeworks and https://freedomdefined.org/Licenses;
  // okfn/licenses licenses.csv (od_conformance).
  @ParameterizedTest
  @CsvSource({
      // id,              UNESCO2019, UNESCO2012, UNESCO2002, FreeCultural, OpenDefinition
      "CC-BY-4.0,         true,  true,  true,  true,  true",
      "CC-BY-SA-3.0-IGO,  true,  true,  true,  true,  true",
      "CC-BY-NC-4.0,      true,  true,  true,  false, false",
      "CC-BY-NC-SA-2.0,   true,  true,  true,  false, false",
      "CC-BY-ND-4.0,      false, false, false, false, false",
      "CC-BY-NC-ND-3.0,   false, false, false, false, false",
      "CC0-1.0,           true,  true,  true,  true,  true",
      "CC-PDM-1.0,        true,  true,  true,  true,  true",
      "LAL-1.3,           true,  true,  true,  true,  true",
      "GPL-3.0-only,      true,  true,  true,  true,  false",
      "GFDL-1.3-only,     true,  true,  true,  true,  false",
      "NONE,              false, false, false, false, false",
      "NOASSERTION,       false, false, false, false, false",
      "https://creativecommons.org/licenses/sampling+/1.0/, false, false, false, false, false",
      "https://creativecommons.org/licenses/devnations/2.0/, false, false, false, false, false",
      "CC-SA-1.0,         true,  true,  true,  false, false",
  })
  void test_eachDefinition_classifiesTheLicense(String id, boolean unesco2019, boolean unesco2012,
      boolean unesco2002, boolean freeCultural, boolean openDefinition) {
    License license = License.parse(id);

    assertThat(Openness.UNESCO_2019.test(license)).isEqualTo(unesco2019);
    assertThat(license.isOpen()).isEqualTo(unesco2019);
    assertThat(Openness.UNESCO_2012.test(license)).isEqualTo(unesco2012);
    assertThat(license.isOpen(Openness.UNESCO_2002)).isEqualTo(unesco2002);
    assertThat(license.isFreeCulturalWork()).isEqualTo(freeCultural);
    assertThat(license.conformsToOpenDefinition()).isEqualTo(openDefinition);
  }

  @Test
  void test_customLicense_isJudgedOnItsTerms() {
    URI uri = URI.create("https://example.kz/open/");
    License byLike = License.custom("LicenseRef-kz-by", "National BY", uri, Licenses.CC_BY_4_0.terms());
    License ncLike = License.custom("LicenseRef-kz-nc", "National NC", uri, Licenses.CC_BY_NC_4_0.terms());
    License ndLike = License.custom("LicenseRef-kz-nd", "National ND", uri, Licenses.CC_BY_ND_4_0.terms());

    assertThat(byLike.isOpen()).isTrue();
    assertThat(byLike.isFreeCulturalWork()).isTrue();
    assertThat(byLike.conformsToOpenDefinition()).isTrue();
    assertThat(ncLike.isOpen()).isTrue();
    assertThat(ncLike.isFreeCulturalWork()).isFalse();
    assertThat(ndLike.isOpen()).isFalse();
  }

  @Test
  void sourceAndDefinition_areCitedForEveryDefinition() {
    for (Openness openness : Openness.values()) {
      assertThat(openness.source()).isNotBlank();
      assertThat(openness.definition()).isNotBlank();
      assertThat(openness.title()).isNotBlank();
    }
    assertThat(Openness.UNESCO_2019.definition()).contains("re-use, re-purpose, adaptation and redistribution");
  }
}
