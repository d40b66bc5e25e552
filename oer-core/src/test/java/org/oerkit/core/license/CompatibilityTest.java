package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oerkit.core.license.Licenses.ALL_RIGHTS_RESERVED;
import static org.oerkit.core.license.Licenses.CC0_1_0;
import static org.oerkit.core.license.Licenses.CC_BY_4_0;
import static org.oerkit.core.license.Licenses.CC_BY_NC_4_0;
import static org.oerkit.core.license.Licenses.CC_BY_NC_ND_4_0;
import static org.oerkit.core.license.Licenses.CC_BY_NC_SA_4_0;
import static org.oerkit.core.license.Licenses.CC_BY_ND_4_0;
import static org.oerkit.core.license.Licenses.CC_BY_SA_1_0;
import static org.oerkit.core.license.Licenses.CC_BY_SA_2_0;
import static org.oerkit.core.license.Licenses.CC_BY_SA_3_0;
import static org.oerkit.core.license.Licenses.CC_BY_SA_4_0;
import static org.oerkit.core.license.Licenses.FREE_ART_1_3;
import static org.oerkit.core.license.Licenses.GFDL_1_3;
import static org.oerkit.core.license.Licenses.GPL_3_0;
import static org.oerkit.core.license.Licenses.PDM_1_0;
import static org.oerkit.core.license.Licenses.UNSPECIFIED;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Finding;
import org.oerkit.core.Severity;

class CompatibilityTest {

  /** The rows and columns of the charts, as 4.0 licences and public-domain tools. */
  private static License chart(String label) {
    switch (label) {
      case "PDM": return PDM_1_0;
      case "CC0": case "PD": return CC0_1_0;
      case "BY": return CC_BY_4_0;
      case "BY-SA": return CC_BY_SA_4_0;
      case "BY-NC": return CC_BY_NC_4_0;
      case "BY-ND": return CC_BY_ND_4_0;
      case "BY-NC-SA": return CC_BY_NC_SA_4_0;
      case "BY-NC-ND": return CC_BY_NC_ND_4_0;
      default: throw new IllegalArgumentException(label);
    }
  }

  private static final List<String> REMIX_COLUMNS =
      List.of("PDM", "CC0", "BY", "BY-SA", "BY-NC", "BY-ND", "BY-NC-SA", "BY-NC-ND");

  // Source: Creative Commons FAQ, "Can I combine material under different Creative Commons licenses in my
  // work?", chart faq/CC_License_Compatibility_Chart.png in creativecommons/faq (Y = may be remixed).
  @ParameterizedTest(name = "remix chart row {0}")
  @CsvSource({
      "PDM,      Y Y Y Y Y N Y N",
      "CC0,      Y Y Y Y Y N Y N",
      "BY,       Y Y Y Y Y N Y N",
      "BY-SA,    Y Y Y Y N N N N",
      "BY-NC,    Y Y Y N Y N Y N",
      "BY-ND,    N N N N N N N N",
      "BY-NC-SA, Y Y Y N Y N Y N",
      "BY-NC-ND, N N N N N N N N",
  })
  void adaptation_remixChart_matchesEveryCell(String row, String cells) {
    String[] expected = cells.split(" ");
    for (int column = 0; column < REMIX_COLUMNS.size(); column++) {
      Compatibility answer = Compatibility.adaptation(chart(row), chart(REMIX_COLUMNS.get(column)));
      assertThat(answer.isAllowed()).as(row + " x " + REMIX_COLUMNS.get(column))
          .isEqualTo(expected[column].equals("Y"));
      if (!answer.isAllowed()) {
        assertThat(answer.reasons().hasErrors()).isTrue();
      }
    }
  }

  private static final List<String> ADAPTER_COLUMNS =
      List.of("BY", "BY-NC", "BY-NC-ND", "BY-NC-SA", "BY-ND", "BY-SA", "PD");

