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
   * Orders findings by severity (most serious first), then location (numbers by their value, so that
   * "section 2" comes before "section 10"), rule and message.
   *
   * @param other  the other finding, not null
   * @return the comparison
   */
  @Override
  public int compareTo(Finding other) {
    int c = severity().compareTo(other.severity());
    if (c == 0) {
      c = compareNatural(location(), other.location());
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
   * Compares two texts so that runs of digits compare by their number: "section 2" before "section 10".
   */
  static int compareNatural(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (Character.isDigit(x) && Character.isDigit(y)) {
        int endA = i;
        while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
          endA++;
        }
        int endB = j;
        while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
          endB++;
        }
        int c = new java.math.BigInteger(a.substring(i, endA)).compareTo(new java.math.BigInteger(b.substring(j, endB)));
        if (c != 0) {
          return c;
        }
        i = endA;
        j = endB;
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    int c = Integer.compare(a.length() - i, b.length() - j);
    return c != 0 ? c : a.compareTo(b);
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
