package org.oerkit.core.license;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of combining licences, as property tests: combining is commutative, associative and idempotent,
 * public-domain material is neutral, and a NoDerivatives input makes every adaptation impossible.
 */
class CompatibilityLawsTest {

  /** A pool that spans the kinds of licence: current, older, ported, ShareAlike, non-CC, markers, custom. */
  private static final List<License> POOL = List.of(
      Licenses.CC0_1_0, Licenses.PDM_1_0, Licenses.CC_BY_4_0, Licenses.CC_BY_SA_4_0, Licenses.CC_BY_NC_4_0,
      Licenses.CC_BY_ND_4_0, Licenses.CC_BY_NC_SA_4_0, Licenses.CC_BY_NC_ND_4_0, Licenses.CC_BY_3_0_IGO,
      Licenses.CC_BY_SA_3_0, Licenses.CC_BY_SA_2_0, Licenses.CC_BY_SA_1_0, Licenses.CC_BY_NC_SA_3_0_IGO,
      License.parse("CC-BY-SA-2.1-JP"), License.parse("CC-BY-3.0-DE"), License.parse("CC-SA-1.0"),
      License.parse("https://creativecommons.org/licenses/nc/1.0/"), Licenses.FREE_ART_1_3, Licenses.GPL_3_0,
      Licenses.GFDL_1_3, Licenses.ALL_RIGHTS_RESERVED, Licenses.UNSPECIFIED,
      License.custom("LicenseRef-kz-by", "National BY", URI.create("https://example.kz/by/"),
          Licenses.CC_BY_4_0.terms()),
      License.custom("LicenseRef-kz-sa", "National SA", URI.create("https://example.kz/sa/"),
          Licenses.CC_BY_SA_4_0.terms()));

  private static final List<License> PUBLIC_DOMAIN = List.of(Licenses.CC0_1_0, Licenses.PDM_1_0);

  private static Gen<License> license() {
    return integers().between(0, POOL.size() - 1).map(POOL::get);
  }

  private static Gen<List<License>> licenses() {
    return lists().of(license()).ofSizeBetween(0, 4);
  }

  private static Gen<CombinationMode> mode() {
    return integers().between(0, 1).map(i -> CombinationMode.values()[i]);
  }

  /** The answer, without the inputs that produced it. */
  private static List<Object> verdict(Compatibility compatibility) {
    List<Object> verdict = new ArrayList<>();
    verdict.add(compatibility.isAllowed());
    verdict.add(compatibility.licenses());
    verdict.add(compatibility.recommendedLicenses());
    return verdict;
  }

  @Test
  void plus_isCommutative() {
    qt().withExamples(200).forAll(mode(), licenses(), licenses()).check((mode, a, b) -> {
      Compatibility x = Compatibility.of(mode, a);
      Compatibility y = Compatibility.of(mode, b);
      return x.plus(y).equals(y.plus(x)) && verdict(x.plus(y)).equals(verdict(y.plus(x)));
    });
  }

  @Test
  void plus_isAssociative() {
    qt().withExamples(200).forAll(mode(), licenses(), licenses(), licenses()).check((mode, a, b, c) -> {
      Compatibility x = Compatibility.of(mode, a);
      Compatibility y = Compatibility.of(mode, b);
      Compatibility z = Compatibility.of(mode, c);
      return x.plus(y).plus(z).equals(x.plus(y.plus(z)))
          && verdict(x.plus(y).plus(z)).equals(verdict(x.plus(y.plus(z))));
    });
  }

  @Test
  void plus_isIdempotent() {
    qt().withExamples(200).forAll(mode(), licenses()).check((mode, a) -> {
      Compatibility x = Compatibility.of(mode, a);
      return x.plus(x).equals(x) && verdict(x.plus(x)).equals(verdict(x));
    });
  }

  @Test
  void of_equalsTheFoldOfSingleLicenses() {
    qt().withExamples(200).forAll(mode(), licenses()).check((mode, a) -> {
      Compatibility folded = Compatibility.of(mode, List.of());
      for (License license : a) {
        folded = folded.plus(license);
      }
      return folded.equals(Compatibility.of(mode, a));
    });
  }

  @Test
  void plus_publicDomain_isNeutral() {
    qt().withExamples(200).forAll(mode(), licenses(), integers().between(0, 1)).check((mode, a, pd) -> {
      Compatibility x = Compatibility.of(mode, a);
      return verdict(x.plus(PUBLIC_DOMAIN.get(pd))).equals(verdict(x));
    });
  }

  @Test
  void plus_noDerivativesInput_makesEveryAdaptationImpossible() {
    List<License> noDerivatives = List.of(Licenses.CC_BY_ND_4_0, Licenses.CC_BY_NC_ND_4_0,
        License.parse("CC-BY-NC-ND-1.0"), License.parse("https://creativecommons.org/licenses/by-nd/3.0/igo/"));
    qt().withExamples(200).forAll(licenses(), integers().between(0, noDerivatives.size() - 1)).check((a, nd) -> {
      Compatibility x = Compatibility.of(CombinationMode.ADAPTATION, a).plus(noDerivatives.get(nd));
      return !x.isAllowed() && x.licenses().isEmpty() && x.reasons().hasErrors();
    });
  }

  @Test
  void reasons_refusal_alwaysCitesARuleWithASource() {
    qt().withExamples(200).forAll(mode(), licenses()).check((mode, a) -> {
      Compatibility x = Compatibility.of(mode, a);
      return x.isAllowed() || (x.reasons().hasErrors()
          && x.reasons().findings().stream().allMatch(f -> !f.source().isBlank()));
    });
  }

  @Test
  void licenses_recommended_areAmongThePermitted() {
    qt().withExamples(200).forAll(mode(), licenses()).check((mode, a) -> {
      Compatibility x = Compatibility.of(mode, a);
      return x.licenses().containsAll(x.recommendedLicenses());
    });
  }
}
