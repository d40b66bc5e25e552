package org.oerkit.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.oerkit.core.instrument.IctCompetency;
import org.oerkit.core.instrument.IctCompetencyAspect;
import org.oerkit.core.instrument.IctCompetencyLevel;
import org.oerkit.core.instrument.PolicySection;
import org.oerkit.core.instrument.Stakeholder;
import org.oerkit.core.instrument.SubAction;
import org.oerkit.core.license.Licenses;
import org.oerkit.core.monitoring.Answer;
import org.oerkit.core.monitoring.AnswerType;
import org.oerkit.core.monitoring.Question;
import org.oerkit.core.monitoring.Questionnaire;
import org.oerkit.core.monitoring.QuestionnaireResponse;
import org.oerkit.core.policy.CapacityBuilding;
import org.oerkit.core.policy.CoordinatingStructure;
import org.oerkit.core.policy.EducationSector;
import org.oerkit.core.policy.FundingSource;
import org.oerkit.core.policy.FundingSourceKind;
import org.oerkit.core.policy.LearningMode;
import org.oerkit.core.policy.LicenseMandate;
import org.oerkit.core.policy.MaterialCategory;
import org.oerkit.core.policy.Measurement;
import org.oerkit.core.policy.Milestone;
import org.oerkit.core.policy.MonitoringIndicator;
import org.oerkit.core.policy.Objective;
import org.oerkit.core.policy.OpenMaterials;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.core.policy.PolicyFocus;
import org.oerkit.core.policy.PolicyRelation;
import org.oerkit.core.policy.PolicyStatus;
import org.oerkit.core.policy.PolicyType;
import org.oerkit.core.policy.PolicyVersion;
import org.oerkit.core.policy.RelatedInstrument;
import org.oerkit.core.policy.Responsibility;
import org.oerkit.core.policy.Scope;
import org.oerkit.core.policy.SpatialCoverage;
import org.oerkit.core.policy.Strategy;
import org.oerkit.core.policy.WorkPlan;
import org.oerkit.core.policy.WorkPlanAction;
import org.oerkit.core.policy.WorldMapDescription;
import org.oerkit.core.policy.WorldMapLicense;
import org.oerkit.core.policy.WorldMapScope;
import org.oerkit.core.policy.WorldMapStatus;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;
import org.oerkit.core.vocabulary.Money;
import org.quicktheories.core.Gen;

/**
 * A draft policy shaped like the one the Astana 2017 workshop set out to write (every part of the
 * UNESCO country template filled once), a questionnaire response, and generators of random ones.
 */
final class PolicySamples {

  private PolicySamples() {}

  static PolicyDraft kazakhstan() {
    WorkPlanAction action = WorkPlanAction.builder().id("a1").title("Set up a national OER repository")
        .lead(AgendaSamples.MINISTRY).addPartners(AgendaSamples.ALMATY)
        .start(LocalDate.of(2018, 3, 1)).end(LocalDate.of(2019, 12, 31))
        .addMilestones(Milestone.of("Repository online", LocalDate.of(2018, 12, 1)))
        .addDeliverables("Repository").addIndicators("i1")
        .cost(Money.parse("KZT 1500000.00"))
        .addFunding(FundingSource.builder().kind(FundingSourceKind.values()[0]).funder(AgendaSamples.MINISTRY)
            .amount(Money.parse("KZT 1000000.00")).secured(true).build())
        .addSections(PolicySection.values()[1], PolicySection.values()[0])
        .addSubActions(SubAction.of("12(b)"), SubAction.of("11(a)"))
        .build();
    return PolicyDraft.builder()
        .country(Country.KAZAKHSTAN)
        .title(LocalizedText.of(LanguageTag.ENGLISH, "National OER Policy of Kazakhstan")
            .with(LanguageTag.RUSSIAN, "Национальная политика ООР Казахстана"))
        .status(PolicyStatus.UNDER_CONSULTATION)
        .addVersions(PolicyVersion.of("first draft", LocalDate.of(2017, 12, 13), PolicyStatus.DRAFT))
        .draftingBody(org.oerkit.core.vocabulary.Organization.of("National OER Focal group",
            org.oerkit.core.vocabulary.OrganizationKind.WORKING_GROUP))
        .startYear(Year.of(2018)).endYear(Year.of(2022))
        .addLanguages(LanguageTag.KAZAKH, LanguageTag.RUSSIAN, LanguageTag.ENGLISH)
        .putSectionText(PolicySection.values()[0], LocalizedText.of(LanguageTag.ENGLISH, "Background."))
        .putFieldValue("ministry", "MOES")
        .scope(Scope.builder().addSectors(EducationSector.values()[0]).addLearningModes(LearningMode.values()[0])
            .addStakeholders(Stakeholder.values()[0]).build())
        .addRelatedInstruments(RelatedInstrument.builder().title("State Programme of Education Development")
            .relation(PolicyRelation.values()[0]).year(2016).url("https://example.kz/programme").build())
        .openMaterials(OpenMaterials.builder().addCategories(MaterialCategory.values()[0]).publiclyFundedOpen(true)
            .addExceptions("Examinations").repository("https://example.kz/oer").build())
        .licenseMandate(LicenseMandate.builder().defaultLicense(Licenses.CC_BY_4_0)
            .addAlternatives(Licenses.CC_BY_SA_4_0, LicenseJsonTest.NATIONAL)
            .addTranslatedInto(LanguageTag.RUSSIAN, LanguageTag.KAZAKH).build())
        .addStrategies(Strategy.of("Build capacity", SubAction.of("11(b)")))
        .capacityBuilding(CapacityBuilding.builder().addMeasures("Teacher training")
            .addAudiences(Stakeholder.values()[0])
            .addCompetencies(IctCompetency.of(IctCompetencyAspect.values()[1], IctCompetencyLevel.values()[0]),
                IctCompetency.of(IctCompetencyAspect.values()[0], IctCompetencyLevel.values()[1]))
            .build())
        .coordination(CoordinatingStructure.builder().name("National OER Council").lead(AgendaSamples.MINISTRY)
            .addResponsibilities(Responsibility.of(AgendaSamples.MINISTRY, "Chairs the council")).build())
        .workPlan(WorkPlan.of(action))
        .addObjectives(Objective.of("o1", LocalizedText.of(LanguageTag.ENGLISH, "Open all textbooks.")))
        .addIndicators(MonitoringIndicator.builder().id("i1").name("Open textbooks").addObjectives("o1")
            .unit("%").baseline(Measurement.of(0, 2017)).target(Measurement.of(new BigDecimal("75.5"), Year.of(2022)))
            .build())
        .worldMap(WorldMapDescription.builder().type(PolicyType.POLICY_DOCUMENT).scope(WorldMapScope.values()[0])
            .status(WorldMapStatus.PROPOSED).spatialCoverage(SpatialCoverage.NATIONAL)
            .addFocus(PolicyFocus.values()[0]).addSectors(EducationSector.values()[0])
            .addLicenses(WorldMapLicense.of(Licenses.CC_BY_4_0)).build())
        .build();
  }

