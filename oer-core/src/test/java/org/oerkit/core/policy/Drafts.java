package org.oerkit.core.policy;

import java.time.LocalDate;
import java.time.Year;
import org.oerkit.core.instrument.IctCompetency;
import org.oerkit.core.instrument.IctCompetencyAspect;
import org.oerkit.core.instrument.IctCompetencyLevel;
import org.oerkit.core.instrument.PolicySection;
import org.oerkit.core.instrument.Stakeholder;
import org.oerkit.core.instrument.SubAction;
import org.oerkit.core.license.Licenses;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;
import org.oerkit.core.vocabulary.Money;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.OrganizationKind;

/**
 * Test drafts: a complete draft that passes every structural rule, and short drafts of the four Central Asian
 * countries for the comparison. The contents are illustrative, not the text of any real draft.
 */
final class Drafts {

  static final Organization MINISTRY = PolicyDraftTest.MINISTRY;
  static final Organization FOCAL_GROUP = PolicyDraftTest.FOCAL_GROUP;
  static final Organization INSTITUTE = Organization.builder()
      .name("Institute for New Educational Technologies").kind(OrganizationKind.GOVERNMENT_AGENCY)
      .country(Country.KAZAKHSTAN).build();
  static final Organization LIBRARY = Organization.builder().name("Nazarbayev University Library")
      .kind(OrganizationKind.LIBRARY).country(Country.KAZAKHSTAN).build();

  private Drafts() {}

  static LocalizedText en(String text) {
    return LocalizedText.of(LanguageTag.ENGLISH, text);
  }

  /** A draft with every section written and every structured part filled in order. */
  static PolicyDraft.Builder complete() {
    PolicyDraft.Builder b = PolicyDraft.builder()
        .country(Country.KAZAKHSTAN)
        .title(en("National OER Policy"))
        .draftingBody(FOCAL_GROUP)
        // Dated after the ICT CFT version 3 (2018) whose competencies it names: see policy.not-yet-adopted.
        .addVersions(PolicyVersion.of("first draft", LocalDate.of(2018, 12, 13), PolicyStatus.DRAFT))
        .addLanguages(LanguageTag.KAZAKH, LanguageTag.RUSSIAN, LanguageTag.ENGLISH)
        .startYear(Year.of(2018)).endYear(Year.of(2022));
    for (PolicySection s : PolicySection.values()) {
      b.putSectionText(s, en("Text of " + s.title() + "."));
    }
    return b
        .addObjectives(Objective.of("O1", en("Openly license publicly funded textbooks")))
        .addIndicators(MonitoringIndicator.builder().id("I1").name("Openly licensed textbook titles")
            .addObjectives("O1").baseline(Measurement.of(0, 2017)).target(Measurement.of(100, 2022)).build())
        .scope(Scope.builder().addSectors(EducationSector.SCHOOL, EducationSector.HIGHER_EDUCATION)
            .addLearningModes(LearningMode.FORMAL, LearningMode.NON_FORMAL)
            .addStakeholders(Stakeholder.TEACHER, Stakeholder.LEARNER).build())
        .addRelatedInstruments(RelatedInstrument.of("State Education Development Programme 2011-2020",
            PolicyRelation.IMPLEMENTS))
        .openMaterials(OpenMaterials.builder().addCategories(MaterialCategory.TEXTBOOK)
            .publiclyFundedOpen(true).build())
        .licenseMandate(LicenseMandate.builder().defaultLicense(Licenses.CC_BY_4_0)
            .addAlternatives(Licenses.CC_BY_SA_4_0).build())
        .addStrategies(Strategy.of("National OER repository", SubAction.of("11(d)"), SubAction.of("12(d)")),
            Strategy.of("Local-language OER", SubAction.of("13(b)")),
            Strategy.of("Regional OER network", SubAction.of("15(c)")))
        .capacityBuilding(CapacityBuilding.builder().addMeasures("In-service teacher training on OER")
            .addAudiences(Stakeholder.TEACHER)
            .addCompetencies(IctCompetency.of(IctCompetencyAspect.PROFESSIONAL_LEARNING,
                IctCompetencyLevel.KNOWLEDGE_ACQUISITION))
            .build())
        .coordination(CoordinatingStructure.builder().name("National OER Committee").lead(MINISTRY)
            .addMembers(INSTITUTE, LIBRARY).build())
        .workPlan(WorkPlan.of(
            WorkPlanAction.builder().id("A1").title("Open licensing regulation").lead(MINISTRY)
                .start(LocalDate.of(2018, 1, 1)).end(LocalDate.of(2018, 12, 31))
                .addMilestones(Milestone.of("Regulation adopted", LocalDate.of(2018, 9, 1)))
                .cost(Money.ofMajor("KZT", 5_000_000))
                .addFunding(FundingSource.of(FundingSourceKind.STATE_BUDGET))
                .addSubActions(SubAction.of("12(a)"))
                .build(),
            WorkPlanAction.builder().id("A2").title("Sustainability model for the repository").lead(INSTITUTE)
                .start(LocalDate.of(2019, 1, 1)).end(LocalDate.of(2020, 12, 31))
                .cost(Money.ofMajor("KZT", 20_000_000))
                .addFunding(FundingSource.of(FundingSourceKind.BUDGET_REALLOCATION))
                .addSubActions(SubAction.of("14(a)"), SubAction.of("14(g)"))
                .build()));
  }

