package org.oerkit.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;

/**
 * The UNESCO country OER policy template, pinned to the concept note "Expanding Open Educational Resources for
 * Lifelong Learning in Kazakhstan" (UNESCO, Astana, 11-13 December 2017), the only public record of its
 * sections and questions, worded for any country.
 */
class PolicyTemplateTest {

  private static final PolicyTemplate TEMPLATE = PolicyTemplate.unescoCountryTemplate();

  @Test
  void sections_areTheTenDraftingTopicsInWorkshopOrder() {
    assertThat(TEMPLATE.sections()).extracting(TemplateSection::id).containsExactly(
        "context", "scope", "positioning", "materials", "license", "strategies", "capacity-building",
        "work-plan", "coordination", "funding");
    assertThat(TEMPLATE.sections()).extracting(TemplateSection::title).containsExactly(
        "Policy context, mission and objectives", "Scope", "Positioning against existing policies",
        "Curriculum and material to be openly licensed", "Open licence to adopt",
        "Strategies for use, re-use and sharing", "Institutional capacity building", "Follow-up work plan",
        "National coordinating structure and responsibilities", "Cost estimation and sustainable funding");
  }

  @Test
  void sections_citeTheSessionsOfTheConceptNoteThatDraftedThem() {
    assertThat(PolicySection.values()).extracting(PolicySection::source).containsExactly(
        "Astana 2017 concept note, Session 9", "Astana 2017 concept note, Session 9",
        "Astana 2017 concept note, Sessions 8 and 9", "Astana 2017 concept note, Session 10",
        "Astana 2017 concept note, Session 10", "Astana 2017 concept note, Session 10",
        "Astana 2017 concept note, Session 11", "Astana 2017 concept note, Sessions 13 and 14",
        "Astana 2017 concept note, Session 13", "Astana 2017 concept note, Session 13");
  }

  @Test
  void questions_ofTheContext_nameTheCountryInGeneral() {
    assertThat(TEMPLATE.section(PolicySection.CONTEXT).questions()).containsExactly(
        "How OER supports the vision of education development of the country (policy context, mission and "
            + "objectives of OER policy)?");
    assertThat(TEMPLATE.section(PolicySection.SCOPE).questions())
        .containsExactly("What OER policies and strategies should be developed (scope)?");
    assertThat(TEMPLATE.section(PolicySection.POSITIONING).questions()).containsExactly(
        "Where to position the newly developed OER policies and strategies (required changes in existing "
            + "policies)?",
        "Discussion on how to position OER in national education strategies of the country.");
  }

  @Test
  void questions_ofTheLicence_correctTheConceptNotesTypingError() {
    assertThat(TEMPLATE.section(PolicySection.LICENSE).questions())
        .containsExactly("What open licence should be adopted?");
    assertThat(TEMPLATE.section(PolicySection.STRATEGIES).questions())
        .containsExactly("What strategies should be developed to encourage use, re-use, and sharing of OER?");
  }

  @Test
  void questions_ofCapacityBuilding_pointToAnIctCompetencyStandard() {
    assertThat(TEMPLATE.section(PolicySection.CAPACITY_BUILDING).questions()).containsExactly(
        "How to reflect the use and creation of OER in the ICT competency standard for teachers",
        "Training and support to educators and teacher education institutions in developing and using OER");
  }

  @Test
  void questions_ofCoordination_nameNoBodyOfOneWorkshop() {
    assertThat(TEMPLATE.section(PolicySection.COORDINATION).questions()).containsExactly(
        "National coordinating structure for the development and monitoring of OER policies and division "
            + "of responsibilities");
    assertThat(TEMPLATE.section(PolicySection.WORK_PLAN).questions())
        .containsExactly("Drafting strategies and work plan");
  }

  @Test
  void template_namesNoCountryNoWorkshopBody() {
    List<String> text = new java.util.ArrayList<>(List.of(TEMPLATE.title(), TEMPLATE.source()));
    TEMPLATE.sections().forEach(s -> text.addAll(s.questions()));
    // The host country and its neighbours at the workshop, the workshop's own group, the handout's typo.
    for (String word : List.of("Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Focus Group",
        "licensee", "Group Discussion")) {
      assertThat(text).noneMatch(t -> t.contains(word));
    }
  }

