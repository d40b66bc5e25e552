package org.oerkit.json.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oerkit.core.Bounds;
import org.oerkit.core.OerException;
import org.oerkit.core.Texts;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scalar codecs of the native format: text, whole numbers, booleans, enumerations, and the values
 * written as ISO or standard text (dates, times, durations, zones, URIs, countries, language tags).
 */
public final class Codecs {

  /**
   * The characters that are blank by the domain's rule ({@link Texts#isBlank(char)}), as the body of a
   * character class that Java and the ECMA-262 regular expressions of JSON Schema validators read alike
   * (every character a {@code \\uXXXX} escape, ranges joined), made from that rule so that schema and reader
   * never differ.
   */
  static final String BLANK = blankClass();
  /** The pattern of a text that is not blank: some character that is not blank. */
  static final String NON_BLANK = "[^" + BLANK + "]";
  /** The pattern of a text without blank characters at its ends, as {@code Texts.requireTrimmed} checks. */
  static final String TRIMMED = "^[^" + BLANK + "](?:[\\s\\S]*[^" + BLANK + "])?$";
  /** The pattern of an identifier: letters and digits separated by single dots, hyphens or underscores. */
  static final String IDENTIFIER = "^[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*$";

  /** Any text. */
  public static final Codec<String> STRING = new StringCodec(null, "text", null);
  /** Text that is not blank. */
  public static final Codec<String> NON_BLANK_STRING = new StringCodec(NON_BLANK, "text",
      text -> "This text must not be blank.");
  /** Text that is not blank and has no white space at its ends (names, titles). */
  public static final Codec<String> TRIMMED_STRING = new StringCodec(TRIMMED, "text",
      text -> "This text must not be blank nor start or end with white space, but was " + Problems.quote(text) + ".");
  /** A whole number that fits 32 bits. */
  public static final Codec<Integer> INT = new IntCodec(Integer.MIN_VALUE);
  /** A whole number from 1 that fits 32 bits. */
  public static final Codec<Integer> POSITIVE_INT = new IntCodec(1);
  /** true or false. */
  public static final Codec<Boolean> BOOLEAN = new BooleanCodec();
  /** A decimal number, kept exactly with its scale: {@code 1.50} stays {@code 1.50}. */
  public static final Codec<BigDecimal> DECIMAL = new DecimalCodec();
  /** A year of the ISO calendar, written as a whole number such as {@code 2017}. */
  public static final Codec<Year> YEAR = new YearCodec();

  /** A calendar date, ISO 8601 {@code YYYY-MM-DD}. */
  public static final Codec<LocalDate> DATE = text(LocalDate.class, "a date written YYYY-MM-DD, such as \"2017-12-11\"",
      LocalDate::parse, LocalDate::toString, dateSchema());
  /** A time of day, ISO 8601 {@code HH:MM} or {@code HH:MM:SS}, without zone. */
  public static final Codec<LocalTime> TIME = text(LocalTime.class, "a time of day written HH:MM, such as \"09:30\"",
      Codecs::parseTime, Codecs::timeText,
      pattern("^(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?$"));
  /**
   * The spellings {@link Duration#toString} gives to the lengths from zero to {@value Bounds#MAX_DURATION_DAYS}
   * days in whole seconds (CodecsTest checks both directions): {@code PT0S}, {@code PT168H}, or 1-167 hours,
   * 1-59 minutes and 1-59 seconds, each left out when zero.
   */
  static final String DURATION_PATTERN = "^PT(?:0S|168H|(?=[0-9])(?:(?:[1-9]|[1-9][0-9]|1[0-5][0-9]|16[0-7])H)?"
      + "(?:(?:[1-9]|[1-5][0-9])M)?(?:(?:[1-9]|[1-5][0-9])S)?)$";

