package org.oerkit.core.license;

import com.google.common.testing.NullPointerTester;
import java.net.URI;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;

/**
 * No nulls in: every public factory and every public method of every public type of
 * {@code org.oerkit.core.license} refuses a null argument with a {@link NullPointerException}.
 */
class LicenseNullsTest {

  private static final LicensedWork WORK = LicensedWork.of("Lesson 1", "A. Teacher", Licenses.CC_BY_SA_4_0);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(License.class, Licenses.CC_BY_4_0)
        .setDefault(LicenseTerms.class, Licenses.CC_BY_4_0.terms())
        .setDefault(LicensedWork.class, WORK)
        .setDefault(Compatibility.class, Compatibility.adaptation(Licenses.CC_BY_4_0))
        .setDefault(Jurisdiction.class, Jurisdiction.IGO)
        .setDefault(Country.class, Country.KAZAKHSTAN)
        .setDefault(LanguageTag.class, LanguageTag.ENGLISH)
        .setDefault(URI.class, URI.create("https://example.org/"))
        .setDefault(String.class, "CC-BY-4.0")
        .setDefault(CharSequence.class, "CC-BY-4.0")
        .setDefault(Predicate.class, Openness.UNESCO_2019)
        .setDefault(Iterable.class, List.of(Licenses.CC_BY_4_0))
        .setDefault(java.util.Collection.class, List.of(Licenses.CC_BY_4_0))
        .setDefault(LicenseChooser.Adaptations.class, LicenseChooser.Adaptations.YES)
        .setDefault(CombinationMode.class, CombinationMode.ADAPTATION);
  }

  @Test
  void publicStaticMethods_ofEveryPublicType_refuseNull() {
    for (Class<?> type : List.of(Attribution.class, AttributionFormat.class, CombinationMode.class,
        Compatibility.class, FiveR.class, Jurisdiction.class, License.class, LicenseChooser.class,
        LicenseKind.class, LicenseName.class, LicenseRules.class, LicenseTerms.class, LicensedWork.class,
        Licenses.class, Openness.class, Permission.class, Prohibition.class, Requirement.class,
        UnknownLicenseException.class)) {
      tester().testAllPublicStaticMethods(type);
    }
  }

  @Test
  void publicConstructors_refuseNull() {
    tester().testAllPublicConstructors(UnknownLicenseException.class);
  }

  @Test
  void publicInstanceMethods_ofEveryPublicType_refuseNull() {
    for (Object instance : List.of(Attribution.of(WORK), Compatibility.adaptation(Licenses.CC_BY_4_0,
        Licenses.CC_BY_NC_4_0), Compatibility.collection(Licenses.CC_BY_4_0), Jurisdiction.IGO,
        Jurisdiction.of(Country.KAZAKHSTAN), Licenses.CC_BY_SA_4_0, Licenses.CC_BY_ND_3_0_IGO,
        Licenses.ALL_RIGHTS_RESERVED, License.custom("LicenseRef-nulls", "Nulls", URI.create("https://example.org/"),
            Licenses.CC_BY_4_0.terms()),
        Licenses.CC_BY_4_0.name(LanguageTag.RUSSIAN), Licenses.CC_BY_4_0.terms(), WORK, Openness.UNESCO_2019,
        LicenseKind.CC_BY_SA, License.builder(), LicensedWork.builder(), LicenseTerms.builder(),
        new UnknownLicenseException("CC-BY-9.0", "no such version", List.of(Licenses.CC_BY_4_0)))) {
      tester().testAllPublicInstanceMethods(instance);
    }
  }
}
