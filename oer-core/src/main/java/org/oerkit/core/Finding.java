package org.oerkit.core;

import org.immutables.value.Value;

/**
 * One finding of a check on a whole document: which {@link Rule}, how serious, where, and what was seen.
 *
 * <p>Its {@linkplain #location() location} has one form across the library: a path into the document that
 * starts with {@code /}. For oerkit's own values and for JSON input it is the JSON Pointer (RFC 6901) of the
 * part in the document's JSON form ({@code /days/0/sessions/4/parts/1}, {@code /workPlan/actions/2/lead},
 * {@code /inputs/1} of a {@link org.oerkit.core.license.Compatibility}); for XML input an XPath with 1-based
 * indexes ({@code /schedule/day[1]/room[2]/event[5]}); for iCalendar the component path
 * ({@code /VCALENDAR/VEVENT[3]/DTSTART}). The message names what the finding is about in the document's own
 * words, so that a finding reads well without looking the path up.
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
   * @param location  where in the document, a path starting with {@code /} such as {@code /days/1/sessions/4}
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
   * @return the path into the document, starting with {@code /}, such as {@code /days/1/sessions/4}
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
    if (location().charAt(0) != '/') {
      throw new DomainRuleException("Finding", "location",
          "must be a path into the document that starts with \"/\", such as /days/0/sessions/4", location());
    }
    Texts.requireNonBlank("Finding", "message", message());
  }

  /**
   * Orders findings by severity (most serious first), then location (numbers by their value, so that
   * {@code /days/0/sessions/2} comes before {@code /days/0/sessions/10}), rule and message.
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
