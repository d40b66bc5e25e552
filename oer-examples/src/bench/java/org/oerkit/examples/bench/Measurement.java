package org.oerkit.examples.bench;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One score of one benchmark: a JMH primary or secondary result, with its 99.9 % confidence half-width and
 * its unit, as the runner takes it from JMH.
 *
 * <p>The {@link #key()} names the benchmark by class and method, its parameters and the metric, such as
 * {@code "LicenseCompatibility.library[n=10000]"} or {@code "WorkshopRead.oerkit:gc.alloc.rate.norm"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Measurement {

  /** The name of the primary metric of a benchmark, its time (or throughput). */
  public static final String PRIMARY = "";

  private final String benchmark;
  private final Map<String, String> params;
  private final String metric;
  private final double score;
  private final double error;
  private final String unit;

  private Measurement(String benchmark, Map<String, String> params, String metric, double score, double error,
      String unit) {
    this.benchmark = requireNonNull(benchmark, "benchmark");
    this.params = ImmutableSortedMap.copyOf(requireNonNull(params, "params"));
    this.metric = requireNonNull(metric, "metric");
    this.score = score;
    this.error = error;
    this.unit = requireNonNull(unit, "unit");
  }

  /**
   * Obtains a measurement.
   *
   * @param benchmark  the benchmark, class and method, such as {@code "WorkshopRead.oerkit"}, not null
   * @param params  the JMH parameters, not null
   * @param metric  the metric, {@link #PRIMARY} or a secondary name such as {@code "gc.alloc.rate.norm"}
   * @param score  the score
   * @param error  the half-width of the 99.9 % confidence interval, or NaN if JMH could not compute it
   * @param unit  the unit, such as {@code "us/op"} or {@code "B/op"}, not null
   * @return the measurement
   */
  public static Measurement of(String benchmark, Map<String, String> params, String metric, double score,
      double error, String unit) {
    return new Measurement(benchmark, params, metric, score, error, unit);
  }

  /**
   * Gets the key that names this measurement in a {@link Target}.
   *
   * @return the key, such as {@code "LicenseCompatibility.library[n=10000]"}
   */
  public String key() {
    return key(benchmark, params, metric);
  }

  static String key(String benchmark, Map<String, String> params, String metric) {
    String key = params.isEmpty() ? benchmark
        : benchmark + "[" + Joiner.on(',').withKeyValueSeparator('=').join(ImmutableSortedMap.copyOf(params)) + "]";
    return metric.isEmpty() ? key : key + ":" + metric;
  }

  /**
   * Gets the benchmark, class and method.
   *
   * @return the benchmark, such as {@code "WorkshopRead.oerkit"}
   */
  public String benchmark() {
    return benchmark;
  }

  /**
   * Gets the JMH parameters.
   *
   * @return the parameters, sorted by name, possibly empty
   */
  public Map<String, String> params() {
    return params;
  }

  /**
   * Gets the metric.
   *
   * @return {@link #PRIMARY}, or a secondary metric such as {@code "gc.alloc.rate.norm"}
   */
  public String metric() {
    return metric;
  }

  /**
   * Gets the score.
   *
   * @return the score, in {@link #unit()}
   */
  public double score() {
    return score;
  }

  /**
   * Gets the half-width of the 99.9 % confidence interval.
   *
   * @return the error, or NaN if there were too few samples
   */
  public double error() {
    return error;
  }

  /**
   * Gets the unit.
   *
   * @return the unit, such as {@code "us/op"}
   */
  public String unit() {
    return unit;
  }

  /**
   * Gets the score in a common unit: nanoseconds for times per operation, the unit itself otherwise.
   *
   * @return the normalized score
   */
  double normalizedScore() {
    return score * scale();
  }

  /**
   * Gets the error in the unit of {@link #normalizedScore()}.
   *
   * @return the normalized error, or NaN
   */
  double normalizedError() {
    return error * scale();
  }

  private double scale() {
    switch (unit) {
      case "s/op": return 1e9;
      case "ms/op": return 1e6;
      case "us/op": return 1e3;
      default: return 1;
    }
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Measurement)) {
      return false;
    }
    Measurement other = (Measurement) obj;
    return benchmark.equals(other.benchmark) && params.equals(other.params) && metric.equals(other.metric)
        && Double.compare(score, other.score) == 0 && Double.compare(error, other.error) == 0
        && unit.equals(other.unit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(benchmark, params, metric, score, error, unit);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s = %.3f ± %.3f %s", key(), score, error, unit);
  }
}