  // Source: Creative Commons FAQ, "If I derive or adapt material offered under a Creative Commons license,
  // which CC license(s) can I use?" (G green: may use; Y yellow: permitted but not recommended; X: may not).
  @ParameterizedTest(name = "adapter's license chart row {0}")
  @CsvSource({
      "PD,       G G G G G G G",
      "BY,       G G G G G G Y",
      "BY-NC,    Y G G G Y Y Y",
      "BY-NC-ND, X X X X X X X",
      "BY-NC-SA, X X X G X X X",
      "BY-ND,    X X X X X X X",
      "BY-SA,    X X X X X G X",
  })
  void adapt_adaptersLicenseChart_matchesEveryCell(String row, String cells) {
    String[] expected = cells.split(" ");
    for (int column = 0; column < ADAPTER_COLUMNS.size(); column++) {
      Compatibility answer = Compatibility.adapt(chart(row), chart(ADAPTER_COLUMNS.get(column)));
      String cell = row + " -> " + ADAPTER_COLUMNS.get(column);
      switch (expected[column]) {
        case "G":
          assertThat(answer.isAllowed()).as(cell).isTrue();
          assertThat(answer.isRecommended()).as(cell).isTrue();
          assertThat(answer.reasons().isEmpty()).as(cell).isTrue();
          break;
        case "Y":
          assertThat(answer.isAllowed()).as(cell).isTrue();
          assertThat(answer.isRecommended()).as(cell).isFalse();
          assertThat(answer.reasons().findings()).as(cell).extracting(f -> f.rule().id())
              .containsExactly("license.adapter-not-recommended");
          assertThat(answer.reasons().findings().get(0).severity()).isEqualTo(Severity.WARNING);
          break;
        default:
          assertThat(answer.isAllowed()).as(cell).isFalse();
          assertThat(answer.reasons().hasErrors()).as(cell).isTrue();
      }
    }
  }

  // Source: Creative Commons FAQ, "If I create a collection that includes a work offered under a CC
  // license, which CC license(s) can I use for my collection?" (commercial: BY, BY-SA, BY-ND; NC: BY-NC,
  // BY-NC-SA, BY-NC-ND).
  @ParameterizedTest(name = "collection table row {0}")
  @CsvSource({
      "PD,       Y Y Y Y Y Y",
      "BY,       Y Y Y Y Y Y",
      "BY-NC,    N N N Y Y Y",
      "BY-NC-ND, N N N Y Y Y",
      "BY-NC-SA, N N N Y Y Y",
      "BY-ND,    Y Y Y Y Y Y",
      "BY-SA,    Y Y Y Y Y Y",
  })
  void collection_collectionTable_matchesEveryCell(String row, String cells) {
    List<String> columns = List.of("BY", "BY-SA", "BY-ND", "BY-NC", "BY-NC-SA", "BY-NC-ND");
    String[] expected = cells.split(" ");
    for (int column = 0; column < columns.size(); column++) {
      Compatibility answer = Compatibility.of(CombinationMode.COLLECTION, List.of(chart(row)),
          List.of(chart(columns.get(column))));
      assertThat(answer.isAllowed()).as(row + " in a " + columns.get(column) + " collection")
          .isEqualTo(expected[column].equals("Y"));
    }
  }

  // Source: licenses.md §3.3 examples, derived from both FAQ charts ("recipients must comply with both").
  @Test
  void adaptation_byAndBySa_goesOutUnderBySa() {
    assertThat(Compatibility.adaptation(CC_BY_4_0, CC_BY_SA_4_0).recommendedLicenses())
        .containsExactly(CC_BY_SA_4_0, FREE_ART_1_3);
  }

