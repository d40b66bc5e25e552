package org.oerkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Finding;
import org.oerkit.core.Report;
import org.oerkit.core.Severity;
import org.oerkit.core.instrument.IctCompetency;
import org.oerkit.core.instrument.IctCompetencyAspect;
import org.oerkit.core.instrument.IctCompetencyLevel;
import org.oerkit.core.instrument.PolicySection;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.OrganizationKind;

/** A draft as the Astana 2017 focal group would start it (concept note, Sessions 9-14). */
class PolicyDraftTest {

  static final Organization MINISTRY = Organization.builder()
      .name("Ministry of Education and Science of the Republic of Kazakhstan").acronym("MoES")
      .kind(OrganizationKind.MINISTRY).country(Country.KAZAKHSTAN).build();
  static final Organization FOCAL_GROUP = Organization.builder().name("National OER Focal group")
      .kind(OrganizationKind.WORKING_GROUP).country(Country.KAZAKHSTAN).build();

  static PolicyDraft.Builder minimal() {
    return PolicyDraft.builder()
        .country(Country.KAZAKHSTAN)
        .title(LocalizedText.of(LanguageTag.ENGLISH, "National OER Policy of Kazakhstan"));
  }

  @Test
  void builder_minimal_isADraftWithNothingWritten() {
    PolicyDraft draft = minimal().build();
    assertThat(draft.status()).isEqualTo(PolicyStatus.DRAFT);
    assertThat(draft.sectionTexts()).isEmpty();
    assertThat(draft.workPlan().isEmpty()).isTrue();
    assertThat(draft.latestVersion()).isEmpty();
    assertThat(draft.sectionText(PolicySection.SCOPE)).isEmpty();
  }

  @Test
  void builder_full_keepsEveryPart() {
    PolicyDraft draft = minimal()
        .draftingBody(FOCAL_GROUP)
        .addVersions(PolicyVersion.of("first draft", LocalDate.of(2017, 12, 13), PolicyStatus.DRAFT))
        .addLanguages(LanguageTag.KAZAKH, LanguageTag.RUSSIAN)
        .startYear(Year.of(2018)).endYear(Year.of(2022))
        .putSectionText(PolicySection.SCOPE, LocalizedText.of(LanguageTag.ENGLISH, "All levels."))
        .scope(Scope.builder().addSectors(EducationSector.SCHOOL).addLearningModes(LearningMode.FORMAL).build())
        .addRelatedInstruments(RelatedInstrument.builder().title("State Education Development Programme 2011-2020")
            .reference("Presidential Decree No. 1118").year(2010).relation(PolicyRelation.IMPLEMENTS).build())
        .addObjectives(Objective.of("O1", LocalizedText.of(LanguageTag.ENGLISH, "Open textbooks")))
        .addIndicators(MonitoringIndicator.builder().id("I1").name("Open textbooks").addObjectives("O1")
            .baseline(Measurement.of(0, 2017)).target(Measurement.of(100, 2022)).unit("titles").build())
        .build();
    assertThat(draft.latestVersion().map(PolicyVersion::label)).contains("first draft");
    assertThat(draft.sectionText(PolicySection.SCOPE)).isPresent();
    assertThat(draft.scope().get().isEmpty()).isFalse();
    assertThat(draft.relatedInstruments().get(0).year()).hasValue(2010);
    assertThat(draft.indicators().get(0).objectives()).containsExactly("O1");
  }

