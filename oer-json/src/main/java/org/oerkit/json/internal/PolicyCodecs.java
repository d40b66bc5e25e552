package org.oerkit.json.internal;

import static org.oerkit.json.internal.Parts.slot;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.oerkit.core.instrument.DubaiDeclarationPart;
import org.oerkit.core.instrument.Instrument;
import org.oerkit.core.instrument.ActionArea;
import org.oerkit.core.instrument.Definition;
import org.oerkit.core.instrument.IctCompetency;
import org.oerkit.core.instrument.IctCompetencyAspect;
import org.oerkit.core.instrument.IctCompetencyLevel;
import org.oerkit.core.instrument.LjubljanaArea;
import org.oerkit.core.instrument.MonitoringProvision;
import org.oerkit.core.instrument.ParisRecommendation;
import org.oerkit.core.instrument.PolicySection;
import org.oerkit.core.instrument.PolicyTemplate;
import org.oerkit.core.instrument.Stakeholder;
import org.oerkit.core.instrument.SubAction;
import org.oerkit.core.instrument.TemplateField;
import org.oerkit.core.instrument.TemplateSection;
import org.oerkit.core.monitoring.Answer;
import org.oerkit.core.monitoring.AnswerType;
import org.oerkit.core.monitoring.Dimension;
import org.oerkit.core.monitoring.Indicator;
import org.oerkit.core.monitoring.IndicatorFramework;
import org.oerkit.core.monitoring.Question;
import org.oerkit.core.monitoring.Questionnaire;
import org.oerkit.core.monitoring.QuestionnaireResponse;
import org.oerkit.core.policy.CapacityBuilding;
import org.oerkit.core.monitoring.Condition;
import org.oerkit.core.policy.CoordinatingStructure;
import org.oerkit.core.policy.CoverageStatus;
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
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.Money;

/**
 * The codecs of {@code org.oerkit.core.policy}: a policy draft document, a questionnaire response
 * document, and the reference types they hold (templates, questionnaires, indicator frameworks).
 *
 * <p>Enumerations are written as their constants' names; sub-actions of the 2019 Recommendation as their
 * ids ({@code "11(a)"}); amounts of money as a currency code and an amount ({@code "KZT 1500000.00"});
 * years as whole numbers. Sets and maps are written in a fixed order (the enumeration's, or the keys'
 * natural order), so that equal drafts give the same bytes.
 */
public final class PolicyCodecs {

  /** The format of a policy draft document. */
  public static final String POLICY_DRAFT_FORMAT = "oerkit/policy-draft/1";
  /** The format of a questionnaire response document. */
  public static final String QUESTIONNAIRE_RESPONSE_FORMAT = "oerkit/questionnaire-response/1";
  /** The {@code format} of an indicator framework document. */
  public static final String INDICATOR_FRAMEWORK_FORMAT = "oerkit/indicator-framework/1";

  static final Codec<AnswerType> ANSWER_TYPE = Codecs.enumeration(AnswerType.class);
  static final Codec<PolicySection> POLICY_SECTION = Codecs.enumeration(PolicySection.class);
  static final Codec<PolicyStatus> POLICY_STATUS = Codecs.enumeration(PolicyStatus.class);

  /** A sub-action of the 2019 Recommendation, written as its id such as {@code "11(a)"}. */
  public static final Codec<SubAction> SUB_ACTION = Codecs.text(SubAction.class,
      "a sub-action of the 2019 Recommendation from \"11(a)\" to \"15(f)\"", SubAction::of, SubAction::id,
      Codecs.pattern("^1[1-5]\\([a-z]\\)$"));

  /** An amount of money, written as an ISO 4217 code and an amount such as {@code "KZT 1500000.00"}. */
  public static final Codec<Money> MONEY = Codecs.text(Money.class,
      "a currency code and an amount, such as \"KZT 1500000.00\"", Money::parse, Money::toString,
      Codecs.pattern("^[A-Z]{3} -?[0-9]+(?:\\.[0-9]+)?$"));

