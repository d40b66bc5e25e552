package org.oerkit.examples.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.oerkit.core.instrument.PolicySection;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;

class KazakhstanDraftTest {

  private final PolicyDraft draft = KazakhstanDraft.draft();

  @Test
  void draft_isLabelledAsAnExample() {
    assertThat(draft.title().get(LanguageTag.ENGLISH).orElseThrow()).contains("illustrative");
    assertThat(draft.latestVersion().orElseThrow().note()).hasValueSatisfying(n -> assertThat(n)
        .contains("not an official document"));
  }

  @Test
  void draft_answersEveryTemplateSection() {
    for (PolicySection section : PolicySection.values()) {
      assertThat(draft.sectionText(section)).as(section.toString()).isPresent();
    }
  }

  @Test
  void draft_hasTheShapeSessionsNineToFourteenAskedFor() {
    assertThat(draft.country()).isEqualTo(Country.KAZAKHSTAN);
    assertThat(draft.scope()).isPresent();
    assertThat(draft.openMaterials().orElseThrow().isPubliclyFundedOpen()).isTrue();
    assertThat(draft.capacityBuilding().orElseThrow().isLinkedToIctFramework()).isTrue();
    assertThat(draft.coordination().orElseThrow().lead().name()).contains("Kazakhstan");
    assertThat(draft.workPlan().actions()).allSatisfy(a -> {
      assertThat(a.lead()).as(a.id()).isPresent();
      assertThat(a.funding()).as(a.id()).isNotEmpty();
      assertThat(a.cost()).as(a.id()).isPresent();
    });
  }

  @Test
  void gapAnalysis_reportsTheIctCftVersion3Anachronism_keptOnPurpose() {
    var findings = org.oerkit.core.policy.GapAnalysis.standard().analyze(draft).findings("policy.not-yet-adopted");

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).location()).isEqualTo("/capacityBuilding/competencies");
    assertThat(findings.get(0).message()).contains("2017-12-13").contains("version 3").contains("2018");
  }

  @Test
  void workPlan_costsAreInTenge_andAddUp() {
    Currency kzt = Currency.getInstance("KZT");

    assertThat(draft.workPlan().totalCost()).containsOnlyKeys(kzt);
    assertThat(draft.workPlan().totalCost().get(kzt).amount()).isEqualByComparingTo(new BigDecimal("127000000"));
  }

  @Test
  void centralAsiaDrafts_areThreeLabelledOutlines() {
    assertThat(CentralAsiaDrafts.all()).extracting(PolicyDraft::country)
        .containsExactly(Country.KYRGYZSTAN, Country.TAJIKISTAN, Country.UZBEKISTAN);
    assertThat(CentralAsiaDrafts.all()).allSatisfy(d -> assertThat(d.latestVersion().orElseThrow().note())
        .hasValueSatisfying(n -> assertThat(n).contains("not an official document")));
    assertThat(CentralAsiaDrafts.kyrgyzstan().sectionText(PolicySection.CONTEXT).orElseThrow()
        .get(LanguageTag.ENGLISH).orElseThrow()).contains("Lira Samykbayeva");
  }
}
