package org.oerkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;
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
  void versions_outOfDateOrder_areRefused() {
    assertThatThrownBy(() -> minimal()
        .addVersions(PolicyVersion.of("v2", LocalDate.of(2018, 3, 1), PolicyStatus.UNDER_CONSULTATION),
            PolicyVersion.of("v1", LocalDate.of(2017, 12, 13), PolicyStatus.DRAFT))
        .build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("PolicyDraft.versions must be in date order, was \"v1\"");
  }

  @Test
  void languages_repeated_areRefused() {
    assertThatThrownBy(() -> minimal().addLanguages(LanguageTag.KAZAKH, LanguageTag.KAZAKH).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("PolicyDraft.languages must not repeat a language");
  }

  @Test
  void objectives_sharingAnId_areRefused() {
    Objective o = Objective.of("O1", LocalizedText.of(LanguageTag.ENGLISH, "x"));
    assertThatThrownBy(() -> minimal().addObjectives(o, o).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("PolicyDraft.objectives must have distinct identifiers, was \"O1\"");
  }

  @Test
  void indicators_sharingAnId_areRefused() {
    MonitoringIndicator i = MonitoringIndicator.builder().id("I1").name("x").build();
    assertThatThrownBy(() -> minimal().addIndicators(i, i).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("PolicyDraft.indicators must have distinct identifiers");
  }

  @Test
  void indicator_measuringAnUnknownObjective_isRefused() {
    assertThatThrownBy(() -> minimal()
        .addIndicators(MonitoringIndicator.builder().id("I1").name("x").addObjectives("O9").build()).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("PolicyDraft.indicators must measure objectives of the draft, was \"I1 -> O9\"");
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
  void coordination_responsibilityOfAnOutsider_isRefused() {
    assertThatThrownBy(() -> CoordinatingStructure.builder().lead(MINISTRY)
        .addResponsibilities(Responsibility.of(FOCAL_GROUP, "Drafts the policy")).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("CoordinatingStructure.responsibilities must be assigned to the lead or a member, "
            + "was \"National OER Focal group\"");
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
}