  @Test
  void adaptation_byAndByNc_goesOutUnderAnyNonCommercialLicense() {
    Compatibility answer = Compatibility.adaptation(CC_BY_4_0, CC_BY_NC_4_0);

    assertThat(answer.recommendedLicenses()).containsExactly(CC_BY_NC_4_0, CC_BY_NC_SA_4_0, CC_BY_NC_ND_4_0);
    assertThat(answer.permittedButNotRecommended()).contains(CC_BY_4_0, CC_BY_SA_4_0, CC_BY_ND_4_0, CC0_1_0);
  }

  @Test
  void adaptation_byNcAndByNcSa_goesOutUnderByNcSa() {
    assertThat(Compatibility.adaptation(CC_BY_NC_4_0, CC_BY_NC_SA_4_0).licenses()).containsExactly(CC_BY_NC_SA_4_0);
  }

  @Test
  void adaptation_cc0AndBySa_goesOutUnderBySaOrACompatibleLicense() {
    Compatibility answer = Compatibility.adaptation(CC0_1_0, CC_BY_SA_4_0);

    assertThat(answer.recommendedLicenses()).containsExactly(CC_BY_SA_4_0, FREE_ART_1_3);
    assertThat(answer.permittedButNotRecommended()).containsExactly(GPL_3_0);
  }

  @Test
  void adaptation_bySaAndByNc_isRefusedCitingShareAlikeAndTheRemixChart() {
    Compatibility answer = Compatibility.adaptation(CC_BY_SA_4_0, CC_BY_NC_4_0);

    assertThat(answer.isAllowed()).isFalse();
    assertThat(answer.licenses()).isEmpty();
    assertThat(answer.reasons().findings()).extracting(f -> f.rule().id())
        .containsExactly("license.sharealike-no-added-restrictions", "license.remix-chart");
    Finding shareAlike = answer.reasons().findings().get(0);
    assertThat(shareAlike.severity()).isEqualTo(Severity.ERROR);
    assertThat(shareAlike.location()).isEqualTo("/inputs/1");
    assertThat(shareAlike.message()).contains("CC-BY-SA-4.0 requires ShareAlike")
        .contains("(it prohibits exercising rights for commercial purposes)").doesNotContain("cc:");
    assertThat(shareAlike.source()).contains("BY-SA 4.0 legal code, section 3(b)(3)");
    assertThat(answer.reasons().findings().get(1).source()).contains("CC_License_Compatibility_Chart.png");
  }

  @Test
  void adaptation_bySaAndByNcSa_isRefusedCitingTheShareAlikeRule() {
    Compatibility answer = Compatibility.adaptation(CC_BY_SA_4_0, CC_BY_NC_SA_4_0);

    assertThat(answer.isAllowed()).isFalse();
    assertThat(answer.reasons().findings()).extracting(f -> f.rule().id())
        .containsExactly("license.sharealike-4.0", "license.remix-chart");
    assertThat(answer.reasons().findings().get(0).source()).contains("section 3(b)(1)");
  }

  @Test
  void adaptation_withNoDerivativesInput_isRefusedCitingNoDerivatives() {
    Compatibility answer = Compatibility.adaptation(CC_BY_4_0, CC_BY_ND_4_0);

    assertThat(answer.isAllowed()).isFalse();
    Finding reason = answer.reasons().findings().get(0);
    assertThat(reason.rule()).isEqualTo(LicenseRules.NO_DERIVATIVES);
    assertThat(reason.location()).isEqualTo("/inputs/1");
    assertThat(reason.message()).contains("CC BY-ND 4.0 does not permit sharing adaptations");
    assertThat(reason.source()).contains("section 2(a)(1)(B)");
  }

  @Test
  void adaptation_withAllRightsReserved_isRefusedCitingNoPermission() {
    Finding reason = Compatibility.adaptation(CC_BY_4_0, ALL_RIGHTS_RESERVED).reasons().findings().get(0);

    assertThat(reason.rule()).isEqualTo(LicenseRules.NO_PERMISSION);
    assertThat(reason.location()).isEqualTo("/inputs/1");
    assertThat(reason.source()).contains("Berne Convention");
  }

