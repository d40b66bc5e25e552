package org.oerkit.core.instrument;

import org.immutables.value.Value;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;

/**
 * A field that a template section asks the drafters to fill, supplied by the user as data.
 *
 * <p>The UNESCO country OER policy template's own field list has not been found in any public source, so
 * oerkit ships none and invents none; a reviewer who holds
 * the template adds its fields with {@link PolicyTemplate#withFields(PolicySection, java.util.List)} and the
 * gap analysis then checks that a draft fills the required ones.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TemplateField {

  TemplateField() {}

  /**
   * Obtains a field.
   *
   * @param key  the key a draft fills, lower-case words joined by hyphens, such as {@code "policy-owner"}
   * @param label  the label as the template writes it, not blank
   * @param required  whether a draft must fill it
   * @return the field
   * @throws DomainRuleException if the key is malformed or the label blank
   */
  public static TemplateField of(String key, String label, boolean required) {
    return ImmutableTemplateField.of(key, label, required);
  }

  /**
   * Gets the key a draft fills.
   *
   * @return the key, such as {@code "policy-owner"}
   */
  @Value.Parameter
  public abstract String key();

  /**
   * Gets the label, as the template writes it.
   *
   * @return the label
   */
  @Value.Parameter
  public abstract String label();

  /**
   * Checks whether a draft must fill the field.
   *
   * @return true if required
   */
  @Value.Parameter
  public abstract boolean isRequired();

  @Value.Check
  void check() {
    if (!Texts.isIdentifier(key(), "-", true)) {
      throw new DomainRuleException("TemplateField", "key", "must be lower-case words joined by hyphens", key());
    }
    Texts.requireTrimmed("TemplateField", "label", label());
  }
}
