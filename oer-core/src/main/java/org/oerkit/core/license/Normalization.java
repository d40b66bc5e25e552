package org.oerkit.core.license;

/**
 * One of the changes {@link LicenseDetector} made to a text before it named a licence, reported with a
 * {@link Detection.Normalized} answer so that a repository can see how far its metadata is from the
 * canonical form.
 */
public enum Normalization {
  /** Letters in another case: {@code cc-by-4.0} for {@code CC-BY-4.0}. */
  CASE,
  /** Spaces added, removed or collapsed, line breaks inside words, no-break spaces. */
  SPACING,
  /** Punctuation that differs: {@code CC BY-SA 4.0} written {@code CC-BY-SA4.0}, a missing trailing slash. */
  PUNCTUATION,
  /** A URI with {@code http}, without a scheme or without {@code www}, where the canonical one differs. */
  SCHEME,
  /** A {@code legalcode}, {@code deed} or {@code rdf} sub-resource, or an SPDX licence page, for the tool URI. */
  SUFFIX,
  /** A language suffix, such as {@code deed.ru} or {@code legalcode.de}, which never changes the licence. */
  LANGUAGE,
  /** Letters of another script that look the same (Cyrillic {@code С} for Latin {@code C}), or Unicode dashes. */
  HOMOGLYPHS,
  /** A name, abbreviation or deprecated id that the licence is known by, rather than its identifier. */
  NAME,
  /** Found inside a statement in prose or in HTML ({@code rel="license"}), not given on its own. */
  STATEMENT;

  /**
   * Gets the label used in JSON and on the command line.
   *
   * @return the name in lower case, such as {@code "homoglyphs"}
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
