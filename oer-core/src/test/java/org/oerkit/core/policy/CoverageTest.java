package org.oerkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oerkit.core.instrument.ActionArea;
import org.oerkit.core.instrument.SubAction;

/** The coverage matrix of a draft against the 33 sub-actions of the 2019 Recommendation. */
class CoverageTest {

  private static final Coverage COVERAGE = GapAnalysis.standard().coverage(Drafts.complete().build());

  @Test
  void entries_areTheThirtyThreeSubActionsInOrder() {
    assertThat(COVERAGE.entries()).extracting(CoverageEntry::subAction).containsExactlyElementsOf(SubAction.all());
  }

  @Test
  void workPlanAction_makesASubActionPlanned_beforeAnyStatement() {
    CoverageEntry e = COVERAGE.entry(SubAction.of("12(a)"));
    assertThat(e.status()).isEqualTo(CoverageStatus.PLANNED);
    assertThat(e.evidence()).containsExactly("work plan action A1", "section 4: publicly funded materials open");
  }

  @Test
  void strategy_makesASubActionStated() {
    CoverageEntry e = COVERAGE.entry(SubAction.of("13(b)"));
    assertThat(e.status()).isEqualTo(CoverageStatus.STATED);
    assertThat(e.evidence()).containsExactly("strategy \"Local-language OER\"");
  }

  @Test
  void capacityMeasures_state11b() {
    assertThat(COVERAGE.entry(SubAction.of("11(b)")).status()).isEqualTo(CoverageStatus.STATED);
  }

  @Test
  void nothing_leavesASubActionNotAddressed() {
    CoverageEntry e = COVERAGE.entry(SubAction.of("12(h)"));
    assertThat(e.status()).isEqualTo(CoverageStatus.NOT_ADDRESSED);
    assertThat(e.evidence()).isEmpty();
  }

  @Test
  void addressed_countsPerAreaAndInAll() {
    assertThat(COVERAGE.addressed(ActionArea.CAPACITY_BUILDING)).isEqualTo(2);
    assertThat(COVERAGE.addressed(ActionArea.SUPPORTIVE_POLICY)).isEqualTo(2);
    assertThat(COVERAGE.addressed(ActionArea.INCLUSIVE_ACCESS)).isEqualTo(1);
    assertThat(COVERAGE.addressed(ActionArea.SUSTAINABILITY_MODELS)).isEqualTo(2);
    assertThat(COVERAGE.addressed(ActionArea.INTERNATIONAL_COOPERATION)).isEqualTo(1);
    assertThat(COVERAGE.addressed()).isEqualTo(8);
  }

  @Test
  void emptyDraft_addressesNothing() {
    assertThat(GapAnalysis.standard().coverage(PolicyDraftTest.minimal().build()).addressed()).isZero();
  }

  @Test
  void format_listsEveryRowWithItsMark() {
    String text = COVERAGE.format();
    assertThat(text).startsWith("Coverage of the 2019 Recommendation: Kazakhstan (KZ)\n");
    assertThat(text).contains("Area 2 Developing supportive policy: 2/8\n");
    assertThat(text).contains("  12(a) P  work plan action A1; section 4: publicly funded materials open\n");
    assertThat(text).contains("  12(h) -\n");
    assertThat(text).endsWith("Addressed: 8/33 (P planned in the work plan, S stated, - not addressed)\n");
  }

  @Test
  void licenceTranslations_state14e() {
    PolicyDraft draft = Drafts.complete().licenseMandate(LicenseMandate.builder()
        .defaultLicense(org.oerkit.core.license.Licenses.CC_BY_4_0)
        .addTranslatedInto(org.oerkit.core.vocabulary.LanguageTag.RUSSIAN).build()).build();
    CoverageEntry e = GapAnalysis.standard().coverage(draft).entry(SubAction.of("14(e)"));
    assertThat(e.status()).isEqualTo(CoverageStatus.STATED);
    assertThat(e.evidence()).containsExactly("section 5: licence available in ru");
  }
}
