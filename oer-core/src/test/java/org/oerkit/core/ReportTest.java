package org.oerkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

  private static final Rule OVERLAP = Rule.of("agenda.room-overlap",
      "Two sessions in one room must not overlap.", "frab/pretalx schedule validation");
  private static final Rule GAP = Rule.of("agenda.gap", "Sessions of a day should follow each other.",
      "Indico timetable checks");

  private static final Finding ERROR = Finding.of(OVERLAP, Severity.ERROR, "/days/0/sessions/1", "overlaps Session 3");
  private static final Finding WARNING = Finding.of(GAP, Severity.WARNING, "/days/0", "20 minutes unaccounted for");

  @Test
  void counts_bySeverity() {
    Report report = Report.of(List.of(WARNING, ERROR));
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.count(Severity.ERROR)).isEqualTo(1);
    assertThat(report.count(Severity.WARNING)).isEqualTo(1);
    assertThat(report.count(Severity.INFO)).isZero();
    assertThat(Report.empty().hasErrors()).isFalse();
    assertThat(Report.empty().isEmpty()).isTrue();
  }

  @Test
  void toString_isWhatFormatPrints() {
    Report report = Report.of(List.of(WARNING, ERROR));
    assertThat(report.toString()).isEqualTo(report.format()).endsWith("1 error, 1 warning, 0 notes")
        .contains("overlaps Session 3");
    assertThat(Report.empty().toString()).isEqualTo("0 errors, 0 warnings, 0 notes");
  }

  @Test
  void sorted_putsErrorsFirst() {
    assertThat(Report.of(List.of(WARNING, ERROR)).sorted().findings()).containsExactly(ERROR, WARNING);
  }

  @Test
  void sorted_ordersNumbersInLocationsByValue() {
    Finding ten = Finding.of(GAP, Severity.WARNING, "/days/0/sessions/10", "empty");
    Finding two = Finding.of(GAP, Severity.WARNING, "/days/0/sessions/2", "empty");
    Finding twoA = Finding.of(GAP, Severity.WARNING, "/days/0/sessions/2/parts/1", "empty");
    assertThat(Report.of(List.of(ten, twoA, two)).sorted().findings()).containsExactly(two, twoA, ten);
  }

  @Test
  void compareTo_isAntisymmetricAndConsistentWithEquals() {
    qt().forAll(strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(1, 8),
            strings().numericBetween(0, 1000), strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(1, 8),
            strings().numericBetween(0, 1000))
        .check((a, n, b, m) -> {
          Finding x = Finding.of(GAP, Severity.INFO, "/" + a + n, "m");
          Finding y = Finding.of(GAP, Severity.INFO, "/" + b + m, "m");
          return Integer.signum(x.compareTo(y)) == -Integer.signum(y.compareTo(x))
              && (x.compareTo(y) == 0) == x.equals(y);
        });
  }

  @Test
  void finding_locationNotAPath_isRefused() {
    assertThatThrownBy(() -> Finding.of(GAP, Severity.INFO, "day 1", "m"))
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("starts with \"/\"");
  }

  @Test
  void findings_byRuleId() {
    Report report = Report.of(List.of(WARNING, ERROR));
    assertThat(report.findings("agenda.gap")).containsExactly(WARNING);
    assertThat(report.findings("agenda.none")).isEmpty();
  }

  @Test
  void format_oneLineAFindingAndCounts() {
    assertThat(Report.of(List.of(ERROR, WARNING)).format()).isEqualTo(
        "ERROR /days/0/sessions/1 [agenda.room-overlap] overlaps Session 3\n"
            + "WARNING /days/0 [agenda.gap] 20 minutes unaccounted for\n"
            + "1 error, 1 warning, 0 notes");
    assertThat(Report.empty().format()).isEqualTo("0 errors, 0 warnings, 0 notes");
  }

  @Test
  void plus_keepsBothInOrder() {
    assertThat(Report.of(List.of(ERROR)).plus(Report.of(List.of(WARNING))).findings()).containsExactly(ERROR, WARNING);
  }

  @Test
  void finding_sourceIsTheRulesSource() {
    assertThat(ERROR.source()).isEqualTo("frab/pretalx schedule validation");
  }

  @Test
  void rule_malformedId_isRefused() {
    assertThatThrownBy(() -> Rule.of("Agenda Overlap", "d", "s"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("Rule.id must be lower-case words separated by dots or hyphens, was \"Agenda Overlap\"");
  }

  @Test
  void finding_blankMessage_isRefused() {
    assertThatThrownBy(() -> Finding.of(GAP, Severity.INFO, "/days/0", ""))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("Finding.message must not be blank, was \"\"");
  }

  @Test
  void severity_isAtLeast() {
    assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
  }

  @Test
  void equals_valueTypes() {
    new EqualsTester()
        .addEqualityGroup(ERROR, Finding.of(OVERLAP, Severity.ERROR, "/days/0/sessions/1", "overlaps Session 3"))
        .addEqualityGroup(WARNING)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Report.of(List.of(ERROR)), Report.of(List.of(ERROR)))
        .addEqualityGroup(Report.empty(), Report.of(List.of()))
        .testEquals();
  }

  @Test
  void domainRuleException_exposesItsParts() {
    DomainRuleException e = new DomainRuleException("Country", "code", "must be known", "XX");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.type()).isEqualTo("Country");
    assertThat(e.attribute()).isEqualTo("code");
    assertThat(e.rule()).isEqualTo("must be known");
    assertThat(e.value()).isEqualTo("XX");
    assertThat(new DomainRuleException("Session", "minutes", "must be positive", -5))
        .hasMessage("Session.minutes must be positive, was -5");
  }

  @Test
  void unreadableDocumentException_putsTheLocationFirst() {
    UnreadableDocumentException e = new UnreadableDocumentException("line 12", "the time \"25:00\" does not exist.");
    assertThat(e.location()).isEqualTo("line 12");
    assertThat(e).hasMessage("line 12: the time \"25:00\" does not exist.");
  }
}
