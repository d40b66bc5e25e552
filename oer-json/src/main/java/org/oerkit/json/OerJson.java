package org.oerkit.json;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import org.oerkit.core.Finding;
import org.oerkit.core.Report;
import org.oerkit.core.Rule;
import org.oerkit.core.Severity;
import org.oerkit.core.Texts;
import org.oerkit.json.internal.IgnoredProperties;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one-line way to read and write oerkit documents as JSON: a preconfigured, shared Jackson mapper with
 * strict reading, safety limits and deterministic output.
 *
 * <pre>{@code
 * Person person = OerJson.read(bytes, Person.class);   // throws OerJsonException with a JSON Pointer
 * byte[] json = OerJson.write(person);                  // the same bytes on every machine
 * }</pre>
 *
 * <p><b>Reading is strict.</b> An unknown property, a duplicate key, a {@code null}, a value of the wrong
 * kind, a broken domain rule, trailing content after the document, and anything past the limits below is
 * an {@link OerJsonException} carrying the JSON Pointer, line and column of the offending value; no partial
 * value is ever returned. {@link #readLenient(byte[], Class)} skips unknown properties instead and says
 * which it skipped. There is no default typing and no class name is ever read from a document.
 *
 * <p><b>Limits</b> apply to this mapper only; Jackson's global defaults are left alone: nesting depth
 * {@value #MAX_NESTING_DEPTH}, text {@value #MAX_STRING_LENGTH} characters, number
 * {@value #MAX_NUMBER_LENGTH} characters, property name {@value #MAX_NAME_LENGTH} characters, document
 * {@value #MAX_DOCUMENT_LENGTH} bytes and {@value #MAX_TOKEN_COUNT} tokens. A JSON Lines record may be
 * {@value #MAX_LINE_LENGTH} bytes long.
 *
 * <p><b>Writing is deterministic:</b> properties in a fixed, documented order, ISO 8601 dates, times and
 * durations, no locale or platform line separator anywhere; documents are indented by two spaces with
 * {@code \n} line ends and end with one {@code \n}.
 *
 * <p><b>Large corpora</b> are JSON Lines: {@link #readLines(InputStream, Class)} and
 * {@link #writeLines(OutputStream, Class)} work in constant memory.
 *
 * <p>This class is immutable and thread-safe; the mapper is built once per class loader.
 */
public final class OerJson {

  /** The deepest nesting of objects and arrays accepted; oerkit's deepest real path is about ten. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest text value accepted, in characters; a whole policy section fits many times. */
  public static final int MAX_STRING_LENGTH = Texts.MAX_LENGTH;
  /** The longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 32;
  /** The longest property name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 256;
  /** The largest document accepted, in bytes (64 MiB). */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;
  /** The most tokens (names, values, brackets) accepted in one document. */
  public static final long MAX_TOKEN_COUNT = 4_000_000L;
  /** The longest JSON Lines record accepted, in bytes (1 MiB). */
  public static final int MAX_LINE_LENGTH = 1024 * 1024;

  /** The rule that {@link #check(byte[])} reports a document that cannot be read under. */
  public static final Rule UNREADABLE = Rule.of("json.unreadable",
      "A document is valid JSON of one of the oerkit document types, and keeps their rules.",
      "oerkit native JSON format (oer-json FORMAT.md) and RFC 8259");

  private static final JsonMapper MAPPER = buildMapper();
  /** The base of {@link #typed}: the mapper's reader without jackson-core's duplicate detection. */
  private static final ObjectReader TYPED = MAPPER.reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  private static final DefaultPrettyPrinter PRETTY = prettyPrinter();
  private static final ObjectWriter DOCUMENT_WRITER = MAPPER.writer().with(PRETTY);
  private static final byte[] NEWLINE = {'\n'};

  private OerJson() {}

  /**
   * The reader of one type of value. Its codecs refuse a name given twice in an object themselves (from
   * what each object has seen, {@code ObjectCodec}), so Jackson's {@code STRICT_DUPLICATE_DETECTION},
   * which keeps a set of names per object, is off here; the tree readers keep it.
   */
  private static ObjectReader typed(Class<?> type) {
    return TYPED.forType(requireNonNull(type, "type"));
  }

  private static JsonMapper buildMapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .maxTokenCount(MAX_TOKEN_COUNT)
            .build())
        .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
        // Messages quote at most a short token of the document, never a stretch of raw content.
        .errorReportConfiguration(ErrorReportConfiguration.builder().maxErrorTokenLength(40).maxRawContentLength(0)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new OerModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
        .build();
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /**
   * Gets the shared, preconfigured mapper, with {@link OerModule}, strict reading and the limits.
   *
   * <p>Use it to read or write types that {@link OerJson} has no method for; {@code mapper().rebuild()}
   * starts a builder from it for further configuration. Its exceptions are Jackson's own; the methods of
   * this class turn them into {@link OerJsonException}.
   *
   * @return the mapper, immutable and shared
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * Reads one document from bytes of UTF-8 JSON, strictly.
   *
   * @param <T>  the type of the document's root value
   * @param json  the document, not null
   * @param type  the type of the root value, such as {@code Person.class}, not null
   * @return the value, never null
   * @throws OerJsonException if the document cannot be read as that type
   */
  public static <T> T read(byte[] json, Class<T> type) {
    requireNonNull(json, "json");
    ObjectReader reader = typed(type);
    requireUtf8(json, 0, json.length);
    return readDocument(reader, () -> reader.createParser(json));
  }

  /**
   * Reads one document from a stream of UTF-8 JSON, strictly; the stream is read to the document's end
   * and is not closed.
   *
   * @param <T>  the type of the document's root value
   * @param json  the stream, not null
   * @param type  the type of the root value, not null
   * @return the value, never null
   * @throws OerJsonException if the document cannot be read as that type
   * @throws UncheckedIOException if the stream fails
   */
  public static <T> T read(InputStream json, Class<T> type) {
    InputStream observed = new Failures.ObservedStream(requireNonNull(json, "json"));
    ObjectReader reader = typed(type);
    PushbackInputStream in = new PushbackInputStream(observed, 4);
    try {
      byte[] start = in.readNBytes(4);
      in.unread(start);
      requireUtf8(start, 0, start.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return readDocument(reader, () -> reader.createParser(in));
  }

  /**
   * Reads one document from a file of UTF-8 JSON, strictly.
   *
   * @param <T>  the type of the document's root value
   * @param file  the file, not null
   * @param type  the type of the root value, not null
   * @return the value, never null
   * @throws OerJsonException if the document cannot be read as that type
   * @throws UncheckedIOException if the file cannot be read
   */
  public static <T> T read(Path file, Class<T> type) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one document from bytes of UTF-8 JSON, skipping properties the format does not know.
   *
   * <p>Everything else is as strict as {@link #read(byte[], Class)}: duplicate keys, wrong kinds, broken
   * rules and limits are still errors.
   *
   * @param <T>  the type of the document's root value
   * @param json  the document, not null
   * @param type  the type of the root value, not null
   * @return the value with the pointers of the skipped properties
   * @throws OerJsonException if the document cannot be read as that type
   */
  public static <T> ReadResult<T> readLenient(byte[] json, Class<T> type) {
    requireNonNull(json, "json");
    IgnoredProperties ignored = new IgnoredProperties();
    ObjectReader reader = typed(type)
        .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .withAttribute(IgnoredProperties.class, ignored);
    requireUtf8(json, 0, json.length);
    T value = readDocument(reader, () -> reader.createParser(json));
    return new ReadResult<>(value, ignored.pointers(), ignored.owners());
  }

  /**
   * Tells which kind of oerkit document some JSON is, from the {@code format} property of its root object,
   * without reading the rest.
   *
   * @param json  the document, not null
   * @return the document type
   * @throws OerJsonException if the JSON is not UTF-8 or not an object, does not start with {@code format}, or declares
   *     a format this version of oerkit does not read
   */
  public static DocumentType detect(byte[] json) {
    requireNonNull(json, "json");
    requireUtf8(json, 0, json.length);
    JsonParser parser = null;
    try {
      parser = MAPPER.createParser(json);
      try (JsonParser p = parser) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          throw new OerJsonException("", 1, 1, "This is not an oerkit document: it should be a JSON object whose"
              + " \"format\" names its kind, such as \"" + DocumentType.WORKSHOP.format() + "\".");
        }
        // The format is the root's first property (FORMAT.md), so only the first property is looked at.
        String name = p.nextName();
        if (name != null) {
          JsonToken token = p.nextToken();
          if (name.equals("format") && token == JsonToken.VALUE_STRING) {
            String format = p.getString();
            return DocumentType.ofFormat(format).orElseThrow(() -> new OerJsonException("/format",
                p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr(),
                Texts.quote(format) + " is not a format this version of oerkit reads; it reads " + formats() + "."));
          }
        }
        throw new OerJsonException("", p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr(),
            "This is not an oerkit document: its root does not start with a \"format\" naming its kind, one of "
                + formats() + ".");
      }
    } catch (JacksonIOException e) {
      throw Failures.ioFault(e, parser);
    } catch (JacksonException e) {
      throw Failures.from(e, parser);
    }
  }

  private static String formats() {
    return java.util.Arrays.stream(DocumentType.values()).map(t -> "\"" + t.format() + "\"")
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /**
   * Reads a document of any kind, telling its kind from its {@code format}, strictly.
   *
   * @param json  the document, not null
   * @return the root value, such as a {@code Workshop}; its class is {@code detect(json).javaType()}
   * @throws OerJsonException if the document cannot be read
   */
  public static Object readDocument(byte[] json) {
    return read(json, detect(json).javaType());
  }

  /**
   * Checks a document of any kind without returning it, as a report: one {@link Severity#WARNING}
   * for each property the format does not know, and one {@link Severity#ERROR} if the
   * document cannot be read, located by JSON Pointer, line and column.
   *
   * @param json  the document, not null
   * @return the report, empty if the document is a valid oerkit document
   * @throws UncheckedIOException never for bytes; a fault of reading is not a finding about the document
   */
  public static Report check(byte[] json) {
    try {
      return readLenient(json, detect(json).javaType()).report();
    } catch (OerJsonException e) {
      String at = e.line() > 0 ? "line " + e.line() + ", column " + e.column() + ": " : "";
      return Report.of(List.of(Finding.of(UNREADABLE, Severity.ERROR, e.pointer().isEmpty() ? "/" : e.pointer(),
          at + e.problem())));
    }
  }

  /** Opens a parser; a functional interface so that parser creation failures are caught like the rest. */
  interface ParserSource {
    JsonParser open();
  }

  /**
   * Refuses a byte order mark and UTF-16 or UTF-32 input, which Jackson would otherwise detect and read:
   * FORMAT.md says UTF-8, and RFC 8259 section 8.1 says a document must not begin with a byte order mark.
   */
  static void requireUtf8(byte[] bytes, int offset, int length) {
    if (length >= 3 && bytes[offset] == (byte) 0xEF && bytes[offset + 1] == (byte) 0xBB
        && bytes[offset + 2] == (byte) 0xBF) {
      throw new OerJsonException("", 1, 1,
          "The document starts with a byte order mark; an oerkit document is UTF-8 without one.");
    }
    if (length >= 2 && (bytes[offset] == 0 || bytes[offset + 1] == 0
        || (bytes[offset] == (byte) 0xFE && bytes[offset + 1] == (byte) 0xFF)
        || (bytes[offset] == (byte) 0xFF && bytes[offset + 1] == (byte) 0xFE))) {
      throw new OerJsonException("", 1, 1,
          "The document is in UTF-16 or UTF-32; an oerkit document is UTF-8.");
    }
  }

  static <T> T readDocument(ObjectReader reader, ParserSource source) {
    JsonParser parser = null;
    try {
      parser = source.open();
      try (JsonParser p = parser) {
        JsonToken first = p.nextToken();
        if (first == null) {
          throw new OerJsonException("", 1, 1, "The document is empty; it should hold one JSON object.");
        }
        if (first == JsonToken.VALUE_NULL) {
          throw new OerJsonException("", 1, 1, "The document is null; it should hold one JSON object.");
        }
        T value = reader.readValue(p);
        if (p.nextToken() != null) {
          throw new OerJsonException("", p.currentTokenLocation().getLineNr(),
              p.currentTokenLocation().getColumnNr(), Failures.TRAILING);
        }
        return value;
      }
    } catch (JacksonIOException e) {
      throw Failures.ioFault(e, parser);
    } catch (JacksonException e) {
      throw Failures.from(e, parser);
    } catch (StackOverflowError e) {
      // The nesting limit keeps Jackson's own recursion shallow; this is the last guard for a rule of a value
      // that recursed too deep, so that one bad document (or JSON Lines record) costs only itself. An
      // OutOfMemoryError is not caught: the limits bound what one document may allocate, and past them the
      // whole JVM, not one document, is in trouble.
      throw new OerJsonException(parser == null ? "" : Failures.pointer(parser),
          parser == null ? 0 : parser.currentLocation().getLineNr(),
          parser == null ? 0 : parser.currentLocation().getColumnNr(),
          "This value is too complex to read: checking it ran out of stack; it is not an oerkit value.");
    }
  }

  /**
   * Writes a value as an indented JSON document, ending with a line feed.
   *
   * @param value  the value, such as a workshop or a person, not null
   * @return the UTF-8 bytes, the same on every machine and locale
   * @throws tools.jackson.core.exc.StreamConstraintsException if the value nests deeper than
   *     {@value #MAX_NESTING_DEPTH} levels, which no oerkit reader would accept
   */
  public static byte[] write(Object value) {
    requireNonNull(value, "value");
    // Jackson's own segmented byte builder, the line feed appended, one copy out: a growing
    // ByteArrayOutputStream copied a workshop's bytes about three times over (BENCHMARKS.md).
    try (ByteArrayBuilder bytes = new ByteArrayBuilder(8000)) {
      DOCUMENT_WRITER.writeValue(bytes, value);
      bytes.append(NEWLINE[0]);
      return bytes.toByteArray();
    }
  }

  /**
   * Writes a value as an indented JSON document, ending with a line feed, as a string.
   *
   * @param value  the value, not null
   * @return the document
   */
  public static String writeString(Object value) {
    return new String(write(value), StandardCharsets.UTF_8);
  }

  /**
   * Writes a value as an indented JSON document, ending with a line feed, to a stream that stays open.
   *
   * @param value  the value, not null
   * @param out  the stream, not null
   * @throws UncheckedIOException if the stream fails
   */
  public static void write(Object value, OutputStream out) {
    requireNonNull(value, "value");
    requireNonNull(out, "out");
    DOCUMENT_WRITER.writeValue(out, value);
    try {
      out.write(NEWLINE);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a value as an indented JSON document to a file, all or nothing: the document goes to a
   * temporary file beside it, which then replaces the file in one step, so that no half-written file is
   * ever left behind.
   *
   * <p>A file that exists keeps its POSIX permissions (where the file system has them), and a symbolic link
   * is written through: the file it points to is replaced, in its own directory, and the link stays.
   *
   * @param value  the value, not null
   * @param file  the file, not null
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Object value, Path file) {
    requireNonNull(value, "value");
    requireNonNull(file, "file");
    byte[] bytes = write(value);
    Path temporary = null;
    try {
      Path target = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath();
      temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      Files.write(temporary, bytes);
      PosixFileAttributeView permissions = Files.getFileAttributeView(target, PosixFileAttributeView.class);
      if (permissions != null && Files.exists(target)) {
        Files.setPosixFilePermissions(temporary, permissions.readAttributes().permissions());
      }
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // The move has happened or the write has failed; the temporary file is all that is left.
        }
      }
    }
  }

  /**
   * Starts reading a JSON Lines stream of values of one type, one record a line, in constant memory.
   *
   * <p>Each line is parsed on its own, so a bad line yields a {@link JsonLine} carrying its error and line
   * number, and reading goes on; {@link JsonLinesReader#values()} stops at the first bad line instead.
   *
   * @param <T>  the type of each record
   * @param in  the stream of UTF-8 JSON Lines, closed when the reader is closed, not null
   * @param type  the type of each record, not null
   * @return the reader, to close
   */
  public static <T> JsonLinesReader<T> readLines(InputStream in, Class<T> type) {
    return new JsonLinesReader<>(requireNonNull(in, "in"), typed(type));
  }

  /**
   * Starts writing a JSON Lines stream: each value on one line of compact JSON, ending with a line feed.
   *
   * @param <T>  the type of each record
   * @param out  the stream, closed when the writer is closed, not null
   * @param type  the type of each record, not null
   * @return the writer, to close
   */
  public static <T> JsonLinesWriter<T> writeLines(OutputStream out, Class<T> type) {
    ObjectWriter writer = MAPPER.writerFor(requireNonNull(type, "type")).withRootValueSeparator("");
    return new JsonLinesWriter<>(requireNonNull(out, "out"), writer);
  }
}
