package org.oerkit.core.policy;

import java.math.BigDecimal;
import java.time.Year;
import org.immutables.value.Value;
import org.oerkit.core.Bounds;

/**
 * A value of an indicator in a year, as a baseline or a target, such as 35 (percent of schools) in 2017.
 *
 * <p>The value has at most {@value Bounds#MAX_INTEGER_DIGITS} digits before the decimal point and
 * {@value Bounds#MAX_DECIMALS} after it, and the year lies in {@value Bounds#MIN_YEAR} to
 * {@value Bounds#MAX_YEAR} ({@link Bounds}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Measurement {

  Measurement() {}

  /**
   * Obtains a measurement.
   *
   * @param value  the value, not null
   * @param year  the year, not null
   * @return the measurement
   */
  public static Measurement of(BigDecimal value, Year year) {
    return ImmutableMeasurement.of(value, year);
  }

  /**
   * Obtains a measurement of a whole number.
   *
   * @param value  the value
   * @param year  the year, such as 2020
   * @return the measurement
   */
  public static Measurement of(long value, int year) {
    return of(BigDecimal.valueOf(value), Year.of(year));
  }

  /**
   * Gets the value.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract BigDecimal value();

  /**
   * Gets the year.
   *
   * @return the year
   */
  @Value.Parameter
  public abstract Year year();

  @Value.Check
  void check() {
    Bounds.requireDecimal("Measurement", "value", value(), Bounds.MAX_DECIMALS);
    Bounds.requireYear("Measurement", "year", year());
  }
}