  private static final Comparator<IctCompetency> COMPETENCY_ORDER =
      Comparator.comparing(IctCompetency::aspect).thenComparing(IctCompetency::level);

  /** An ICT competency of the UNESCO framework: an aspect at a level. */
  public static final ObjectCodec<IctCompetency, Parts> ICT_COMPETENCY =
      ObjectCodec.of(IctCompetency.class, Parts::new, p -> IctCompetency.of(p.get(0), p.get(1)))
          .required("aspect", Codecs.enumeration(IctCompetencyAspect.class), IctCompetency::aspect, slot(0))
          .required("level", Codecs.enumeration(IctCompetencyLevel.class), IctCompetency::level, slot(1))
          .build();

  static final ObjectCodec<Answer, Answer.Builder> ANSWER =
      ObjectCodec.of(Answer.class, Answer::builder, Answer.Builder::build)
          .required("type", ANSWER_TYPE, Answer::type, Answer.Builder::type)
          .optional("yesNo", Codecs.BOOLEAN, Answer::yesNo, Answer.Builder::yesNo)
          .optional("number", Codecs.DECIMAL, Answer::number, Answer.Builder::number)
          .list("choices", Codecs.STRING, Answer::choices, Answer.Builder::addAllChoices)
          .optional("text", Codecs.STRING, Answer::text, Answer.Builder::text)
          .optional("details", Codecs.STRING, Answer::details, Answer.Builder::details)
          .build();

  static final ObjectCodec<Condition, Parts> CONDITION =
      ObjectCodec.of(Condition.class, Parts::new, p -> Condition.of(p.get(0), p.get(1)))
          .required("questionId", Codecs.STRING, Condition::questionId, slot(0))
          .required("answer", Codecs.STRING, Condition::answer, slot(1))
          .build();

  static final ObjectCodec<Question, Question.Builder> QUESTION =
      ObjectCodec.of(Question.class, Question::builder, Question.Builder::build)
          .required("id", Codecs.STRING, Question::id, Question.Builder::id)
          .required("text", Codecs.STRING, Question::text, Question.Builder::text)
          .required("type", ANSWER_TYPE, Question::type, Question.Builder::type)
          .list("choices", Codecs.STRING, Question::choices, Question.Builder::addAllChoices)
          .optional("dimension", Codecs.STRING, Question::dimension, Question.Builder::dimension)
          .optional("section", Codecs.STRING, Question::section, Question.Builder::section)
          .optional("shownWhen", CONDITION, Question::shownWhen, Question.Builder::shownWhen)
          .defaulted("mandatory", Codecs.BOOLEAN, Question::isMandatory, Question.Builder::mandatory)
          .build();

  static final ObjectCodec<Questionnaire, Questionnaire.Builder> QUESTIONNAIRE =
      ObjectCodec.of(Questionnaire.class, Questionnaire::builder, Questionnaire.Builder::build)
          .required("id", Codecs.STRING, Questionnaire::id, Questionnaire.Builder::id)
          .required("title", Codecs.STRING, Questionnaire::title, Questionnaire.Builder::title)
          .required("source", Codecs.STRING, Questionnaire::source, Questionnaire.Builder::source)
          .list("questions", QUESTION, Questionnaire::questions, Questionnaire.Builder::addAllQuestions)
          .build();

  /** The answers of one country to a questionnaire: the root of a questionnaire response document. */
  public static final ObjectCodec<QuestionnaireResponse, QuestionnaireResponse.Builder> QUESTIONNAIRE_RESPONSE =
      ObjectCodec.of(QuestionnaireResponse.class, QuestionnaireResponse::builder, QuestionnaireResponse.Builder::build)
          .format(QUESTIONNAIRE_RESPONSE_FORMAT)
          .required("questionnaire", QUESTIONNAIRE, QuestionnaireResponse::questionnaire,
              QuestionnaireResponse.Builder::questionnaire)
          .required("country", VocabularyCodecs.COUNTRY, QuestionnaireResponse::country,
              QuestionnaireResponse.Builder::country)
          .optional("respondent", VocabularyCodecs.ORGANIZATION, QuestionnaireResponse::respondent,
              QuestionnaireResponse.Builder::respondent)
          .optional("submittedOn", Codecs.DATE, QuestionnaireResponse::submittedOn,
              QuestionnaireResponse.Builder::submittedOn)
          .defaulted("answers", new SortedMapCodec<>(Codecs.STRING, Function.identity(), Comparator.naturalOrder(),
              ANSWER), QuestionnaireResponse::answers, QuestionnaireResponse.Builder::putAllAnswers, java.util.Map.of())
          .build();

