package org.oerkit.examples.bench;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * A target of the benchmark suite: the ratio of a measurement to its baseline, measured in the same run,
 * and the bound it must keep, such as "read one workshop at most 1.3x the time of a hand-written streaming
 * reader" (oerkit issue 8, after the goals of {@code json-performance-reliability.md} §5.a).
 *
 * <p>A target without a bound is reported only; a target without a baseline reports its score alone.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Target {

  /** How the ratio is bounded. */
  public enum Bound {
    /** The ratio must be at most the limit, as for a time ratio. */
    AT_MOST,
    /** The ratio must be at least the limit, as for a speed-up over a naive baseline. */
    AT_LEAST,
    /** The ratio is reported, with no limit. */
    REPORTED
  }

  private final String workload;
  private final String baseline;
  private final String measurement;
  private final Optional<String> reference;
  private final Bound bound;
  private final double limit;
  private final double scale;

  private Target(String workload, String baseline, String measurement, Optional<String> reference, Bound bound,
      double limit, double scale) {
    this.workload = requireNonNull(workload, "workload");
    this.baseline = requireNonNull(baseline, "baseline");
    this.measurement = requireNonNull(measurement, "measurement");
    this.reference = requireNonNull(reference, "reference");
    this.bound = requireNonNull(bound, "bound");
    if (bound != Bound.REPORTED && !(limit > 0)) {
      throw new IllegalArgumentException("Target.limit must be positive, was " + limit);
    }
    this.limit = limit;
    if (!(scale > 0)) {
      throw new IllegalArgumentException("Target.scale must be positive, was " + scale);
    }
    this.scale = scale;
  }

  /**
   * Obtains a target whose ratio must be at most a limit.
   *
   * @param workload  what is measured, in words, not null
   * @param baseline  what it is compared with, in words, not null
   * @param measurement  the key of the measured score, as {@link Measurement#key()} gives it, not null
   * @param reference  the key of the baseline's score, not null
   * @param limit  the largest ratio that meets the target, positive
   * @return the target
   */
  public static Target atMost(String workload, String baseline, String measurement, String reference,
      double limit) {
    return new Target(workload, baseline, measurement, Optional.of(reference), Bound.AT_MOST, limit, 1);
  }

  /**
   * Obtains a target whose ratio must be at least a limit, such as a speed-up: the ratio is then the
   * baseline's time over the measured time, so {@code measurement} names the slow baseline.
   *
   * @param workload  what is measured, in words, not null
   * @param baseline  what it is compared with, in words, not null
   * @param measurement  the key of the numerator, not null
   * @param reference  the key of the denominator, not null
   * @param limit  the smallest ratio that meets the target, positive
   * @return the target
   */
  public static Target atLeast(String workload, String baseline, String measurement, String reference,
      double limit) {
    return new Target(workload, baseline, measurement, Optional.of(reference), Bound.AT_LEAST, limit, 1);
  }

  /**
   * Obtains a target like this one whose measured score is first multiplied by a factor: a baseline too
   * slow to run at the size of the target is measured at a smaller size and scaled by its known growth,
   * such as the number of pairs of an all-pairs check.
   *
   * @param factor  the factor, positive
   * @return the scaled target
   */
  public Target scaledBy(double factor) {
    return new Target(workload, baseline, measurement, reference, bound, limit, factor);
  }

  /**
   * Obtains a ratio that is reported with no limit.
   *
   * @param workload  what is measured, in words, not null
   * @param baseline  what it is compared with, in words, not null
   * @param measurement  the key of the numerator, not null
   * @param reference  the key of the denominator, not null
   * @return the target
   */
  public static Target reported(String workload, String baseline, String measurement, String reference) {
    return new Target(workload, baseline, measurement, Optional.of(reference), Bound.REPORTED, Double.NaN, 1);
  }

  /**
   * Obtains a score that is reported alone, with no baseline and no limit.
   *
   * @param workload  what is measured, in words, not null
   * @param measurement  the key of the score, not null
   * @return the target
   */
  public static Target reported(String workload, String measurement) {
    return new Target(workload, "", measurement, Optional.empty(), Bound.REPORTED, Double.NaN, 1);
  }

  /**
   * Gets what is measured, in words.
   *
   * @return the workload
   */
  public String workload() {
    return workload;
  }

  /**
   * Gets what the measurement is compared with, in words.
   *
   * @return the baseline, empty for a score reported alone
   */
  public String baseline() {
    return baseline;
  }

  /**
   * Gets the key of the numerator.
   *
   * @return the key of a {@link Measurement}
   */
  public String measurement() {
    return measurement;
  }

  /**
   * Gets the key of the denominator.
   *
   * @return the key of a {@link Measurement}, or empty for a score reported alone
   */
  public Optional<String> reference() {
    return reference;
  }

  /**
   * Gets how the ratio is bounded.
   *
   * @return the bound
   */
  public Bound bound() {
    return bound;
  }

  /**
   * Gets the limit of the ratio.
   *
   * @return the limit, NaN for a reported ratio
   */
  public double limit() {
    return limit;
  }

  /**
   * Gets the factor the measured score is multiplied by before the ratio is taken.
   *
   * @return the factor, 1 unless {@link #scaledBy(double)} set it
   */
  public double scale() {
    return scale;
  }

  /**
   * Tells whether a ratio meets this target.
   *
   * @param ratio  the ratio
   * @return true if it meets the bound, or if the target is reported only
   */
  public boolean isMetBy(double ratio) {
    switch (bound) {
      case AT_MOST: return ratio <= limit;
      case AT_LEAST: return ratio >= limit;
      default: return true;
    }
  }

  /**
   * Formats the target as the table prints it.
   *
   * @return the target, such as {@code "≤ 1.30"}, {@code "≥ 50"}, {@code "≥ 0.30"} or {@code "reported"}
   */
  public String describeLimit() {
    switch (bound) {
      case AT_MOST: return String.format(Locale.ROOT, "≤ %.2f", limit);
      case AT_LEAST: return String.format(Locale.ROOT, limit >= 10 ? "≥ %.0f" : "≥ %.2f", limit);
      default: return "reported";
    }
  }

  @Override
  public String toString() {
    return workload + (baseline.isEmpty() ? "" : " vs " + baseline) + " " + describeLimit();
  }
}
