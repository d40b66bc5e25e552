package org.oerkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The bounds of decimals, dates and durations (issue 12), checked before any arithmetic. */
class BoundsTest {

  @Test
  void requireDecimal_eighteenDigitsAndNineDecimals_isAccepted() {
    BigDecimal value = new BigDecimal("999999999999999999.123456789");
    assertThat(Bounds.requireDecimal("T", "a", value, 9)).isSameAs(value);
    assertThat(Bounds.requireDecimal("T", "a", new BigDecimal("1.5000000000000000"), 1)).isNotNull();
  }

  @Test
  void requireDecimal_nineteenDigits_isRefused() {
    assertThatThrownBy(() -> Bounds.requireDecimal("T", "a", new BigDecimal("1e18"), 2))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("T.a must have at most 18 digits before the decimal point, was \"1E+18\"");
  }

  @Test
  void requireDecimal_hugeExponents_areRefusedAtOnce() {
    for (String text : new String[] {"1e999999999", "-1e999999999", "0e999999999", "1e2147483647"}) {
      assertThatThrownBy(() -> Bounds.requireDecimal("T", "a", new BigDecimal(text), 2))
          .isInstanceOf(DomainRuleException.class).hasMessageContaining("digits before the decimal point");
    }
    for (String text : new String[] {"1e-999999999", "0e-999999999", "1e-2147483647"}) {
      assertThatThrownBy(() -> Bounds.requireDecimal("T", "a", new BigDecimal(text), 2))
          .isInstanceOf(DomainRuleException.class).hasMessageContaining("must have at most 2 decimals");
    }
  }

  @Test
  void requireDecimal_aMillionTrailingZeros_isRefused() {
    BigDecimal value = new BigDecimal("1." + "0".repeat(1_000_000));
    assertThatThrownBy(() -> Bounds.requireDecimal("T", "a", value, 2))
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("must have at most 2 decimals")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
  }

  @Test
  void requireDate_yearsOutsideFourDigits_areRefused() {
    assertThat(Bounds.requireDate("T", "a", LocalDate.of(1900, 1, 1))).isNotNull();
    assertThat(Bounds.requireDate("T", "a", LocalDate.of(9999, 12, 31))).isNotNull();
    assertThatThrownBy(() -> Bounds.requireDate("T", "a", LocalDate.MAX)).isInstanceOf(DomainRuleException.class)
        .hasMessage("T.a must lie in the years 1900 to 9999, was +999999999-12-31");
    assertThatThrownBy(() -> Bounds.requireDate("T", "a", LocalDate.of(1899, 12, 31)))
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(() -> Bounds.requireYear("T", "a", Year.of(10000))).isInstanceOf(DomainRuleException.class);
  }

  @Test
  void requireDuration_negativeFractionalOrOverAWeek_isRefused() {
    assertThat(Bounds.requireDuration("T", "a", Duration.ofDays(7))).isNotNull();
    assertThat(Bounds.requireDuration("T", "a", Duration.ZERO)).isNotNull();
    assertThatThrownBy(() -> Bounds.requireDuration("T", "a", Duration.ofMinutes(-30)))
        .isInstanceOf(DomainRuleException.class).hasMessage("T.a must not be negative, was PT-30M");
    assertThatThrownBy(() -> Bounds.requireDuration("T", "a", Duration.ofMillis(500)))
        .isInstanceOf(DomainRuleException.class).hasMessage("T.a must be a whole number of seconds, was PT0.5S");
    assertThat(Bounds.requireDuration("T", "a", Duration.ofSeconds(59))).isNotNull();
    assertThatThrownBy(() -> Bounds.requireDuration("T", "a", Duration.parse("PT2562047788015215H")))
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("T.a must be at most 7 days");
  }
}