  static final ObjectCodec<Dimension, Parts> DIMENSION =
      ObjectCodec.of(Dimension.class, Parts::new, p -> Dimension.of(p.get(0), p.get(1), p.get(2)))
          .required("id", Codecs.STRING, Dimension::id, slot(0))
          .required("title", Codecs.STRING, Dimension::title, slot(1))
          .required("source", Codecs.STRING, Dimension::source, slot(2))
          .build();

  static final ObjectCodec<Indicator, Indicator.Builder> INDICATOR =
      ObjectCodec.of(Indicator.class, Indicator::builder, Indicator.Builder::build)
          .required("id", Codecs.STRING, Indicator::id, Indicator.Builder::id)
          .required("dimension", Codecs.STRING, Indicator::dimension, Indicator.Builder::dimension)
          .required("name", Codecs.STRING, Indicator::name, Indicator.Builder::name)
          .optional("unit", Codecs.STRING, Indicator::unit, Indicator.Builder::unit)
          .optional("source", Codecs.STRING, Indicator::source, Indicator.Builder::source)
          .build();

  /** A set of indicators in the dimensions of a framework: the root of an indicator framework document. */
  public static final ObjectCodec<IndicatorFramework, IndicatorFramework.Builder> INDICATOR_FRAMEWORK =
      ObjectCodec.of(IndicatorFramework.class, IndicatorFramework::builder, IndicatorFramework.Builder::build)
          .format(INDICATOR_FRAMEWORK_FORMAT)
          .required("title", Codecs.STRING, IndicatorFramework::title, IndicatorFramework.Builder::title)
          .required("source", Codecs.STRING, IndicatorFramework::source, IndicatorFramework.Builder::source)
          .list("dimensions", DIMENSION, IndicatorFramework::dimensions, IndicatorFramework.Builder::addAllDimensions)
          .list("indicators", INDICATOR, IndicatorFramework::indicators, IndicatorFramework.Builder::addAllIndicators)
          .build();

  static final ObjectCodec<TemplateField, Parts> TEMPLATE_FIELD =
      ObjectCodec.of(TemplateField.class, Parts::new,
              p -> TemplateField.of(p.get(0), p.get(1), Optional.<Boolean>ofNullable(p.get(2)).orElse(false)))
          .required("key", Codecs.STRING, TemplateField::key, slot(0))
          .required("label", Codecs.STRING, TemplateField::label, slot(1))
          .defaulted("required", Codecs.BOOLEAN, TemplateField::isRequired, slot(2))
          .build();

  static final ObjectCodec<TemplateSection, TemplateSection.Builder> TEMPLATE_SECTION =
      ObjectCodec.of(TemplateSection.class, TemplateSection::builder, TemplateSection.Builder::build)
          .required("section", POLICY_SECTION, TemplateSection::section, TemplateSection.Builder::section)
          .list("questions", Codecs.STRING, TemplateSection::questions, TemplateSection.Builder::addAllQuestions)
          .list("fields", TEMPLATE_FIELD, TemplateSection::fields, TemplateSection.Builder::addAllFields)
          .build();

