package org.oerkit.core;

import static java.util.Objects.requireNonNull;

/**
 * A value that breaks a rule of the domain, refused when the object holding it is built, so that nothing
 * half-built escapes.
 *
 * <p>The message has the form {@code Type.attribute rule, was value}, for example
 * {@code Country.code must be an ISO 3166-1 alpha-2 code, was "XX"}. The parts are also available
 * separately for programs that report them.
 */
public class DomainRuleException extends OerException {

  private static final long serialVersionUID = 1L;

  private final String type;
  private final String attribute;
  private final String rule;
  private final String value;

  /**
   * Creates an exception for a value that breaks a rule.
   *
   * @param type  the simple name of the type being built, such as {@code "Country"}, not null
   * @param attribute  the attribute holding the value, such as {@code "code"}, not null
   * @param rule  the rule, phrased to follow the attribute, such as {@code "must not be blank"}, not null
   * @param value  the offending value, quoted into the message as written, or its first
   *     {@value Texts#QUOTE_LENGTH} characters if longer ({@link Texts#quote(Object)}), not null
   */
  public DomainRuleException(String type, String attribute, String rule, Object value) {
    super(message(type, attribute, rule, value));
    this.type = type;
    this.attribute = attribute;
    this.rule = rule;
    this.value = String.valueOf(value);
  }

  /**
   * Creates an exception for a value that breaks a rule, with the failure underneath it.
   *
   * @param type  the simple name of the type being built, not null
   * @param attribute  the attribute holding the value, not null
   * @param rule  the rule, phrased to follow the attribute, not null
   * @param value  the offending value, not null
   * @param cause  the failure underneath, not null
   */
  public DomainRuleException(String type, String attribute, String rule, Object value, Throwable cause) {
    super(message(type, attribute, rule, value), requireNonNull(cause, "cause"));
    this.type = type;
    this.attribute = attribute;
    this.rule = rule;
    this.value = String.valueOf(value);
  }

  private static String message(String type, String attribute, String rule, Object value) {
    requireNonNull(type, "type");
    requireNonNull(attribute, "attribute");
    requireNonNull(rule, "rule");
    requireNonNull(value, "value");
    return type + "." + attribute + " " + rule + ", was " + Texts.quote(value);
  }

  /**
   * Gets the simple name of the type whose value broke the rule.
   *
   * @return the type name, such as {@code "Country"}
   */
  public String type() {
    return type;
  }

  /**
   * Gets the attribute that held the offending value.
   *
   * @return the attribute name, such as {@code "code"}
   */
  public String attribute() {
    return attribute;
  }

  /**
   * Gets the rule that was broken, phrased to follow the attribute.
   *
   * @return the rule, such as {@code "must not be blank"}
   */
  public String rule() {
    return rule;
  }

  /**
   * Gets the offending value as text.
   *
   * @return the value, as written
   */
  public String value() {
    return value;
  }
}
