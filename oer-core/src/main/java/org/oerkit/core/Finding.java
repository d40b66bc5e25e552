package org.oerkit.core;

import org.immutables.value.Value;

/**
 * One finding of a check on a whole document: which {@link Rule}, how serious, where, and what was seen.
 *
 * <p>A finding is not an error thrown: a programme with an overlap or a policy draft with a missing
 * section is still a valid value, and the findings describe it. Findings are collected in a
 * {@link Report}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding implements Comparable<Finding> {

  Finding() {}

  /**
   * Obtains a finding.
   *
   * @param rule  the rule the finding reports on, not null
   * @param severity  how serious it is, not null
   * @param location  where in the document, such as {@code "day 2 / Session 5"}, not blank
   * @param message  what was seen, as a sentence a person can act on, not blank
   * @return the finding
   */
  public static Finding of(Rule rule, Severity severity, String location, String message) {
    return ImmutableFinding.of(rule, severity, location, message);
  }

  /**
   * Gets the rule the finding reports on.
   *
   * @return the rule
   */
  @Value.Parameter
  public abstract Rule rule();

  /**
   * Gets how serious the finding is.
   *
   * @return the severity
   */
  @Value.Parameter
  public abstract Severity severity();

  /**
   * Gets where in the document the finding is.
   *
   * @return a location in the document's own terms, such as {@code "day 2 / Session 5"}
   */
  @Value.Parameter
  public abstract String location();

  /**
   * Gets what was seen.
   *
   * @return a sentence
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Gets the public source of the rule, a shortcut for {@code rule().source()}.
   *
   * @return the source of the rule
   */
  public String source() {
    return rule().source();
  }

  @Value.Check
  void check() {
    Texts.requireNonBlank("Finding", "location", location());
    Texts.requireNonBlank("Finding", "message", message());
  }

  /**
   * Orders findings by severity (most serious first), then location, rule and message.
   *
   * @param other  the other finding, not null
   * @return the comparison
   */
  @Override
  public int compareTo(Finding other) {
    int c = severity().compareTo(other.severity());
    if (c == 0) {
      c = location().compareTo(other.location());
    }
    if (c == 0) {
      c = rule().id().compareTo(other.rule().id());
    }
    if (c == 0) {
      c = message().compareTo(other.message());
    }
    return c;
  }

  /**
   * Formats the finding on one line: {@code SEVERITY location [rule] message}.
   *
   * @return the finding as one line of text
   */
  @Override
  public String toString() {
    return severity() + " " + location() + " [" + rule().id() + "] " + message();
  }
}