  static final ObjectCodec<PolicyTemplate, PolicyTemplate.Builder> POLICY_TEMPLATE =
      ObjectCodec.of(PolicyTemplate.class, PolicyTemplate::builder, PolicyTemplate.Builder::build)
          .required("title", Codecs.STRING, PolicyTemplate::title, PolicyTemplate.Builder::title)
          .required("source", Codecs.STRING, PolicyTemplate::source, PolicyTemplate.Builder::source)
          .list("sections", TEMPLATE_SECTION, PolicyTemplate::sections, PolicyTemplate.Builder::addAllSections)
          .build();

  static final ObjectCodec<PolicyVersion, PolicyVersion.Builder> POLICY_VERSION =
      ObjectCodec.of(PolicyVersion.class, PolicyVersion::builder, PolicyVersion.Builder::build)
          .required("label", Codecs.STRING, PolicyVersion::label, PolicyVersion.Builder::label)
          .required("date", Codecs.DATE, PolicyVersion::date, PolicyVersion.Builder::date)
          .required("status", POLICY_STATUS, PolicyVersion::status, PolicyVersion.Builder::status)
          .optional("note", Codecs.STRING, PolicyVersion::note, PolicyVersion.Builder::note)
          .build();

  static final ObjectCodec<Scope, Scope.Builder> SCOPE =
      ObjectCodec.of(Scope.class, Scope::builder, Scope.Builder::build)
          .defaulted("sectors", Codecs.enumSet(EducationSector.class), Scope::sectors, Scope.Builder::addAllSectors,
              java.util.Set.of())
          .defaulted("learningModes", Codecs.enumSet(LearningMode.class), Scope::learningModes,
              Scope.Builder::addAllLearningModes, java.util.Set.of())
          .defaulted("stakeholders", Codecs.enumSet(Stakeholder.class), Scope::stakeholders,
              Scope.Builder::addAllStakeholders, java.util.Set.of())
          .optional("note", VocabularyCodecs.LOCALIZED_TEXT, Scope::note, Scope.Builder::note)
          .build();

  static final ObjectCodec<RelatedInstrument, RelatedInstrument.Builder> RELATED_INSTRUMENT =
      ObjectCodec.of(RelatedInstrument.class, RelatedInstrument::builder, RelatedInstrument.Builder::build)
          .required("title", Codecs.STRING, RelatedInstrument::title, RelatedInstrument.Builder::title)
          .required("relation", Codecs.enumeration(PolicyRelation.class), RelatedInstrument::relation,
              RelatedInstrument.Builder::relation)
          .optional("reference", Codecs.STRING, RelatedInstrument::reference, RelatedInstrument.Builder::reference)
          .optional("year", Codecs.INT, r -> optional(r.year()), RelatedInstrument.Builder::year)
          .optional("url", Codecs.STRING, RelatedInstrument::url, RelatedInstrument.Builder::url)
          .build();

  static final ObjectCodec<OpenMaterials, OpenMaterials.Builder> OPEN_MATERIALS =
      ObjectCodec.of(OpenMaterials.class, OpenMaterials::builder, OpenMaterials.Builder::build)
          .defaulted("categories", Codecs.enumSet(MaterialCategory.class), OpenMaterials::categories,
              OpenMaterials.Builder::addAllCategories, java.util.Set.of())
          .defaulted("publiclyFundedOpen", Codecs.BOOLEAN, OpenMaterials::isPubliclyFundedOpen,
              OpenMaterials.Builder::publiclyFundedOpen)
          .list("exceptions", Codecs.STRING, OpenMaterials::exceptions, OpenMaterials.Builder::addAllExceptions)
          .optional("repository", Codecs.STRING, OpenMaterials::repository, OpenMaterials.Builder::repository)
          .build();

