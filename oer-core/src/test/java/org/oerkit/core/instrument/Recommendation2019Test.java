package org.oerkit.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The UNESCO Recommendation on OER, pinned to its final text (adopted 25 November 2019, 40 C/32): four
 * definitions, five areas with 6, 8, 6, 7 and 6 sub-actions (33), three monitoring provisions. Pre-adoption
 * drafts have five items per area (four in paragraphs 14 and 15) and must not be what the catalogue holds.
 */
class Recommendation2019Test {

  @Test
  void adopted_onTwentyFifthNovember2019() {
    assertThat(Recommendation2019.ADOPTED).isEqualTo(LocalDate.of(2019, 11, 25));
    assertThat(Recommendation2019.DOCUMENT).isEqualTo("40 C/32");
    assertThat(Recommendation2019.REPORTING_CYCLE_YEARS).isEqualTo(4);
  }

  @Test
  void definitions_areTheFourParagraphsOfSectionOne() {
    assertThat(Recommendation2019.definitions()).extracting(Definition::paragraph).containsExactly(1, 2, 3, 4);
    assertThat(Recommendation2019.definitions()).extracting(Definition::term).containsExactly(
        "Open educational resources", "Open license", "Information and communication technologies", "Stakeholders");
    assertThat(Definition.OPEN_LICENSE.summary()).contains("access, re-use, re-purpose, adapt and redistribute");
  }

  @Test
  void definitions_haveNoOerInfrastructure() {
    assertThat(Recommendation2019.definitions()).extracting(Definition::term)
        .noneMatch(t -> t.contains("infrastructure"));
    assertThat(SubAction.of("12(h)").summary()).contains("OER infrastructure");
  }

  @Test
  void stakeholders_areTheTwentyOneGroupsOfParagraphFour() {
    assertThat(Stakeholder.values()).containsExactly(Stakeholder.TEACHER, Stakeholder.EDUCATOR, Stakeholder.LEARNER,
        Stakeholder.GOVERNMENTAL_BODY, Stakeholder.PARENT, Stakeholder.EDUCATIONAL_PROVIDER,
        Stakeholder.EDUCATION_SUPPORT_PERSONNEL, Stakeholder.TEACHER_TRAINER, Stakeholder.POLICY_MAKER,
        Stakeholder.CULTURAL_INSTITUTION, Stakeholder.ICT_INFRASTRUCTURE_PROVIDER, Stakeholder.RESEARCHER,
        Stakeholder.RESEARCH_INSTITUTION, Stakeholder.CIVIL_SOCIETY, Stakeholder.PUBLISHER, Stakeholder.PUBLIC_SECTOR,
        Stakeholder.PRIVATE_SECTOR, Stakeholder.INTERGOVERNMENTAL_ORGANIZATION, Stakeholder.COPYRIGHT_HOLDER,
        Stakeholder.MEDIA, Stakeholder.FUNDING_BODY);
  }

  @Test
  void areas_areFiveInTheOrderOfParagraphTen() {
    assertThat(Recommendation2019.areas()).extracting(ActionArea::number).containsExactly(1, 2, 3, 4, 5);
    assertThat(Recommendation2019.areas()).extracting(ActionArea::paragraph).containsExactly(11, 12, 13, 14, 15);
    assertThat(Recommendation2019.areas()).extracting(ActionArea::title).containsExactly(
        "Building capacity of stakeholders to create, access, re-use, adapt and redistribute OER",
        "Developing supportive policy",
        "Encouraging inclusive and equitable quality OER",
        "Nurturing the creation of sustainability models for OER",
        "Facilitating international cooperation");
  }

