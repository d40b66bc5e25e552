package org.oerkit.core.vocabulary;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.oerkit.core.DomainRuleException;

/**
 * A country, identified by its ISO 3166-1 alpha-2 code, such as {@code KZ} for Kazakhstan.
 *
 * <p>The codes and names come from the JDK's locale data ({@link Locale#getISOCountries()}), which follows
 * ISO 3166-1. The canonical text is the upper-case code, which {@link #parse(CharSequence)} reads back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Country implements Comparable<Country>, Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, Country> BY_CODE;

  static {
    ImmutableSortedMap.Builder<String, Country> codes = ImmutableSortedMap.naturalOrder();
    for (String code : Locale.getISOCountries()) {
      codes.put(code, new Country(code));
    }
    BY_CODE = codes.build();
  }

  /** Kazakhstan, host of the Astana 2017 workshop. */
  public static final Country KAZAKHSTAN = BY_CODE.get("KZ");
  /** Kyrgyzstan. */
  public static final Country KYRGYZSTAN = BY_CODE.get("KG");
  /** Tajikistan. */
  public static final Country TAJIKISTAN = BY_CODE.get("TJ");
  /** Uzbekistan. */
  public static final Country UZBEKISTAN = BY_CODE.get("UZ");
  /** France, seat of UNESCO. */
  public static final Country FRANCE = BY_CODE.get("FR");

  private final String code;

  private Country(String code) {
    this.code = code;
  }

  /**
   * Obtains a country from its ISO 3166-1 alpha-2 code.
   *
   * @param code  the two-letter code in upper case, such as {@code "KZ"}, not null
   * @return the country
   * @throws DomainRuleException if the code is not an assigned ISO 3166-1 alpha-2 code
   */
  public static Country of(String code) {
    requireNonNull(code, "code");
    Country country = BY_CODE.get(code);
    if (country == null) {
      throw new DomainRuleException("Country", "code", "must be an ISO 3166-1 alpha-2 code such as \"KZ\"", code);
    }
    return country;
  }

  /**
   * Obtains a country from text, accepting the code in any case and surrounding white space.
   *
   * @param text  the text to parse, such as {@code "kz"}, not null
   * @return the country
   * @throws DomainRuleException if the text is not an assigned ISO 3166-1 alpha-2 code
   */
  public static Country parse(CharSequence text) {
    requireNonNull(text, "text");
    String code = text.toString().strip().toUpperCase(Locale.ROOT);
    Country country = BY_CODE.get(code);
    if (country == null) {
      throw new DomainRuleException("Country", "code", "must be an ISO 3166-1 alpha-2 code such as \"KZ\"", text);
    }
    return country;
  }

  /**
   * Finds a country by its English name as the JDK spells it, ignoring case.
   *
   * @param englishName  the name, such as {@code "Kazakhstan"}, not null
   * @return the country, or empty if no country has that name
   */
  public static Optional<Country> findByName(String englishName) {
    requireNonNull(englishName, "englishName");
    String wanted = englishName.strip();
    return BY_CODE.values().stream().filter(c -> c.name().equalsIgnoreCase(wanted)).findFirst();
  }

  /**
   * Gets all the countries the JDK knows, ordered by code.
   *
   * @return the countries, not empty
   */
  public static java.util.Collection<Country> all() {
    return BY_CODE.values();
  }

  /**
   * Gets the ISO 3166-1 alpha-2 code.
   *
   * @return the code, such as {@code "KZ"}
   */
  public String code() {
    return code;
  }

  /**
   * Gets the English name, as the JDK's locale data gives it.
   *
   * @return the name, such as {@code "Kazakhstan"}
   */
  public String name() {
    return name(Locale.ENGLISH);
  }

  /**
   * Gets the name in a language, as the JDK's locale data gives it.
   *
   * @param language  the language of the name, not null
   * @return the name, in English where the JDK has none in that language
   */
  public String name(LanguageTag language) {
    return name(language.toLocale());
  }

  private String name(Locale locale) {
    return new Locale("", code).getDisplayCountry(locale);
  }

  @Override
  public int compareTo(Country other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Country && ((Country) obj).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * Gets the canonical text, the ISO 3166-1 alpha-2 code.
   *
   * @return the code, such as {@code "KZ"}
   */
  @Override
  public String toString() {
    return code;
  }

  private Object readResolve() {
    return of(code);
  }
}