  /** A short draft of Kyrgyzstan: scope, materials and two actions, one without a lead. */
  static PolicyDraft kyrgyzstan() {
    Organization ministry = Organization.builder().name("Ministry of Education and Science of the Kyrgyz Republic")
        .kind(OrganizationKind.MINISTRY).country(Country.KYRGYZSTAN).build();
    return PolicyDraft.builder()
        .country(Country.KYRGYZSTAN)
        .title(en("National OER Concept"))
        .addLanguages(LanguageTag.parse("ky"), LanguageTag.RUSSIAN)
        .startYear(Year.of(2018)).endYear(Year.of(2020))
        .putSectionText(PolicySection.CONTEXT, en("Context."))
        .putSectionText(PolicySection.SCOPE, en("School and higher education."))
        .putSectionText(PolicySection.MATERIALS, en("Publicly funded textbooks."))
        .putSectionText(PolicySection.LICENSE, en("CC BY-NC."))
        .licenseMandate(LicenseMandate.of(Licenses.CC_BY_NC_4_0))
        .putSectionText(PolicySection.WORK_PLAN, en("Two actions."))
        .scope(Scope.builder().addSectors(EducationSector.SCHOOL, EducationSector.HIGHER_EDUCATION).build())
        .openMaterials(OpenMaterials.builder().addCategories(MaterialCategory.TEXTBOOK).publiclyFundedOpen(true)
            .repository("National OER Repository").build())
        .workPlan(WorkPlan.of(
            WorkPlanAction.builder().id("A1").title("Textbooks into the national repository").lead(ministry)
                .cost(Money.ofMajor("KGS", 3_000_000)).addFunding(FundingSource.of(FundingSourceKind.STATE_BUDGET))
                .addSubActions(SubAction.of("12(a)"), SubAction.of("12(d)")).build(),
            WorkPlanAction.builder().id("A2").title("Teacher training").addSubActions(SubAction.of("11(b)")).build()))
        .build();
  }

  /** A short draft of Tajikistan: a context, a coordinating structure and a costed action without funding. */
  static PolicyDraft tajikistan() {
    Organization ministry = Organization.builder().name("Ministry of Education and Science of the Republic of Tajikistan")
        .kind(OrganizationKind.MINISTRY).country(Country.TAJIKISTAN).build();
    return PolicyDraft.builder()
        .country(Country.TAJIKISTAN)
        .title(en("OER Policy"))
        .status(PolicyStatus.UNDER_CONSULTATION)
        .addLanguages(LanguageTag.parse("tg"), LanguageTag.RUSSIAN)
        .putSectionText(PolicySection.CONTEXT, en("Context."))
        .putSectionText(PolicySection.COORDINATION, en("National Committee on OER."))
        .addObjectives(Objective.of("O1", en("Establish a national OER portal")))
        .coordination(CoordinatingStructure.builder().name("National Committee on OER").lead(ministry).build())
        .workPlan(WorkPlan.of(
            WorkPlanAction.builder().id("A1").title("National OER portal").lead(ministry)
                .cost(Money.ofMajor("TJS", 400_000)).addSubActions(SubAction.of("11(d)")).build()))
        .build();
  }

  /** A short draft of Uzbekistan: vocational education, strategies only. */
  static PolicyDraft uzbekistan() {
    return PolicyDraft.builder()
        .country(Country.UZBEKISTAN)
        .title(en("OER in secondary specialised and professional education"))
        .addLanguages(LanguageTag.parse("uz"))
        .putSectionText(PolicySection.SCOPE, en("Secondary specialised and professional education."))
        .putSectionText(PolicySection.STRATEGIES, en("Multimedia and OER."))
        .putSectionText(PolicySection.LICENSE, en("CC BY-ND."))
        .licenseMandate(LicenseMandate.of(Licenses.CC_BY_ND_4_0))
        .scope(Scope.builder().addSectors(EducationSector.VOCATIONAL).build())
        .addStrategies(Strategy.of("Multimedia OER for colleges", SubAction.of("13(b)"), SubAction.of("11(a)")))
        .build();
  }
}
