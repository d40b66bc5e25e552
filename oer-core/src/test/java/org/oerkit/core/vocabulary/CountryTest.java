package org.oerkit.core.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;

/** Country codes and names follow ISO 3166-1 alpha-2 as the JDK's locale data gives them. */
class CountryTest {

  private static final List<Country> ALL = new ArrayList<>(Country.all());

  @Test
  void of_centralAsianCodes_giveTheirEnglishNames() {
    assertThat(Country.of("KZ").name()).isEqualTo("Kazakhstan");
    assertThat(Country.of("KG").name()).isEqualTo("Kyrgyzstan");
    assertThat(Country.of("TJ").name()).isEqualTo("Tajikistan");
    assertThat(Country.of("UZ").name()).isEqualTo("Uzbekistan");
    assertThat(Country.KAZAKHSTAN).isSameAs(Country.of("KZ"));
  }

  @Test
  void name_inRussian_usesJdkLocaleData() {
    assertThat(Country.KAZAKHSTAN.name(LanguageTag.RUSSIAN)).isEqualTo("Казахстан");
  }

  @Test
  void of_unknownCode_throwsNamingAttributeAndValue() {
    assertThatThrownBy(() -> Country.of("XX"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("Country.code must be an ISO 3166-1 alpha-2 code such as \"KZ\", was \"XX\"");
  }

  @Test
  void of_lowerCase_isRefusedButParseAcceptsIt() {
    assertThatThrownBy(() -> Country.of("kz")).isInstanceOf(DomainRuleException.class).hasMessageContaining("\"kz\"");
    assertThat(Country.parse(" kz ")).isEqualTo(Country.KAZAKHSTAN);
  }

  @Test
  void parse_alpha3Code_isRefused() {
    assertThatThrownBy(() -> Country.parse("KAZ"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Country.code")
        .hasMessageContaining("\"KAZ\"");
  }

  @Test
  void findByName_ignoresCase() {
    assertThat(Country.findByName("kazakhstan")).contains(Country.KAZAKHSTAN);
    assertThat(Country.findByName("Atlantis")).isEmpty();
  }

  @Test
  void parse_ofToString_roundTripsEveryCountry() {
    qt().forAll(integers().between(0, ALL.size() - 1)).check(i -> {
      Country country = ALL.get(i);
      return Country.parse(country.toString()).equals(country)
          && Country.parse(country.toString().toLowerCase(Locale.ROOT)).equals(country);
    });
  }

  @Test
  void equalsAndHashCode_followTheCode() {
    new EqualsTester()
        .addEqualityGroup(Country.of("KZ"), Country.parse("kz"), SerializableTester.reserialize(Country.of("KZ")))
        .addEqualityGroup(Country.of("KG"))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    new NullPointerTester().testAllPublicStaticMethods(Country.class);
    new NullPointerTester().testAllPublicInstanceMethods(Country.KAZAKHSTAN);
  }
}
