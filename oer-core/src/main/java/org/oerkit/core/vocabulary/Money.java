package org.oerkit.core.vocabulary;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.oerkit.core.Bounds;
import org.oerkit.core.DomainRuleException;

/**
 * An amount of money in one currency, such as {@code KZT 25000000.00} for a work-plan cost estimate.
 *
 * <p>The currency is an ISO 4217 currency ({@link Currency}); the amount is held at the currency's number of
 * minor digits, so Kazakhstan's tenge ({@code KZT}, two minor digits per ISO 4217) always has two decimals.
 * An amount with more decimals than the currency has is refused rather than rounded, and so is an amount of
 * more than {@value Bounds#MAX_INTEGER_DIGITS} digits before the decimal point ({@link Bounds}): ISO 4217
 * currencies have at most four minor digits, and eighteen digits of tenge are a million times the world's
 * yearly product; both bounds are checked on the amount's precision and scale before any arithmetic, so that
 * {@code KZT 1e999999999} is refused at once. The canonical text is at most {@value #MAX_TEXT_LENGTH}
 * characters. The design follows
 * Joda-Money's {@code Money}. The canonical text is the currency code, a space and the plain amount, which
 * {@link #parse(CharSequence)} reads back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Money implements Comparable<Money>, Serializable {

  private static final long serialVersionUID = 1L;

  /** The longest text {@link #parse(CharSequence)} reads, in characters. */
  public static final int MAX_TEXT_LENGTH = 64;

  private final Currency currency;
  private final BigDecimal amount;

  private Money(Currency currency, BigDecimal amount) {
    this.currency = currency;
    this.amount = amount;
  }

  /**
   * Obtains an amount of money.
   *
   * @param currency  the ISO 4217 currency, with a defined number of minor digits, not null
   * @param amount  the amount, with no more decimals than the currency's minor digits, not null
   * @return the money, with the amount at the currency's scale
   * @throws DomainRuleException if the currency has no minor digits defined, or the amount has more decimals
   *     than the currency or more than {@value Bounds#MAX_INTEGER_DIGITS} digits before the decimal point
   */
  public static Money of(Currency currency, BigDecimal amount) {
    requireNonNull(currency, "currency");
    requireNonNull(amount, "amount");
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw new DomainRuleException("Money", "currency", "must have a number of minor digits in ISO 4217",
          currency.getCurrencyCode());
    }
    // Bounded first, on precision and scale alone: stripping and rescaling 1e999999999 would not end.
    Bounds.requireDecimal("Money", "amount", amount, Bounds.MAX_DECIMALS);
    if (amount.stripTrailingZeros().scale() > digits) {
      throw new DomainRuleException("Money", "amount",
          "must have at most " + digits + " decimals in " + currency.getCurrencyCode(), amount.toString());
    }
    return new Money(currency, amount.setScale(digits));
  }

  /**
   * Obtains an amount of money from a currency code and an amount.
   *
   * @param currencyCode  the ISO 4217 code, such as {@code "KZT"}, not null
   * @param amount  the amount, not null
   * @return the money
   * @throws DomainRuleException if the code is not an ISO 4217 code or the amount has too many decimals
   */
  public static Money of(String currencyCode, BigDecimal amount) {
    requireNonNull(amount, "amount");
    return of(currency(currencyCode), amount);
  }

  /**
   * Obtains an amount of money from a currency code and a whole number of major units.
   *
   * @param currencyCode  the ISO 4217 code, such as {@code "KZT"}, not null
   * @param majorUnits  the amount in major units, such as tenge
   * @return the money
   * @throws DomainRuleException if the code is not an ISO 4217 code
   */
  public static Money ofMajor(String currencyCode, long majorUnits) {
    return of(currency(currencyCode), BigDecimal.valueOf(majorUnits));
  }

  /**
   * Obtains zero in a currency.
   *
   * @param currency  the currency, not null
   * @return zero in that currency
   */
  public static Money zero(Currency currency) {
    return of(currency, BigDecimal.ZERO);
  }

  /**
   * Reads the canonical text, a currency code, a space and an amount, such as {@code "KZT 1500000.00"}.
   *
   * @param text  the text, not null
   * @return the money
   * @throws DomainRuleException if the text is longer than {@value #MAX_TEXT_LENGTH} characters, is not a code
   *     and an amount, or they break a rule of {@link #of}
   */
  public static Money parse(CharSequence text) {
    requireNonNull(text, "text");
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new DomainRuleException("Money", "text", "must be at most " + MAX_TEXT_LENGTH + " characters", text);
    }
    String trimmed = text.toString().strip();
    int space = 0;
    while (space < trimmed.length() && !Character.isWhitespace(trimmed.charAt(space))) {
      space++;
    }
    int amountStart = space;
    while (amountStart < trimmed.length() && Character.isWhitespace(trimmed.charAt(amountStart))) {
      amountStart++;
    }
    String code = trimmed.substring(0, space);
    String number = trimmed.substring(amountStart);
    if (code.isEmpty() || number.isEmpty() || number.chars().anyMatch(Character::isWhitespace)) {
      throw new DomainRuleException("Money", "text", "must be a currency code and an amount such as \"KZT 100.00\"",
          text);
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(number);
    } catch (NumberFormatException e) {
      throw new DomainRuleException("Money", "amount", "must be a decimal number", number, e);
    }
    return of(code.toUpperCase(Locale.ROOT), amount);
  }

  private static Currency currency(String code) {
    requireNonNull(code, "currencyCode");
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new DomainRuleException("Money", "currency", "must be an ISO 4217 currency code such as \"KZT\"", code, e);
    }
  }

  /**
   * Gets the currency.
   *
   * @return the ISO 4217 currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Gets the amount, at the currency's number of minor digits.
   *
   * @return the amount, such as {@code 1500000.00}
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Checks whether the amount is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Checks whether the amount is below zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * Adds an amount in the same currency.
   *
   * @param other  the amount to add, in the same currency, not null
   * @return the sum
   * @throws DomainRuleException if the currencies differ, or the sum has more than
   *     {@value Bounds#MAX_INTEGER_DIGITS} digits before the decimal point
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return of(currency, amount.add(other.amount));
  }

  private void requireSameCurrency(Money other) {
    requireNonNull(other, "other");
    if (!other.currency.equals(currency)) {
      throw new DomainRuleException("Money", "currency", "must be " + currency.getCurrencyCode() + " to combine",
          other.currency.getCurrencyCode());
    }
  }

  /**
   * Compares amounts in the same currency.
   *
   * @param other  the other amount, in the same currency, not null
   * @return the comparison of the amounts
   * @throws DomainRuleException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Money && ((Money) obj).currency.equals(currency) && ((Money) obj).amount.equals(amount);
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + amount.hashCode();
  }

  /**
   * Formats the amount as people read it, in prose and tables: the amount with its thousands grouped by
   * commas and the currency's minor digits, then the currency code, such as {@code "127,000,000.00 KZT"}.
   * This is the one rendering of money for people across oerkit (reports, printed drafts, the command
   * line); {@link #toString()} is the canonical text for programs.
   *
   * @return the text, in the root locale's digits
   */
  public String format() {
    return String.format(Locale.ROOT, "%,." + amount.scale() + "f %s", amount, currency.getCurrencyCode());
  }

  /**
   * Gets the canonical text, such as {@code "KZT 1500000.00"}, which {@link #parse(CharSequence)} reads back.
   *
   * @return the currency code, a space and the plain amount
   */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }
}
