package org.oerkit.json;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The formats a programme (or a policy record) can come in, and which one some bytes are, told from the
 * bytes alone so that a user is never asked what the file is unless it truly cannot be told.
 *
 * <p>{@link #detect(byte[])} looks at the first {@value #PREFIX} bytes only and reads none of the formats:
 * <ul>
 *   <li>{@code BEGIN:VCALENDAR} first (RFC 5545 section 3.4, any case, after white space): {@link #ICS};</li>
 *   <li>XML whose root element is {@code <schedule>} (the c3voc XSD): {@link #SCHEDULE_XML};</li>
 *   <li>a JSON object whose first property is {@code format} naming an {@code oerkit/} format (FORMAT.md):
 *       {@link #NATIVE_JSON}; one with a {@code schedule} object (the c3voc schema): {@link #SCHEDULE_JSON};
 *       Indico's envelope ({@code "_type": "HTTPAPIResult"}, or {@code results} beside {@code count} and
 *       {@code additionalInfo}): {@link #INDICO}; an {@code @context} of {@code oerworldmap.org}, or an
 *       OER World Map {@code WebPage} wrapping its record in {@code about}: {@link #OWM}; an
 *       {@code @context} of {@code schema.org}: {@link #JSONLD}.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public enum ProgrammeFormat {
  /** oerkit's own JSON ({@code oer-json/FORMAT.md}). */
  NATIVE_JSON("json"),
  /** frab/pretalx {@code schedule.json} (c3voc). */
  SCHEDULE_JSON("schedule-json"),
  /** frab {@code schedule.xml} (c3voc). */
  SCHEDULE_XML("schedule-xml"),
  /** iCalendar, RFC 5545. */
  ICS("ics"),
  /** Indico's timetable export ({@code /export/timetable/ID.json}). */
  INDICO("indico"),
  /** OER World Map JSON. */
  OWM("owm"),
  /** schema.org JSON-LD. */
  JSONLD("jsonld");

  /** How many bytes from the start {@link #detect(byte[])} looks at. */
  public static final int PREFIX = 64 * 1024;

  private final String id;

  ProgrammeFormat(String id) {
    this.id = id;
  }

  /**
   * Gets the format's name on the command line, such as {@code schedule-json}.
   *
   * @return the name
   */
  public String id() {
    return id;
  }

  /**
   * Finds a format by its name on the command line.
   *
   * @param id  the name, such as {@code "ics"}, not null
   * @return the format, or empty if none has that name
   */
  public static Optional<ProgrammeFormat> ofId(String id) {
    requireNonNull(id, "id");
    for (ProgrammeFormat format : values()) {
      if (format.id.equals(id)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells which format some bytes are in, from their first {@value #PREFIX} bytes; see the class
   * description for the rules.
   *
   * @param bytes  the document, not null
   * @return the format, or empty if the bytes are none of these formats or cannot be told apart
   */
  public static Optional<ProgrammeFormat> detect(byte[] bytes) {
    requireNonNull(bytes, "bytes");
    int length = Math.min(bytes.length, PREFIX);
    int start = 0;
    if (length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
      start = 3;
    }
    while (start < length && (bytes[start] == ' ' || bytes[start] == '\t' || bytes[start] == '\r'
        || bytes[start] == '\n')) {
      start++;
    }
    if (start == length) {
      return Optional.empty();
    }
    String head = new String(bytes, start, Math.min(length - start, 4096), StandardCharsets.UTF_8);
    if (head.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
      return Optional.of(ICS);
    }
    if (bytes[start] == '<') {
      return "schedule".equals(rootElement(new String(bytes, start, length - start, StandardCharsets.UTF_8)))
          ? Optional.of(SCHEDULE_XML) : Optional.empty();
    }
    if (bytes[start] == '{') {
      return json(bytes, start, length - start);
    }
    return Optional.empty();
  }

  /** The name of the root element, after the declaration, comments, processing instructions and a DOCTYPE. */
  private static String rootElement(String xml) {
    int i = 0;
    while (i < xml.length()) {
      int open = xml.indexOf('<', i);
      if (open < 0 || open + 1 >= xml.length()) {
        return "";
      }
      char next = xml.charAt(open + 1);
      if (next == '?' || next == '!') {
        int close = xml.startsWith("<!--", open) ? xml.indexOf("-->", open) : xml.indexOf('>', open);
        if (close < 0) {
          return "";
        }
        i = close + 1;
        continue;
      }
      int end = open + 1;
      while (end < xml.length() && " \t\r\n/>".indexOf(xml.charAt(end)) < 0) {
        end++;
      }
      String name = xml.substring(open + 1, end);
      int colon = name.indexOf(':');
      return colon >= 0 ? name.substring(colon + 1) : name;
    }
    return "";
  }

  private static Optional<ProgrammeFormat> json(byte[] bytes, int offset, int length) {
    Map<String, String> root = new HashMap<>();
    String first = null;
    try (JsonParser parser = OerJson.mapper().createParser(bytes, offset, length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
        String name = parser.currentName();
        first = first == null ? name : first;
        JsonToken value = parser.nextToken();
        root.put(name, value == JsonToken.VALUE_STRING ? parser.getString() : value.isStructStart() ? "{" : "");
        parser.skipChildren();
      }
    } catch (JacksonException e) {
      // A document cut at the prefix, or broken further on: what was seen before decides.
    }
    if ("format".equals(first) && root.getOrDefault("format", "").startsWith("oerkit/")) {
      return Optional.of(NATIVE_JSON);
    }
    if ("{".equals(root.get("schedule"))) {
      return Optional.of(SCHEDULE_JSON);
    }
    if ("HTTPAPIResult".equals(root.get("_type"))
        || (root.containsKey("results") && root.containsKey("count") && root.containsKey("additionalInfo"))) {
      return Optional.of(INDICO);
    }
    String context = root.getOrDefault("@context", "").toLowerCase(Locale.ROOT);
    if (context.contains("oerworldmap.org") || ("WebPage".equals(root.get("@type")) && "{".equals(root.get("about")))) {
      return Optional.of(OWM);
    }
    if (context.contains("schema.org")) {
      return Optional.of(JSONLD);
    }
    return Optional.empty();
  }
}
