package org.oerkit.core.agenda;

import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;

/**
 * The identifier syntax of workshops, sessions, breakout groups and rooms: {@link Texts#isIdentifier} with
 * dots, hyphens and underscores.
 */
final class Ids {

  private Ids() {}

  static void require(String type, String attribute, String id) {
    if (!Texts.isIdentifier(id, "._-", false)) {
      throw new DomainRuleException(type, attribute, "must be letters and digits separated by single dots, hyphens"
          + " or underscores, at most " + Texts.MAX_IDENTIFIER_LENGTH + " characters", id);
    }
  }
}
