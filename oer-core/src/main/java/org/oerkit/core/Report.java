package org.oerkit.core;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The findings of a check on a whole document, such as the validation of a workshop programme or the gap
 * analysis of a policy draft.
 *
 * <p>Findings keep the order the check produced them in; {@link #sorted()} orders them by severity and
 * location for display.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Report {

  private static final Report EMPTY = ImmutableReport.builder().build();

  Report() {}

  /**
   * Obtains a report of the given findings, in the given order.
   *
   * @param findings  the findings, not null, no null elements
   * @return the report
   */
  public static Report of(Collection<Finding> findings) {
    return ImmutableReport.builder().addAllFindings(findings).build();
  }

  /**
   * Obtains an empty report: a check that found nothing.
   *
   * @return the empty report
   */
  public static Report empty() {
    return EMPTY;
  }

  /**
   * Gets the findings, in the order the check produced them.
   *
   * @return the findings, possibly empty
   */
  public abstract List<Finding> findings();

  /**
   * Checks whether the report has no findings at all.
   *
   * @return true if nothing was found
   */
  public boolean isEmpty() {
    return findings().isEmpty();
  }

  /**
   * Checks whether any finding is an error.
   *
   * @return true if at least one finding has {@link Severity#ERROR}
   */
  public boolean hasErrors() {
    return findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * Counts the findings of one severity.
   *
   * @param severity  the severity, not null
   * @return the number of findings with that severity
   */
  public int count(Severity severity) {
    return (int) findings().stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * Gets the findings about one rule.
   *
   * @param ruleId  the rule's identifier, such as {@code "agenda.room-overlap"}, not null
   * @return the findings about that rule, in report order, possibly empty
   */
  public List<Finding> findings(String ruleId) {
    return filter(f -> f.rule().id().equals(ruleId)).findings();
  }

  /**
   * Gets a report of the findings that pass a test.
   *
   * @param test  the test, not null
   * @return a report of the matching findings, in report order
   */
  public Report filter(Predicate<? super Finding> test) {
    return of(findings().stream().filter(test).collect(ImmutableList.toImmutableList()));
  }

  /**
   * Gets a report of the same findings ordered by severity (errors first), then location and rule.
   *
   * @return the sorted report
   */
  public Report sorted() {
    return of(findings().stream().sorted().collect(ImmutableList.toImmutableList()));
  }

  /**
   * Gets a report with the findings of this report followed by those of another.
   *
   * @param other  the other report, not null
   * @return the combined report
   */
  public Report plus(Report other) {
    return ImmutableReport.builder().addAllFindings(findings()).addAllFindings(other.findings()).build();
  }

  /**
   * Formats the report as text, one finding a line, with a closing line of counts.
   *
   * @return the report as text, ending in a line such as {@code "2 errors, 1 warning, 0 notes"}
   */
  public String format() {
    String lines = findings().stream().map(Finding::toString).collect(Collectors.joining("\n"));
    String summary = plural(count(Severity.ERROR), "error") + ", " + plural(count(Severity.WARNING), "warning")
        + ", " + plural(count(Severity.INFO), "note");
    return lines.isEmpty() ? summary : lines + "\n" + summary;
  }

  /**
   * Returns the report as a person reads it, the same text as {@link #format()}.
   *
   * @return the findings, one a line, and the line of counts
   */
  @Override
  public String toString() {
    return format();
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
