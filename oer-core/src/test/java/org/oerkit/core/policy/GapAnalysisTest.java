package org.oerkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.Finding;
import org.oerkit.core.Report;
import org.oerkit.core.Severity;
import org.oerkit.core.instrument.PolicySection;
import org.oerkit.core.instrument.PolicyTemplate;
import org.oerkit.core.instrument.SubAction;
import org.oerkit.core.instrument.TemplateField;
import org.oerkit.core.license.Licenses;

/** One test per gap rule, each on the complete draft with one thing broken. */
class GapAnalysisTest {

  private static final GapAnalysis ANALYSIS = GapAnalysis.standard();

  private static Report analyze(PolicyDraft.Builder draft) {
    return ANALYSIS.analyze(draft.build());
  }

  private static Finding only(Report report, String ruleId) {
    List<Finding> found = report.findings(ruleId);
    assertThat(found).as(report.format()).hasSize(1);
    return found.get(0);
  }

  @Test
  void complete_hasNoErrorsOrWarnings() {
    Report report = analyze(Drafts.complete());
    assertThat(report.count(Severity.ERROR)).as(report.format()).isZero();
    assertThat(report.count(Severity.WARNING)).as(report.format()).isZero();
    assertThat(report.findings()).allMatch(f -> f.rule().id().equals("policy.sub-action-not-addressed"));
  }