  @Test
  void aliases_holdTheHeadingAndObjectiveNamesThatDiffer() {
    assertThat(ActionArea.CAPACITY_BUILDING.aliases()).containsExactly("Capacity building");
    assertThat(ActionArea.SUPPORTIVE_POLICY.aliases()).isEmpty();
    assertThat(ActionArea.INCLUSIVE_ACCESS.aliases()).containsExactly(
        "Encouraging effective, inclusive and equitable access to quality OER",
        "Effective, inclusive and equitable access to quality OER");
    assertThat(ActionArea.SUSTAINABILITY_MODELS.aliases()).isEmpty();
    assertThat(ActionArea.INTERNATIONAL_COOPERATION.aliases()).containsExactly(
        "Promoting and reinforcing international cooperation",
        "Fostering and facilitating international cooperation");
  }

  @Test
  void subActions_are6And8And6And7And6_33InAll() {
    assertThat(Recommendation2019.areas()).extracting(a -> a.subActions().size()).containsExactly(6, 8, 6, 7, 6);
    assertThat(Recommendation2019.subActions()).hasSize(33);
  }

  @Test
  void subActions_areLetteredFromAInEachParagraph() {
    for (ActionArea area : ActionArea.values()) {
      char expected = 'a';
      for (SubAction s : area.subActions()) {
        assertThat(s.letter()).isEqualTo(expected++);
        assertThat(s.paragraph()).isEqualTo(area.paragraph());
      }
    }
    assertThat(Recommendation2019.subActions().get(0).id()).isEqualTo("11(a)");
    assertThat(Recommendation2019.subActions().get(32).id()).isEqualTo("15(f)");
  }

  @Test
  void subActions_ofTheFinalTextOnly_includeThoseDraftsOmit() {
    // Omitted by pre-adoption drafts, present in the final text.
    for (String id : new String[] {"11(f)", "12(c)", "12(g)", "12(h)", "13(e)", "14(e)", "14(f)", "14(g)",
        "15(e)", "15(f)"}) {
      assertThat(SubAction.find(id)).as(id).isPresent();
    }
  }

  @Test
  void subAction_12a_isThePublicFundingMandate() {
    assertThat(SubAction.of("12(a)").summary()).contains("publicly funded").contains("openly licensed");
    assertThat(SubAction.of("14(e)").summary()).isEqualTo("Faithful linguistic translation of open licences");
  }

  @Test
  void monitoring_isParagraphSixteenAToC() {
    assertThat(Recommendation2019.monitoring()).extracting(MonitoringProvision::id)
        .containsExactly("16(a)", "16(b)", "16(c)");
    assertThat(MonitoringProvision.RESEARCH_MECHANISMS.summary()).startsWith("Research mechanisms")
        .doesNotContain("tools and indicators");
  }

  @Test
  void subActions_allThirtyThreeIdsInOrder() {
    assertThat(Recommendation2019.subActions()).extracting(SubAction::id).containsExactly(
        "11(a)", "11(b)", "11(c)", "11(d)", "11(e)", "11(f)",
        "12(a)", "12(b)", "12(c)", "12(d)", "12(e)", "12(f)", "12(g)", "12(h)",
        "13(a)", "13(b)", "13(c)", "13(d)", "13(e)", "13(f)",
        "14(a)", "14(b)", "14(c)", "14(d)", "14(e)", "14(f)", "14(g)",
        "15(a)", "15(b)", "15(c)", "15(d)", "15(e)", "15(f)");
  }

  @Test
  void subActions_summariesCarryTheKeyPhraseOfEachParagraph() {
    // Spot checks of the paraphrases against the final text's key phrases.
    assertThat(SubAction.of("11(c)").summary()).contains("copyright exceptions and limitations");
    assertThat(SubAction.of("12(c)").summary()).contains("professional and academic merit");
    assertThat(SubAction.of("12(e)").summary()).contains("Open Access, Open Data, Open Source Software and Open Science");
    assertThat(SubAction.of("13(a)").summary()).contains("offline and printed");
    assertThat(SubAction.of("14(b)").summary()).contains("without shifting costs to educators or students");
    assertThat(SubAction.of("15(d)").summary()).contains("international agreements");
    assertThat(Recommendation2019.subActions()).allSatisfy(s -> assertThat(s.summary()).isNotBlank());
  }
}
