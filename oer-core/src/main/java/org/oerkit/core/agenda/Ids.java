package org.oerkit.core.agenda;

import java.util.regex.Pattern;
import org.oerkit.core.DomainRuleException;

/** The identifier syntax of workshops, sessions, breakout groups and rooms. */
final class Ids {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9]+([._-][A-Za-z0-9]+)*");

  private Ids() {}

  static String require(String type, String attribute, String id) {
    if (!ID.matcher(id).matches()) {
      throw new DomainRuleException(type, attribute,
          "must be letters and digits separated by single dots, hyphens or underscores", id);
    }
    return id;
  }
}
