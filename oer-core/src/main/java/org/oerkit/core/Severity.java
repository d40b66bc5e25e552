package org.oerkit.core;

/**
 * How serious a {@link Finding} is, from the most to the least serious.
 *
 * <p>The three levels follow the usual practice of validators such as pretalx and Indico: an error makes
 * the document wrong for its purpose, a warning asks a person to look, and a note only informs.
 */
public enum Severity {
  /** The document is wrong for its purpose and should be corrected (an overlap, a missing section). */
  ERROR,
  /** Something a person should look at, which may be intended (a gap between sessions). */
  WARNING,
  /** Information only (a time marked as inferred). */
  INFO;

  /**
   * Checks whether this severity is at least as serious as another.
   *
   * @param other  the severity to compare to, not null
   * @return true if this is as serious as {@code other} or more
   */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) <= 0;
  }
}