  @Test
  void adaptation_withUnspecifiedLicense_isRefusedCitingUnspecified() {
    Finding reason = Compatibility.adaptation(UNSPECIFIED).reasons().findings().get(0);

    assertThat(reason.rule()).isEqualTo(LicenseRules.UNSPECIFIED);
    assertThat(reason.message()).contains("not stated");
  }

  @Test
  void adaptation_withRetiredSamplingTool_isRefusedCitingUnchartedTool() {
    License sampling = License.parse("https://creativecommons.org/licenses/sampling+/1.0/");
    Finding reason = Compatibility.adaptation(CC_BY_4_0, sampling).reasons().findings().get(0);

    assertThat(reason.rule()).isEqualTo(LicenseRules.UNCHARTED_TOOL);
    assertThat(reason.source()).contains("cc-legal-tools-app");
  }

  // Source: BY-SA 1.0 legal code section 4(b): "only under the terms of this License".
  @Test
  void adaptation_bySa10AndBySa40_isRefusedCitingThe10Rule() {
    Compatibility answer = Compatibility.adaptation(CC_BY_SA_1_0, CC_BY_SA_4_0);

    assertThat(answer.isAllowed()).isFalse();
    Finding reason = answer.reasons().findings().get(0);
    assertThat(reason.rule()).isEqualTo(LicenseRules.SHARE_ALIKE_1_0);
    assertThat(reason.message()).contains("CC BY-SA 1.0 does not allow CC BY-SA 4.0");
    assertThat(reason.source()).contains("section 4(b)");
  }

  @Test
  void adaptation_bySa10Alone_goesOutOnlyUnderBySa10() {
    assertThat(Compatibility.adaptation(CC_BY_SA_1_0).licenses()).containsExactly(CC_BY_SA_1_0);
  }

  // Source: BY-SA 2.0 legal code section 4(b): this licence, a later version, or an iCommons licence.
  @Test
  void adaptation_bySa20_mayGoOutUnderALaterVersion() {
    assertThat(Compatibility.adaptation(CC_BY_SA_2_0).licenses())
        .containsExactly(CC_BY_SA_4_0, CC_BY_SA_3_0, License.parse("CC-BY-SA-2.5"), CC_BY_SA_2_0);
    // 2.1 Japan is a later version, and an iCommons licence, with the same elements as 2.0.
    assertThat(Compatibility.adaptation(License.parse("CC-BY-SA-2.1-JP"), CC_BY_SA_2_0).licenses())
        .containsExactly(CC_BY_SA_4_0, CC_BY_SA_3_0, License.parse("CC-BY-SA-2.5"), License.parse("CC-BY-SA-2.1-JP"));
  }

  // Source: BY-SA 2.0 and 2.5 legal code section 4(b), "a later version of this License with the same License
  // Elements as this License" (issue 14: 3.0 was missing).
  @Test
  void adaptation_bySa20AndBySa25_mayGoOutUnderBySa25Or30Or40() {
    Compatibility answer = Compatibility.adaptation(CC_BY_SA_2_0, License.parse("CC-BY-SA-2.5"));

    assertThat(answer.licenses()).containsExactly(CC_BY_SA_4_0, CC_BY_SA_3_0, License.parse("CC-BY-SA-2.5"));
    assertThat(answer.recommendedLicenses()).isEqualTo(answer.licenses());
  }

  @Test
  void reasons_ofShareAlikeConflict_readAsSentences() {
    Compatibility answer = Compatibility.adaptation(CC_BY_SA_4_0, CC_BY_NC_SA_4_0);

    assertThat(answer.reasons().findings().get(0).message()).isEqualTo("CC BY-NC-SA 4.0 does not allow CC BY-SA 4.0."
        + " An adaptation of CC BY-SA 4.0 material may carry only CC BY-SA 4.0, FAL 1.3 or GPL-3.0, and"
        + " CC BY-NC-SA 4.0 allows none of them.");
  }

