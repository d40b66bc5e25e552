package org.oerkit.core.agenda;

import java.util.Locale;
import java.util.regex.Pattern;

/** The identifier syntax that session kinds and role kinds share. */
final class Kinds {

  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Kinds() {}

  /** Makes an English label from a kind's identifier: {@code "coffee-break"} gives "Coffee break". */
  static String label(String id) {
    String words = id.replace('-', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  static boolean isKebab(String id) {
    return KEBAB.matcher(id).matches();
  }
}
