package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
