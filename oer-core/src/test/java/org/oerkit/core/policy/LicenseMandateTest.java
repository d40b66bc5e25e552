package org.oerkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.license.Licenses;
import org.oerkit.core.vocabulary.LanguageTag;

/** The licence mandate of template section 5 (Astana 2017 concept note, Session 10). */
class LicenseMandateTest {

  @Test
  void allowed_isTheDefaultThenTheAlternatives() {
    LicenseMandate m = LicenseMandate.builder().defaultLicense(Licenses.CC_BY_4_0)
        .addAlternatives(Licenses.CC_BY_SA_4_0, Licenses.CC0_1_0).addTranslatedInto(LanguageTag.RUSSIAN).build();
    assertThat(m.allowed()).containsExactly(Licenses.CC_BY_4_0, Licenses.CC_BY_SA_4_0, Licenses.CC0_1_0);
    assertThat(m.translatedInto()).containsExactly(LanguageTag.RUSSIAN);
  }

  @Test
  void alternatives_repeatingTheDefault_areRefused() {
    assertThatThrownBy(() -> LicenseMandate.builder().defaultLicense(Licenses.CC_BY_4_0)
        .addAlternatives(Licenses.CC_BY_4_0).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("LicenseMandate.alternatives must not repeat the default licence, was \"CC-BY-4.0\"");
  }

  @Test
  void alternatives_repeated_areRefused() {
    assertThatThrownBy(() -> LicenseMandate.builder().defaultLicense(Licenses.CC_BY_4_0)
        .addAlternatives(Licenses.CC0_1_0, Licenses.CC0_1_0).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("LicenseMandate.alternatives must not repeat a licence");
  }

  @Test
  void noDerivativesDefault_isAcceptedAsAValue_theGapAnalysisReportsIt() {
    assertThat(LicenseMandate.of(Licenses.CC_BY_ND_4_0).defaultLicense().isOpen()).isFalse();
  }

  @Test
  void equals_comparesEveryAttribute() {
    new EqualsTester()
        .addEqualityGroup(LicenseMandate.of(Licenses.CC_BY_4_0), LicenseMandate.builder()
            .defaultLicense(Licenses.CC_BY_4_0).build())
        .addEqualityGroup(LicenseMandate.of(Licenses.CC_BY_SA_4_0))
        .addEqualityGroup(LicenseMandate.builder().defaultLicense(Licenses.CC_BY_4_0)
            .addTranslatedInto(LanguageTag.KAZAKH).build())
        .testEquals();
  }
}
