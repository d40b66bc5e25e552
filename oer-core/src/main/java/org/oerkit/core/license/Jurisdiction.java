package org.oerkit.core.license;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.vocabulary.Country;

/**
 * The legal system a licence is written for: a Creative Commons port, such as {@code de} for the German
 * ports or {@code igo} for intergovernmental organizations, or the country of a national licence.
 *
 * <p>Creative Commons jurisdiction codes "consist of ISO 3166-1 alpha-2 codes" in lower case, with the
 * exceptions {@code igo} (Intergovernmental Organization, no country), {@code uk} (UK: England &amp; Wales,
 * 2.0) and {@code scotland} (UK: Scotland, 2.5), both in the United Kingdom (ISO {@code GB})
 * ({@code creativecommons/cc-legal-tools-data} README "Jurisdiction Code"; names from the licence list,
 * https://creativecommons.org/licenses/list.en). An unported, generic or international licence has no
 * jurisdiction. There is no Kazakh ({@code kz}) port in any version.
 *
 * <p>The canonical text is the code, which {@link #ofPort(String)} reads back for ports.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Jurisdiction implements Comparable<Jurisdiction>, Serializable {

  private static final long serialVersionUID = 1L;

  /** The Creative Commons ports, by code, with their names as the licence list gives them. */
  private static final Map<String, String> PORTS = ImmutableMap.<String, String>builder()
      .put("am", "Armenia").put("ar", "Argentina").put("at", "Austria").put("au", "Australia")
      .put("az", "Azerbaijan").put("be", "Belgium").put("bg", "Bulgaria").put("br", "Brazil")
      .put("ca", "Canada").put("ch", "Switzerland").put("cl", "Chile").put("cn", "China Mainland")
      .put("co", "Colombia").put("cr", "Costa Rica").put("cz", "Czech Republic").put("de", "Germany")
      .put("dk", "Denmark").put("ec", "Ecuador").put("ee", "Estonia").put("eg", "Egypt")
      .put("es", "Spain").put("fi", "Finland").put("fr", "France").put("ge", "Georgia")
      .put("gr", "Greece").put("gt", "Guatemala").put("hk", "Hong Kong").put("hr", "Croatia")
      .put("hu", "Hungary").put("ie", "Ireland").put("igo", "Intergovernmental Organization")
      .put("il", "Israel").put("in", "India").put("it", "Italy").put("jp", "Japan").put("kr", "Korea")
      .put("lu", "Luxembourg").put("mk", "Macedonia").put("mt", "Malta").put("mx", "Mexico")
      .put("my", "Malaysia").put("nl", "Netherlands").put("no", "Norway").put("nz", "New Zealand")
      .put("pe", "Peru").put("ph", "Philippines").put("pl", "Poland").put("pr", "Puerto Rico")
      .put("pt", "Portugal").put("ro", "Romania").put("rs", "Serbia").put("scotland", "UK: Scotland")
      .put("se", "Sweden").put("sg", "Singapore").put("si", "Slovenia").put("th", "Thailand")
      .put("tw", "Taiwan").put("ug", "Uganda").put("uk", "UK: England & Wales").put("us", "United States")
      .put("ve", "Venezuela").put("vn", "Vietnam").put("za", "South Africa")
      .build();

  private static final Map<String, Jurisdiction> PORT_VALUES;

  static {
    ImmutableMap.Builder<String, Jurisdiction> values = ImmutableMap.builder();
    PORTS.forEach((code, name) -> values.put(code, new Jurisdiction(code, name, portCountry(code), true)));
    PORT_VALUES = values.build();
  }

  /** The Intergovernmental Organization ports of 3.0 ({@code igo}). */
  public static final Jurisdiction IGO = PORT_VALUES.get("igo");

  private final String code;
  private final String name;
  private final Country country;
  private final boolean port;

  private Jurisdiction(String code, String name, Country country, boolean port) {
    this.code = code;
    this.name = name;
    this.country = country;
    this.port = port;
  }

  /**
   * Obtains a Creative Commons port from its code.
   *
   * @param code  the code as it appears in the licence URI, such as {@code "de"} or {@code "igo"}, any
   *     case, not null
   * @return the jurisdiction
   * @throws DomainRuleException if Creative Commons has no port with that code
   */
  public static Jurisdiction ofPort(String code) {
    requireNonNull(code, "code");
    return findPort(code).orElseThrow(() -> new DomainRuleException("Jurisdiction", "code",
        "must be a Creative Commons port listed at https://creativecommons.org/licenses/list.en", code));
  }

  /**
   * Finds a Creative Commons port by its code.
   *
   * @param code  the code, any case, not null
   * @return the jurisdiction, or empty if Creative Commons has no port with that code (such as {@code kz})
   */
  public static Optional<Jurisdiction> findPort(String code) {
    requireNonNull(code, "code");
    return Optional.ofNullable(PORT_VALUES.get(code.strip().toLowerCase(Locale.ROOT)));
  }

  /**
   * Obtains the jurisdiction of a national licence, such as one a ministry publishes.
   *
   * @param country  the country, not null
   * @return the jurisdiction, with the country's lower-case ISO code and English name
   */
  public static Jurisdiction of(Country country) {
    requireNonNull(country, "country");
    return new Jurisdiction(country.code().toLowerCase(Locale.ROOT), country.name(), country, false);
  }

  /**
   * Gets all the Creative Commons ports, in code order.
   *
   * @return the ports
   */
  public static Collection<Jurisdiction> ports() {
    return PORT_VALUES.values();
  }

  private static Country portCountry(String code) {
    switch (code) {
      case "igo":
        return null;
      case "uk":
      case "scotland":
        return Country.of("GB");
      default:
        return Country.of(code.toUpperCase(Locale.ROOT));
    }
  }

  /**
   * Gets the code, as it appears in a Creative Commons URI.
   *
   * @return the code, such as {@code "de"}, {@code "igo"} or {@code "scotland"}
   */
  public String code() {
    return code;
  }

  /**
   * Gets the English name, as the Creative Commons licence list writes it.
   *
   * @return the name, such as {@code "Germany"} or {@code "UK: England & Wales"}
   */
  public String name() {
    return name;
  }

  /**
   * Gets the country, where the jurisdiction is one.
   *
   * @return the country, or empty for {@code igo}
   */
  public Optional<Country> country() {
    return Optional.ofNullable(country);
  }

  /**
   * Checks whether this is a Creative Commons port rather than the country of a national licence.
   *
   * @return true for a port
   */
  public boolean isCreativeCommonsPort() {
    return port;
  }

  /**
   * Orders by code, and a country before the Creative Commons port of the same code, as {@link #equals(Object)}
   * tells them apart (a sorted set holds both).
   */
  @Override
  public int compareTo(Jurisdiction other) {
    int byCode = code.compareTo(other.code);
    return byCode != 0 ? byCode : Boolean.compare(port, other.port);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Jurisdiction
        && ((Jurisdiction) obj).code.equals(code)
        && ((Jurisdiction) obj).port == port;
  }

  @Override
  public int hashCode() {
    return code.hashCode() * 31 + Boolean.hashCode(port);
  }

  /**
   * Gets the canonical text, the code.
   *
   * @return the code, such as {@code "de"}
   */
  @Override
  public String toString() {
    return code;
  }

  private Object readResolve() {
    return port ? ofPort(code) : of(country);
  }
}
