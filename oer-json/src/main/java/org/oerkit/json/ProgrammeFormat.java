package org.oerkit.json;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.oerkit.core.Imported;
import org.oerkit.core.Report;
import org.oerkit.core.UnreadableDocumentException;
import org.oerkit.core.agenda.ICalendarReader;
import org.oerkit.core.agenda.Workshop;
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
 *       OER World Map {@code WebPage} wrapping its record in {@code about}, or the API's list (a
 *       {@code PagedCollection} with {@code member}s): {@link #OWM}; an
 *       {@code @context} of {@code schema.org}: {@link #JSONLD}.</li>
 * </ul>
 *
 * <p>{@link #read(byte[], Optional)} detects the format and reads a workshop with the format's own reader;
 * every format but {@link #JSONLD} (which oerkit writes only) can be read.
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

  /**
   * Reads a workshop programme in any format this class detects, with that format's reader:
   * {@link OerJson#read(byte[], Class)}, {@link ScheduleJson#read(byte[])}, {@link ScheduleXml#read(byte[])},
   * {@link ICalendarReader} (UTF-8 text), {@link IndicoTimetable#read(byte[])} or
   * {@link OerWorldMap#readEvent(byte[], ZoneId)}.
   *
   * <p>The zone is the one the programme takes place in, for the formats whose times carry none: floating
   * iCalendar times, and the OER World Map's dates, which cannot be read without it. The formats that name
   * their zone (schedule.json and schedule.xml, Indico, native JSON, an iCalendar file with
   * {@code X-WR-TIMEZONE} or {@code TZID}s) keep their own; an iCalendar file is then read in the given zone
   * as {@link ICalendarReader#read(String, ZoneId)} says.
   *
   * @param bytes  the document, UTF-8, not null
   * @param zone  the zone for times that carry none, not null
   * @return the workshop and the findings of the reading
   * @throws UnreadableDocumentException if the format cannot be told (the message lists the formats read),
   *     is JSON-LD, is the World Map's and no zone is given, or the format's reader refuses the document
   */
  public static Imported<Workshop> read(byte[] bytes, Optional<ZoneId> zone) {
    requireNonNull(bytes, "bytes");
    requireNonNull(zone, "zone");
    ProgrammeFormat format = detect(bytes).orElseThrow(() -> new UnreadableDocumentException("/",
        "The document is none of the programme formats oerkit reads: " + readable() + "."));
    return switch (format) {
      case NATIVE_JSON -> Imported.of(OerJson.read(bytes, Workshop.class), Report.empty());
      case SCHEDULE_JSON -> ScheduleJson.read(bytes);
      case SCHEDULE_XML -> ScheduleXml.read(bytes);
      case ICS -> zone.isPresent() ? ICalendarReader.read(utf8(bytes), zone.get()) : ICalendarReader.read(utf8(bytes));
      case INDICO -> IndicoTimetable.read(bytes);
      case OWM -> OerWorldMap.readEvent(bytes, zone.orElseThrow(() -> new UnreadableDocumentException("/",
          "The OER World Map's dates carry no time zone: name the zone the event takes place in.")));
      case JSONLD -> throw new UnreadableDocumentException("/", "The document is schema.org JSON-LD, which oerkit"
          + " writes but does not read; it reads " + readable() + ".");
    };
  }

  /** The names of the formats {@link #read(byte[], Optional)} reads. */
  private static String readable() {
    return Arrays.stream(values()).filter(f -> f != JSONLD).map(ProgrammeFormat::id)
        .collect(Collectors.joining(", "));
  }

  /** The text of an iCalendar file: UTF-8 (RFC 5545 section 3.1.4), strictly, within the JSON reader's size. */
  private static String utf8(byte[] bytes) {
    if (bytes.length > OerJson.MAX_DOCUMENT_LENGTH) {
      throw new UnreadableDocumentException("/", "The document is " + bytes.length + " bytes; a calendar oerkit"
          + " reads is at most " + OerJson.MAX_DOCUMENT_LENGTH + " bytes.");
    }
    int skip = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
        ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableDocumentException("/", "The document is not valid UTF-8 text, as RFC 5545 section"
          + " 3.1.4 requires of an iCalendar file.", e);
    }
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
    if (context.contains("oerworldmap.org") || ("WebPage".equals(root.get("@type")) && "{".equals(root.get("about")))
        || ("PagedCollection".equals(root.get("@type")) && "{".equals(root.get("member")))) {
      return Optional.of(OWM);
    }
    if (context.contains("schema.org")) {
      return Optional.of(JSONLD);
    }
    return Optional.empty();
  }
}