  static QuestionnaireResponse response() {
    Questionnaire questionnaire = Questionnaire.builder().id("oer-survey-2017").title("OER survey")
        .source("UNESCO OER indicators (Orr et al.)")
        .addQuestions(Question.of("q1", "Does a national OER policy exist?", AnswerType.YES_NO),
            Question.of("q2", "How many OER repositories are there?", AnswerType.NUMBER),
            Question.builder().id("q3").text("Which licences are used?").type(AnswerType.MULTI_CHOICE)
                .addChoices("CC BY", "CC BY-SA", "Other").mandatory(false).build())
        .build();
    return QuestionnaireResponse.builder().questionnaire(questionnaire).country(Country.KAZAKHSTAN)
        .respondent(AgendaSamples.MINISTRY).submittedOn(LocalDate.of(2017, 12, 1))
        .putAnswer("q3", Answer.choices("CC BY", "Other"))
        .putAnswer("q1", Answer.yes("in preparation"))
        .putAnswer("q2", Answer.number(new BigDecimal("3")))
        .build();
  }

  /** Random responses to the sample questionnaire, with random details, numbers and choices. */
  static Gen<QuestionnaireResponse> responses() {
    Gen<String> text = Generators.trimmed();
    Gen<Integer> numbers = org.quicktheories.generators.SourceDSL.integers().between(-1_000_000, 1_000_000);
    QuestionnaireResponse base = response();
    return in -> {
      QuestionnaireResponse.Builder builder = QuestionnaireResponse.builder().questionnaire(base.questionnaire())
          .country(Generators.countries().generate(in));
      if (Generators.coin(in)) {
        builder.putAnswer("q1", Generators.coin(in) ? Answer.no() : Answer.yes(text.generate(in)));
      }
      if (Generators.coin(in)) {
        builder.putAnswer("q2", Answer.number(BigDecimal.valueOf(numbers.generate(in), Generators.pick(in, 4))));
      }
      if (Generators.coin(in)) {
        builder.putAnswer("q3", Answer.choices(Generators.pick(in, List.of("CC BY", "CC BY-SA", "Other"))));
      }
      if (Generators.coin(in)) {
        builder.submittedOn(LocalDate.of(2017, 1, 1).plusDays(Generators.pick(in, 3000)));
      }
      return builder.build();
    };
  }

  /** Random drafts: the sample with random titles, texts, years and licences. */
  static Gen<PolicyDraft> drafts() {
    Gen<LocalizedText> texts = Generators.localizedTexts();
    Gen<String> names = Generators.trimmed();
    Gen<org.oerkit.core.license.License> licenses = LicenseJsonTest.licenses();
    PolicyDraft base = kazakhstan();
    return in -> {
      PolicyDraft.Builder builder = PolicyDraft.builder().country(Generators.countries().generate(in))
          .title(texts.generate(in))
          .status(Generators.pick(in, List.of(PolicyStatus.values())));
      if (Generators.coin(in)) {
        builder.from(base).title(texts.generate(in));
      }
      // The sample uses the first section and the field "ministry"; the generated ones differ.
      PolicySection[] sections = PolicySection.values();
      builder.putSectionText(sections[1 + Generators.pick(in, sections.length - 1)], texts.generate(in));
      builder.putFieldValue("field " + names.generate(in), Generators.anyText().generate(in));
      if (Generators.coin(in)) {
        org.oerkit.core.license.License first = licenses.generate(in);
        org.oerkit.core.license.License second = licenses.generate(in);
        LicenseMandate.Builder mandate = LicenseMandate.builder().defaultLicense(first);
        if (!second.equals(first)) {
          mandate.addAlternatives(second);
        }
        builder.licenseMandate(mandate.build());
      }
      if (Generators.coin(in)) {
        builder.addRelatedInstruments(RelatedInstrument.builder().title(names.generate(in))
            .relation(Generators.pick(in, List.of(PolicyRelation.values()))).build());
      }
      return builder.build();
    };
  }

}