  // Source: BY-SA 3.0 legal code section 4(b)(ii): a later version with the same License Elements.
  @Test
  void adaptation_bySa30AndBySa40_goesOutUnderBySa40() {
    assertThat(Compatibility.adaptation(CC_BY_SA_3_0, CC_BY_SA_4_0).licenses()).containsExactly(CC_BY_SA_4_0);
  }

  @Test
  void adapt_bySa30ToEarlierVersion_isRefused() {
    Compatibility answer = Compatibility.adapt(CC_BY_SA_3_0, CC_BY_SA_2_0);

    assertThat(answer.isAllowed()).isFalse();
    assertThat(answer.reasons().findings().get(0).rule()).isEqualTo(LicenseRules.SHARE_ALIKE_3_0);
  }

  // Source: https://creativecommons.org/share-your-work/licensing-considerations/compatible-licenses and
  // the CC blog post "CC BY-SA 4.0 now one-way compatible with GPLv3" (8 Oct 2015).
  @Test
  void adapt_bySa40ToGpl_isAllowedButNotRecommended() {
    Compatibility answer = Compatibility.adapt(CC_BY_SA_4_0, GPL_3_0);

    assertThat(answer.isAllowed()).isTrue();
    assertThat(answer.isRecommended()).isFalse();
    assertThat(answer.reasons().findings()).extracting(f -> f.rule().id()).containsExactly("license.sharealike-4.0");
    assertThat(answer.reasons().findings().get(0).message()).contains("not for general use");
  }

  @Test
  void adapt_gplToBySa40_isRefusedOneWayOnly() {
    Compatibility answer = Compatibility.adapt(GPL_3_0, CC_BY_SA_4_0);

    assertThat(answer.isAllowed()).isFalse();
    assertThat(answer.reasons().findings().get(0).rule()).isEqualTo(LicenseRules.GPL_COPYLEFT);
    assertThat(answer.reasons().findings().get(0).source()).contains("ShareAlike_compatibility:_GPLv3");
  }

  // Source: https://wiki.creativecommons.org/ShareAlike_compatibility:_FAL (two-way, 21 October 2014).
  @Test
  void adapt_freeArtAndBySa40_isAllowedBothWays() {
    assertThat(Compatibility.adapt(FREE_ART_1_3, CC_BY_SA_4_0).isRecommended()).isTrue();
    assertThat(Compatibility.adapt(CC_BY_SA_4_0, FREE_ART_1_3).isRecommended()).isTrue();
    assertThat(Compatibility.adapt(CC_BY_NC_SA_4_0, FREE_ART_1_3).isAllowed()).isFalse();
  }

  @Test
  void adaptation_bySa40AndGpl_goesOutUnderGpl() {
    assertThat(Compatibility.adaptation(CC_BY_SA_4_0, GPL_3_0).licenses()).containsExactly(GPL_3_0);
  }

  @Test
  void adaptation_gfdlAndBySa40_isRefusedCitingTheGfdl() {
    Compatibility answer = Compatibility.adaptation(GFDL_1_3, CC_BY_SA_4_0);

    assertThat(answer.isAllowed()).isFalse();
    assertThat(answer.reasons().findings()).extracting(f -> f.rule().id()).contains("license.gfdl-copyleft");
  }

  @Test
  void adapt_toPublicDomainMark_isRefusedAsNotApplicable() {
    Compatibility answer = Compatibility.adapt(CC0_1_0, PDM_1_0);

    assertThat(answer.isAllowed()).isFalse();
    assertThat(answer.reasons().findings().get(0).rule()).isEqualTo(LicenseRules.NOT_APPLICABLE);
  }

