package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LicenseAuditTest {

  private static final List<String> FIELDS = List.of("CC BY 4.0", "https://creativecommons.org/licenses/by-nc/4.0/",
      "cc-by", "All rights reserved", "FOO", "CC-BY-SA-4.0", "CC-BY-4.0 OR GPL-3.0-or-later", "public domain",
      "CC BY-ND 4.0");

  private static LicenseAudit audit(List<String> fields, int firstLine) {
    LicenseAudit audit = LicenseAudit.of(LicenseDetector.standard(), List.of(Licenses.CC_BY_4_0, Licenses.CC_BY_SA_4_0));
    for (int i = 0; i < fields.size(); i++) {
      audit.add(AuditRecord.of(firstLine + i, fields.get(i)));
    }
    return audit;
  }

  @Test
  void result_countsPerAnswerAndPerLicense() {
    LicenseAuditResult result = audit(FIELDS, 1).result();

    assertThat(result.total()).isEqualTo(9);
    assertThat(result.byAnswer().get(Detection.Answer.NORMALIZED)).isEqualTo(2);
    assertThat(result.byAnswer().get(Detection.Answer.EXACT)).isEqualTo(2);
    assertThat(result.byAnswer().get(Detection.Answer.AMBIGUOUS)).isEqualTo(2);
    assertThat(result.byAnswer().get(Detection.Answer.EXPRESSION)).isEqualTo(1);
    assertThat(result.byAnswer().get(Detection.Answer.UNKNOWN)).isEqualTo(1);
    assertThat(result.byLicense()).containsEntry("CC-BY-4.0", 1L).containsEntry("CC-BY-NC-4.0", 1L)
        .containsEntry("CC-BY-4.0 OR GPL-3.0-or-later", 1L);
    assertThat(result.share(result.byAnswer().get(Detection.Answer.AMBIGUOUS))).isEqualTo(2.0 / 9);
  }

  @Test
  void result_opennessTellsOpenNotOpenAndCannotTell() {
    LicenseAuditResult.OpennessCount unesco = audit(FIELDS, 1).result().openness().get(Openness.UNESCO_2019);

    // open: BY, BY-NC, cc-by (every version is open), BY-SA, the expression, public domain (PDM and CC0)
    assertThat(unesco.open()).isEqualTo(6);
    // not open: all rights reserved, BY-ND
    assertThat(unesco.notOpen()).isEqualTo(2);
    assertThat(unesco.cannotTell()).isEqualTo(1);
  }

  @Test
  void result_listsTheRecordsThatBreakTheMandateWithTheirLines() {
    LicenseAuditResult result = audit(FIELDS, 1).result();

    assertThat(result.violating()).extracting(LicenseAuditResult.Finding::line)
        .containsExactly(2L, 3L, 4L, 5L, 8L, 9L);
    assertThat(result.violations()).isEqualTo(6);
    assertThat(result.unresolvedListed()).extracting(LicenseAuditResult.Finding::line).containsExactly(3L, 5L, 8L);
    assertThat(result.unresolved()).isEqualTo(3);
  }

  @Test
  void add_givesTheDetectionOfTheRecordsLicenceField() {
    Detection detection = LicenseAudit.create().add(AuditRecord.of(1, "CC BY 4.0"));

    assertThat(detection.license()).contains(Licenses.CC_BY_4_0);
    assertThat(detection.input()).isEqualTo("CC BY 4.0");
  }

  @Test
  void result_countsRightsStatementsUnderTheirMarker_orAsNotALicense() {
    LicenseAudit audit = LicenseAudit.create();
    for (String field : List.of("http://rightsstatements.org/vocab/InC/1.0/", "All rights reserved",
        "http://rightsstatements.org/vocab/NoC-US/1.0/", "FOO")) {
      audit.add(AuditRecord.of(1, field));
    }

    assertThat(audit.result().byLicense()).containsOnly(Map.entry("NONE", 2L), Map.entry("(not a license)", 1L),
        Map.entry("(unknown)", 1L));
  }

  @Test
  void result_expressionBreaksTheMandate_unlessAChoiceIsOneLicenceItAccepts() {
    LicenseAuditResult result = audit(List.of("CC-BY-4.0 OR GPL-3.0-or-later", "GPL-3.0-or-later OR MIT",
        "CC-BY-4.0 AND MIT", "MIT OR CC-BY-SA-4.0"), 1).result();

    assertThat(result.violating()).extracting(LicenseAuditResult.Finding::line).containsExactly(2L, 3L);
    assertThat(result.violating()).extracting(LicenseAuditResult.Finding::reason)
        .containsOnly("no choice of the expression is a license the mandate accepts");
  }

  @Test
  void result_ambiguousAnswer_breaksTheMandateUnlessItAcceptsEveryCandidate() {
    // "public domain" is CC0 1.0 or the Public Domain Mark 1.0.
    LicenseAudit both = LicenseAudit.of(LicenseDetector.standard(), List.of(Licenses.CC0_1_0, Licenses.PDM_1_0));
    LicenseAudit one = LicenseAudit.of(LicenseDetector.standard(), List.of(Licenses.CC0_1_0));
    both.add(AuditRecord.of(1, "public domain"));
    one.add(AuditRecord.of(1, "public domain"));

    assertThat(both.result().violations()).isZero();
    assertThat(one.result().violating()).extracting(LicenseAuditResult.Finding::reason)
        .containsExactly("the license cannot be shown to be one the mandate accepts (ambiguous)");
  }

  @Test
  void result_listsTheFirstMaxListedFindingsOfEachKind_andCountsThemAll() {
    LicenseAuditResult result = audit(java.util.Collections.nCopies(LicenseAudit.MAX_LISTED + 1, "cc-by"), 1)
        .result();

    assertThat(result.unresolved()).isEqualTo(LicenseAudit.MAX_LISTED + 1);
    assertThat(result.violations()).isEqualTo(LicenseAudit.MAX_LISTED + 1);
    assertThat(result.unresolvedListed()).hasSize(LicenseAudit.MAX_LISTED)
        .last().extracting(LicenseAuditResult.Finding::line).isEqualTo((long) LicenseAudit.MAX_LISTED);
    assertThat(result.violating()).hasSize(LicenseAudit.MAX_LISTED)
        .last().extracting(LicenseAuditResult.Finding::line).isEqualTo((long) LicenseAudit.MAX_LISTED);
  }

  @Test
  void merge_keepsTheMaxListedFindingsOfTheFirstLines() {
    int half = LicenseAudit.MAX_LISTED / 2 + 100;
    LicenseAudit later = audit(java.util.Collections.nCopies(half, "cc-by"), half + 1);
    LicenseAudit earlier = audit(java.util.Collections.nCopies(half, "cc-by"), 1);

    LicenseAuditResult result = later.merge(earlier).result();

    assertThat(result.unresolved()).isEqualTo(2L * half);
    assertThat(result.unresolvedListed()).extracting(LicenseAuditResult.Finding::line)
        .isEqualTo(IntStream.rangeClosed(1, LicenseAudit.MAX_LISTED).mapToObj(i -> (long) i)
            .collect(Collectors.toList()));
    assertThat(result.violating()).hasSize(LicenseAudit.MAX_LISTED);
  }

  /** A result that counted one record under each key. */
  private static LicenseAuditResult counted(List<String> keys) {
    Map<String, Long> byLicense = keys.stream().collect(Collectors.toMap(Function.identity(), k -> 1L));
    return new LicenseAuditResult(keys.size(), Map.of(Detection.Answer.EXACT, (long) keys.size()), byLicense,
        Map.of(), List.of(), 0, List.of(), 0, List.of());
  }

  private static List<String> refs(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> "LicenseRef-" + prefix + i).collect(Collectors.toList());
  }

  @Test
  void add_countsLicencesBeyondMaxDistinctAsOther_andThoseAlreadyCountedApart() {
    LicenseAudit audit = LicenseAudit.create().merge(counted(refs("a", LicenseAudit.MAX_DISTINCT - 1)));

    audit.add(AuditRecord.of(1, "CC BY 4.0"));
    audit.add(AuditRecord.of(2, "CC BY-SA 4.0"));
    audit.add(AuditRecord.of(3, "CC BY 4.0"));

    Map<String, Long> byLicense = audit.result().byLicense();
    assertThat(byLicense).hasSize(LicenseAudit.MAX_DISTINCT + 1).containsEntry("CC-BY-4.0", 2L)
        .containsEntry(LicenseAudit.OTHER, 1L).doesNotContainKey("CC-BY-SA-4.0");
  }

  @Test
  void merge_countsLicencesBeyondMaxDistinctAsOther_andThoseAlreadyCountedApart() {
    LicenseAudit audit = LicenseAudit.create().merge(counted(refs("a", LicenseAudit.MAX_DISTINCT)));

    audit.merge(counted(List.of("LicenseRef-b", "LicenseRef-a0")));

    Map<String, Long> byLicense = audit.result().byLicense();
    assertThat(byLicense).hasSize(LicenseAudit.MAX_DISTINCT + 1).containsEntry("LicenseRef-a0", 2L)
        .containsEntry(LicenseAudit.OTHER, 1L).doesNotContainKey("LicenseRef-b");
    assertThat(audit.result().byAnswer()).containsEntry(Detection.Answer.EXACT, LicenseAudit.MAX_DISTINCT + 2L)
        .containsEntry(Detection.Answer.UNKNOWN, 0L);
  }

  @Test
  void toString_givesTheNumberOfRecords() {
    assertThat(audit(FIELDS, 1)).hasToString("LicenseAudit[9 records]");
  }

  @Test
  void merge_partsGiveTheResultOfTheWhole() {
    LicenseAudit first = audit(FIELDS.subList(0, 4), 1);
    LicenseAudit second = audit(FIELDS.subList(4, FIELDS.size()), 5);

    assertThat(second.merge(first).result()).isEqualTo(audit(FIELDS, 1).result());
  }

  @Test
  void merge_differentMandates_refuses() {
    assertThatThrownBy(() -> LicenseAudit.create().merge(audit(FIELDS, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different mandates");
  }
}
