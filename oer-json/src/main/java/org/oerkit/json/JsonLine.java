package org.oerkit.json;

import java.util.Optional;

/**
 * One record of a JSON Lines stream: its line number and either its value or the reason it could not be
 * read.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T>  the type of the record
 */
public final class JsonLine<T> {

  private final long lineNumber;
  private final T value;
  private final OerJsonException error;

  private JsonLine(long lineNumber, T value, OerJsonException error) {
    this.lineNumber = lineNumber;
    this.value = value;
    this.error = error;
  }

  static <T> JsonLine<T> valid(long lineNumber, T value) {
    return new JsonLine<>(lineNumber, value, null);
  }

  static <T> JsonLine<T> invalid(long lineNumber, OerJsonException error) {
    return new JsonLine<>(lineNumber, null, error);
  }

  /**
   * Gets the line number of the record in the stream, counted from 1.
   *
   * @return the line number
   */
  public long lineNumber() {
    return lineNumber;
  }

  /**
   * Checks whether the record was read.
   *
   * @return true if there is a value, false if there is an error
   */
  public boolean isValid() {
    return error == null;
  }

  /**
   * Gets the value of the record.
   *
   * @return the value
   * @throws OerJsonException the record's error, if it could not be read
   */
  public T value() {
    if (error != null) {
      throw error;
    }
    return value;
  }

  /**
   * Gets the reason the record could not be read; its {@link OerJsonException#line()} is this record's
   * line number.
   *
   * @return the error, or empty if the record was read
   */
  public Optional<OerJsonException> error() {
    return Optional.ofNullable(error);
  }

  @Override
  public String toString() {
    return "line " + lineNumber + ": " + (error == null ? String.valueOf(value) : error.getMessage());
  }
}