  @Test
  void versions_outOfDateOrder_areAFindingNotARefusal() {
    PolicyDraft draft = minimal()
        .addVersions(PolicyVersion.of("v2", LocalDate.of(2018, 3, 1), PolicyStatus.UNDER_CONSULTATION),
            PolicyVersion.of("v1", LocalDate.of(2017, 12, 13), PolicyStatus.DRAFT))
        .build();
    assertThat(draft.latestVersion().map(PolicyVersion::label)).contains("v1");
    Finding f = only(draft, "policy.version-order");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.location()).isEqualTo("/versions/1");
    assertThat(f.message()).isEqualTo("The version v1 is dated 2017-12-13, before v2 of 2018-03-01 listed before it.");
  }

  @Test
  void languages_repeated_areRefused() {
    assertThatThrownBy(() -> minimal().addLanguages(LanguageTag.KAZAKH, LanguageTag.KAZAKH).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("PolicyDraft.languages must not repeat a language");
  }

  @Test
  void objectives_sharingAnId_areAFindingNotARefusal() {
    Objective o = Objective.of("O1", LocalizedText.of(LanguageTag.ENGLISH, "x"));
    Finding f = only(minimal().addObjectives(o, o).build(), "policy.duplicate-id");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.location()).isEqualTo("/objectives/1");
    assertThat(f.message()).isEqualTo("Another objective of the draft has the identifier O1.");
  }

  @Test
  void indicators_sharingAnId_areAFindingNotARefusal() {
    MonitoringIndicator i = MonitoringIndicator.builder().id("I1").name("x").build();
    Finding f = only(minimal().addIndicators(i, i).build(), "policy.duplicate-id");
    assertThat(f.location()).isEqualTo("/indicators/1");
  }

  @Test
  void workPlanActions_sharingAnId_areAFindingNotARefusal() {
    WorkPlanAction a = WorkPlanAction.builder().id("A1").title("Build the repository").build();
    Finding f = only(minimal().workPlan(WorkPlan.of(a, a)).build(), "policy.duplicate-id");
    assertThat(f.location()).isEqualTo("/workPlan/actions/1");
    assertThat(f.message()).isEqualTo("Another work plan action of the draft has the identifier A1.");
  }

  @Test
  void indicator_measuringAnUnknownObjective_isAFindingNotARefusal() {
    PolicyDraft draft = minimal()
        .addIndicators(MonitoringIndicator.builder().id("I1").name("x").addObjectives("O9").build()).build();
    Finding f = only(draft, "policy.unknown-objective");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.location()).isEqualTo("/indicators/0/objectives");
    assertThat(f.message()).isEqualTo("The indicator I1 measures objective O9, which the draft does not have.");
    assertThat(f.source()).isEqualTo("UNESCO Recommendation on OER (2019), paragraph 16(a)");
  }

  @Test
  void distinctIdsAndKnownReferences_giveNoFindingOfThoseRules() {
    Objective o = Objective.of("O1", LocalizedText.of(LanguageTag.ENGLISH, "x"));
    Report report = GapAnalysis.standard().analyze(minimal().addObjectives(o)
        .addIndicators(MonitoringIndicator.builder().id("I1").name("x").addObjectives("O1").build()).build());
    assertThat(report.findings("policy.duplicate-id")).isEmpty();
    assertThat(report.findings("policy.unknown-objective")).isEmpty();
  }

  private static Finding only(PolicyDraft draft, String ruleId) {
    List<Finding> found = GapAnalysis.standard().analyze(draft).findings(ruleId);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void indicator_malformedId_isRefused() {
    assertThatThrownBy(() -> MonitoringIndicator.builder().id("I 1").name("x").build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("MonitoringIndicator.id must be letters and digits");
  }

  @Test
  void objective_malformedId_isRefused() {
    assertThatThrownBy(() -> Objective.of("", LocalizedText.of(LanguageTag.ENGLISH, "x")))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Objective.id must be letters and digits");
  }

  @Test
  void relatedInstrument_untrimmedTitle_isRefused() {
    assertThatThrownBy(() -> RelatedInstrument.of(" Digital Kazakhstan", PolicyRelation.ALIGNS_WITH))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("RelatedInstrument.title must not start or end with white space");
  }

  @Test
  void openMaterials_defaultsToNoPublicFundingTrigger() {
    OpenMaterials m = OpenMaterials.builder().addCategories(MaterialCategory.TEXTBOOK).build();
    assertThat(m.isPubliclyFundedOpen()).isFalse();
    assertThatThrownBy(() -> OpenMaterials.builder().addExceptions(" ").build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("OpenMaterials.exceptions must not be blank");
  }

  @Test
  void capacityBuilding_linksToTheIctFramework() {
    CapacityBuilding none = CapacityBuilding.builder().addMeasures("Teacher training").build();
    CapacityBuilding linked = CapacityBuilding.builder().from(none)
        .addCompetencies(IctCompetency.of(IctCompetencyAspect.PROFESSIONAL_LEARNING,
            IctCompetencyLevel.KNOWLEDGE_ACQUISITION))
        .build();
    assertThat(none.isLinkedToIctFramework()).isFalse();
    assertThat(linked.isLinkedToIctFramework()).isTrue();
  }

  @Test
  void coordination_responsibilityOfAnOutsider_isAFindingNotARefusal() {
    CoordinatingStructure structure = CoordinatingStructure.builder().lead(MINISTRY)
        .addResponsibilities(Responsibility.of(FOCAL_GROUP, "Drafts the policy")).build();
    Finding f = only(minimal().coordination(structure).build(), "policy.responsibility-outside-structure");
    assertThat(f.location()).isEqualTo("/coordination/responsibilities/0");
    assertThat(f.message()).startsWith("The responsibility \"Drafts the policy\" falls to ")
        .endsWith(", which is neither the lead nor a member.");
  }

  @Test
  void coordination_leadAmongMembers_isRefused() {
    assertThatThrownBy(() -> CoordinatingStructure.builder().lead(MINISTRY).addMembers(MINISTRY).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("CoordinatingStructure.members must not repeat the lead");
  }

  @Test
  void coordination_includesLeadAndMembers() {
    CoordinatingStructure s = CoordinatingStructure.builder().name("National OER Committee").lead(MINISTRY)
        .addMembers(FOCAL_GROUP).addResponsibilities(Responsibility.of(FOCAL_GROUP, "Drafts the policy")).build();
    assertThat(s.includes(MINISTRY)).isTrue();
    assertThat(s.includes(FOCAL_GROUP)).isTrue();
  }

  @Test
  void equals_comparesEveryAttribute() {
    PolicyDraft draft = minimal().build();
    new EqualsTester()
        .addEqualityGroup(draft, PolicyDraft.builder().from(draft).build())
        .addEqualityGroup(PolicyDraft.builder().from(draft).country(Country.KYRGYZSTAN).build())
        .addEqualityGroup(PolicyDraft.builder().from(draft).status(PolicyStatus.ADOPTED).build())
        .testEquals();
  }

  // Issue 12: a 4 KB identifier is a refused value, never a StackOverflowError of a backtracking regex.

  @Test
  void ids_fourKilobytesLong_areRefusedNotOverflowingTheStack() {
    String id = "a-".repeat(2000) + "a";
    assertThatThrownBy(() -> Objective.of(id, LocalizedText.of(LanguageTag.ENGLISH, "x")))
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("Objective.id must be letters and digits");
    assertThatThrownBy(() -> MonitoringIndicator.builder().id(id).name("x").build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("MonitoringIndicator.id must be letters and digits");
    assertThatThrownBy(() -> WorkPlanAction.builder().id(id).title("x").build())
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("WorkPlanAction.id must be letters and digits");
    assertThatThrownBy(() -> org.oerkit.core.monitoring.Indicator.builder().id(id).dimension("AA1").name("n").build())
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("Indicator.id must be one word of at most 128");
  }

  @Test
  void dates_outsideFourDigitYears_areRefused() {
    assertThatThrownBy(() -> Milestone.of("Launch", java.time.LocalDate.MAX))
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("Milestone.due must lie in the years 1900");
    assertThatThrownBy(() -> WorkPlanAction.builder().id("A1").title("x").end(java.time.LocalDate.MAX).build())
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("WorkPlanAction.end must lie in the years");
    assertThatThrownBy(() -> Measurement.of(new java.math.BigDecimal("1e999999999"), java.time.Year.of(2020)))
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("Measurement.value must have at most 18");
  }
}
