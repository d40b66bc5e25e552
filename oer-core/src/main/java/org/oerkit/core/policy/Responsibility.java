package org.oerkit.core.policy;

import org.immutables.value.Value;
import org.oerkit.core.Texts;
import org.oerkit.core.vocabulary.Organization;

/**
 * A duty assigned to one organization in the national coordinating structure (template section 9, "division
 * of responsibilities", Astana 2017 concept note, Session 13).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Responsibility {

  Responsibility() {}

  /**
   * Obtains a responsibility.
   *
   * @param organization  the organization, not null
   * @param duty  the duty, not blank
   * @return the responsibility
   */
  public static Responsibility of(Organization organization, String duty) {
    return ImmutableResponsibility.of(organization, duty);
  }

  /**
   * Gets the organization.
   *
   * @return the organization
   */
  @Value.Parameter
  public abstract Organization organization();

  /**
   * Gets the duty.
   *
   * @return the duty, such as {@code "Maintains the national OER repository"}
   */
  @Value.Parameter
  public abstract String duty();

  @Value.Check
  void check() {
    Texts.requireTrimmed("Responsibility", "duty", duty());
  }
}