  static final ObjectCodec<LicenseMandate, LicenseMandate.Builder> LICENSE_MANDATE =
      ObjectCodec.of(LicenseMandate.class, LicenseMandate::builder, LicenseMandate.Builder::build)
          .required("defaultLicense", LicenseCodecs.LICENSE, LicenseMandate::defaultLicense,
              LicenseMandate.Builder::defaultLicense)
          .list("alternatives", LicenseCodecs.LICENSE, LicenseMandate::alternatives,
              LicenseMandate.Builder::addAllAlternatives)
          .defaulted("translatedInto", new SortedSetCodec<>(VocabularyCodecs.LANGUAGE_TAG, Comparator.naturalOrder()),
              LicenseMandate::translatedInto, LicenseMandate.Builder::addAllTranslatedInto, java.util.Set.of())
          .list("keptRetired", LicenseCodecs.LICENSE, m -> List.copyOf(m.keptRetired()),
              LicenseMandate.Builder::addAllKeptRetired)
          .build();

  static final ObjectCodec<Strategy, Strategy.Builder> STRATEGY =
      ObjectCodec.of(Strategy.class, Strategy::builder, Strategy.Builder::build)
          .required("title", Codecs.STRING, Strategy::title, Strategy.Builder::title)
          .optional("description", VocabularyCodecs.LOCALIZED_TEXT, Strategy::description, Strategy.Builder::description)
          .defaulted("subActions", new SortedSetCodec<>(SUB_ACTION, Comparator.naturalOrder()), Strategy::subActions,
              Strategy.Builder::addAllSubActions, java.util.Set.of())
          .build();

  static final ObjectCodec<CapacityBuilding, CapacityBuilding.Builder> CAPACITY_BUILDING =
      ObjectCodec.of(CapacityBuilding.class, CapacityBuilding::builder, CapacityBuilding.Builder::build)
          .list("measures", Codecs.STRING, CapacityBuilding::measures, CapacityBuilding.Builder::addAllMeasures)
          .defaulted("audiences", Codecs.enumSet(Stakeholder.class), CapacityBuilding::audiences,
              CapacityBuilding.Builder::addAllAudiences, java.util.Set.of())
          .defaulted("competencies", new SortedSetCodec<>(ICT_COMPETENCY, COMPETENCY_ORDER),
              CapacityBuilding::competencies, CapacityBuilding.Builder::addAllCompetencies, java.util.Set.of())
          .build();

  static final ObjectCodec<Responsibility, Parts> RESPONSIBILITY =
      ObjectCodec.of(Responsibility.class, Parts::new, p -> Responsibility.of(p.get(0), p.get(1)))
          .required("organization", VocabularyCodecs.ORGANIZATION, Responsibility::organization, slot(0))
          .required("duty", Codecs.STRING, Responsibility::duty, slot(1))
          .build();

  static final ObjectCodec<CoordinatingStructure, CoordinatingStructure.Builder> COORDINATING_STRUCTURE =
      ObjectCodec.of(CoordinatingStructure.class, CoordinatingStructure::builder, CoordinatingStructure.Builder::build)
          .optional("name", Codecs.STRING, CoordinatingStructure::name, CoordinatingStructure.Builder::name)
          .required("lead", VocabularyCodecs.ORGANIZATION, CoordinatingStructure::lead,
              CoordinatingStructure.Builder::lead)
          .list("members", VocabularyCodecs.ORGANIZATION, CoordinatingStructure::members,
              CoordinatingStructure.Builder::addAllMembers)
          .list("responsibilities", RESPONSIBILITY, CoordinatingStructure::responsibilities,
              CoordinatingStructure.Builder::addAllResponsibilities)
          .build();

  static final ObjectCodec<Milestone, Parts> MILESTONE =
      ObjectCodec.of(Milestone.class, Parts::new, p -> Milestone.of(p.get(0), p.get(1)))
          .required("title", Codecs.STRING, Milestone::title, slot(0))
          .required("due", Codecs.DATE, Milestone::due, slot(1))
          .build();

  static final ObjectCodec<FundingSource, FundingSource.Builder> FUNDING_SOURCE =
      ObjectCodec.of(FundingSource.class, FundingSource::builder, FundingSource.Builder::build)
          .required("kind", Codecs.enumeration(FundingSourceKind.class), FundingSource::kind, FundingSource.Builder::kind)
          .optional("funder", VocabularyCodecs.ORGANIZATION, FundingSource::funder, FundingSource.Builder::funder)
          .optional("amount", MONEY, FundingSource::amount, FundingSource.Builder::amount)
          .defaulted("secured", Codecs.BOOLEAN, FundingSource::isSecured, FundingSource.Builder::secured)
          .build();

