package org.oerkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.Finding;
import org.oerkit.core.Report;
import org.oerkit.core.Severity;
import org.oerkit.core.instrument.PolicySection;
import org.oerkit.core.license.License;
import org.oerkit.core.license.Licenses;

/**
 * A draft that relies on an instrument or licence version that did not yet exist on its date, or that allows a
 * retired Creative Commons tool without saying so ({@code policy.not-yet-adopted}, {@code policy.license-retired}).
 */
class InstrumentDatesTest {

  private static Report analyze(PolicyDraft.Builder draft) {
    return GapAnalysis.standard().analyze(draft.build());
  }

  private static PolicyDraft.Builder dated(LocalDate date) {
    return PolicyDraft.builder().from(Drafts.complete().build())
        .versions(List.of(PolicyVersion.of("draft", date, PolicyStatus.DRAFT)));
  }

  @Test
  void ictCftVersion3_inADraftOfDecember2017_isReported() {
    // ICT CFT version 3: "Published in 2018" (imprint); the Astana draft is dated 13 December 2017.
    Finding f = analyze(dated(LocalDate.of(2017, 12, 13))).findings("policy.not-yet-adopted").get(0);

    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.location()).isEqualTo("/capacityBuilding/competencies");
    assertThat(f.message()).isEqualTo("The draft, dated 2017-12-13, names competencies of the UNESCO ICT "
        + "Competency Framework for Teachers, version 3, published in 2018: it did not yet exist on that date.");
  }

  @Test
  void ictCftVersion3_inADraftOf2018_isNotReported() {
    assertThat(analyze(dated(LocalDate.of(2018, 1, 1))).findings("policy.not-yet-adopted")).isEmpty();
  }

  @Test
  void relatedInstrument_adoptedAfterTheDraft_isReported() {
    Report report = analyze(dated(LocalDate.of(2019, 3, 1)).addRelatedInstruments(
        RelatedInstrument.of("UNESCO Recommendation on Open Educational Resources (OER)", PolicyRelation.IMPLEMENTS)));

    assertThat(report.findings("policy.not-yet-adopted")).extracting(Finding::message).containsExactly(
        "The draft, dated 2019-03-01, refers to UNESCO Recommendation on Open Educational Resources (OER), adopted "
            + "25 November 2019: it did not yet exist on that date.");
  }

  @Test
  void relatedInstrument_unknownTitleOfALaterYear_isReported() {
    Report report = analyze(dated(LocalDate.of(2019, 3, 1)).addRelatedInstruments(
        RelatedInstrument.builder().title("Digital Education Strategy").relation(PolicyRelation.ALIGNS_WITH)
            .year(2021).build()));

    assertThat(report.findings("policy.not-yet-adopted")).extracting(Finding::message).containsExactly(
        "The draft, dated 2019-03-01, refers to \"Digital Education Strategy\" of 2021, a later year.");
  }

  @Test
  void licence40_inADraftOf2012_isReported() {
    Report report = analyze(dated(LocalDate.of(2012, 6, 22)));

    assertThat(report.findings("policy.not-yet-adopted")).extracting(Finding::message).contains(
        "The draft, dated 2012-06-22, allows CC BY 4.0, whose version was published on 2013-11-25.",
        "The draft, dated 2012-06-22, allows CC BY-SA 4.0, whose version was published on 2013-11-25.");
  }

  @Test
  void retiredTool_allowedWithoutSayingSo_isReported() {
    License devNations = License.parse("https://creativecommons.org/licenses/devnations/2.0/");
    Report report = analyze(Drafts.complete().licenseMandate(LicenseMandate.builder()
        .defaultLicense(Licenses.CC_BY_4_0).addAlternatives(devNations).build()));

    Finding f = report.findings("policy.license-retired").get(0);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).contains(devNations.id()).contains("retired on 2007-06-04");
  }

  @Test
  void retiredTool_keptOnPurpose_isNotReported() {
    License devNations = License.parse("https://creativecommons.org/licenses/devnations/2.0/");
    Report report = analyze(Drafts.complete().licenseMandate(LicenseMandate.builder()
        .defaultLicense(Licenses.CC_BY_4_0).addAlternatives(devNations).addKeptRetired(devNations).build()));

    assertThat(report.findings("policy.license-retired")).isEmpty();
  }

  @Test
  void keptRetired_aToolThatIsNotRetired_isRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> LicenseMandate.builder()
        .defaultLicense(Licenses.CC_BY_4_0).addKeptRetired(Licenses.CC_BY_4_0).build())
        .isInstanceOf(org.oerkit.core.DomainRuleException.class)
        .hasMessage("LicenseMandate.keptRetired must list only retired tools it allows, was \"CC-BY-4.0\"");
  }
}