  @Test
  void sectionMissing_noTextNoStructure_isAnErrorCitingTheSession() {
    PolicyDraft draft = Drafts.complete().build();
    Report report = ANALYSIS.analyze(PolicyDraft.builder().from(draft)
        .sectionTexts(java.util.Map.of()).putSectionText(PolicySection.CONTEXT, Drafts.en("Context."))
        .relatedInstruments(List.of()).build());
    Finding f = report.findings("policy.section-missing").stream()
        .filter(x -> x.location().equals("/sectionTexts/POSITIONING")).findFirst().get();
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).isEqualTo("Section 3, \"Positioning against existing policies\", has no text, and the draft"
        + " names no related law or strategy.");
    assertThat(f.source()).isEqualTo(
        "UNESCO OER Country Policy template, section 3 (Astana 2017 concept note, Sessions 8 and 9)");
  }

  @Test
  void sectionMissing_noTextButStructure_isAWarning() {
    PolicyDraft draft = Drafts.complete().build();
    java.util.Map<PolicySection, org.oerkit.core.vocabulary.LocalizedText> texts =
        new java.util.EnumMap<>(draft.sectionTexts());
    texts.remove(PolicySection.WORK_PLAN);
    Finding f = only(ANALYSIS.analyze(PolicyDraft.builder().from(draft).sectionTexts(texts).build()),
        "policy.section-missing");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.location()).isEqualTo("/sectionTexts/WORK_PLAN");
    assertThat(f.source()).contains("Sessions 13 and 14");
  }

  @Test
  void sectionEmpty_textWithoutStructure_isAWarning() {
    Finding f = only(analyze(Drafts.complete().scope(Scope.builder().build())), "policy.section-empty");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.location()).isEqualTo("/sectionTexts/SCOPE");
    assertThat(f.message()).contains("names no sector, setting of learning or stakeholder");
    assertThat(f.source()).contains("section 2").contains("Session 9");
  }

  @Test
  void sectionMissing_emptyDraft_findsAllTenSections() {
    Report report = ANALYSIS.analyze(PolicyDraftTest.minimal().build());
    assertThat(report.findings("policy.section-missing")).hasSize(10);
  }

  @Test
  void fieldMissing_requiredUserFieldNotFilled_isAWarning() {
    GapAnalysis withFields = GapAnalysis.of(PolicyTemplate.unescoCountryTemplate().withFields(PolicySection.CONTEXT,
        List.of(TemplateField.of("policy-owner", "Policy owner", true), TemplateField.of("vision", "Vision", false))));
    Report report = withFields.analyze(Drafts.complete().build());
    Finding f = only(report, "policy.field-missing");
    assertThat(f.location()).isEqualTo("/fieldValues/policy-owner");
    assertThat(withFields.analyze(Drafts.complete().putFieldValue("policy-owner", "MoES").build())
        .findings("policy.field-missing")).isEmpty();
  }

  @Test
  void publicFundingNotOpen_withoutTrigger_isAWarningCiting12a() {
    Finding f = only(analyze(Drafts.complete().openMaterials(OpenMaterials.builder()
        .addCategories(MaterialCategory.TEXTBOOK).build())), "policy.public-funding-not-open");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.source()).contains("paragraph 12(a)").contains("point (j)");
  }

  @Test
  void actionWithoutLead_isAnError() {
    PolicyDraft draft = Drafts.complete().build();
    WorkPlanAction a1 = WorkPlanAction.builder().from(draft.workPlan().actions().get(0))
        .lead(java.util.Optional.empty()).build();
    Finding f = only(ANALYSIS.analyze(PolicyDraft.builder().from(draft)
        .workPlan(WorkPlan.of(a1, draft.workPlan().actions().get(1))).build()), "policy.action-without-lead");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.location()).isEqualTo("/workPlan/actions/0");
    assertThat(f.message()).isEqualTo("The action A1, \"Open licensing regulation\", has no lead organization.");
    assertThat(f.source()).contains("Session 13");
  }

  @Test
  void leadOutsideStructure_isAWarning() {
    PolicyDraft draft = Drafts.complete().build();
    WorkPlanAction a1 = WorkPlanAction.builder().from(draft.workPlan().actions().get(0))
        .lead(Drafts.FOCAL_GROUP).build();
    Finding f = only(ANALYSIS.analyze(PolicyDraft.builder().from(draft)
        .workPlan(WorkPlan.of(a1, draft.workPlan().actions().get(1))).build()), "policy.lead-outside-structure");
    assertThat(f.message()).contains("National OER Focal group");
  }

  @Test
  void costWithoutFunding_isAWarningCiting14b() {
    PolicyDraft draft = Drafts.complete().build();
    WorkPlanAction a2 = WorkPlanAction.builder().from(draft.workPlan().actions().get(1)).funding(List.of()).build();
    Finding f = only(ANALYSIS.analyze(PolicyDraft.builder().from(draft)
        .workPlan(WorkPlan.of(draft.workPlan().actions().get(0), a2)).build()), "policy.cost-without-funding");
    assertThat(f.message()).isEqualTo(
        "The action A2, \"Sustainability model for the repository\", costs 20,000,000.00 KZT but names no funding source.");
    assertThat(f.source()).contains("paragraph 14(b)");
  }

  @Test
  void objectiveWithoutIndicator_isAWarningCiting16a() {
    Finding f = only(analyze(Drafts.complete().addObjectives(Objective.of("O2", Drafts.en("Train teachers")))),
        "policy.objective-without-indicator");
    assertThat(f.location()).isEqualTo("/objectives/1");
    assertThat(f.message()).isEqualTo("No indicator measures objective O2, \"Train teachers\".");
    assertThat(f.source()).endsWith("paragraph 16(a)");
  }

  @Test
  void indicatorIncomplete_withoutTarget_isAWarning() {
    Finding f = only(analyze(Drafts.complete().addIndicators(MonitoringIndicator.builder().id("I2")
        .name("Teachers trained").addObjectives("O1").baseline(Measurement.of(0, 2017)).build())),
        "policy.indicator-incomplete");
    assertThat(f.message()).isEqualTo("The indicator I2, \"Teachers trained\", has no target.");
  }

  @Test
  void datesOutOfOrder_actionEndingBeforeItStarts_isAnError() {
    PolicyDraft draft = Drafts.complete().build();
    WorkPlanAction a2 = WorkPlanAction.builder().from(draft.workPlan().actions().get(1))
        .start(LocalDate.of(2020, 1, 1)).end(LocalDate.of(2019, 1, 1)).build();
    Finding f = only(ANALYSIS.analyze(PolicyDraft.builder().from(draft)
        .workPlan(WorkPlan.of(draft.workPlan().actions().get(0), a2)).build()), "policy.dates-out-of-order");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).isEqualTo("The action A2 starts on 2020-01-01, after it ends on 2019-01-01.");
  }

  @Test
  void datesOutOfOrder_milestoneOutsideAction_isAWarning() {
    PolicyDraft draft = Drafts.complete().build();
    WorkPlanAction a1 = WorkPlanAction.builder().from(draft.workPlan().actions().get(0))
        .milestones(List.of(Milestone.of("Regulation adopted", LocalDate.of(2019, 3, 1)))).build();
    Finding f = only(ANALYSIS.analyze(PolicyDraft.builder().from(draft)
        .workPlan(WorkPlan.of(a1, draft.workPlan().actions().get(1))).build()), "policy.dates-out-of-order");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.location()).isEqualTo("/workPlan/actions/0/milestones/0");
    assertThat(f.message()).contains("outside the dates of action A1");
  }

  @Test
  void datesOutOfOrder_horizonReversed_isAnError() {
    Report report = analyze(Drafts.complete().startYear(Year.of(2023)));
    assertThat(report.findings("policy.dates-out-of-order")).extracting(Finding::location)
        .contains("/endYear");
  }

  @Test
  void datesOutOfOrder_actionOutsideHorizon_isAWarning() {
    Finding f = only(analyze(Drafts.complete().endYear(Year.of(2019))), "policy.dates-out-of-order");
    assertThat(f.location()).isEqualTo("/workPlan/actions/1");
    assertThat(f.message()).isEqualTo("The action A2 runs outside the policy horizon 2018-2019.");
  }

  @Test
  void datesOutOfOrder_baselineAfterTarget_isAnError() {
    Finding f = only(analyze(Drafts.complete().indicators(List.of(MonitoringIndicator.builder().id("I1")
        .name("Titles").addObjectives("O1").baseline(Measurement.of(0, 2023)).target(Measurement.of(5, 2022))
        .build()))), "policy.dates-out-of-order");
    assertThat(f.location()).isEqualTo("/indicators/0/target");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void capacityNotLinkedToIctCft_isANote() {
    Finding f = only(analyze(Drafts.complete().capacityBuilding(CapacityBuilding.builder()
        .addMeasures("Training").build())), "policy.capacity-not-linked-to-ict-cft");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.source()).contains("Session 11");
  }

  @Test
  void areaNotAddressed_isAWarningListingTheSubActions() {
    Report report = analyze(Drafts.complete().strategies(List.of(Strategy.of("Repository", SubAction.of("11(d)")))));
    Finding f = report.findings("policy.area-not-addressed").stream()
        .filter(x -> x.message().contains("area 3")).findFirst().get();
    assertThat(f.location()).isEqualTo("/workPlan/actions");
    assertThat(f.message()).isEqualTo("The draft addresses none of area 3 (Encouraging inclusive and equitable"
        + " quality OER): 13(a), 13(b), 13(c), 13(d), 13(e), 13(f).");
    assertThat(f.source()).isEqualTo("UNESCO Recommendation on OER (2019), paragraphs 10 and 13");
    assertThat(report.findings("policy.area-not-addressed")).extracting(Finding::message)
        .allMatch(m -> m.startsWith("The draft addresses none of area "))
        .anyMatch(m -> m.contains("area 5 (Facilitating international cooperation)")).hasSize(2);
  }

  @Test
  void subActionNotAddressed_isANoteCitingItsParagraph() {
    Report report = analyze(Drafts.complete());
    List<Finding> notes = report.findings("policy.sub-action-not-addressed");
    // Addressed: 11(d), 12(d), 13(b), 15(c) by strategies; 12(a), 14(a), 14(g) by actions; 11(b) by measures.
    assertThat(notes).hasSize(33 - 8);
    Finding f = notes.stream().filter(x -> x.message().startsWith("The draft does not address 12(h): ")).findFirst()
        .get();
    assertThat(f.location()).isEqualTo("/workPlan/actions");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.source()).isEqualTo("UNESCO Recommendation on OER (2019), paragraph 12(h)");
  }

  @Test
  void licenseNotOpen_noDerivativesDefault_isAnErrorCitingParagraphs1And2() {
    Finding f = only(analyze(Drafts.complete().licenseMandate(LicenseMandate.of(Licenses.CC_BY_ND_4_0))),
        "policy.license-not-open");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.location()).isEqualTo("/licenseMandate/defaultLicense");
    assertThat(f.message()).isEqualTo("The default licence CC-BY-ND-4.0 does not allow adaptation, so it is not "
        + "an open license under the 2019 Recommendation.");
    assertThat(f.source()).isEqualTo("UNESCO Recommendation on OER (2019), paragraphs 1 and 2");
  }

  @Test
  void licenseNotOpen_allRightsReservedDefault_grantsNoRights() {
    Finding f = only(analyze(Drafts.complete().licenseMandate(LicenseMandate.of(Licenses.ALL_RIGHTS_RESERVED))),
        "policy.license-not-open");
    assertThat(f.message()).contains("NONE grants no rights to the public");
  }

  @Test
  void licenseNotOpen_noDerivativesAlternative_isAWarning() {
    Finding f = only(analyze(Drafts.complete().licenseMandate(LicenseMandate.builder()
        .defaultLicense(Licenses.CC_BY_4_0).addAlternatives(Licenses.CC_BY_NC_ND_4_0).build())),
        "policy.license-not-open");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).startsWith("The allowed alternative CC-BY-NC-ND-4.0 does not allow adaptation");
  }

  @Test
  void licenseNotOpen_nonCommercialDefault_isOpenUnder2019() {
    assertThat(analyze(Drafts.complete().licenseMandate(LicenseMandate.of(Licenses.CC_BY_NC_SA_4_0)))
        .findings("policy.license-not-open")).isEmpty();
  }

  @Test
  void sectionEmpty_licenceTextWithoutMandate_isAWarning() {
    Finding f = only(analyze(Drafts.complete().licenseMandate(java.util.Optional.empty())),
        "policy.section-empty");
    assertThat(f.message()).isEqualTo("Section 5, \"Open licence to adopt\", has text, but the draft names no default licence.");
  }
}