  static final ObjectCodec<WorkPlanAction, WorkPlanAction.Builder> WORK_PLAN_ACTION =
      ObjectCodec.of(WorkPlanAction.class, WorkPlanAction::builder, WorkPlanAction.Builder::build)
          .required("id", Codecs.STRING, WorkPlanAction::id, WorkPlanAction.Builder::id)
          .required("title", Codecs.STRING, WorkPlanAction::title, WorkPlanAction.Builder::title)
          .optional("lead", VocabularyCodecs.ORGANIZATION, WorkPlanAction::lead, WorkPlanAction.Builder::lead)
          .list("partners", VocabularyCodecs.ORGANIZATION, WorkPlanAction::partners, WorkPlanAction.Builder::addAllPartners)
          .optional("start", Codecs.DATE, WorkPlanAction::start, WorkPlanAction.Builder::start)
          .optional("end", Codecs.DATE, WorkPlanAction::end, WorkPlanAction.Builder::end)
          .list("milestones", MILESTONE, WorkPlanAction::milestones, WorkPlanAction.Builder::addAllMilestones)
          .list("deliverables", Codecs.STRING, WorkPlanAction::deliverables, WorkPlanAction.Builder::addAllDeliverables)
          .list("indicators", Codecs.STRING, WorkPlanAction::indicators, WorkPlanAction.Builder::addAllIndicators)
          .optional("cost", MONEY, WorkPlanAction::cost, WorkPlanAction.Builder::cost)
          .list("funding", FUNDING_SOURCE, WorkPlanAction::funding, WorkPlanAction.Builder::addAllFunding)
          .defaulted("sections", Codecs.enumSet(PolicySection.class), WorkPlanAction::sections,
              WorkPlanAction.Builder::addAllSections, java.util.Set.of())
          .defaulted("subActions", new SortedSetCodec<>(SUB_ACTION, Comparator.naturalOrder()),
              WorkPlanAction::subActions, WorkPlanAction.Builder::addAllSubActions, java.util.Set.of())
          .build();

  static final ObjectCodec<WorkPlan, Parts> WORK_PLAN =
      ObjectCodec.of(WorkPlan.class, Parts::new, p -> WorkPlan.of(Optional.<List<WorkPlanAction>>ofNullable(p.get(0))
              .orElse(List.of())))
          .list("actions", WORK_PLAN_ACTION, WorkPlan::actions, slot(0))
          .build();

  static final ObjectCodec<Objective, Parts> OBJECTIVE =
      ObjectCodec.of(Objective.class, Parts::new, p -> Objective.of(p.get(0), p.get(1)))
          .required("id", Codecs.STRING, Objective::id, slot(0))
          .required("statement", VocabularyCodecs.LOCALIZED_TEXT, Objective::statement, slot(1))
          .build();

  static final ObjectCodec<Measurement, Parts> MEASUREMENT =
      ObjectCodec.of(Measurement.class, Parts::new, p -> Measurement.of(p.get(0), p.get(1)))
          .required("value", Codecs.DECIMAL, Measurement::value, slot(0))
          .required("year", Codecs.YEAR, Measurement::year, slot(1))
          .build();

  static final ObjectCodec<MonitoringIndicator, MonitoringIndicator.Builder> MONITORING_INDICATOR =
      ObjectCodec.of(MonitoringIndicator.class, MonitoringIndicator::builder, MonitoringIndicator.Builder::build)
          .required("id", Codecs.STRING, MonitoringIndicator::id, MonitoringIndicator.Builder::id)
          .required("name", Codecs.STRING, MonitoringIndicator::name, MonitoringIndicator.Builder::name)
          .defaulted("objectives", new SortedSetCodec<>(Codecs.STRING, Comparator.naturalOrder()),
              MonitoringIndicator::objectives, MonitoringIndicator.Builder::addAllObjectives, java.util.Set.of())
          .optional("unit", Codecs.STRING, MonitoringIndicator::unit, MonitoringIndicator.Builder::unit)
          .optional("baseline", MEASUREMENT, MonitoringIndicator::baseline, MonitoringIndicator.Builder::baseline)
          .optional("target", MEASUREMENT, MonitoringIndicator::target, MonitoringIndicator.Builder::target)
          .build();

