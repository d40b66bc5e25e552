package org.oerkit.core;

/**
 * Checks on text attributes that every package of oerkit applies the same way.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Texts {

  private Texts() {}

  /**
   * Checks that a text is not blank, and gives it back unchanged.
   *
   * @param type  the type being built, for the message, not null
   * @param attribute  the attribute holding the text, for the message, not null
   * @param text  the text, not null
   * @return {@code text}, unchanged
   * @throws DomainRuleException if the text is empty or only white space
   */
  public static String requireNonBlank(String type, String attribute, String text) {
    if (text.isBlank()) {
      throw new DomainRuleException(type, attribute, "must not be blank", text);
    }
    return text;
  }

  /**
   * Checks that a text has no white space at its ends and is not blank, and gives it back unchanged.
   *
   * <p>Names and titles are kept exactly as the source writes them; this check refuses only the
   * surrounding white space that a copy from a PDF leaves behind.
   *
   * @param type  the type being built, for the message, not null
   * @param attribute  the attribute holding the text, for the message, not null
   * @param text  the text, not null
   * @return {@code text}, unchanged
   * @throws DomainRuleException if the text is blank or has white space at either end
   */
  public static String requireTrimmed(String type, String attribute, String text) {
    requireNonBlank(type, attribute, text);
    if (!text.strip().equals(text)) {
      throw new DomainRuleException(type, attribute, "must not start or end with white space", text);
    }
    return text;
  }

  /**
   * Counts the single-character insertions, deletions and substitutions that turn one text into another
   * (the Levenshtein distance), for naming the closest of the known values to a misspelled one.
   *
   * @param a  a text, not null
   * @param b  another text, not null
   * @return the edit distance, zero when the texts are equal
   */
  public static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
