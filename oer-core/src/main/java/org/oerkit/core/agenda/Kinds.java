package org.oerkit.core.agenda;

import java.util.regex.Pattern;

/** The identifier syntax that session kinds and role kinds share. */
final class Kinds {

  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Kinds() {}

  static boolean isKebab(String id) {
    return KEBAB.matcher(id).matches();
  }
}
