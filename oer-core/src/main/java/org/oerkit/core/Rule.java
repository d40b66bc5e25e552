package org.oerkit.core;

import org.immutables.value.Value;

/**
 * A rule that a {@link Finding} reports on: a stable identifier, what it checks, and the source it comes
 * from.
 *
 * <p>Each domain package declares its rules as constants, for example the agenda rule
 * {@code agenda.room-overlap} or the policy rule {@code policy.section-missing}. Identifiers are lower case
 * words separated by dots and hyphens, stable across releases so that programs can filter on them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Rule {

  Rule() {}

  /**
   * Obtains a rule.
   *
   * @param id  the stable identifier, such as {@code "agenda.room-overlap"}, not blank
   * @param description  what the rule checks, as a sentence, not blank
   * @param source  the public source of the rule (a standard, a paragraph, a chart), not blank
   * @return the rule
   * @throws DomainRuleException if the identifier is malformed or a text is blank
   */
  public static Rule of(String id, String description, String source) {
    return ImmutableRule.of(id, description, source);
  }

  /**
   * Gets the stable identifier.
   *
   * @return the identifier, such as {@code "agenda.room-overlap"}
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Gets what the rule checks.
   *
   * @return a sentence
   */
  @Value.Parameter
  public abstract String description();

  /**
   * Gets the public source of the rule.
   *
   * @return a citation, such as {@code "RFC 5545 section 3.3.5"}
   */
  @Value.Parameter
  public abstract String source();

  @Value.Check
  void check() {
    if (!Texts.isIdentifier(id(), ".-", true)) {
      throw new DomainRuleException("Rule", "id", "must be lower-case words separated by dots or hyphens", id());
    }
    Texts.requireNonBlank("Rule", "description", description());
    Texts.requireNonBlank("Rule", "source", source());
  }

  @Override
  public String toString() {
    return id();
  }
}