  static final ObjectCodec<WorldMapDescription, WorldMapDescription.Builder> WORLD_MAP_DESCRIPTION =
      ObjectCodec.of(WorldMapDescription.class, WorldMapDescription::builder, WorldMapDescription.Builder::build)
          .required("type", Codecs.enumeration(PolicyType.class), WorldMapDescription::type,
              WorldMapDescription.Builder::type)
          .required("scope", Codecs.enumeration(WorldMapScope.class), WorldMapDescription::scope,
              WorldMapDescription.Builder::scope)
          .required("status", Codecs.enumeration(WorldMapStatus.class), WorldMapDescription::status,
              WorldMapDescription.Builder::status)
          .required("spatialCoverage", Codecs.enumeration(SpatialCoverage.class),
              WorldMapDescription::spatialCoverage, WorldMapDescription.Builder::spatialCoverage)
          .defaulted("focus", Codecs.enumSet(PolicyFocus.class), WorldMapDescription::focus,
              WorldMapDescription.Builder::addAllFocus, java.util.Set.of())
          .defaulted("sectors", Codecs.enumSet(EducationSector.class), WorldMapDescription::sectors,
              WorldMapDescription.Builder::addAllSectors, java.util.Set.of())
          .defaulted("licenses", Codecs.enumSet(WorldMapLicense.class), WorldMapDescription::licenses,
              WorldMapDescription.Builder::addAllLicenses, java.util.Set.of())
          .build();

  /** A draft national OER policy: the root of a policy draft document. */
  public static final ObjectCodec<PolicyDraft, PolicyDraft.Builder> POLICY_DRAFT =
      ObjectCodec.of(PolicyDraft.class, PolicyDraft::builder, PolicyDraft.Builder::build)
          .format(POLICY_DRAFT_FORMAT)
          .required("country", VocabularyCodecs.COUNTRY, PolicyDraft::country, PolicyDraft.Builder::country)
          .required("title", VocabularyCodecs.LOCALIZED_TEXT, PolicyDraft::title, PolicyDraft.Builder::title)
          .defaulted("status", POLICY_STATUS, PolicyDraft::status, PolicyDraft.Builder::status)
          .list("versions", POLICY_VERSION, PolicyDraft::versions, PolicyDraft.Builder::addAllVersions)
          .optional("draftingBody", VocabularyCodecs.ORGANIZATION, PolicyDraft::draftingBody,
              PolicyDraft.Builder::draftingBody)
          .optional("startYear", Codecs.YEAR, PolicyDraft::startYear, PolicyDraft.Builder::startYear)
          .optional("endYear", Codecs.YEAR, PolicyDraft::endYear, PolicyDraft.Builder::endYear)
          .list("languages", VocabularyCodecs.LANGUAGE_TAG, PolicyDraft::languages, PolicyDraft.Builder::addAllLanguages)
          .defaulted("sectionTexts", new SortedMapCodec<>(POLICY_SECTION, PolicySection::name, Comparator.naturalOrder(),
              VocabularyCodecs.LOCALIZED_TEXT), PolicyDraft::sectionTexts, PolicyDraft.Builder::putAllSectionTexts,
              java.util.Map.of())
          .defaulted("fieldValues", new SortedMapCodec<>(Codecs.STRING, Function.identity(), Comparator.naturalOrder(),
              Codecs.STRING), PolicyDraft::fieldValues, PolicyDraft.Builder::putAllFieldValues, java.util.Map.of())
          .optional("scope", SCOPE, PolicyDraft::scope, PolicyDraft.Builder::scope)
          .list("relatedInstruments", RELATED_INSTRUMENT, PolicyDraft::relatedInstruments,
              PolicyDraft.Builder::addAllRelatedInstruments)
          .optional("openMaterials", OPEN_MATERIALS, PolicyDraft::openMaterials, PolicyDraft.Builder::openMaterials)
          .optional("licenseMandate", LICENSE_MANDATE, PolicyDraft::licenseMandate, PolicyDraft.Builder::licenseMandate)
          .list("strategies", STRATEGY, PolicyDraft::strategies, PolicyDraft.Builder::addAllStrategies)
          .optional("capacityBuilding", CAPACITY_BUILDING, PolicyDraft::capacityBuilding,
              PolicyDraft.Builder::capacityBuilding)
          .optional("coordination", COORDINATING_STRUCTURE, PolicyDraft::coordination, PolicyDraft.Builder::coordination)
          .defaulted("workPlan", WORK_PLAN, PolicyDraft::workPlan, PolicyDraft.Builder::workPlan, WorkPlan.empty())
          .list("objectives", OBJECTIVE, PolicyDraft::objectives, PolicyDraft.Builder::addAllObjectives)
          .list("indicators", MONITORING_INDICATOR, PolicyDraft::indicators, PolicyDraft.Builder::addAllIndicators)
          .optional("worldMap", WORLD_MAP_DESCRIPTION, PolicyDraft::worldMap, PolicyDraft.Builder::worldMap)
          .build();