  @Test
  void adaptation_customShareAlikeLicense_isCompatibleOnlyWithItself() {
    License national = License.custom("LicenseRef-kz-sa", "National ShareAlike", URI.create("https://example.kz/sa/"),
        CC_BY_SA_4_0.terms());

    assertThat(Compatibility.adaptation(national, CC_BY_4_0).licenses()).containsExactly(national);
    Compatibility refused = Compatibility.adaptation(national, CC_BY_SA_4_0);
    assertThat(refused.isAllowed()).isFalse();
    assertThat(refused.reasons().findings()).extracting(f -> f.rule().id()).contains("license.custom-sharealike");
  }

  @Test
  void collection_withNonCommercialAndNoDerivativesWorks_goesOutNonCommercially() {
    Compatibility answer = Compatibility.collection(CC_BY_NC_4_0, CC_BY_ND_4_0, CC_BY_SA_4_0);

    assertThat(answer.isAllowed()).isTrue();
    assertThat(answer.licenses()).containsExactly(CC_BY_NC_4_0, CC_BY_NC_SA_4_0, CC_BY_NC_ND_4_0);
  }

  @Test
  void collection_withAllRightsReservedWork_isRefused() {
    Compatibility answer = Compatibility.collection(CC_BY_4_0, ALL_RIGHTS_RESERVED);

    assertThat(answer.isAllowed()).isFalse();
    assertThat(answer.reasons().findings().get(0).rule()).isEqualTo(LicenseRules.NO_PERMISSION);
  }

  @Test
  void collection_withSamplingWork_isRefusedForWantOfDistribution() {
    Compatibility answer = Compatibility.collection(License.parse("https://creativecommons.org/licenses/sampling/1.0/"));

    assertThat(answer.isAllowed()).isFalse();
    assertThat(answer.reasons().findings().get(0).rule()).isEqualTo(LicenseRules.COLLECTION_NO_DISTRIBUTION);
  }

  @Test
  void ofWorks_manyWorks_answersForTheirDistinctLicenses() {
    List<LicensedWork> works = java.util.stream.IntStream.range(0, 1000)
        .mapToObj(i -> LicensedWork.of("Lesson " + i, "Author " + i, i % 2 == 0 ? CC_BY_4_0 : CC_BY_NC_4_0))
        .collect(Collectors.toList());

    Compatibility answer = Compatibility.ofWorks(CombinationMode.ADAPTATION, works);

    assertThat(answer.inputs()).containsExactly(CC_BY_4_0, CC_BY_NC_4_0);
    assertThat(answer).isEqualTo(Compatibility.adaptation(CC_BY_NC_4_0, CC_BY_4_0));
  }

  @Test
  void equals_sameDistinctInputsInAnyOrder_areEqual() {
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(Compatibility.adaptation(CC_BY_4_0, CC_BY_NC_4_0),
            Compatibility.adaptation(CC_BY_NC_4_0, CC_BY_4_0, CC_BY_NC_4_0))
        .addEqualityGroup(Compatibility.collection(CC_BY_4_0, CC_BY_NC_4_0))
        .addEqualityGroup(Compatibility.adapt(CC_BY_4_0, CC_BY_NC_4_0))
        .testEquals();
  }

  @Test
  void adaptation_ofNothing_isAllowed() {
    assertThat(Compatibility.adaptation().isAllowed()).isTrue();
  }

  @Test
  void plus_differentModes_isRefused() {
    assertThatThrownBy(() -> Compatibility.adaptation(CC_BY_4_0).plus(Compatibility.collection(CC_BY_4_0)))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Compatibility.mode must be the same for both answers to combine them")
        .hasMessageContaining("COLLECTION");
  }

  @Test
  void plus_differentRequestedCandidates_isRefused() {
    Compatibility a = Compatibility.adapt(CC_BY_4_0, CC_BY_SA_4_0);
    Compatibility b = Compatibility.adapt(CC_BY_4_0, CC_BY_4_0);

    assertThatThrownBy(() -> a.plus(b))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Compatibility.requestedCandidates must be the same");
  }