  /**
   * A duration as {@link Duration#toString} writes it, the one spelling read: hours, then minutes and seconds
   * under 60, such as {@code PT45M} or {@code PT1H30M}; not negative, whole seconds and at most
   * {@value Bounds#MAX_DURATION_DAYS} days ({@code PT168H}, {@link Bounds#requireDuration}, checked by the
   * type holding it). One spelling for each length lets the schema's pattern state the bound, so that the
   * schema and the reader refuse the same texts; another spelling ({@code PT90M}, {@code P1D}) is refused
   * with the one to write.
   */
  public static final Codec<Duration> DURATION = text(Duration.class,
      "a duration written as oerkit writes it, hours then minutes and seconds under 60, such as \"PT45M\" or "
          + "\"PT1H30M\"", Codecs::readDuration, Duration::toString, durationSchema());
  /** An instant, ISO 8601 in UTC such as {@code 2017-12-11T03:00:00Z}. */
  public static final Codec<Instant> INSTANT = text(Instant.class,
      "an instant written the ISO 8601 way in UTC, such as \"2017-12-11T03:00:00Z\"", Instant::parse,
      Instant::toString, format("date-time"));
  /**
   * A region id of the IANA time-zone database, such as {@code Asia/Almaty}: one of
   * {@link ZoneId#getAvailableZoneIds()}. Offsets ({@code +05:00}, {@code Z}) and prefixed offsets
   * ({@code UTC+5}) are no region and are refused. The schema lists the same ids as an {@code enum}, so
   * that it refuses exactly what the reader refuses; it is derived on the JDK that builds oerkit, whose
   * time-zone data decides the list (DocumentSchemaTest fails when a newer JDK's data changes it).
   */
  public static final Codec<ZoneId> ZONE = text(ZoneId.class,
      "a time-zone id of the IANA database, such as \"Asia/Almaty\"", Codecs::parseZone, ZoneId::getId,
      zoneSchema());
  /** An absolute URI, such as {@code https://creativecommons.org/licenses/by/4.0/}. */
  public static final Codec<URI> URI_CODEC = text(URI.class,
      "an absolute URI, such as \"https://creativecommons.org/licenses/by/4.0/\"", Codecs::parseUri,
      URI::toString, format("uri"));

  /** The region ids of the time-zone data when this class was loaded (a copy the JDK makes; see parseZone). */
  private static final java.util.Set<String> ZONE_IDS = ZoneId.getAvailableZoneIds();

  /** The text of each whole minute of the day, made on first use: a programme writes few times, many times. */
  private static final String[] MINUTES = new String[24 * 60];

  /**
   * Says that a property name occurs twice in one object (RFC 8259 section 4 leaves the meaning open;
   * oerkit refuses it), for the typed readers, which find it on the name, and for Jackson's duplicate
   * detection, which the tree readers keep.
   *
   * @param name  the name, not null
   * @return the sentence
   */
  public static String duplicateKey(String name) {
    String quoted = Texts.quote(name);
    return "The property \"" + quoted.substring(1, quoted.lastIndexOf('"'))
        + "\" appears twice in the same object; keep only one.";
  }

  private Codecs() {}

