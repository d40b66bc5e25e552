package org.oerkit.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oerkit.core.Texts;
import org.oerkit.json.internal.Codecs;
import org.oerkit.json.internal.InvalidValueException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Turns whatever Jackson or the codecs threw into one {@link OerJsonException} with a pointer, a line and
 * column, and a sentence for a person.
 */
final class Failures {

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"", Pattern.DOTALL);

  /** The sentence for content after the end of the document's value. */
  static final String TRAILING = "There is more content after the end of the document; remove it. Several values,"
      + " one a line, form a JSON Lines file, which OerJson.readLines reads.";

  private Failures() {}

  static OerJsonException from(JacksonException e, JsonParser parser) {
    String pointer = pointer(e, parser);
    TokenStreamLocation location = e.getLocation();
    if ((location == null || location.getLineNr() <= 0) && parser != null) {
      location = parser.currentLocation();
    }
    // Before the first byte is decoded (an unsupported encoding) Jackson knows no line; the problem is at
    // the start of the document.
    long line = location == null || location.getLineNr() <= 0 ? 1 : location.getLineNr();
    int column = location == null || location.getColumnNr() <= 0 ? 1 : location.getColumnNr();
    return new OerJsonException(pointer, line, column, problem(e), e);
  }

  /** Gets the JSON Pointer of the value a parser is on. */
  static String pointer(JsonParser parser) {
    TokenStreamContext context = parser.streamReadContext();
    return context == null ? "" : context.pathAsPointer().toString();
  }

  /**
   * Sorts out a failure of reading: a failure of the stream itself (a disk or network gone, marked by
   * {@link StreamFault}) is an {@link UncheckedIOException} and no finding about the document; anything
   * else Jackson reports as an I/O failure (bytes of an unsupported encoding such as UCS-4 in byte order
   * 3412) is a fault of the document, an {@link OerJsonException}.
   */
  static RuntimeException ioFault(JacksonIOException e, JsonParser parser) {
    if (e.getCause() instanceof StreamFault) {
      return new UncheckedIOException((IOException) e.getCause().getCause());
    }
    return from(e, parser);
  }

  /** An {@link IOException} of the stream a document is read from, as opposed to one about its bytes. */
  static final class StreamFault extends IOException {
    private static final long serialVersionUID = 1L;

    StreamFault(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /** A stream whose own failures are marked as {@link StreamFault}s. */
  static final class ObservedStream extends FilterInputStream {
    ObservedStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        throw new StreamFault(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        throw new StreamFault(e);
      }
    }
  }

  private static String pointer(JacksonException e, JsonParser parser) {
    if (e instanceof InvalidValueException) {
      return ((InvalidValueException) e).pointer();
    }
    if (parser != null) {
      TokenStreamContext context = parser.streamReadContext();
      if (context != null) {
        return context.pathAsPointer().toString();
      }
    }
    StringBuilder pointer = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      String name = reference.getPropertyName();
      pointer.append('/').append(name != null
          ? name.replace("~", "~0").replace("/", "~1")
          : String.valueOf(reference.getIndex()));
    }
    return pointer.toString();
  }

  private static String problem(JacksonException e) {
    if (e instanceof InvalidValueException) {
      return ((InvalidValueException) e).problem();
    }
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      return limit(original);
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return "The document ends too early: it looks cut off. Check that the whole file was saved or copied.";
    }
    if (original.startsWith("Trailing token")) {
      return TRAILING;
    }
    if (e instanceof JacksonIOException) {
      return "The document is not UTF-8 text: its first bytes look like another encoding (such as UCS-4);"
          + " oerkit documents are UTF-8 (RFC 8259 section 8.1). Save it again with the UTF-8 encoding.";
    }
    if (e instanceof StreamReadException) {
      Matcher duplicate = DUPLICATE.matcher(original);
      if (duplicate.find()) {
        return Codecs.duplicateKey(duplicate.group(1));
      }
      if (original.contains("UTF-8") || original.contains("UTF8")) {
        return "The document is not valid UTF-8 text here; save it again with the UTF-8 encoding.";
      }
      return "The document is not valid JSON here: " + firstLine(original) + ".";
    }
    return "The document cannot be read here: " + firstLine(original) + ".";
  }

  private static String limit(String original) {
    if (original.contains("nesting depth")) {
      return "The document is nested more than " + OerJson.MAX_NESTING_DEPTH
          + " levels deep, the limit for oerkit documents; it is not an oerkit document.";
    }
    if (original.contains("String value length")) {
      return "A text is longer than " + OerJson.MAX_STRING_LENGTH + " characters, the limit for one value.";
    }
    if (original.contains("Number value length")) {
      return "A number is longer than " + OerJson.MAX_NUMBER_LENGTH + " characters, the limit for one number.";
    }
    if (original.contains("Name length")) {
      return "A property name is longer than " + OerJson.MAX_NAME_LENGTH + " characters, the limit for one name.";
    }
    if (original.contains("Document length")) {
      return "The document is larger than " + OerJson.MAX_DOCUMENT_LENGTH
          + " bytes, the limit for one document; split it, or use JSON Lines for large collections.";
    }
    if (original.contains("Token count")) {
      return "The document holds more than " + OerJson.MAX_TOKEN_COUNT
          + " values, the limit for one document; use JSON Lines for large collections.";
    }
    return "The document exceeds a safety limit: " + firstLine(original) + ".";
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    line = line.strip();
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
  }
}
