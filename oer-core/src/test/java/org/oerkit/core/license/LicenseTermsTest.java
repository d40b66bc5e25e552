package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenseTermsTest {

  @Test
  void equals_sameSetsInAnyOrder_areEqual() {
    new EqualsTester()
        .addEqualityGroup(
            LicenseTerms.of(EnumSet.of(Permission.REPRODUCTION, Permission.DISTRIBUTION), Set.of(), Set.of()),
            LicenseTerms.of(Set.of(Permission.DISTRIBUTION, Permission.REPRODUCTION), Set.of(), Set.of()))
        .addEqualityGroup(Licenses.CC_BY_4_0.terms(), Licenses.CC_BY_3_0_IGO.terms())
        .addEqualityGroup(Licenses.CC_BY_NC_4_0.terms())
        .testEquals();
  }

  @Test
  void predicates_followTheSets() {
    LicenseTerms byNcSa = Licenses.CC_BY_NC_SA_4_0.terms();

    assertThat(byNcSa.allowsAdaptation()).isTrue();
    assertThat(byNcSa.allowsCommercialUse()).isFalse();
    assertThat(byNcSa.requiresShareAlike()).isTrue();
    assertThat(byNcSa.requiresAttribution()).isTrue();
    assertThat(byNcSa.permits(Permission.SHARING)).isFalse();
  }

  @Test
  void permits_areListedInVocabularyOrder() {
    LicenseTerms terms = LicenseTerms.of(Set.of(Permission.DERIVATIVE_WORKS, Permission.REPRODUCTION), Set.of(),
        Set.of());

    assertThat(terms.permits()).containsExactly(Permission.REPRODUCTION, Permission.DERIVATIVE_WORKS);
  }

  // Source: the ccREL schema, namespace http://creativecommons.org/ns# (W3C Member Submission, 2008).
  @Test
  void vocabulary_termsAreCcRelUris() {
    assertThat(Permission.DERIVATIVE_WORKS.uri()).isEqualTo(URI.create("http://creativecommons.org/ns#DerivativeWorks"));
    assertThat(Requirement.SHARE_ALIKE.uri()).isEqualTo(URI.create("http://creativecommons.org/ns#ShareAlike"));
    assertThat(Prohibition.COMMERCIAL_USE.uri()).isEqualTo(URI.create("http://creativecommons.org/ns#CommercialUse"));
    assertThat(Permission.SHARING.toString()).isEqualTo("cc:Sharing");
    assertThat(Requirement.NOTICE.term()).isEqualTo("Notice");
    assertThat(Prohibition.HIGH_INCOME_NATION_USE.description()).isEqualTo("use in a non-developing country");
  }

  // Source: the ccREL schema (http://creativecommons.org/schema.rdf): each term's name and rdfs:comment.
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "REPRODUCTION | Reproduction | making multiple copies",
      "DISTRIBUTION | Distribution | distribution, public display, and publicly performance",
      "DERIVATIVE_WORKS | DerivativeWorks | distribution of derivative works",
      "SHARING | Sharing | permits commercial derivatives, but only non-commercial distribution",
  })
  void permission_isTheCcRelTerm(Permission permission, String term, String description) {
    assertThat(permission.term()).isEqualTo(term);
    assertThat(permission.uri()).isEqualTo(URI.create("http://creativecommons.org/ns#" + term));
    assertThat(permission).hasToString("cc:" + term);
    assertThat(permission.description()).isEqualTo(description);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "NOTICE | Notice | copyright and license notices be kept intact",
      "ATTRIBUTION | Attribution | credit be given to copyright holder and/or author",
      "SHARE_ALIKE | ShareAlike | derivative works be licensed under the same terms or compatible terms as the original work",
      "SOURCE_CODE | SourceCode | source code must be provided when exercising some rights",
      "COPYLEFT | Copyleft | derivative and combined works must be licensed under specified terms",
      "LESSER_COPYLEFT | LesserCopyleft | derivative works must be licensed under specified terms",
  })
  void requirement_isTheCcRelTerm(Requirement requirement, String term, String description) {
    assertThat(requirement.term()).isEqualTo(term);
    assertThat(requirement.uri()).isEqualTo(URI.create("http://creativecommons.org/ns#" + term));
    assertThat(requirement).hasToString("cc:" + term);
    assertThat(requirement.description()).isEqualTo(description);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "COMMERCIAL_USE | CommercialUse | exercising rights for commercial purposes",
      "HIGH_INCOME_NATION_USE | HighIncomeNationUse | use in a non-developing country",
  })
  void prohibition_isTheCcRelTerm(Prohibition prohibition, String term, String description) {
    assertThat(prohibition.term()).isEqualTo(term);
    assertThat(prohibition.uri()).isEqualTo(URI.create("http://creativecommons.org/ns#" + term));
    assertThat(prohibition).hasToString("cc:" + term);
    assertThat(prohibition.description()).isEqualTo(description);
  }
}
