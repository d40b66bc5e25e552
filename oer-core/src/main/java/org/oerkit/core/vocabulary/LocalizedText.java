package org.oerkit.core.vocabulary;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;

/**
 * The same text in one or more languages, such as a workshop title in Kazakh, Russian and English.
 *
 * <p>The first language added is the <em>original</em>: the language the source was written in, and the
 * last resort when a text is asked for in languages it does not have. {@link #in(LanguageTag...)} states
 * the fallback order explicitly: each language asked for in turn, then its primary language
 * ({@code kk-KZ} falls back to {@code kk}), then the original.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LocalizedText implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ImmutableMap<LanguageTag, String> texts;

  private LocalizedText(ImmutableMap<LanguageTag, String> texts) {
    this.texts = texts;
  }

  /**
   * Obtains a text in one language.
   *
   * @param language  the language of the text, not null
   * @param text  the text, not blank
   * @return the localized text
   * @throws DomainRuleException if the text is blank
   */
  public static LocalizedText of(LanguageTag language, String text) {
    return builder().put(language, text).build();
  }

  /**
   * Obtains a text from a map of languages to texts; the map's first entry is the original.
   *
   * @param texts  the texts by language, not empty, no blank texts
   * @return the localized text
   * @throws DomainRuleException if the map is empty or a text is blank
   */
  public static LocalizedText of(Map<LanguageTag, String> texts) {
    Builder builder = builder();
    texts.forEach(builder::put);
    return builder.build();
  }

  /**
   * Starts a builder; the first language put is the original.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the language the text was first written in.
   *
   * @return the original language
   */
  public LanguageTag originalLanguage() {
    return texts.keySet().iterator().next();
  }

  /**
   * Gets the text in its original language.
   *
   * @return the original text
   */
  public String original() {
    return texts.values().iterator().next();
  }

  /**
   * Gets the text in exactly one language, without fallback.
   *
   * @param language  the language, not null
   * @return the text, or empty if there is none in that language
   */
  public Optional<String> get(LanguageTag language) {
    return Optional.ofNullable(texts.get(requireNonNull(language, "language")));
  }

  /**
   * Gets the text in the first available of the given languages, in the documented fallback order.
   *
   * <p>Each language is tried in turn, then each one's primary language, then the original, so the result
   * is never empty.
   *
   * @param preferred  the languages in order of preference, none null
   * @return the best available text
   */
  public String in(LanguageTag... preferred) {
    return in(Arrays.asList(preferred));
  }

  /**
   * Gets the text in the first available of the given languages, in the documented fallback order.
   *
   * @param preferred  the languages in order of preference, not null, none null
   * @return the best available text
   * @see #in(LanguageTag...)
   */
  public String in(List<LanguageTag> preferred) {
    for (LanguageTag language : preferred) {
      String text = texts.get(requireNonNull(language, "language"));
      if (text != null) {
        return text;
      }
    }
    for (LanguageTag language : preferred) {
      String text = texts.get(language.primary());
      if (text != null) {
        return text;
      }
    }
    return original();
  }

  /**
   * Gets the languages the text is available in, the original first.
   *
   * @return the languages, not empty
   */
  public Set<LanguageTag> languages() {
    return texts.keySet();
  }

  /**
   * Gets the texts by language, the original first.
   *
   * @return the texts, not empty
   */
  public Map<LanguageTag, String> asMap() {
    return texts;
  }

  /**
   * Returns a copy with the text in one more language, or with that language's text replaced.
   *
   * @param language  the language, not null
   * @param text  the text, not blank
   * @return the new localized text; the original is unchanged unless {@code language} is the original
   */
  public LocalizedText with(LanguageTag language, String text) {
    Builder builder = builder();
    texts.forEach((l, t) -> builder.put(l, l.equals(language) ? text : t));
    if (!texts.containsKey(language)) {
      builder.put(language, text);
    }
    return builder.build();
  }

  @Override
  public boolean equals(Object obj) {
    // The order matters: the first language is the original.
    return obj instanceof LocalizedText
        && ((LocalizedText) obj).texts.entrySet().asList().equals(texts.entrySet().asList());
  }

  @Override
  public int hashCode() {
    return texts.entrySet().asList().hashCode();
  }

  /**
   * Formats the text as {@code LocalizedText{kk=..., ru=..., en=...}}, the original first.
   *
   * @return the text for debugging
   */
  @Override
  public String toString() {
    return "LocalizedText" + texts;
  }

  /**
   * Builds a {@link LocalizedText}; the first language put is the original.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {

    private final ImmutableMap.Builder<LanguageTag, String> texts = ImmutableMap.builder();
    private final java.util.HashSet<LanguageTag> seen = new java.util.HashSet<>();

    private Builder() {}

    /**
     * Adds the text in one language.
     *
     * @param language  the language, not already added, not null
     * @param text  the text, not blank
     * @return this builder
     * @throws DomainRuleException if the text is blank or the language was already added
     */
    public Builder put(LanguageTag language, String text) {
      requireNonNull(language, "language");
      requireNonNull(text, "text");
      Texts.requireNonBlank("LocalizedText", "texts[" + language + "]", text);
      if (!seen.add(language)) {
        throw new DomainRuleException("LocalizedText", "texts", "must have one text per language", language);
      }
      texts.put(language, text);
      return this;
    }

    /**
     * Builds the localized text.
     *
     * @return the localized text
     * @throws DomainRuleException if no text was put
     */
    public LocalizedText build() {
      if (seen.isEmpty()) {
        throw new DomainRuleException("LocalizedText", "texts", "must have a text in at least one language", "{}");
      }
      return new LocalizedText(texts.build());
    }
  }
}
