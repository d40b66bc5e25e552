package org.oerkit.core.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;

/** Money at ISO 4217 scale: KZT has two minor digits, JPY none. */
class MoneyTest {

  private static final Currency KZT = Currency.getInstance("KZT");

  @Test
  void of_kzt_hasTwoMinorDigits() {
    assertThat(KZT.getDefaultFractionDigits()).isEqualTo(2);
    assertThat(Money.ofMajor("KZT", 1_500_000).toString()).isEqualTo("KZT 1500000.00");
    assertThat(Money.of(KZT, new BigDecimal("12.5")).amount()).isEqualByComparingTo("12.50");
    assertThat(Money.of(KZT, new BigDecimal("12.5")).amount().scale()).isEqualTo(2);
  }

  @Test
  void format_groupsThousands_atTheCurrencysScale_codeLast() {
    assertThat(Money.ofMajor("KZT", 127_000_000).format()).isEqualTo("127,000,000.00 KZT");
    assertThat(Money.ofMajor("JPY", 1_500).format()).isEqualTo("1,500 JPY");
    assertThat(Money.of("KZT", new BigDecimal("-0.5")).format()).isEqualTo("-0.50 KZT");
  }

  @Test
  void of_tooManyDecimals_isRefused() {
    assertThatThrownBy(() -> Money.of(KZT, new BigDecimal("1.005")))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("Money.amount must have at most 2 decimals in KZT, was \"1.005\"");
  }

  @Test
  void of_trailingZeros_areAccepted() {
    assertThat(Money.of("JPY", new BigDecimal("100.000")).toString()).isEqualTo("JPY 100");
  }

  @Test
  void of_unknownCurrency_isRefused() {
    assertThatThrownBy(() -> Money.ofMajor("KZX", 1))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Money.currency must be an ISO 4217 currency code");
  }

  @Test
  void of_currencyWithoutMinorDigits_isRefused() {
    assertThatThrownBy(() -> Money.of(Currency.getInstance("XXX"), BigDecimal.ONE))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Money.currency must have a number of minor digits");
  }

  @Test
  void parse_format_roundTrips() {
    qt().withExamples(200).forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L)).check(minor -> {
      Money m = Money.of(KZT, BigDecimal.valueOf(minor, 2));
      return Money.parse(m.toString()).equals(m);
    });
  }

  @Test
  void parse_malformed_isRefused() {
    assertThatThrownBy(() -> Money.parse("1500000"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Money.text must be a currency code and an amount");
    assertThatThrownBy(() -> Money.parse("KZT lots"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Money.amount must be a decimal number");
  }

  @Test
  void plus_isCommutativeAndAssociative() {
    qt().withExamples(200).forAll(longs().between(-1_000_000_000L, 1_000_000_000L),
        longs().between(-1_000_000_000L, 1_000_000_000L), longs().between(-1_000_000_000L, 1_000_000_000L))
        .check((a, b, c) -> {
          Money x = Money.of(KZT, BigDecimal.valueOf(a, 2));
          Money y = Money.of(KZT, BigDecimal.valueOf(b, 2));
          Money z = Money.of(KZT, BigDecimal.valueOf(c, 2));
          return x.plus(y).equals(y.plus(x)) && x.plus(y).plus(z).equals(x.plus(y.plus(z)))
              && x.plus(Money.zero(KZT)).equals(x);
        });
  }

  @Test
  void plus_otherCurrency_isRefused() {
    assertThatThrownBy(() -> Money.ofMajor("KZT", 1).plus(Money.ofMajor("USD", 1)))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("Money.currency must be KZT to combine, was \"USD\"");
  }

  @Test
  void compareTo_ordersByAmount() {
    assertThat(Money.ofMajor("KZT", 1)).isLessThan(Money.ofMajor("KZT", 2));
    assertThat(Money.ofMajor("KZT", -1).isNegative()).isTrue();
    assertThat(Money.zero(KZT).isZero()).isTrue();
  }

  @Test
  void equals_comparesCurrencyAndAmount() {
    new EqualsTester()
        .addEqualityGroup(Money.ofMajor("KZT", 10), Money.parse("KZT 10"), Money.parse("kzt 10.00"))
        .addEqualityGroup(Money.ofMajor("USD", 10))
        .addEqualityGroup(Money.ofMajor("KZT", 11))
        .testEquals();
  }

  // Issue 12: amounts in a policy draft's cost are bounded before any arithmetic.

  @Test
  void parse_hugeExponent_isADomainErrorNotArithmetic() {
    assertThatThrownBy(() -> Money.parse("KZT 1e999999999")).isInstanceOf(DomainRuleException.class)
        .hasMessage("Money.amount must have at most 18 digits before the decimal point, was \"1E+999999999\"");
  }

  @Test
  void parse_hugeNegativeExponent_isAShortDomainError() {
    assertThatThrownBy(() -> Money.parse("KZT 1e-999999999")).isInstanceOf(DomainRuleException.class)
        .hasMessage("Money.amount must have at most 9 decimals, was \"1E-999999999\"");
  }

  @Test
  void parse_tenMillionDigitExponents_areRefusedWithShortMessages() {
    assertThatThrownBy(() -> Money.parse("KZT 1e10000000")).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("at most 18 digits before the decimal point");
    assertThatThrownBy(() -> Money.parse("KZT 1e-10000000")).isInstanceOf(DomainRuleException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(120));
  }

  @Test
  void parse_millionDigitAmount_isRefusedNotWritten() {
    assertThatThrownBy(() -> Money.parse("KZT 1e1000000")).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("at most 18 digits before the decimal point");
  }

  @Test
  void parse_longText_isRefusedQuotingAPrefix() {
    assertThatThrownBy(() -> Money.parse("KZT " + "1".repeat(100_000))).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Money.text must be at most 64 characters")
        .hasMessageEndingWith("(100004 characters)");
  }

  @Test
  void of_hugeAmount_isADomainErrorNotArithmetic() {
    assertThatThrownBy(() -> Money.of("KZT", new BigDecimal("1e999999999"))).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Money.amount must have at most 18 digits before the decimal point");
  }

  @Test
  void of_eighteenDigits_isAcceptedAndReadBack() {
    Money most = Money.of("KZT", new BigDecimal("999999999999999999.99"));
    assertThat(Money.parse(most.toString())).isEqualTo(most);
  }

  @Test
  void plus_sumOverTheBound_isRefused() {
    Money most = Money.of("KZT", new BigDecimal("999999999999999999.99"));
    assertThatThrownBy(() -> most.plus(most)).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("at most 18 digits");
  }

  @Test
  void parse_spacesAroundAndBetween_areAccepted() {
    assertThat(Money.parse("  kzt \t 12.50 ")).isEqualTo(Money.of("KZT", new BigDecimal("12.5")));
    assertThatThrownBy(() -> Money.parse("KZT 1 2")).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("must be a currency code and an amount");
    assertThatThrownBy(() -> Money.parse("KZT")).isInstanceOf(DomainRuleException.class);
  }
}
