package org.oerkit.core;

import static java.util.Objects.requireNonNull;

/**
 * Checks on text attributes that every package of oerkit applies the same way, and the one way a message
 * quotes a value.
 *
 * <p>These are the rules of every text oerkit makes, so that what a builder accepts every reader and writer
 * accepts too:
 * <ul>
 *   <li>a text is at most {@value #MAX_LENGTH} characters (UTF-16 code units) long, the limit of the JSON
 *       reader for one value;
 *   <li>a text holds only whole characters: no half of a UTF-16 surrogate pair, which UTF-8 cannot encode
 *       (RFC 3629 section 3);
 *   <li>a text is blank if every character in it is blank: white space of Unicode's {@code White_Space}
 *       property (Unicode Character Database, PropList.txt), which includes the no-break spaces U+00A0,
 *       U+2007 and U+202F that {@link Character#isWhitespace(char)} leaves out, and the invisible
 *       characters U+180E, U+200B to U+200D, U+2060 and U+FEFF (zero-width space, joiners, word joiner,
 *       byte order mark) and the Hangul fillers U+115F, U+1160, U+3164 and U+FFA0 (Unicode's
 *       {@code Default_Ignorable_Code_Point}, DerivedCoreProperties.txt), which print as nothing;
 *   <li>an identifier is ASCII letters and digits in words joined by single separators, at most
 *       {@value #MAX_IDENTIFIER_LENGTH} characters, checked in one pass without a regular expression.
 * </ul>
 *
 * <p>Messages quote at most {@value #QUOTE_LENGTH} characters of a value ({@link #quote(Object)}), so that a
 * hostile value of megabytes never becomes a message of megabytes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Texts {

  /** The longest text, in characters (UTF-16 code units): the JSON reader's limit for one value. */
  public static final int MAX_LENGTH = 1_000_000;

  /**
   * The longest identifier, in characters. Identifiers in the sources are short codes such as
   * {@code "S1"}, {@code "day-1.opening"} or {@code "O2.3"}; this bound is oerkit's choice, not a source's,
   * generous enough for an identifier made from a title.
   */
  public static final int MAX_IDENTIFIER_LENGTH = 128;

  /** The most characters of a value that a message quotes. */
  public static final int QUOTE_LENGTH = 60;

  private Texts() {}

  /**
   * Checks that a text is not blank, and gives it back unchanged.
   *
   * @param type  the type being built, for the message, not null
   * @param attribute  the attribute holding the text, for the message, not null
   * @param text  the text, not null
   * @return {@code text}, unchanged
   * @throws DomainRuleException if the text is blank ({@link #isBlank(CharSequence)}), too long or not whole
   *     characters ({@link #requireText(String, String, String)})
   */
  public static String requireNonBlank(String type, String attribute, String text) {
    requireText(type, attribute, text);
    if (isBlank(text)) {
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
   * @throws DomainRuleException if the text is blank or has a blank character at either end, is too long or
   *     is not whole characters
   */
  public static String requireTrimmed(String type, String attribute, String text) {
    requireNonBlank(type, attribute, text);
    if (!isTrimmed(text)) {
      throw new DomainRuleException(type, attribute, "must not start or end with white space", text);
    }
    return text;
  }

  /**
   * Checks that a text keeps the rules of every text: at most {@value #MAX_LENGTH} characters, and only
   * whole characters (no lone half of a UTF-16 surrogate pair); gives it back unchanged.
   *
   * @param type  the type being built, for the message, not null
   * @param attribute  the attribute holding the text, for the message, not null
   * @param text  the text, not null
   * @return {@code text}, unchanged
   * @throws DomainRuleException if the text is too long or holds half of a surrogate pair
   */
  public static String requireText(String type, String attribute, String text) {
    requireNonNull(text, attribute);
    if (text.length() > MAX_LENGTH) {
      throw new DomainRuleException(type, attribute, "must be at most " + MAX_LENGTH + " characters long", text);
    }
    int lone = loneSurrogate(text);
    if (lone >= 0) {
      throw new DomainRuleException(type, attribute, "must not hold half of a UTF-16 surrogate pair (\\u"
          + Integer.toHexString(text.charAt(lone)).toUpperCase(java.util.Locale.ROOT) + " at index " + lone
          + "), which is not a character", text);
    }
    return text;
  }

  /**
   * Finds the first half of a UTF-16 surrogate pair that has no other half.
   *
   * @param text  the text, not null
   * @return the index of the lone surrogate, or -1 if every character is whole
   */
  public static int loneSurrogate(CharSequence text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Checks whether a text is blank: empty, or only blank characters ({@link #isBlank(char)}).
   *
   * @param text  the text, not null
   * @return true if nothing in the text would print
   */
  public static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isBlank(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks whether a text is not blank and has no blank character at either end.
   *
   * @param text  the text, not null
   * @return true if the text is trimmed
   */
  public static boolean isTrimmed(CharSequence text) {
    return text.length() > 0 && !isBlank(text.charAt(0)) && !isBlank(text.charAt(text.length() - 1));
  }

  /**
   * Removes the blank characters ({@link #isBlank(char)}) at both ends of a text: the no-break and zero-width
   * spaces too, which {@link String#strip()} keeps.
   *
   * @param text  the text, not null
   * @return the text without blank characters at either end, possibly empty
   */
  public static String strip(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && isBlank(text.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to);
  }

  /**
   * Checks whether a character is blank: white space of Unicode's {@code White_Space} property (including
   * the no-break spaces), or one of the invisible characters the class description lists.
   *
   * @param c  the character
   * @return true if the character prints as nothing or as space
   */
  public static boolean isBlank(char c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return true;
    }
    switch (c) {
      case '\u0085': // NEXT LINE, White_Space but not Character.isWhitespace
      case '\u115F': // HANGUL CHOSEONG FILLER
      case '\u1160': // HANGUL JUNGSEONG FILLER
      case '\u180E': // MONGOLIAN VOWEL SEPARATOR
      case '\u200B': // ZERO WIDTH SPACE
      case '\u200C': // ZERO WIDTH NON-JOINER
      case '\u200D': // ZERO WIDTH JOINER
      case '\u2060': // WORD JOINER
      case '\u3164': // HANGUL FILLER
      case '\uFEFF': // ZERO WIDTH NO-BREAK SPACE (byte order mark)
      case '\uFFA0': // HALFWIDTH HANGUL FILLER
        return true;
      default:
        return false;
    }
  }

  /**
   * Checks whether a text is an identifier: one or more words of ASCII letters and digits, joined by single
   * separator characters, at most {@value #MAX_IDENTIFIER_LENGTH} characters in all. The check is one pass
   * over at most that many characters, whatever the length of the text.
   *
   * @param text  the text, not null
   * @param separators  the characters that may join two words, such as {@code "._-"}, not null
   * @param lowerCase  true if letters must be lower case
   * @return true if the text is such an identifier
   */
  public static boolean isIdentifier(CharSequence text, String separators, boolean lowerCase) {
    int length = text.length();
    if (length == 0 || length > MAX_IDENTIFIER_LENGTH) {
      return false;
    }
    boolean afterSeparator = true;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (!lowerCase && c >= 'A' && c <= 'Z')) {
        afterSeparator = false;
      } else if (!afterSeparator && separators.indexOf(c) >= 0) {
        afterSeparator = true;
      } else {
        return false;
      }
    }
    return !afterSeparator;
  }

  /**
   * Checks whether a text is one word: at most {@value #MAX_IDENTIFIER_LENGTH} characters, none of them
   * blank ({@link #isBlank(char)}), and only whole characters.
   *
   * @param text  the text, not null
   * @return true if the text is one word
   */
  public static boolean isWord(CharSequence text) {
    int length = text.length();
    if (length == 0 || length > MAX_IDENTIFIER_LENGTH || loneSurrogate(text) >= 0) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (isBlank(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Quotes a value for a message, shortened if long: a text in double quotes, other values as their
   * {@code toString()}; at most {@value #QUOTE_LENGTH} characters of it, never half a surrogate pair, then
   * {@code "..."} and the full length. Control characters and lone surrogates are shown as
   * {@code \\uXXXX} escapes, so that a message stays one line of whole characters.
   *
   * @param value  the value, not null
   * @return the quoted value, at most about a hundred characters
   */
  public static String quote(Object value) {
    requireNonNull(value, "value");
    String text = String.valueOf(value);
    boolean isText = value instanceof CharSequence;
    int end = Math.min(text.length(), QUOTE_LENGTH);
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    StringBuilder quoted = new StringBuilder(end + 40);
    if (isText) {
      quoted.append('"');
    }
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        quoted.append(c).append(text.charAt(++i));
      } else if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
        quoted.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else {
        quoted.append(c);
      }
    }
    if (end < text.length()) {
      quoted.append("...");
    }
    if (isText) {
      quoted.append('"');
    }
    if (end < text.length()) {
      quoted.append(" (").append(text.length()).append(" characters)");
    }
    return quoted.toString();
  }

  /**
   * Counts the single-character insertions, deletions and substitutions that turn one text into another
   * (the Levenshtein distance), if it is at most {@code max}, for naming the closest of the known values to
   * a misspelled one. Only a band of width {@code 2 max + 1} is computed, so the cost is linear in the
   * texts for a small {@code max}.
   *
   * @param a  a text, not null
   * @param b  another text, not null
   * @param max  the largest distance of interest, at least 0 and less than {@link Integer#MAX_VALUE}
   * @return the edit distance, zero when the texts are equal, or {@link Integer#MAX_VALUE} if it exceeds
   *     {@code max}
   */
  public static int editDistance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return Integer.MAX_VALUE;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    int big = max + 1;
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j <= max ? j : big;
    }
    for (int i = 1; i <= a.length(); i++) {
      int from = Math.max(1, i - max);
      int to = Math.min(b.length(), i + max);
      java.util.Arrays.fill(current, big);
      current[0] = i <= max ? i : big;
      int rowMin = current[0];
      for (int j = from; j <= to; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        current[j] = Math.min(current[j], big);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > max) {
        return Integer.MAX_VALUE;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()] <= max ? previous[b.length()] : Integer.MAX_VALUE;
  }
}
