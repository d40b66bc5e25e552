package org.oerkit.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.databind.ObjectReader;

/**
 * Reads a JSON Lines stream (https://jsonlines.org/) one record at a time, in constant memory.
 *
 * <p>Each line is parsed by a parser of its own, with the same strict rules and limits as a document,
 * and may be at most {@value OerJson#MAX_LINE_LENGTH} bytes long; so a corrupt line costs one record, not
 * the rest of the file. Line ends may be {@code \n} or {@code \r\n}; blank lines are skipped but counted.
 *
 * <pre>{@code
 * try (JsonLinesReader<Person> lines = OerJson.readLines(in, Person.class)) {
 *   for (JsonLine<Person> line : lines) {
 *     if (line.isValid()) use(line.value()); else log(line.error().get());
 *   }
 * }
 * }</pre>
 *
 * <p>This class is mutable and not thread-safe.
 *
 * @param <T>  the type of each record
 */
public final class JsonLinesReader<T> implements Iterable<JsonLine<T>>, Closeable {

  private static final int BUFFER = 64 * 1024;

  private final InputStream in;
  private final ObjectReader reader;
  private final byte[] buffer = new byte[BUFFER];
  private int position;
  private int limit;
  private byte[] line = new byte[1024];
  private long lineNumber;
  private JsonLine<T> next;
  private boolean iterated;

  JsonLinesReader(InputStream in, ObjectReader reader) {
    this.in = in;
    this.reader = reader;
  }

  /**
   * Gets the records one by one, valid or not; can be called once.
   *
   * @return the iterator
   * @throws IllegalStateException if called twice
   * @throws UncheckedIOException from the iterator if the stream fails
   */
  @Override
  public Iterator<JsonLine<T>> iterator() {
    if (iterated) {
      throw new IllegalStateException("A JsonLinesReader can be iterated once");
    }
    iterated = true;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (next == null) {
          next = readNext();
        }
        return next != null;
      }

      @Override
      public JsonLine<T> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        JsonLine<T> current = next;
        next = null;
        return current;
      }
    };
  }

  /**
   * Gets the records as a sequential stream, valid or not; can be called once.
   *
   * @return the stream of records
   */
  public Stream<JsonLine<T>> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  /**
   * Gets the values as a sequential stream that stops at the first record that cannot be read, by throwing
   * its error; can be called once.
   *
   * @return the stream of values
   * @throws OerJsonException from the stream, at the first bad record, with its line number
   */
  public Stream<T> values() {
    return stream().map(JsonLine::value);
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonLine<T> readNext() {
    while (true) {
      int length = nextLine();
      if (length < 0) {
        return null;
      }
      lineNumber++;
      if (length > OerJson.MAX_LINE_LENGTH) {
        return JsonLine.invalid(lineNumber, new OerJsonException("", lineNumber, 0,
            "This line is longer than " + OerJson.MAX_LINE_LENGTH + " bytes, the limit for one JSON Lines record."));
      }
      if (isBlank(length)) {
        continue;
      }
      final int end = length;
      final byte[] bytes = line;
      try {
        OerJson.requireUtf8(bytes, 0, end);
        T value = OerJson.readDocument(reader, () -> reader.createParser(bytes, 0, end));
        return JsonLine.valid(lineNumber, value);
      } catch (OerJsonException e) {
        return JsonLine.invalid(lineNumber, e.onLine(lineNumber));
      }
    }
  }

  private boolean isBlank(int length) {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the next line into {@link #line}, without its line end; a line over the limit is consumed but
   * not kept, so memory stays bounded.
   *
   * @return the line's length, more than the limit if it was too long, or -1 at the end of the stream
   */
  private int nextLine() {
    int length = 0;
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        if (!any) {
          return -1;
        }
        break;
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      length = append(length, start, position - start);
      if (position < limit) {
        position++;
        break;
      }
    }
    if (length > 0 && length <= OerJson.MAX_LINE_LENGTH && line[length - 1] == '\r') {
      length--;
    }
    return length;
  }

  private int append(int length, int start, int count) {
    long total = (long) length + count;
    if (total > OerJson.MAX_LINE_LENGTH) {
      return OerJson.MAX_LINE_LENGTH + 1;
    }
    if (total > line.length) {
      byte[] bigger = new byte[(int) Math.min(OerJson.MAX_LINE_LENGTH, Math.max(total, 2L * line.length))];
      System.arraycopy(line, 0, bigger, 0, length);
      line = bigger;
    }
    System.arraycopy(buffer, start, line, length, count);
    return (int) total;
  }

  private boolean fill() {
    try {
      int read = in.read(buffer, 0, buffer.length);
      if (read <= 0) {
        return false;
      }
      position = 0;
      limit = read;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("Reading JSON Lines failed after line " + lineNumber, e);
    }
  }
}
