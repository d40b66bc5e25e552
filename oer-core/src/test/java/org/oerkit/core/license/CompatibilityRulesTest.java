package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oerkit.core.license.Licenses.ALL_RIGHTS_RESERVED;
import static org.oerkit.core.license.Licenses.CC0_1_0;
import static org.oerkit.core.license.Licenses.CC_BY_4_0;
import static org.oerkit.core.license.Licenses.CC_BY_NC_4_0;
import static org.oerkit.core.license.Licenses.CC_BY_NC_ND_4_0;
import static org.oerkit.core.license.Licenses.CC_BY_NC_SA_4_0;
import static org.oerkit.core.license.Licenses.CC_BY_SA_3_0;
import static org.oerkit.core.license.Licenses.CC_BY_SA_4_0;
import static org.oerkit.core.license.Licenses.FREE_ART_1_3;
import static org.oerkit.core.license.Licenses.GPL_3_0;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oerkit.core.Finding;
import org.oerkit.core.license.CompatibilityRules.Cell;
import org.oerkit.core.license.CompatibilityRules.ChartFamily;

/**
 * The rules of {@link CompatibilityRules} that the chart tests of {@link CompatibilityTest} reach only
 * through standard licences: where a user-defined licence sits in the charts, licences that permit sharing
 * but not distribution, and the Free Art License 1.3 as a BY-SA Compatible License. Source of the charts:
 * the Creative Commons FAQ (adapter's license chart, collection table); of the Free Art rule:
 * https://wiki.creativecommons.org/ShareAlike_compatibility:_FAL (two-way, 21 October 2014).
 */
class CompatibilityRulesTest {

  private static final Set<Permission> ALL = EnumSet.of(Permission.REPRODUCTION, Permission.DISTRIBUTION,
      Permission.DERIVATIVE_WORKS);

