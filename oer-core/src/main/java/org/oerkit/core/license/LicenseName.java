package org.oerkit.core.license;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import org.oerkit.core.vocabulary.LanguageTag;

/**
 * The name of a licence in one language, and whether it is an official translation.
 *
 * <p>Creative Commons publishes official titles in English and, for the 4.0 licences, in Russian, but
 * none in Kazakh ({@code creativecommons/cc-legal-tools-data}: no {@code deed.kk}); a Kazakh name is
 * therefore always unofficial and must be shown as such.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LicenseName {

  private final String text;
  private final LanguageTag language;
  private final boolean official;

  LicenseName(String text, LanguageTag language, boolean official) {
    this.text = requireNonNull(text, "text");
    this.language = requireNonNull(language, "language");
    this.official = official;
  }

  /**
   * Gets the name.
   *
   * @return the name, such as {@code "Attribution-ShareAlike 4.0 International"}
   */
  public String text() {
    return text;
  }

  /**
   * Gets the language of the name, which may differ from the language asked for when there was no name in
   * it (the English name is the fallback).
   *
   * @return the language
   */
  public LanguageTag language() {
    return language;
  }

  /**
   * Checks whether the name is an official title of the licence.
   *
   * @return true if official
   */
  public boolean isOfficial() {
    return official;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof LicenseName)) {
      return false;
    }
    LicenseName other = (LicenseName) obj;
    return text.equals(other.text) && language.equals(other.language) && official == other.official;
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, language, official);
  }

  /**
   * Formats the name, marked {@code (unofficial)} if it is not official.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return official ? text : text + " (unofficial)";
  }
}
