package org.oerkit.examples.bench;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ratios of a benchmark run, one row a {@link Target}: the measured score, the baseline's score from the
 * same run, their ratio with the interval that the two 99.9 % confidence intervals allow, the target and
 * whether it holds, printed as a Markdown table for {@code BENCHMARKS.md}.
 *
 * <p>A ratio holds when its point value meets the target. When the point value meets it but the interval
 * crosses the limit, the row says so ("noise"); when it misses, the row says by how much.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RatioTable {

  /**
   * One row of the table.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Row {
    private final Target target;
    private final Optional<Measurement> measured;
    private final Optional<Measurement> reference;

    Row(Target target, Optional<Measurement> measured, Optional<Measurement> reference) {
      this.target = target;
      this.measured = measured;
      this.reference = reference;
    }

    /**
     * Gets the target.
     *
     * @return the target
     */
    public Target target() {
      return target;
    }

    /**
     * Gets the ratio of the measured score to the baseline's, both in the same unit.
     *
     * @return the ratio, or empty if either score is missing or the target has no baseline
     */
    public Optional<Double> ratio() {
      if (measured.isEmpty() || reference.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(measured.get().normalizedScore() * target.scale() / reference.get().normalizedScore());
    }

    /**
     * Gets the smallest and largest ratio that the two confidence intervals allow.
     *
     * @return the interval, or empty if a score or its error is missing
     */
    public Optional<double[]> interval() {
      if (ratio().isEmpty()) {
        return Optional.empty();
      }
      Measurement m = measured.get();
      Measurement r = reference.get();
      double mErr = m.normalizedError();
      double rErr = r.normalizedError();
      if (Double.isNaN(mErr) || Double.isNaN(rErr)) {
        return Optional.empty();
      }
      double scale = target.scale();
      double low = (m.normalizedScore() - mErr) * scale / (r.normalizedScore() + rErr);
      double high = r.normalizedScore() - rErr <= 0 ? Double.POSITIVE_INFINITY
          : (m.normalizedScore() + mErr) * scale / (r.normalizedScore() - rErr);
      return Optional.of(new double[] {Math.max(low, 0), high});
    }

    /**
     * Tells whether the target holds: reported targets always hold, missing measurements never do.
     *
     * @return true if the target holds
     */
    public boolean holds() {
      if (target.bound() == Target.Bound.REPORTED) {
        return measured.isPresent() && (target.reference().isEmpty() || reference.isPresent());
      }
      return ratio().map(target::isMetBy).orElse(false);
    }

    /**
     * Gets the verdict as the table prints it.
     *
     * @return the verdict, such as {@code "yes"}, {@code "yes (noise: 1.02-1.41)"} or
     *     {@code "NO, misses by 23 %"}
     */
    public String verdict() {
      if (measured.isEmpty() || (target.reference().isPresent() && reference.isEmpty())) {
        return "not measured";
      }
      if (target.bound() == Target.Bound.REPORTED) {
        return "reported";
      }
      double ratio = ratio().get();
      if (!target.isMetBy(ratio)) {
        double miss = target.bound() == Target.Bound.AT_MOST ? ratio / target.limit() - 1 : target.limit() / ratio - 1;
        return String.format(Locale.ROOT, "**NO**, misses by %.0f %%", miss * 100);
      }
      Optional<double[]> interval = interval();
      if (interval.isPresent()) {
        double worst = target.bound() == Target.Bound.AT_MOST ? interval.get()[1] : interval.get()[0];
        if (!target.isMetBy(worst)) {
          return "yes (within noise)";
        }
      }
      return "yes";
    }
  }

  private final List<Row> rows;
  private final List<Measurement> measurements;

  private RatioTable(List<Row> rows, List<Measurement> measurements) {
    this.rows = rows;
    this.measurements = measurements;
  }

  /**
   * Obtains the table of a run.
   *
   * @param targets  the targets, in the order of the table, not null
   * @param measurements  the measurements of the run, not null
   * @return the table
   */
  public static RatioTable of(List<Target> targets, Collection<Measurement> measurements) {
    requireNonNull(targets, "targets");
    Map<String, Measurement> byKey = new LinkedHashMap<>();
    measurements.forEach(m -> byKey.put(m.key(), m));
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (Target target : targets) {
      rows.add(new Row(target, Optional.ofNullable(byKey.get(target.measurement())),
          target.reference().map(byKey::get)));
    }
    return new RatioTable(rows.build(), ImmutableList.copyOf(measurements));
  }

  /**
   * Gets the rows, in the order of the targets.
   *
   * @return the rows
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Tells whether every target holds.
   *
   * @return true if every row holds
   */
  public boolean allHold() {
    return rows.stream().allMatch(Row::holds);
  }

  /**
   * Formats the ratios as a Markdown table.
   *
   * @return the table, one line a target
   */
  public String toMarkdown() {
    StringBuilder table = new StringBuilder();
    table.append("| workload | baseline | measured | baseline score | ratio | 99.9 % interval | target | holds |\n");
    table.append("|---|---|---:|---:|---:|---|---|---|\n");
    for (Row row : rows) {
      Target target = row.target();
      table.append("| ").append(target.workload())
          .append(" | ").append(target.baseline())
          .append(" | ").append(row.measured.map(RatioTable::score).orElse("—"))
          .append(target.scale() == 1 ? "" : String.format(Locale.ROOT, " × %.1f", target.scale()))
          .append(" | ").append(row.reference.map(RatioTable::score).orElse(target.reference().isPresent() ? "—" : ""))
          .append(" | ").append(row.ratio().map(RatioTable::number).orElse("—"))
          .append(" | ").append(row.interval().map(i -> number(i[0]) + "–" + number(i[1])).orElse(""))
          .append(" | ").append(target.describeLimit())
          .append(" | ").append(row.verdict())
          .append(" |\n");
    }
    return table.toString();
  }

  /**
   * Formats every measurement of the run as a Markdown table.
   *
   * @return the table, one line a measurement
   */
  public String measurementsToMarkdown() {
    StringBuilder table = new StringBuilder();
    table.append("| benchmark | score | ± 99.9 % | unit |\n|---|---:|---:|---|\n");
    for (Measurement m : measurements) {
      table.append("| `").append(m.key()).append("` | ").append(number(m.score()))
          .append(" | ").append(Double.isNaN(m.error()) ? "" : number(m.error()))
          .append(" | ").append(m.unit()).append(" |\n");
    }
    return table.toString();
  }

  private static String score(Measurement m) {
    return number(m.score()) + (Double.isNaN(m.error()) ? "" : " ± " + number(m.error())) + " " + m.unit();
  }

  static String number(double value) {
    double magnitude = Math.abs(value);
    if (Double.isInfinite(value)) {
      return "∞";
    }
    if (magnitude >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (magnitude >= 100) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (magnitude >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    if (magnitude >= 0.01 || value == 0) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.2g", value);
  }
}
