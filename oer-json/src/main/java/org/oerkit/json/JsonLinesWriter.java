package org.oerkit.json;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes a JSON Lines stream (https://jsonlines.org/): each value as one line of compact JSON followed by
 * {@code \n}, in constant memory, with the same deterministic output as documents.
 *
 * <p>This class is mutable and not thread-safe.
 *
 * @param <T>  the type of each record
 */
public final class JsonLinesWriter<T> implements Closeable, Flushable {

  private final OutputStream out;
  private final ObjectWriter writer;
  private final JsonGenerator generator;
  private long count;

  JsonLinesWriter(OutputStream out, ObjectWriter writer) {
    this.out = out;
    this.writer = writer;
    this.generator = writer.createGenerator(out);
  }

  /**
   * Writes one value on a line of its own.
   *
   * @param value  the value, not null
   * @return this writer
   */
  public JsonLinesWriter<T> write(T value) {
    java.util.Objects.requireNonNull(value, "value");
    writer.writeValue(generator, value);
    generator.writeRaw('\n');
    count++;
    return this;
  }

  /**
   * Gets the number of values written so far.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  @Override
  public void flush() {
    generator.flush();
  }

  /**
   * Flushes the remaining output and closes the stream.
   */
  @Override
  public void close() {
    generator.close();
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