  @Test
  void fields_areNotShipped_becauseTheFieldListWasNotFound() {
    assertThat(TEMPLATE.hasFields()).isFalse();
    assertThat(TEMPLATE.source()).endsWith("the template document and its field list are not public");
  }

  @Test
  void withFields_addsUserSuppliedFieldsToOneSection() {
    PolicyTemplate withFields = TEMPLATE.withFields(PolicySection.CONTEXT,
        List.of(TemplateField.of("policy-owner", "Policy owner", true)));
    assertThat(withFields.hasFields()).isTrue();
    assertThat(withFields.section(PolicySection.CONTEXT).fields()).extracting(TemplateField::key)
        .containsExactly("policy-owner");
    assertThat(TEMPLATE.hasFields()).isFalse();
  }

  @Test
  void withFields_duplicateKey_isRefused() {
    TemplateField field = TemplateField.of("policy-owner", "Policy owner", true);
    assertThatThrownBy(() -> TEMPLATE.withFields(PolicySection.CONTEXT, List.of(field, field)))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("TemplateSection.fields must have distinct keys");
  }

  @Test
  void templateField_malformedKey_isRefused() {
    assertThatThrownBy(() -> TemplateField.of("Policy Owner", "Policy owner", true))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("TemplateField.key must be lower-case words joined by hyphens");
  }

  @Test
  void build_sectionsOutOfOrder_isRefused() {
    List<TemplateSection> swapped = new java.util.ArrayList<>(TEMPLATE.sections());
    java.util.Collections.swap(swapped, 0, 1);
    assertThatThrownBy(() -> PolicyTemplate.builder().from(TEMPLATE).sections(swapped).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("PolicyTemplate.sections must hold the ten sections in template order");
  }

  @Test
  void build_sectionMissing_isRefused() {
    assertThatThrownBy(() -> PolicyTemplate.builder().from(TEMPLATE).sections(TEMPLATE.sections().subList(0, 9))
        .build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("PolicyTemplate.sections");
  }

  @Test
  void templateSection_withoutQuestions_isRefused() {
    assertThatThrownBy(() -> TemplateSection.builder().section(PolicySection.SCOPE).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("TemplateSection.questions must not be empty");
  }

  @Test
  void policySection_findById_roundTrips() {
    for (PolicySection s : PolicySection.values()) {
      assertThat(PolicySection.findById(s.id())).contains(s);
    }
    assertThat(PolicySection.findById("budget")).isEmpty();
    assertThat(PolicySection.FUNDING.number()).isEqualTo(10);
    assertThat(PolicySection.CAPACITY_BUILDING.label()).isEqualTo("section 7 Institutional capacity building");
  }

  @Test
  void equals_comparesEveryAttribute() {
    new EqualsTester()
        .addEqualityGroup(TEMPLATE, PolicyTemplate.builder().from(TEMPLATE).build())
        .addEqualityGroup(TEMPLATE.withFields(PolicySection.SCOPE, List.of(TemplateField.of("levels", "Levels", false))))
        .addEqualityGroup(PolicyTemplate.builder().from(TEMPLATE).title("Another template").build())
        .testEquals();
    TemplateSection scope = TEMPLATE.section(PolicySection.SCOPE);
    new EqualsTester().addEqualityGroup(scope, TemplateSection.builder().from(scope).build())
        .addEqualityGroup(TemplateSection.builder().from(scope).addQuestions("Which levels?").build())
        .addEqualityGroup(TemplateSection.builder().from(scope).addFields(TemplateField.of("k", "K", true)).build())
        .testEquals();
    new EqualsTester().addEqualityGroup(TemplateField.of("k", "K", true), TemplateField.of("k", "K", true))
        .addEqualityGroup(TemplateField.of("k", "K", false))
        .addEqualityGroup(TemplateField.of("j", "K", true))
        .addEqualityGroup(TemplateField.of("k", "L", true))
        .testEquals();
  }
}
