package org.oerkit.core;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;

/**
 * A value read from another tool's format, with what the reading noticed: the oddities of the input that
 * were imported anyway, and what the format gave that oerkit could not carry.
 *
 * <p>Every reader of a foreign format (frab and pretalx schedules, Indico timetables, iCalendar, OER World
 * Map records) returns one. The findings' locations are paths into the input (a JSON Pointer, an XPath
 * with 1-based indexes, or {@code /VCALENDAR/VEVENT[3]/DTSTART}), so that a user can find each one in the
 * file they gave. A reader never drops a part of the input silently: what it leaves out is a finding.
 *
 * <p>This class is immutable and thread-safe if the value is.
 *
 * @param <T>  the type of the value
 */
public final class Imported<T> {

  private final T value;
  private final Report report;

  private Imported(T value, Report report) {
    this.value = value;
    this.report = report;
  }

  /**
   * Obtains an import result.
   *
   * @param <T>  the type of the value
   * @param value  the value read, not null
   * @param report  what the reading noticed, not null
   * @return the result
   */
  public static <T> Imported<T> of(T value, Report report) {
    return new Imported<>(requireNonNull(value, "value"), requireNonNull(report, "report"));
  }

  /**
   * Gets the value read.
   *
   * @return the value
   */
  public T value() {
    return value;
  }

  /**
   * Gets what the reading noticed, in document order.
   *
   * @return the report, empty when the input was imported whole and without oddities
   */
  public Report report() {
    return report;
  }

  /**
   * Returns a result with the value mapped and the same report.
   *
   * @param <R>  the type of the new value
   * @param mapper  the function to apply to the value, not null, returning not null
   * @return the mapped result
   */
  public <R> Imported<R> map(Function<? super T, ? extends R> mapper) {
    return of(mapper.apply(value), report);
  }

  /**
   * Returns a result with the same value and the findings of {@code other} added after this one's.
   *
   * @param other  the findings to add, not null
   * @return the combined result
   */
  public Imported<T> plus(Report other) {
    return of(value, report.plus(other));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Imported<?> other && value.equals(other.value) && report.equals(other.report);
  }

  @Override
  public int hashCode() {
    return value.hashCode() * 31 + report.hashCode();
  }

  @Override
  public String toString() {
    return "Imported[" + value + ", " + report.findings().size() + " findings]";
  }
}