  /** The enumerations of the policy package, each written as its constants' names. */
  static final List<Codec<?>> ENUMERATIONS = List.of(
      Codecs.enumeration(ActionArea.class), ANSWER_TYPE, Codecs.enumeration(CoverageStatus.class),
      Codecs.enumeration(Definition.class), Codecs.enumeration(DubaiDeclarationPart.class),
      Codecs.enumeration(EducationSector.class), Codecs.enumeration(Instrument.class),
      Codecs.enumeration(FundingSourceKind.class), Codecs.enumeration(IctCompetencyAspect.class),
      Codecs.enumeration(IctCompetencyLevel.class), Codecs.enumeration(LearningMode.class),
      Codecs.enumeration(LjubljanaArea.class), Codecs.enumeration(MaterialCategory.class),
      Codecs.enumeration(MonitoringProvision.class), Codecs.enumeration(ParisRecommendation.class),
      Codecs.enumeration(PolicyFocus.class),
      Codecs.enumeration(PolicyRelation.class), POLICY_SECTION, POLICY_STATUS, Codecs.enumeration(PolicyType.class),
      Codecs.enumeration(SpatialCoverage.class), Codecs.enumeration(Stakeholder.class),
      Codecs.enumeration(WorldMapLicense.class), Codecs.enumeration(WorldMapScope.class),
      Codecs.enumeration(WorldMapStatus.class));

  /** The object and text types of the policy package. */
  static final List<Codec<?>> TYPES = List.of(SUB_ACTION, MONEY, ICT_COMPETENCY, ANSWER, CONDITION, QUESTION,
      QUESTIONNAIRE,
      QUESTIONNAIRE_RESPONSE, DIMENSION, INDICATOR, INDICATOR_FRAMEWORK, TEMPLATE_FIELD, TEMPLATE_SECTION,
      POLICY_TEMPLATE, POLICY_VERSION, SCOPE, RELATED_INSTRUMENT, OPEN_MATERIALS, LICENSE_MANDATE, STRATEGY,
      CAPACITY_BUILDING, RESPONSIBILITY, COORDINATING_STRUCTURE, MILESTONE, FUNDING_SOURCE, WORK_PLAN_ACTION,
      WORK_PLAN, OBJECTIVE, MEASUREMENT, MONITORING_INDICATOR, WORLD_MAP_DESCRIPTION, POLICY_DRAFT);

  private PolicyCodecs() {}

  private static Optional<Integer> optional(OptionalInt value) {
    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
  }
}