  @Test
  void of_noCandidates_isRefused() {
    assertThatThrownBy(() -> Compatibility.of(CombinationMode.ADAPTATION, List.of(CC_BY_4_0), List.of()))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Compatibility.requestedCandidates must name at least one license");
  }

  @Test
  void toString_showsTheAnswer() {
    assertThat(Compatibility.adaptation(CC_BY_SA_4_0, CC_BY_ND_4_0).toString())
        .isEqualTo("ADAPTATION of [CC-BY-ND-4.0, CC-BY-SA-4.0]: not allowed");
    assertThat(Compatibility.adaptation(CC_BY_SA_3_0, CC_BY_SA_4_0).toString())
        .isEqualTo("ADAPTATION of [CC-BY-SA-3.0, CC-BY-SA-4.0]: allowed under [CC-BY-SA-4.0]");
  }

  // Issue 14: the reason "CC-BY-SA-4.0 is one the rules of CC-BY-SA-4.0 permit" was garbled; every reason of
  // every cell, refusal or yellow, is a sentence: a capital (or a quotation) first, a full stop last.
  @Test
  void reasons_ofEveryAdaptation_readAsSentences() {
    List<License> licenses = List.of(CC_BY_4_0, CC_BY_SA_4_0, CC_BY_NC_4_0, CC_BY_ND_4_0, CC_BY_NC_SA_4_0,
        CC_BY_NC_ND_4_0, CC0_1_0, PDM_1_0, CC_BY_SA_1_0, CC_BY_SA_2_0, CC_BY_SA_3_0, FREE_ART_1_3, GPL_3_0,
        GFDL_1_3, ALL_RIGHTS_RESERVED, UNSPECIFIED, License.parse("CC-BY-SA-3.0-IGO"), License.parse("CC-SA-1.0"));
    int reasons = 0;
    for (License original : licenses) {
      for (License adapter : licenses) {
        for (Compatibility answer : List.of(Compatibility.adapt(original, adapter),
            Compatibility.adaptation(original, adapter), Compatibility.collection(original, adapter))) {
          for (Finding reason : answer.reasons().findings()) {
            reasons++;
            assertThat(reason.message()).as(answer + ": " + reason)
                .matches("^[\\p{Lu}\u201c\"].*\\.$")
                .doesNotContain(" one the ")
                .doesNotContain("..");
          }
        }
      }
    }
    assertThat(reasons).isGreaterThan(100);
  }

  @Test
  void candidates_ofAPortedShareAlikeInput_addTheLaterGenericVersions_notTheSameOne() {
    // BY-SA 2.0 England & Wales section 4(b): "a later version of this Licence with the same Licence Elements".
    License uk = License.parse("CC-BY-SA-2.0-UK");

    assertThat(Compatibility.of(CombinationMode.ADAPTATION, List.of(uk)).candidates()).containsExactly(CC_BY_4_0,
        CC_BY_SA_4_0, CC_BY_NC_4_0, CC_BY_ND_4_0, CC_BY_NC_SA_4_0, CC_BY_NC_ND_4_0, CC0_1_0, FREE_ART_1_3, GPL_3_0,
        GFDL_1_3, CC_BY_SA_3_0, License.parse("CC-BY-SA-2.5"), uk);
  }

  @Test
  void collection_ofDevelopingNationsMaterial_isRefusedAsUncharted() {
    License devNations = License.parse("https://creativecommons.org/licenses/devnations/2.0/");

    Compatibility answer = Compatibility.of(CombinationMode.COLLECTION, List.of(devNations), List.of(CC_BY_4_0));

    assertThat(answer.isAllowed()).isFalse();
    assertThat(answer.reasons().findings()).extracting(f -> f.rule().id()).containsExactly("license.uncharted-tool");
    assertThat(answer.reasons().findings().get(0).message()).contains("is a retired tool that no chart covers");
  }
}