  private static String blankClass() {
    StringBuilder body = new StringBuilder();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Texts.isBlank((char) c)) {
        int end = c;
        while (end < Character.MAX_VALUE && Texts.isBlank((char) (end + 1))) {
          end++;
        }
        body.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
        if (end > c) {
          body.append(String.format(java.util.Locale.ROOT, "-\\u%04X", end));
        }
        c = end;
      }
    }
    return body.toString();
  }

  /**
   * Writes a time as {@link LocalTime#toString()} does ({@code HH:MM}, with seconds only when there are
   * some), a whole minute's text from {@link #MINUTES}. Two threads may both make a minute's text; either
   * is kept, and both are equal.
   */
  static String timeText(LocalTime time) {
    if (time.getSecond() != 0 || time.getNano() != 0) {
      return time.toString();
    }
    int minute = time.getHour() * 60 + time.getMinute();
    String text = MINUTES[minute];
    if (text == null) {
      text = time.toString();
      MINUTES[minute] = text;
    }
    return text;
  }

  /**
   * Creates a codec for a value written as text.
   *
   * @param <T>  the type
   * @param type  the type
   * @param expected  what is expected, as a noun phrase with an example, for messages
   * @param parse  reads the text, throwing an unchecked exception if it is not a value
   * @param format  writes the canonical text
   * @param schema  the schema fragment of the text
   * @return the codec
   */
  public static <T> Codec<T> text(Class<T> type, String expected, Function<String, T> parse,
      Function<T, String> format, ObjectNode schema) {
    return new TextCodec<>(type, expected, parse, format, schema);
  }

  /**
   * Creates a codec for text that must match a regular expression, which the schema states too.
   *
   * @param pattern  the pattern, found anywhere in the text unless anchored
   * @param expected  what is expected, as a noun phrase with an example, for messages
   * @return the codec
   */
  public static Codec<String> matching(String pattern, String expected) {
    return new StringCodec(pattern, expected, text -> Problems.quote(text) + " is not " + expected + ".");
  }

  /**
   * Creates a codec for an enumeration, written as the constant's name.
   *
   * @param <E>  the enumeration
   * @param type  the enumeration's class
   * @return the codec
   */
  public static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
    return new EnumCodec<>(type);
  }

  /**
   * Creates a codec for a set of enumeration constants, written as an array of names in the enumeration's
   * order whatever the set's own order, so that output is deterministic; a name given twice is refused.
   *
   * @param <E>  the enumeration
   * @param type  the enumeration's class
   * @return the codec
   */
  static <E extends Enum<E>> Codec<java.util.Set<E>> enumSet(Class<E> type) {
    return new SortedSetCodec<>(enumeration(type), java.util.Comparator.naturalOrder());
  }

  static ObjectNode format(String format) {
    ObjectNode node = SchemaWriter.node();
    node.put("type", "string");
    node.put("format", format);
    return node;
  }

  /**
   * A date whose year lies in {@value Bounds#MIN_YEAR} to {@value Bounds#MAX_YEAR} ({@link Bounds#requireDate}):
   * four digits, the first two from 19 (ValuesAtTheBoundsTest checks the pattern at the bounds).
   */
  private static ObjectNode dateSchema() {
    ObjectNode node = format("date");
    node.put("pattern", "^(?:19|[2-9][0-9])[0-9]{2}-");
    return node;
  }

  private static ObjectNode durationSchema() {
    ObjectNode node = format("duration");
    node.put("pattern", DURATION_PATTERN);
    return node;
  }

  private static Duration readDuration(String text) {
    Duration duration = parseDuration(text);
    String written = duration.toString();
    if (!written.equals(text)) {
      throw new SpellingException(Problems.quote(text) + " is a length that oerkit writes " + Problems.quote(written)
          + " (hours, then minutes and seconds under 60); write it that way.");
    }
    return duration;
  }

  /** A value spelled in a way the format does not read, with the spelling it reads. */
  private static final class SpellingException extends OerException {
    private static final long serialVersionUID = 1L;

    SpellingException(String message) {
      super(message);
    }
  }

  static ObjectNode pattern(String pattern) {
    ObjectNode node = SchemaWriter.node();
    node.put("type", "string");
    node.put("pattern", pattern);
    return node;
  }

  /**
   * Reads a time as {@link LocalTime#parse} does; {@code HH:MM}, what oerkit writes, without the formatter's
   * maps of parsed fields, which were a tenth of reading a workshop (BENCHMARKS.md). Equal to
   * {@code LocalTime.parse} on every text (CodecsTest).
   */
  static LocalTime parseTime(String text) {
    if (text.length() == 5 && text.charAt(2) == ':') {
      int hour = twoDigits(text, 0);
      int minute = twoDigits(text, 3);
      if (hour >= 0 && hour < 24 && minute >= 0 && minute < 60) {
        return LocalTime.of(hour, minute);
      }
    }
    return LocalTime.parse(text);
  }

  private static int twoDigits(String text, int at) {
    char tens = text.charAt(at);
    char units = text.charAt(at + 1);
    if (tens < '0' || tens > '9' || units < '0' || units > '9') {
      return -1;
    }
    return (tens - '0') * 10 + units - '0';
  }

  /**
   * Reads a duration as {@link Duration#parse} does; {@code PTnHnMnS} with whole numbers of at most nine
   * digits, what oerkit writes, without its regular expression. Equal to {@code Duration.parse} on every
   * text (CodecsTest). The bounds are the domain's (Bounds.requireDuration), checked by the type holding
   * the duration.
   */
  static Duration parseDuration(String text) {
    int length = text.length();
    if (length < 4 || text.charAt(0) != 'P' || text.charAt(1) != 'T') {
      return Duration.parse(text);
    }
    long seconds = 0;
    int at = 2;
    int next = 0;
    while (at < length) {
      int from = at;
      long number = 0;
      while (at < length && at - from < 9 && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
        number = number * 10 + text.charAt(at) - '0';
        at++;
      }
      // H, M and S, each at most once and in that order.
      int unit = at > from && at < length ? "HMS".indexOf(text.charAt(at), next) : -1;
      if (unit < 0) {
        return Duration.parse(text);
      }
      seconds += number * (unit == 0 ? 3600 : unit == 1 ? 60 : 1);
      next = unit + 1;
      at++;
    }
    return Duration.ofSeconds(seconds);
  }

  private static ObjectNode zoneSchema() {
    ObjectNode node = SchemaWriter.node();
    node.put("type", "string");
    tools.jackson.databind.node.ArrayNode ids = node.putArray("enum");
    new java.util.TreeSet<>(ZoneId.getAvailableZoneIds()).forEach(ids::add);
    return node;
  }

  private static ZoneId parseZone(String text) {
    // A set lookup, not ZoneId.of: that would also take offsets and UTC+5, which name no region. The JDK
    // copies its set of ids on every call (600 of them, a twentieth of reading a workshop), so the copy is
    // made once; a miss asks again, for the ids of a provider registered since.
    if (!ZONE_IDS.contains(text) && !ZoneId.getAvailableZoneIds().contains(text)) {
      throw new IllegalArgumentException("no IANA region id");
    }
    return ZoneId.of(text);
  }

  private static URI parseUri(String text) {
    try {
      URI uri = new URI(text);
      if (!uri.isAbsolute()) {
        throw new IllegalArgumentException("not absolute");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static String expectString(JsonParser parser, String expected) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw Problems.wrongKind(parser, expected);
    }
    return checkCharacters(parser, parser.getString());
  }

  /**
   * Refuses a text holding half of a UTF-16 surrogate pair (a lone escape such as {@code \\uD800} in JSON), which is
   * not a character and could not be written back as UTF-8.
   */
  static String checkCharacters(JsonParser parser, String text) {
    int lone = Texts.loneSurrogate(text);
    if (lone >= 0) {
      throw Problems.at(parser, "This text holds half of a UTF-16 surrogate pair (\\u"
          + Integer.toHexString(text.charAt(lone)).toUpperCase(java.util.Locale.ROOT)
          + "), which is not a character; remove it.");
    }
    return text;
  }

  /** Tells whether a text is trimmed, by the domain's rule ({@link Texts#isTrimmed(CharSequence)}). */
  static boolean isTrimmed(String text) {
    return Texts.isTrimmed(text);
  }

  /** Tells whether a text is not blank, by the domain's rule ({@link Texts#isBlank(CharSequence)}). */
  static boolean isNotBlank(String text) {
    return !Texts.isBlank(text);
  }

  /** Tells whether a text is an identifier of the agenda, by the domain's rule ({@link Texts#isIdentifier}). */
  static boolean isIdentifier(String text) {
    return Texts.isIdentifier(text, "._-", false);
  }

  /** Text, optionally constrained by a pattern that a Java regular expression also checks. */
  private static final class StringCodec extends Codec<String> {
    private final String pattern;
    private final java.util.function.Predicate<String> accepts;
    private final String expected;
    private final Function<String, String> failure;

    StringCodec(String pattern, String expected, Function<String, String> failure) {
      this.pattern = pattern;
      // The two patterns of nearly every text are checked without a regular expression: a Matcher per
      // string was a fifth of the allocation of reading a workshop (BENCHMARKS.md).
      if (pattern == null) {
        this.accepts = text -> true;
      } else if (pattern.equals(TRIMMED)) {
        this.accepts = Codecs::isTrimmed;
      } else if (pattern.equals(NON_BLANK)) {
        this.accepts = Codecs::isNotBlank;
      } else if (pattern.equals(IDENTIFIER)) {
        this.accepts = Codecs::isIdentifier;
      } else {
        java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(pattern);
        this.accepts = text -> compiled.matcher(text).find();
      }
      this.expected = expected;
      this.failure = failure;
    }

    @Override
    public Class<String> type() {
      return String.class;
    }

    @Override
    public void write(String value, JsonGenerator generator) {
      generator.writeString(value);
    }

    @Override
    public String read(JsonParser parser, DeserializationContext context) {
      String text = expectString(parser, expected);
      if (!accepts.test(text)) {
        throw Problems.at(parser, failure.apply(text));
      }
      return text;
    }

    @Override
    ObjectNode schema(SchemaWriter schemas) {
      ObjectNode node = SchemaWriter.node();
      node.put("type", "string");
      if (pattern != null) {
        node.put("pattern", pattern);
      }
      if (IDENTIFIER.equals(pattern)) {
        node.put("maxLength", Texts.MAX_IDENTIFIER_LENGTH);
      }
      return node;
    }

    @Override
    String describe() {
      return expected;
    }
  }

  /** A 32-bit whole number. */
  private static final class IntCodec extends Codec<Integer> {
    private final int minimum;

    IntCodec(int minimum) {
      this.minimum = minimum;
    }

    @Override
    public Class<Integer> type() {
      return Integer.class;
    }

    @Override
    public void write(Integer value, JsonGenerator generator) {
      generator.writeNumber(value.intValue());
    }

    @Override
    public Integer read(JsonParser parser, DeserializationContext context) {
      if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        throw Problems.wrongKind(parser, describe());
      }
      if (parser.getNumberType() != JsonParser.NumberType.INT) {
        throw Problems.at(parser, "This number is too large; it must lie between " + Integer.MIN_VALUE + " and "
            + Integer.MAX_VALUE + ".");
      }
      int value = parser.getIntValue();
      if (value < minimum) {
        throw Problems.at(parser, "This number must be at least " + minimum + ", but was " + value + ".");
      }
      return value;
    }

    @Override
    ObjectNode schema(SchemaWriter schemas) {
      ObjectNode node = SchemaWriter.node();
      node.put("type", "integer");
      node.put("minimum", minimum);
      node.put("maximum", Integer.MAX_VALUE);
      return node;
    }

    @Override
    String describe() {
      return minimum == Integer.MIN_VALUE ? "a whole number" : "a whole number from " + minimum;
    }
  }

  /** true or false. */
  private static final class BooleanCodec extends Codec<Boolean> {
    @Override
    public Class<Boolean> type() {
      return Boolean.class;
    }

    @Override
    public void write(Boolean value, JsonGenerator generator) {
      generator.writeBoolean(value);
    }

    @Override
    public Boolean read(JsonParser parser, DeserializationContext context) {
      JsonToken token = parser.currentToken();
      if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
        throw Problems.wrongKind(parser, "true or false");
      }
      return token == JsonToken.VALUE_TRUE;
    }

    @Override
    ObjectNode schema(SchemaWriter schemas) {
      ObjectNode node = SchemaWriter.node();
      node.put("type", "boolean");
      return node;
    }

    @Override
    String describe() {
      return "true or false";
    }
  }

  /** A decimal number. */
  private static final class DecimalCodec extends Codec<BigDecimal> {
    @Override
    public Class<BigDecimal> type() {
      return BigDecimal.class;
    }

    @Override
    public void write(BigDecimal value, JsonGenerator generator) {
      generator.writeNumber(value);
    }

    @Override
    public BigDecimal read(JsonParser parser, DeserializationContext context) {
      JsonToken token = parser.currentToken();
      if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
        throw Problems.wrongKind(parser, "a number");
      }
      return parser.getDecimalValue();
    }

    @Override
    ObjectNode schema(SchemaWriter schemas) {
      // At most Bounds.MAX_INTEGER_DIGITS digits before the decimal point and Bounds.MAX_DECIMALS after it:
      // at most 999...9.999999999 in magnitude. Inclusive bounds, not an exclusive 10^18: validators that
      // compare in binary floating point round the largest value to 10^18 and would refuse it.
      BigDecimal limit = BigDecimal.TEN.pow(Bounds.MAX_INTEGER_DIGITS).subtract(BigDecimal.ONE.movePointLeft(
          Bounds.MAX_DECIMALS));
      ObjectNode node = SchemaWriter.node();
      node.put("type", "number");
      node.put("minimum", limit.negate());
      node.put("maximum", limit);
      return node;
    }

    @Override
    String describe() {
      return "a number";
    }
  }

  /** A year, as a whole number. */
  private static final class YearCodec extends Codec<Year> {
    @Override
    public Class<Year> type() {
      return Year.class;
    }

    @Override
    public void write(Year value, JsonGenerator generator) {
      generator.writeNumber(value.getValue());
    }

    @Override
    public Year read(JsonParser parser, DeserializationContext context) {
      int value = INT.read(parser, context);
      try {
        return Year.of(value);
      } catch (DateTimeException e) {
        throw Problems.at(parser, value + " is not a year of the ISO calendar.", e);
      }
    }

    @Override
    ObjectNode schema(SchemaWriter schemas) {
      ObjectNode node = SchemaWriter.node();
      node.put("type", "integer");
      node.put("minimum", Bounds.MIN_YEAR);
      node.put("maximum", Bounds.MAX_YEAR);
      return node;
    }

    @Override
    String describe() {
      return "a year such as 2017";
    }
  }

  /** A value written as text and parsed by a function. */
  private static final class TextCodec<T> extends Codec<T> {
    private final Class<T> type;
    private final String expected;
    private final Function<String, T> parse;
    private final Function<T, String> format;
    private final ObjectNode schema;

    TextCodec(Class<T> type, String expected, Function<String, T> parse, Function<T, String> format,
        ObjectNode schema) {
      this.type = requireNonNull(type, "type");
      this.expected = requireNonNull(expected, "expected");
      this.parse = requireNonNull(parse, "parse");
      this.format = requireNonNull(format, "format");
      this.schema = requireNonNull(schema, "schema");
    }

    @Override
    public Class<T> type() {
      return type;
    }

    @Override
    public void write(T value, JsonGenerator generator) {
      generator.writeString(format.apply(value));
    }

    @Override
    public T read(JsonParser parser, DeserializationContext context) {
      String text = expectString(parser, expected);
      try {
        return requireNonNull(parse.apply(text));
      } catch (OerException e) {
        throw Problems.at(parser, e.getMessage() + (e.getMessage().endsWith(".") ? "" : "."), e);
      } catch (DateTimeException | IllegalArgumentException | NullPointerException e) {
        throw Problems.at(parser, Problems.quote(text) + " is not " + expected + ".", e);
      }
    }

    @Override
    ObjectNode schema(SchemaWriter schemas) {
      return schema.deepCopy();
    }

    @Override
    String describe() {
      return expected;
    }
  }

  /** An enumeration, written as the constant's name. */
  private static final class EnumCodec<E extends Enum<E>> extends Codec<E> {
    private final Class<E> type;
    private final E[] constants;
    private final String names;
    private final String expected;

    EnumCodec(Class<E> type) {
      this.type = requireNonNull(type, "type");
      this.constants = type.getEnumConstants();
      this.names = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
      this.expected = "one of " + names;
    }

    @Override
    public Class<E> type() {
      return type;
    }

    @Override
    public void write(E value, JsonGenerator generator) {
      generator.writeString(value.name());
    }

    @Override
    public E read(JsonParser parser, DeserializationContext context) {
      String text = expectString(parser, expected);
      for (E constant : constants) {
        if (constant.name().equals(text)) {
          return constant;
        }
      }
      throw Problems.at(parser, Problems.quote(text) + " is not a known " + type.getSimpleName()
          + "; use one of " + names + ".");
    }

    @Override
    ObjectNode schema(SchemaWriter schemas) {
      ObjectNode node = SchemaWriter.node();
      node.put("type", "string");
      ArrayNode values = node.putArray("enum");
      for (E constant : type.getEnumConstants()) {
        values.add(constant.name());
      }
      return node;
    }

    @Override
    String describe() {
      return "one of " + names;
    }
  }
}