  private static License custom(Set<Permission> permits, Set<Requirement> requires, Set<Prohibition> prohibits) {
    return License.custom("LicenseRef-ministry", "Ministry licence", URI.create("https://example.kz/licence/"),
        LicenseTerms.of(permits, requires, prohibits));
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource({
      "RDD, '',                   '',             PD",
      "RDD, NOTICE,               '',             BY",
      "RDD, ATTRIBUTION,          '',             BY",
      "RDD, '',                   COMMERCIAL_USE, BY_NC",
      "RD,  '',                   '',             BY_ND",
      "RD,  ATTRIBUTION,          COMMERCIAL_USE, BY_NC_ND",
      "RDD, SHARE_ALIKE,          '',             BY_SA",
      "RDD, SHARE_ALIKE,          COMMERCIAL_USE, BY_NC_SA",
      "'',  '',                   '',             BY_NC_ND",
  })
  void family_customLicense_isPlacedByItsTerms(String permits, String requires, String prohibits,
      ChartFamily family) {
    Set<Permission> permissions = permits.equals("RDD") ? ALL
        : permits.equals("RD") ? EnumSet.of(Permission.REPRODUCTION, Permission.DISTRIBUTION)
        : EnumSet.noneOf(Permission.class);
    Set<Requirement> requirements = requires.isEmpty() ? EnumSet.noneOf(Requirement.class)
        : EnumSet.of(Requirement.valueOf(requires));
    Set<Prohibition> prohibitions = prohibits.isEmpty() ? EnumSet.noneOf(Prohibition.class)
        : EnumSet.of(Prohibition.valueOf(prohibits));

    assertThat(CompatibilityRules.family(custom(permissions, requirements, prohibitions))).isEqualTo(family);
  }

  @Test
  void family_standardLicenseWithoutConditions_isNotPublicDomain() {
    // PDDL is a dedication, but not a Creative Commons public-domain tool: only CC0, PDM and PDC are PD.
    License pddl = License.parse("PDDL-1.0");

    assertThat(pddl.terms().requires()).isEmpty();
    assertThat(CompatibilityRules.family(pddl)).isEqualTo(ChartFamily.BY);
    assertThat(CompatibilityRules.family(CC0_1_0)).isEqualTo(ChartFamily.PD);
    assertThat(CompatibilityRules.family(ALL_RIGHTS_RESERVED)).isEqualTo(ChartFamily.BY_NC_ND);
  }

  @Test
  void adapt_customLicenseWithoutConditions_isChartedAsPublicDomain() {
    License free = custom(ALL, Set.of(), Set.of());

    // The PD row is all green; the BY row marks PD yellow.
    assertThat(Compatibility.adapt(free, CC_BY_NC_ND_4_0).isRecommended()).isTrue();
    assertThat(Compatibility.adapt(CC_BY_4_0, free).isAllowed()).isTrue();
    assertThat(Compatibility.adapt(CC_BY_4_0, free).isRecommended()).isFalse();
    assertThat(Compatibility.adapt(CC_BY_4_0, custom(ALL, Set.of(Requirement.ATTRIBUTION), Set.of()))
        .isRecommended()).isTrue();
  }

  @Test
  void isCharted_theSixCurrentFamilies_andNothingElse() {
    assertThat(EnumSet.allOf(LicenseKind.class)).filteredOn(LicenseKind::isCharted).containsExactlyInAnyOrder(
        LicenseKind.CC_BY, LicenseKind.CC_BY_SA, LicenseKind.CC_BY_NC, LicenseKind.CC_BY_ND, LicenseKind.CC_BY_NC_SA,
        LicenseKind.CC_BY_NC_ND);
  }

  @Test
  void collect_licenceThatSharesButDoesNotDistribute_needsANonCommercialCollection() {
    // Sampling Plus's cc:Sharing: "permits commercial derivatives, but only non-commercial distribution".
    License sharing = custom(EnumSet.of(Permission.REPRODUCTION, Permission.DERIVATIVE_WORKS, Permission.SHARING),
        Set.of(Requirement.ATTRIBUTION), Set.of());

    CompatibilityRules.Verdict commercial = CompatibilityRules.collect(sharing, CC_BY_4_0);
    assertThat(commercial.cell).isEqualTo(Cell.FORBIDDEN);
    assertThat(commercial.rule).isEqualTo(LicenseRules.COLLECTION_NONCOMMERCIAL);
    assertThat(commercial.message).contains("is NonCommercial").contains("CC BY 4.0 is not");
    assertThat(CompatibilityRules.collect(sharing, CC_BY_NC_4_0).cell).isEqualTo(Cell.RECOMMENDED);
  }

  @Test
  void collect_licenceThatNeitherSharesNorDistributes_isRefused() {
    License copyOnly = custom(EnumSet.of(Permission.REPRODUCTION), Set.of(Requirement.ATTRIBUTION), Set.of());

    CompatibilityRules.Verdict verdict = CompatibilityRules.collect(copyOnly, CC_BY_NC_4_0);
    assertThat(verdict.cell).isEqualTo(Cell.FORBIDDEN);
    assertThat(verdict.rule).isEqualTo(LicenseRules.COLLECTION_NO_DISTRIBUTION);
    assertThat(verdict.message).isEqualTo(copyOnly.shortName() + " does not permit sharing the work itself");
  }

  @Test
  void adapt_freeArt13_isOnlyCompatibleWithItselfAndBySa40() {
    assertThat(CompatibilityRules.adapt(FREE_ART_1_3, FREE_ART_1_3).cell).isEqualTo(Cell.RECOMMENDED);
    assertThat(CompatibilityRules.adapt(FREE_ART_1_3, CC_BY_SA_4_0).cell).isEqualTo(Cell.RECOMMENDED);
    assertThat(CompatibilityRules.adapt(FREE_ART_1_3, CC_BY_SA_4_0).rule).isEqualTo(LicenseRules.FREE_ART_COMPATIBLE);
    assertThat(CompatibilityRules.adapt(FREE_ART_1_3, CC_BY_SA_3_0).cell).isEqualTo(Cell.FORBIDDEN);
    assertThat(CompatibilityRules.adapt(FREE_ART_1_3, CC_BY_NC_SA_4_0).cell).isEqualTo(Cell.FORBIDDEN);
    assertThat(CompatibilityRules.adapt(FREE_ART_1_3, GPL_3_0).cell).isEqualTo(Cell.FORBIDDEN);
    assertThat(CompatibilityRules.adapt(CC_BY_SA_4_0, FREE_ART_1_3).message)
        .isEqualTo("the Free Art License 1.3 is a BY-SA Compatible License");
    assertThat(CompatibilityRules.adapt(CC_BY_SA_3_0, FREE_ART_1_3).cell).isEqualTo(Cell.FORBIDDEN);
  }

  @Test
  void adaptation_shareAlikeWithALicenceThatAddsARestriction_explainsTheRestriction() {
    // BY-SA 4.0 section 3(b)(3): no terms that restrict the rights granted under the Adapter's License.
    License notInRichCountries = custom(ALL, Set.of(Requirement.ATTRIBUTION),
        Set.of(Prohibition.HIGH_INCOME_NATION_USE));

    for (List<License> order : List.of(List.of(notInRichCountries, CC_BY_SA_4_0),
        List.of(CC_BY_SA_4_0, notInRichCountries))) {
      Compatibility answer = Compatibility.of(CombinationMode.ADAPTATION, order);
      assertThat(answer.isAllowed()).isFalse();
      assertThat(answer.reasons().findings()).extracting(f -> f.rule().id())
          .containsExactly("license.sharealike-no-added-restrictions");
      Finding finding = answer.reasons().findings().get(0);
      assertThat(finding.message()).startsWith("CC-BY-SA-4.0 requires ShareAlike, and the restrictions of "
          + "LicenseRef-ministry (").contains("it prohibits use in a non-developing country");
    }
    assertThat(Compatibility.of(CombinationMode.COLLECTION, List.of(notInRichCountries, CC_BY_SA_4_0)).isAllowed())
        .isTrue();
  }
}
