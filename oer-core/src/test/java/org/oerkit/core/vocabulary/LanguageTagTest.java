package org.oerkit.core.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;

/** Language tags follow BCP 47 (RFC 5646), as checked by {@link Locale.Builder}. */
class LanguageTagTest {

  @Test
  void parse_anyCase_givesCanonicalCase() {
    assertThat(LanguageTag.parse("KK-cyrl-kz")).hasToString("kk-Cyrl-KZ");
    assertThat(LanguageTag.parse("ru-kz")).hasToString("ru-KZ");
  }

  @Test
  void parse_underscoreForm_isRefusedAsMalformed() {
    assertThatThrownBy(() -> LanguageTag.parse("kk_KZ"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageStartingWith("LanguageTag.tag must be a well-formed BCP 47 language tag, was \"kk_KZ\"");
  }

  @Test
  void parse_emptyOrBlank_isRefused() {
    assertThatThrownBy(() -> LanguageTag.parse("")).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("LanguageTag.tag");
    assertThatThrownBy(() -> LanguageTag.parse("  ")).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("LanguageTag.tag");
  }

  @Test
  void parts_ofKazakhInCyrillicForKazakhstan() {
    LanguageTag tag = LanguageTag.parse("kk-Cyrl-KZ");
    assertThat(tag.language()).isEqualTo("kk");
    assertThat(tag.region()).contains("KZ");
    assertThat(tag.primary()).isEqualTo(LanguageTag.KAZAKH);
    assertThat(LanguageTag.KAZAKH.region()).isEmpty();
    assertThat(LanguageTag.KAZAKH.displayName()).isEqualTo("Kazakh");
  }

  @Test
  void parse_ofToString_roundTripsEveryJdkLocale() {
    List<Locale> locales = List.of(Locale.getAvailableLocales()).stream()
        .filter(l -> !l.getLanguage().isEmpty())
        .collect(java.util.stream.Collectors.toList());
    qt().forAll(integers().between(0, locales.size() - 1)).check(i -> {
      LanguageTag tag = LanguageTag.of(locales.get(i));
      return LanguageTag.parse(tag.toString()).equals(tag)
          && LanguageTag.parse(tag.toString().toUpperCase(Locale.ROOT)).equals(tag);
    });
  }

  @Test
  void equalsAndHashCode_followTheCanonicalTag() {
    new EqualsTester()
        .addEqualityGroup(LanguageTag.parse("kk"), LanguageTag.parse("KK"), LanguageTag.KAZAKH)
        .addEqualityGroup(LanguageTag.parse("kk-KZ"))
        .addEqualityGroup(LanguageTag.RUSSIAN)
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    new NullPointerTester().testAllPublicStaticMethods(LanguageTag.class);
    new NullPointerTester().testAllPublicInstanceMethods(LanguageTag.KAZAKH);
  }
}
