package org.oerkit.core.vocabulary;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import org.oerkit.core.DomainRuleException;

/**
 * A language, identified by a BCP 47 language tag (RFC 5646), such as {@code kk} for Kazakh or
 * {@code ru-KZ} for Russian as used in Kazakhstan.
 *
 * <p>Tags are checked for well-formedness by the JDK ({@link Locale.Builder#setLanguageTag(String)}) and
 * kept in their canonical case ({@code kk-Cyrl-KZ}). The canonical text is the tag itself, which
 * {@link #parse(CharSequence)} reads back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LanguageTag implements Comparable<LanguageTag>, Serializable {

  private static final long serialVersionUID = 1L;

  /** English. */
  public static final LanguageTag ENGLISH = parse("en");
  /** Russian. */
  public static final LanguageTag RUSSIAN = parse("ru");
  /** Kazakh. */
  public static final LanguageTag KAZAKH = parse("kk");
  /** French. */
  public static final LanguageTag FRENCH = parse("fr");

  private final String tag;

  private LanguageTag(String tag) {
    this.tag = tag;
  }

  /**
   * Obtains a language tag from its BCP 47 text, accepting any case.
   *
   * @param text  the tag, such as {@code "kk"} or {@code "ru-KZ"}, not null
   * @return the language tag, in canonical case
   * @throws DomainRuleException if the text is not a well-formed BCP 47 tag with a language
   */
  public static LanguageTag parse(CharSequence text) {
    requireNonNull(text, "text");
    String raw = text.toString();
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(raw).build();
    } catch (IllformedLocaleException e) {
      throw new DomainRuleException("LanguageTag", "tag", "must be a well-formed BCP 47 language tag", raw, e);
    }
    if (locale.getLanguage().isEmpty()) {
      throw new DomainRuleException("LanguageTag", "tag", "must name a language", raw);
    }
    return new LanguageTag(locale.toLanguageTag());
  }

  /**
   * Obtains a language tag from a JDK locale.
   *
   * @param locale  the locale, with a language, not null
   * @return the language tag
   * @throws DomainRuleException if the locale has no language
   */
  public static LanguageTag of(Locale locale) {
    requireNonNull(locale, "locale");
    return parse(locale.toLanguageTag());
  }

  /**
   * Gets the primary language subtag, such as {@code "kk"}.
   *
   * @return the language subtag, in lower case
   */
  public String language() {
    return toLocale().getLanguage();
  }

  /**
   * Gets the tag of the primary language alone, dropping script, region and variants.
   *
   * @return the language-only tag, such as {@code kk} for {@code kk-Cyrl-KZ}
   */
  public LanguageTag primary() {
    String language = language();
    return language.equals(tag) ? this : parse(language);
  }

  /**
   * Gets the region subtag, if any.
   *
   * @return the region, such as {@code "KZ"}, or empty
   */
  public Optional<String> region() {
    String region = toLocale().getCountry();
    return region.isEmpty() ? Optional.empty() : Optional.of(region);
  }

  /**
   * Gets the English name of the language, as the JDK's locale data gives it.
   *
   * @return the name, such as {@code "Kazakh"}
   */
  public String displayName() {
    return toLocale().getDisplayName(Locale.ENGLISH);
  }

  /**
   * Converts to a JDK locale.
   *
   * @return the locale
   */
  public Locale toLocale() {
    return Locale.forLanguageTag(tag);
  }

  @Override
  public int compareTo(LanguageTag other) {
    return tag.compareTo(other.tag);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof LanguageTag && ((LanguageTag) obj).tag.equals(tag);
  }

  @Override
  public int hashCode() {
    return tag.hashCode();
  }

  /**
   * Gets the canonical text, the BCP 47 tag.
   *
   * @return the tag, such as {@code "kk-Cyrl-KZ"}
   */
  @Override
  public String toString() {
    return tag;
  }
}
