package org.oerkit.core.agenda;

import java.util.Locale;
import org.oerkit.core.Texts;

/**
 * The identifier syntax that session kinds and role kinds share: {@link Texts#isIdentifier} in lower case
 * with hyphens.
 */
final class Kinds {

  private Kinds() {}

  /** Makes an English label from a kind's identifier: {@code "coffee-break"} gives "Coffee break". */
  static String label(String id) {
    String words = id.replace('-', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  static boolean isKebab(String id) {
    return Texts.isIdentifier(id, "-", true);
  }
}
