package org.oerkit.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;

/**
 * The UNESCO country OER policy template as used at Astana, pinned to the concept note "Expanding Open
 * Educational Resources for Lifelong Learning in Kazakhstan" (UNESCO, Astana, 11-13 December 2017).
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
  void sections_comeFromSessionsNineToFourteen() {
    assertThat(TEMPLATE.sections()).extracting(TemplateSection::sessions).containsExactly(
        List.of(9), List.of(9), List.of(8, 9), List.of(10), List.of(10), List.of(10), List.of(11),
        List.of(13, 14), List.of(13), List.of(13));
  }

  @Test
  void questions_ofSessionNine_areQuotedAsWritten() {
    assertThat(TEMPLATE.section(PolicySection.CONTEXT).questions()).containsExactly(
        "How OER supports the vision of education development of Kazakhstan (policy context, mission and "
            + "objectives of OER policy)?");
    assertThat(TEMPLATE.section(PolicySection.SCOPE).questions())
        .containsExactly("What OER policies and strategies should be developed (scope)?");
    assertThat(TEMPLATE.section(PolicySection.POSITIONING).questions()).first().asString()
        .startsWith("Where to position the newly developed OER policies");
  }

  @Test
  void questions_ofSessionTen_keepTheSourceWording() {
    assertThat(TEMPLATE.section(PolicySection.MATERIALS).questions()).hasSize(2);
    // "licensee" is the concept note's own word.
    assertThat(TEMPLATE.section(PolicySection.LICENSE).questions())
        .containsExactly("What open licensee should be adopted?");
    assertThat(TEMPLATE.section(PolicySection.STRATEGIES).questions())
        .containsExactly("What strategies should be developed to encourage use, re-use, and sharing of OER?");
  }

  @Test
  void questions_ofSessionEleven_pointToTheIctCompetencyStandard() {
    assertThat(TEMPLATE.section(PolicySection.CAPACITY_BUILDING).questions()).containsExactly(
        "How to reflect the use and creation of OER in ICT Competency Standard for Teachers",
        "Training and support to educators and teacher education institutions in developing and using OER");
  }

  @Test
  void fields_areNotShipped_becauseTheFieldListWasNotFound() {
    assertThat(TEMPLATE.hasFields()).isFalse();
    assertThat(MissingSource.TEMPLATE_FIELD_LIST.howToSupply()).contains("withFields");
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
  }
}
