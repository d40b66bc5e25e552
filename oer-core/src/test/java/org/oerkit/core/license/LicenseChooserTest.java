package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenseChooserTest {

  // Source: cc-archive/cc.engine classic_chooser.html and cc/licenserdf/xml/questions.xml
  // (field_derivatives y/sa/n, field_commercial y/n).
  @ParameterizedTest
  @CsvSource({
      "YES, true, CC-BY-4.0",
      "SHARE_ALIKE, true, CC-BY-SA-4.0",
      "NO, true, CC-BY-ND-4.0",
      "YES, false, CC-BY-NC-4.0",
      "SHARE_ALIKE, false, CC-BY-NC-SA-4.0",
      "NO, false, CC-BY-NC-ND-4.0",
  })
  void choose_chooserAnswers_giveTheLicense(LicenseChooser.Adaptations adaptations, boolean commercial,
      String expected) {
    assertThat(LicenseChooser.choose(adaptations, commercial).id()).isEqualTo(expected);
    assertThat(LicenseChooser.choose(true, adaptations, commercial).id()).isEqualTo(expected);
  }

  // Source: creativecommons/chooser src/index.html: "Require attribution for your work?" No leads to CC0.
  @Test
  void choose_withoutAttribution_givesCc0() {
    assertThat(LicenseChooser.choose(false, LicenseChooser.Adaptations.NO, false)).isEqualTo(Licenses.CC0_1_0);
  }

  @Test
  void choose_eachAnswer_givesALicenseWithThoseTerms() {
    for (LicenseChooser.Adaptations adaptations : LicenseChooser.Adaptations.values()) {
      for (boolean commercial : new boolean[] {true, false}) {
        License license = LicenseChooser.choose(adaptations, commercial);
        assertThat(license.allowsCommercialUse()).isEqualTo(commercial);
        assertThat(license.allowsAdaptation()).isEqualTo(adaptations != LicenseChooser.Adaptations.NO);
        assertThat(license.requiresShareAlike()).isEqualTo(adaptations == LicenseChooser.Adaptations.SHARE_ALIKE);
      }
    }
  }

  @Test
  void satisfying_unesco2019AndCommercialUse_givesTheFreeLicenses() {
    List<License> licenses = LicenseChooser.satisfying(Openness.UNESCO_2019.and(License::allowsCommercialUse));

    assertThat(licenses).containsExactly(Licenses.CC_BY_4_0, Licenses.CC_BY_SA_4_0, Licenses.CC0_1_0,
        Licenses.FREE_ART_1_3, Licenses.GPL_3_0, Licenses.GFDL_1_3);
  }

  @Test
  void satisfying_unesco2019_admitsNonCommercialButNotNoDerivatives() {
    List<License> licenses = LicenseChooser.satisfying(Openness.UNESCO_2019);

    assertThat(licenses).contains(Licenses.CC_BY_NC_4_0, Licenses.CC_BY_NC_SA_4_0)
        .doesNotContain(Licenses.CC_BY_ND_4_0, Licenses.CC_BY_NC_ND_4_0);
  }

  @Test
  void satisfying_amongTheWholeCatalogue_findsTheIgoLicenses() {
    List<License> igo = LicenseChooser.satisfying(
        l -> l.jurisdiction().equals(java.util.Optional.of(Jurisdiction.IGO)) && l.isOpen(), Licenses.all());

    assertThat(igo).containsExactly(Licenses.CC_BY_3_0_IGO, Licenses.CC_BY_NC_3_0_IGO, Licenses.CC_BY_NC_SA_3_0_IGO,
        Licenses.CC_BY_SA_3_0_IGO);
  }

  @Test
  void choose_nullAnswer_isRefusedNamingTheParameter() {
    assertThatThrownBy(() -> LicenseChooser.choose(null, true))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("adaptations");
  }
}
