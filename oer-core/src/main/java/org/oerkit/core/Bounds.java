package org.oerkit.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;

/**
 * The bounds of the numbers, dates and durations that oerkit holds, checked where a value is made, so that
 * every reader, writer, check and calendar export can do its arithmetic on them and a document that oerkit
 * writes is one it reads back.
 *
 * <ul>
 *   <li>A decimal (an amount of money, a number answering a questionnaire, an indicator's measurement) has
 *       at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point, so that it fits a Java
 *       {@code long} and the JSON reader's limit of 32 characters for a number; a trillion tenge has 13. The
 *       number of decimals is the type's own (a currency's minor digits, per ISO 4217), at most
 *       {@value #MAX_DECIMALS}. Both are checked on the decimal's precision and scale, before any arithmetic:
 *       {@code 1e999999999} is twenty bytes but a billion digits.
 *   <li>A date lies in the years {@value #MIN_YEAR} to {@value #MAX_YEAR}: four-digit years, as RFC 5545
 *       ({@code date-fullyear = 4DIGIT}, section 3.3.4) and the ISO 8601 basic format without expansion
 *       require. The lower bound is oerkit's choice, not a source's: no programme or policy of open
 *       educational resources is older.
 *   <li>A duration (of a session or a part) is not negative, a whole number of seconds, and at most
 *       {@value #MAX_DURATION_DAYS} days. Whole seconds as iCalendar ({@code dur-second = 1*DIGIT "S"}, RFC 5545
 *       section 3.3.6) and the JSON Schema {@code duration} format (RFC 3339 appendix A) write them; the upper
 *       bound is oerkit's choice, not a source's: a session longer than a week is not one session.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Bounds {

  /** The most digits a decimal has before its decimal point. */
  public static final int MAX_INTEGER_DIGITS = 18;
  /** The most digits any decimal has after its decimal point, once trailing zeros are dropped. */
  public static final int MAX_DECIMALS = 9;
  /** The earliest year of a date. */
  public static final int MIN_YEAR = 1900;
  /** The latest year of a date. */
  public static final int MAX_YEAR = 9999;
  /** The longest duration, in days. */
  public static final int MAX_DURATION_DAYS = 7;

  /**
   * The most digits, trailing zeros included, of a decimal's unscaled value; more are zeros written after
   * the last significant decimal, and dropping a million of them would be slow.
   */
  private static final int MAX_PRECISION = 100;

  private static final Duration MAX_DURATION = Duration.ofDays(MAX_DURATION_DAYS);

  private Bounds() {}

  /**
   * Checks that a decimal has at most {@value #MAX_INTEGER_DIGITS} digits before its decimal point and at
   * most {@code decimals} significant digits after it, and gives it back unchanged. Only the decimal's
   * precision and scale are looked at before the bound is known to hold; no arithmetic on the value
   * is done.
   *
   * @param type  the type being built, for the message, not null
   * @param attribute  the attribute holding the value, for the message, not null
   * @param value  the decimal, not null
   * @param decimals  the most digits after the decimal point, from 0 to {@value #MAX_DECIMALS}
   * @return {@code value}, unchanged
   * @throws DomainRuleException if the decimal has too many digits before or after its point
   */
  public static BigDecimal requireDecimal(String type, String attribute, BigDecimal value, int decimals) {
    requireNonNull(value, attribute);
    if (decimals < 0 || decimals > MAX_DECIMALS) {
      throw new IllegalArgumentException("decimals must be 0 to " + MAX_DECIMALS + ", was " + decimals);
    }
    long precision = value.precision();
    long scale = value.scale();
    if (precision - scale > MAX_INTEGER_DIGITS) {
      throw new DomainRuleException(type, attribute,
          "must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point",
          value.toString());
    }
    // The unscaled value has fewer trailing zeros than digits, so the value without them still has more
    // than scale - (precision - 1) decimals; stripping them is cheap once the precision is bounded.
    if (scale - (precision - 1) > decimals || precision > MAX_PRECISION
        || value.stripTrailingZeros().scale() > decimals) {
      throw new DomainRuleException(type, attribute, "must have at most " + decimals + " decimals",
          value.toString());
    }
    return value;
  }

  /**
   * Checks that a date lies in the years {@value #MIN_YEAR} to {@value #MAX_YEAR}, and gives it back.
   *
   * @param type  the type being built, for the message, not null
   * @param attribute  the attribute holding the date, for the message, not null
   * @param date  the date, not null
   * @return {@code date}, unchanged
   * @throws DomainRuleException if the date is outside those years
   */
  public static LocalDate requireDate(String type, String attribute, LocalDate date) {
    requireNonNull(date, attribute);
    requireYear(type, attribute, date.getYear(), date);
    return date;
  }

  /**
   * Checks that a year lies in {@value #MIN_YEAR} to {@value #MAX_YEAR}, and gives it back.
   *
   * @param type  the type being built, for the message, not null
   * @param attribute  the attribute holding the year, for the message, not null
   * @param year  the year, not null
   * @return {@code year}, unchanged
   * @throws DomainRuleException if the year is outside that range
   */
  public static Year requireYear(String type, String attribute, Year year) {
    requireNonNull(year, attribute);
    requireYear(type, attribute, year.getValue(), year);
    return year;
  }

  private static void requireYear(String type, String attribute, int year, Object value) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new DomainRuleException(type, attribute, "must lie in the years " + MIN_YEAR + " to " + MAX_YEAR,
          value);
    }
  }

  /**
   * Checks that a duration is not negative, a whole number of seconds, and at most {@value #MAX_DURATION_DAYS}
   * days, and gives it back.
   *
   * @param type  the type being built, for the message, not null
   * @param attribute  the attribute holding the duration, for the message, not null
   * @param duration  the duration, not null
   * @return {@code duration}, unchanged
   * @throws DomainRuleException if the duration is negative, has a fraction of a second, or is longer
   */
  public static Duration requireDuration(String type, String attribute, Duration duration) {
    requireNonNull(duration, attribute);
    if (duration.isNegative()) {
      throw new DomainRuleException(type, attribute, "must not be negative", duration);
    }
    if (duration.getNano() != 0) {
      throw new DomainRuleException(type, attribute, "must be a whole number of seconds", duration);
    }
    if (duration.compareTo(MAX_DURATION) > 0) {
      throw new DomainRuleException(type, attribute, "must be at most " + MAX_DURATION_DAYS + " days", duration);
    }
    return duration;
  }
}
