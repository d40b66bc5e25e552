package org.oerkit.core.agenda;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.oerkit.core.Bounds;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Finding;
import org.oerkit.core.Imported;
import org.oerkit.core.Report;
import org.oerkit.core.Rule;
import org.oerkit.core.Severity;
import org.oerkit.core.Texts;
import org.oerkit.core.UnreadableDocumentException;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.OrganizationKind;
import org.oerkit.core.vocabulary.Person;

/**
 * Reads an iCalendar file (RFC 5545) as calendar apps and conference sites write it into a workshop
 * programme, with a finding for everything of the file that the programme does not carry.
 *
 * <p>This is a reader of oerkit's own, not ical4j: ical4j is a large library with dependencies of its own
 * (and its own time zone database), and {@code oer-core} depends on Guava alone. The reader is strict where
 * a mistake would change a programme (a time, a zone, a recurrence) and lenient where RFC 5545 section 3.1
 * and real files ask for it:
 * <ul>
 *   <li>lines may end in CRLF, LF or CR; folded lines (a line starting with a space or a tab continues the
 *       previous one) are unfolded; blank lines and a byte order mark are skipped; a line holding a control
 *       character U+0000 to U+001F other than the tab (section 3.1, {@code CONTROL}) is refused;</li>
 *   <li>text is unescaped ({@code \\}, {@code \;}, {@code \,}, {@code \n} and {@code \N}, section 3.3.11);
 *       a backslash before any other character is dropped;</li>
 *   <li>times may be UTC ({@code 20150918T070000Z}), local with a {@code TZID}, or floating. A {@code TZID}
 *       is used when it is an IANA time zone id, also in the globally unique form
 *       {@code /mozilla.org/20050126_1/Europe/Berlin} or through its {@code VTIMEZONE}'s
 *       {@code X-LIC-LOCATION}. A {@code TZID} that names no IANA zone (Outlook's
 *       {@code "W. Europe Standard Time"}) is read by its {@code VTIMEZONE}'s observances (onsets by
 *       {@code DTSTART}, {@code RDATE} and a yearly {@code RRULE} by month and weekday or month day; another
 *       rule is refused), and the programme then needs an IANA zone from the caller or
 *       {@code X-WR-TIMEZONE}, or the file is refused with a message saying so. A floating time is read in the zone the caller names
 *       ({@link #read(String, ZoneId)}) or else the calendar's {@code X-WR-TIMEZONE}; without either it is
 *       refused. A local time that does not exist is moved forward by the gap, and one that occurs twice
 *       takes the earlier offset (section 3.3.5);</li>
 *   <li>the programme's zone is the caller's, else {@code X-WR-TIMEZONE}, else the first IANA {@code TZID}
 *       of an event's start, else UTC (with a finding); each event keeps its instant exactly, and its day and
 *       start are its local date and time in that zone;</li>
 *   <li>{@code VALARM}s, {@code X-} properties other than oerkit's own {@code X-OER-KIND}, and every other
 *       property or component the model has no place for ({@code URL}, {@code GEO}, {@code VTODO}, ...) are
 *       ignored, each with a finding at its path;</li>
 *   <li>recurrences ({@code RRULE}, {@code RDATE}, {@code EXDATE}, {@code RECURRENCE-ID}) are refused, not
 *       expanded: a programme is a list of single sessions, and expanding a rule would invent sessions the
 *       file does not list one by one (expand the series in the calendar app, or remove it);</li>
 *   <li>people named only in {@code SUMMARY} or {@code DESCRIPTION} stay text there and are never guessed
 *       into persons; an {@code ATTENDEE} or {@code ORGANIZER} with a {@code CN} becomes a role (a chair, an
 *       organizer, or a participant); {@code CONTACT}s are added to the description as text.</li>
 * </ul>
 *
 * <p>What the programme becomes: one session per {@code VEVENT}, on the day of its local start, the days in
 * date order and each day's sessions by start (a calendar's components have no order); the session's title
 * is the {@code SUMMARY}, its description the {@code DESCRIPTION}, its kind oerkit's {@code X-OER-KIND} or a
 * {@code CATEGORIES} value naming a {@linkplain SessionKind#defaults() default kind}, its time the start and
 * the elapsed time to {@code DTEND} or {@code DURATION}; an all-day event is a session of unknown time on its
 * date. Each distinct {@code LOCATION} is a room. An event whose {@code RELATED-TO} names another event's
 * {@code UID} as its parent is a breakout group of that session, as {@link ICalendarWriter} writes them. The
 * session's identifier is its {@code UID} if that is an identifier oerkit accepts, else {@code event-N}. The
 * workshop's title is {@code X-WR-CALNAME} (or RFC 7986 {@code NAME}) in the language of its {@code LANGUAGE}
 * parameter (English, with a finding, if it has none), its identifier the title's ASCII
 * letters and digits, its dates those of the first and last day, its revision the greatest
 * {@code SEQUENCE} and its revision time the latest {@code DTSTAMP}.
 *
 * <p>What an iCalendar file cannot give back of a workshop written by {@link ICalendarWriter}: session
 * identifiers (the UIDs take their place), labels (part of the title), subtitles, roles, parts, questions,
 * expected outputs and interruptions (all text of the description), inferred marks, the end as written
 * (a duration takes its place), sessions without a start, days without sessions, day labels and closing
 * times, the workshop's identifier, translations of its title, venue, city and country (part of the room
 * names), organizers, partners, funders, background, objectives, profiles, languages and references, room
 * identifiers and capacities, and a fixed-offset zone (written as UTC).
 *
 * <p>Bounds, so that any input is read or refused in time and memory linear in its size: at most
 * {@value #MAX_LINES} lines, an unfolded line of at most {@value #MAX_LINE_LENGTH} characters
 * ({@link Texts#MAX_LENGTH}), components nested at most {@value #MAX_DEPTH} deep, and at most
 * {@value #MAX_EVENTS} events. Everything else that is wrong is an {@link UnreadableDocumentException} whose
 * location is the path of the component or property ({@code /VCALENDAR/VEVENT[3]/DTSTART}) and whose message
 * starts with the line number; findings have the same locations and messages.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ICalendarReader {

  /** The most lines a file may have, counting folded lines one by one. */
  public static final int MAX_LINES = 1_000_000;
  /** The longest unfolded content line, in characters: the longest text, {@link Texts#MAX_LENGTH}. */
  public static final int MAX_LINE_LENGTH = Texts.MAX_LENGTH;
  /** The deepest nesting of components: {@code VCALENDAR}, {@code VEVENT}, {@code VALARM} is 3 deep. */
  public static final int MAX_DEPTH = 8;
  /** The most events a file may have; a large conference has about a thousand. */
  public static final int MAX_EVENTS = 10_000;

  /** A property or component of the file that the programme has no place for. */
  public static final Rule IGNORED = Rule.of("ical.ignored",
      "A property or component that a workshop programme does not carry is ignored.",
      "RFC 5545 sections 3.6 and 3.8.8.2; oerkit");
  /** How the programme's time zone was chosen, when the file does not name it. */
  public static final Rule ZONE = Rule.of("ical.zone",
      "The programme's time zone is the caller's, the calendar's X-WR-TIMEZONE or an event's TZID.",
      "RFC 5545 section 3.2.19; X-WR-TIMEZONE of Apple and Google calendars");
  /** An event's time that the programme keeps only in part. */
  public static final Rule TIME = Rule.of("ical.time",
      "An event has a start and an end within " + Bounds.MAX_DURATION_DAYS + " days; an all-day event has no time.",
      "RFC 5545 sections 3.6.1, 3.8.2.2 and 3.8.2.5");
  /** An event that is cancelled or tentative. */
  public static final Rule STATUS = Rule.of("ical.status",
      "A cancelled or tentative event is imported as a session and reported.",
      "RFC 5545 section 3.8.1.11");
  /** An event without a title, or with categories that name no session kind. */
  public static final Rule TITLE = Rule.of("ical.title",
      "An event has a SUMMARY, and its CATEGORIES name a session kind.",
      "RFC 5545 sections 3.8.1.2 and 3.8.1.12");

  /** Properties of an event that the programme carries, or that say nothing about it. */
  private static final Set<String> EVENT_PROPERTIES = Set.of("UID", "DTSTAMP", "SEQUENCE", "CREATED",
      "LAST-MODIFIED", "TRANSP", "SUMMARY", "DESCRIPTION", "LOCATION", "DTSTART", "DTEND", "DURATION",
      "CATEGORIES", "X-OER-KIND", "STATUS", "RELATED-TO", "CONTACT", "ATTENDEE", "ORGANIZER");
  /** The longest DURATION read at all, a hundred years; longer than a week is kept as a start only. */
  private static final Duration MAX_EVENT_DURATION = Duration.ofDays(36_525);
  private static final Set<String> RECURRENCE = Set.of("RRULE", "RDATE", "EXDATE", "RECURRENCE-ID");
  private static final Set<String> SINGLE = Set.of("UID", "DTSTAMP", "SEQUENCE", "SUMMARY", "DESCRIPTION",
      "LOCATION", "DTSTART", "DTEND", "DURATION", "STATUS", "X-OER-KIND");

  private ICalendarReader() {}

  /**
   * Reads an iCalendar file; the programme's zone is the file's ({@code X-WR-TIMEZONE}, or an event's
   * {@code TZID}), or UTC.
   *
   * @param text  the file's text, not null
   * @return the workshop and the findings of the reading
   * @throws UnreadableDocumentException if the text is not an iCalendar file oerkit can read: the location
   *     is the path of the offending component or property, the message starts with its line
   */
  public static Imported<Workshop> read(String text) {
    return new Reading(requireNonNull(text, "text"), Optional.empty()).read();
  }

  /**
   * Reads an iCalendar file into a programme in the given zone, in which floating times are read too.
   *
   * @param text  the file's text, not null
   * @param zone  the programme's zone, such as {@code Asia/Almaty}, not null
   * @return the workshop and the findings of the reading
   * @throws UnreadableDocumentException if the text is not an iCalendar file oerkit can read
   */
  public static Imported<Workshop> read(String text, ZoneId zone) {
    return new Reading(requireNonNull(text, "text"), Optional.of(requireNonNull(zone, "zone"))).read();
  }

  // ---------------------------------------------------------------------------------------------------------
  // The syntax: content lines (section 3.1) and components (section 3.4).
  // ---------------------------------------------------------------------------------------------------------

  /** One unfolded content line: {@code name *(";" param) ":" value}. */
  static final class Property {
    final String name;
    final Map<String, List<String>> parameters;
    final String value;
    final int line;
    String path;

    Property(String name, Map<String, List<String>> parameters, String value, int line) {
      this.name = name;
      this.parameters = parameters;
      this.value = value;
      this.line = line;
    }

    Optional<String> parameter(String parameter) {
      List<String> values = parameters.get(parameter);
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
  }

  /** A component between {@code BEGIN} and {@code END}, with its path such as {@code /VCALENDAR/VEVENT[3]}. */
  static final class Component {
    final String name;
    final String path;
    final int line;
    final List<Property> properties = new ArrayList<>();
    final List<Component> children = new ArrayList<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, Integer> propertyCounts = new HashMap<>();

    Component(String name, String path, int line) {
      this.name = name;
      this.path = path;
      this.line = line;
    }

    int next(String childName) {
      return counts.merge(childName, 1, Integer::sum);
    }

    int nextProperty(String propertyName) {
      return propertyCounts.merge(propertyName, 1, Integer::sum);
    }

    List<Property> all(String propertyName) {
      List<Property> found = new ArrayList<>();
      properties.stream().filter(p -> p.name.equals(propertyName)).forEach(found::add);
      return found;
    }

    Optional<Property> first(String propertyName) {
      return properties.stream().filter(p -> p.name.equals(propertyName)).findFirst();
    }
  }

  /** Splits the text into unfolded lines and builds the component tree, within the bounds. */
  static Component parse(String file) {
    // A last line without a line end is a line too: the loop ends each line at the next line end.
    String text = file.endsWith("\n") || file.endsWith("\r") ? file : file + "\n";
    Component calendar = null;
    List<Component> open = new ArrayList<>();
    int events = 0;
    int length = text.length();
    int position = length > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
    int physical = 0;
    StringBuilder logical = null;
    int logicalLine = 0;
    while (position <= length) {
      int end = position;
      int control = -1;
      while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        if (control < 0 && text.charAt(end) < ' ' && text.charAt(end) != '\t') {
          control = end;
        }
        end++;
      }
      if (end - position > MAX_LINE_LENGTH) {
        throw new UnreadableDocumentException(where(open), "line " + (physical + 1) + ": a line is longer than "
            + MAX_LINE_LENGTH + " characters");
      }
      if (Texts.loneSurrogate(text.subSequence(position, end)) >= 0) {
        // Text decoded from UTF-8 never holds one; a String given by the caller may, and no value can keep it.
        throw new UnreadableDocumentException(where(open), "line " + (physical + 1) + ": the line holds half of"
            + " a UTF-16 surrogate pair, which is not a character");
      }
      if (control >= 0) {
        // No text value may hold one (RFC 5545 section 3.1, CONTROL), and ICalendarWriter writes none.
        throw new UnreadableDocumentException(where(open), "line " + (physical + 1) + ": the line holds the control"
            + " character U+" + String.format(Locale.ROOT, "%04X", (int) text.charAt(control)) + ", which RFC 5545"
            + " section 3.1 allows in no content line (only the tab)");
      }
      // The end of the text, after the last line end, is no line of its own.
      if (position < length && ++physical > MAX_LINES) {
        throw new UnreadableDocumentException(where(open), "line " + physical + ": the file has more than "
            + MAX_LINES + " lines");
      }
      boolean continuation = end > position && (text.charAt(position) == ' ' || text.charAt(position) == '\t');
      if (continuation && logical != null) {
        if (logical.length() + end - position - 1 > MAX_LINE_LENGTH) {
          throw new UnreadableDocumentException(where(open), "line " + logicalLine
              + ": an unfolded line is longer than " + MAX_LINE_LENGTH + " characters");
        }
        logical.append(text, position + 1, end);
      } else {
        if (logical != null) {
          Component done = line(logical.toString(), logicalLine, open, calendar != null);
          if (done != null) {
            if (done.name.equals("VEVENT") && ++events > MAX_EVENTS) {
              throw new UnreadableDocumentException(done.path, "line " + done.line + ": the file has more than "
                  + MAX_EVENTS + " events");
            }
            if (open.isEmpty()) {
              calendar = done;
            }
          }
          logical = null;
        }
        if (!Texts.isBlank(text.subSequence(position, end))) {
          if (continuation) {
            throw new UnreadableDocumentException("/", "line " + physical
                + ": a folded line (starting with a space or a tab) continues no line before it (RFC 5545 section 3.1)");
          }
          logical = new StringBuilder(Math.min(end - position + 16, 1 << 16)).append(text, position, end);
          logicalLine = physical;
        }
      }
      if (end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n') {
        end++;
      }
      position = end + 1;
    }
    if (!open.isEmpty()) {
      Component unclosed = open.get(open.size() - 1);
      throw new UnreadableDocumentException(unclosed.path, "line " + unclosed.line + ": BEGIN:" + unclosed.name
          + " is never closed by END:" + unclosed.name);
    }
    if (calendar == null) {
      throw new UnreadableDocumentException("/", "line 1: not an iCalendar file: it has no BEGIN:VCALENDAR");
    }
    return calendar;
  }

  private static String where(List<Component> open) {
    return open.isEmpty() ? "/" : open.get(open.size() - 1).path;
  }

  /** Handles one content line; gives the component it closes, or null. */
  private static Component line(String text, int number, List<Component> open, boolean closed) {
    Property property = contentLine(text, number, where(open));
    if (closed) {
      throw new UnreadableDocumentException("/", "line " + number + ": content after END:VCALENDAR; oerkit reads"
          + " one calendar a file");
    }
    if (property.name.equals("BEGIN")) {
      String name = property.value.trim().toUpperCase(Locale.ROOT);
      if (!isName(name)) {
        throw new UnreadableDocumentException(where(open), "line " + number + ": BEGIN names no component, was "
            + Texts.quote(property.value));
      }
      if (open.isEmpty()) {
        if (!name.equals("VCALENDAR")) {
          throw new UnreadableDocumentException("/", "line " + number
              + ": an iCalendar file starts with BEGIN:VCALENDAR, was BEGIN:" + Texts.quote(name));
        }
        open.add(new Component(name, "/VCALENDAR", number));
        return null;
      }
      if (open.size() >= MAX_DEPTH) {
        throw new UnreadableDocumentException(where(open), "line " + number + ": components are nested more than "
            + MAX_DEPTH + " deep");
      }
      Component parent = open.get(open.size() - 1);
      Component child = new Component(name, parent.path + "/" + name + "[" + parent.next(name) + "]", number);
      parent.children.add(child);
      open.add(child);
      return null;
    }
    if (open.isEmpty()) {
      throw new UnreadableDocumentException("/", "line " + number
          + ": an iCalendar file starts with BEGIN:VCALENDAR, was " + Texts.quote(text));
    }
    Component current = open.get(open.size() - 1);
    if (property.name.equals("END")) {
      String name = property.value.trim().toUpperCase(Locale.ROOT);
      if (!name.equals(current.name)) {
        throw new UnreadableDocumentException(current.path, "line " + number + ": END:" + Texts.quote(name)
            + " does not close BEGIN:" + current.name + " of line " + current.line);
      }
      open.remove(open.size() - 1);
      return current;
    }
    int index = current.nextProperty(property.name);
    property.path = current.path + "/" + property.name + (index > 1 ? "[" + index + "]" : "");
    current.properties.add(property);
    return null;
  }

  private static boolean isName(String name) {
    if (name.isEmpty() || name.length() > Texts.MAX_IDENTIFIER_LENGTH) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** Parses {@code name *(";" param) ":" value}, section 3.1, with quoted parameter values. */
  static Property contentLine(String text, int number, String path) {
    int i = 0;
    int length = text.length();
    while (i < length && text.charAt(i) != ';' && text.charAt(i) != ':') {
      i++;
    }
    String name = text.substring(0, i).trim().toUpperCase(Locale.ROOT);
    if (!isName(name) || i == length) {
      throw new UnreadableDocumentException(path, "line " + number + ": not a content line \"NAME:value\""
          + " (RFC 5545 section 3.1), was " + Texts.quote(text));
    }
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    while (text.charAt(i) == ';') {
      int from = ++i;
      while (i < length && text.charAt(i) != '=' && text.charAt(i) != ':' && text.charAt(i) != ';') {
        i++;
      }
      String parameter = text.substring(from, i).trim().toUpperCase(Locale.ROOT);
      if (i == length || text.charAt(i) != '=' || !isName(parameter)) {
        throw new UnreadableDocumentException(path, "line " + number + ": a parameter of " + name
            + " is not \"NAME=value\" (RFC 5545 section 3.2), in " + Texts.quote(text));
      }
      List<String> values = new ArrayList<>();
      do {
        i++;
        if (i < length && text.charAt(i) == '"') {
          int close = text.indexOf('"', i + 1);
          if (close < 0) {
            throw new UnreadableDocumentException(path, "line " + number + ": the quoted value of parameter "
                + parameter + " is never closed, in " + Texts.quote(text));
          }
          values.add(text.substring(i + 1, close));
          i = close + 1;
        } else {
          int start = i;
          while (i < length && text.charAt(i) != ',' && text.charAt(i) != ';' && text.charAt(i) != ':') {
            i++;
          }
          values.add(text.substring(start, i));
        }
      } while (i < length && text.charAt(i) == ',');
      if (i == length) {
        throw new UnreadableDocumentException(path, "line " + number + ": the line has no ':' before its value"
            + " (RFC 5545 section 3.1), was " + Texts.quote(text));
      }
      parameters.computeIfAbsent(parameter, k -> new ArrayList<>()).addAll(values);
    }
    return new Property(name, parameters, text.substring(i + 1), number);
  }

  /** Unescapes a TEXT value, section 3.3.11. */
  static String unescape(String value) {
    if (value.indexOf('\\') < 0) {
      return value;
    }
    StringBuilder text = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        text.append(next == 'n' || next == 'N' ? '\n' : next);
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

  /** Splits a list of TEXT values at the commas that are not escaped, and unescapes each. */
  static List<String> textList(String value) {
    List<String> values = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ',') {
        values.add(unescape(value.substring(from, i)));
        from = i + 1;
      }
    }
    values.add(unescape(value.substring(from)));
    return values;
  }

  /**
   * Makes an identifier from a title: its ASCII letters and digits in lower case, the words joined by
   * hyphens, at most 64 characters; {@code "calendar"} if it has none.
   */
  static String slug(String title) {
    StringBuilder slug = new StringBuilder();
    boolean gap = false;
    for (int i = 0; i < title.length() && slug.length() < 64; i++) {
      char c = Character.toLowerCase(title.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && slug.length() > 0) {
          slug.append('-');
        }
        slug.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    while (slug.length() > 64 || (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-')) {
      slug.setLength(slug.length() - 1);
    }
    return slug.length() == 0 ? "calendar" : slug.toString();
  }

  // ---------------------------------------------------------------------------------------------------------
  // The meaning: from the component tree to a workshop.
  // ---------------------------------------------------------------------------------------------------------

  /** An event, read: its instant, its text and its place in the file. */
  private static final class Event {
    final Component component;
    final int number;
    Optional<String> uid = Optional.empty();
    Instant start;
    LocalDate allDay;
    Optional<Duration> length = Optional.empty();
    String summary;
    Optional<String> description = Optional.empty();
    Optional<String> location = Optional.empty();
    SessionKind kind = SessionKind.OTHER;
    List<Role> roles = new ArrayList<>();
    Optional<String> parent = Optional.empty();
    /** The RELATED-TO that names the parent, if any. */
    Property parentLink;
    Optional<Finding> kindFinding = Optional.empty();
    LocalDateTime local;
    String id;

    Event(Component component, int number) {
      this.component = component;
      this.number = number;
    }
  }

  /**
   * The observances of a {@code VTIMEZONE} (RFC 5545 section 3.6.5), for a {@code TZID} that names no IANA
   * zone: each {@code STANDARD} or {@code DAYLIGHT} onset from its {@code DTSTART}, its {@code RDATE}s and a
   * yearly {@code RRULE} by month and weekday ({@code BYDAY=-1SU}, {@code 2SU}) or month day, as Outlook and
   * Exchange write them. A local time takes the offset of the latest onset at or before it, in the local time
   * the onset is written in; before the first onset, the first one's {@code TZOFFSETFROM}.
   */
  static final class Observances {
    private final List<Observance> observances;

    private Observances(List<Observance> observances) {
      this.observances = observances;
    }

    static Observances of(Component timeZone) {
      List<Observance> observances = new ArrayList<>();
      for (Component child : timeZone.children) {
        if (child.name.equals("STANDARD") || child.name.equals("DAYLIGHT")) {
          observances.add(Observance.of(child));
        }
      }
      if (observances.isEmpty()) {
        throw new UnreadableDocumentException(timeZone.path, "line " + timeZone.line
            + ": a VTIMEZONE needs a STANDARD or DAYLIGHT observance (RFC 5545 section 3.6.5)");
      }
      return new Observances(observances);
    }

    ZoneOffset offset(LocalDateTime local) {
      LocalDateTime best = null;
      ZoneOffset offset = null;
      for (Observance observance : observances) {
        Optional<LocalDateTime> onset = observance.latestOnset(local);
        if (onset.isPresent() && (best == null || onset.get().isAfter(best))) {
          best = onset.get();
          offset = observance.to;
        }
      }
      if (offset == null) {
        Observance first = observances.stream().min(Comparator.comparing(o -> o.start)).orElseThrow();
        return first.from;
      }
      return offset;
    }
  }

  /** One {@code STANDARD} or {@code DAYLIGHT} block. */
  private static final class Observance {
    final LocalDateTime start;
    final ZoneOffset from;
    final ZoneOffset to;
    final List<LocalDateTime> dates = new ArrayList<>();
    int month;
    int weekday;
    int ordinal;
    int monthDay;
    LocalDateTime until;
    int count;

    private Observance(LocalDateTime start, ZoneOffset from, ZoneOffset to) {
      this.start = start;
      this.from = from;
      this.to = to;
    }

    static Observance of(Component block) {
      Property start = required(block, "DTSTART");
      Observance observance = new Observance(local(start, start.value.trim()), offset(required(block, "TZOFFSETFROM")),
          offset(required(block, "TZOFFSETTO")));
      observance.dates.add(observance.start);
      for (Property rdate : block.all("RDATE")) {
        for (String value : rdate.value.split(",")) {
          observance.dates.add(local(rdate, value.trim()));
        }
      }
      Optional<Property> rrule = block.first("RRULE");
      if (rrule.isPresent()) {
        observance.rule(rrule.get());
      }
      return observance;
    }

    private void rule(Property rrule) {
      for (String part : rrule.value.trim().toUpperCase(Locale.ROOT).split(";")) {
        int equals = part.indexOf('=');
        String name = equals < 0 ? part : part.substring(0, equals);
        String value = equals < 0 ? "" : part.substring(equals + 1);
        try {
          switch (name) {
            case "FREQ":
              if (!value.equals("YEARLY")) {
                throw unsupported(rrule);
              }
              break;
            case "BYMONTH":
              month = Integer.parseInt(value);
              break;
            case "BYMONTHDAY":
              monthDay = Integer.parseInt(value);
              break;
            case "BYDAY":
              String day = value.substring(value.length() - 2);
              weekday = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU").indexOf(day) + 1;
              String n = value.substring(0, value.length() - 2);
              ordinal = n.isEmpty() || n.equals("+") ? 0 : Integer.parseInt(n.startsWith("+") ? n.substring(1) : n);
              if (weekday == 0 || ordinal == 0 || Math.abs(ordinal) > 5) {
                throw unsupported(rrule);
              }
              break;
            case "UNTIL":
              until = local(rrule, value.endsWith("Z") ? value.substring(0, value.length() - 1) : value);
              break;
            case "COUNT":
              count = Integer.parseInt(value);
              break;
            case "WKST":
              break;
            default:
              throw unsupported(rrule);
          }
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
          throw unsupported(rrule);
        }
      }
      if (month < 1 || month > 12 || (weekday == 0) == (monthDay == 0)) {
        throw unsupported(rrule);
      }
    }

    /** The latest onset at or before a local time, if any. */
    Optional<LocalDateTime> latestOnset(LocalDateTime local) {
      LocalDateTime best = null;
      for (LocalDateTime date : dates) {
        if (!date.isAfter(local) && (best == null || date.isAfter(best))) {
          best = date;
        }
      }
      if (month > 0) {
        for (int year = local.getYear(); year >= Math.max(start.getYear(), local.getYear() - 1); year--) {
          LocalDateTime onset = onset(year);
          boolean counted = count == 0 || year - start.getYear() < count;
          if (onset != null && !onset.isAfter(local) && !onset.isBefore(start) && counted
              && (until == null || !onset.isAfter(until)) && (best == null || onset.isAfter(best))) {
            best = onset;
            break;
          }
        }
      }
      return Optional.ofNullable(best);
    }

    private LocalDateTime onset(int year) {
      LocalDate first = LocalDate.of(year, month, 1);
      LocalDate date;
      if (monthDay != 0) {
        if (Math.abs(monthDay) > first.lengthOfMonth()) {
          return null;
        }
        date = monthDay > 0 ? first.withDayOfMonth(monthDay) : first.withDayOfMonth(first.lengthOfMonth() + monthDay + 1);
      } else if (ordinal > 0) {
        date = first.plusDays(Math.floorMod(weekday - first.getDayOfWeek().getValue(), 7) + 7L * (ordinal - 1));
      } else {
        LocalDate last = first.withDayOfMonth(first.lengthOfMonth());
        date = last.minusDays(Math.floorMod(last.getDayOfWeek().getValue() - weekday, 7) + 7L * (-ordinal - 1));
      }
      return date.getMonthValue() == month ? date.atTime(start.toLocalTime()) : null;
    }

    private static UnreadableDocumentException unsupported(Property rrule) {
      return new UnreadableDocumentException(rrule.path, "line " + rrule.line + ": the time zone rule "
          + Texts.quote(rrule.value) + " is not one oerkit evaluates (a yearly rule by month with BYDAY such as -1SU"
          + " or BYMONTHDAY, as RFC 5545 section 3.6.5 shows); use an IANA TZID or name the zone");
    }

    private static Property required(Component block, String name) {
      return block.first(name).orElseThrow(() -> new UnreadableDocumentException(block.path, "line " + block.line
          + ": " + block.name + " needs " + name + " (RFC 5545 section 3.6.5)"));
    }

    private static LocalDateTime local(Property property, String value) {
      if (value.length() != 15 || Character.toUpperCase(value.charAt(8)) != 'T') {
        throw new UnreadableDocumentException(property.path, "line " + property.line + ": " + property.name
            + " must be a local date-time such as 19701025T030000, was " + Texts.quote(value));
      }
      try {
        return LocalDateTime.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4, 6)),
            Integer.parseInt(value.substring(6, 8)), Integer.parseInt(value.substring(9, 11)),
            Integer.parseInt(value.substring(11, 13)), Integer.parseInt(value.substring(13, 15)));
      } catch (NumberFormatException | DateTimeException e) {
        throw new UnreadableDocumentException(property.path, "line " + property.line + ": " + property.name
            + " has no such date-time, was " + Texts.quote(value));
      }
    }

    /** RFC 5545 section 3.3.14: {@code (+|-)HHMM[SS]}. */
    private static ZoneOffset offset(Property property) {
      String value = property.value.trim();
      try {
        if ((value.length() == 5 || value.length() == 7) && (value.charAt(0) == '+' || value.charAt(0) == '-')) {
          int sign = value.charAt(0) == '-' ? -1 : 1;
          int seconds = Integer.parseInt(value.substring(1, 3)) * 3600 + Integer.parseInt(value.substring(3, 5)) * 60
              + (value.length() == 7 ? Integer.parseInt(value.substring(5, 7)) : 0);
          return ZoneOffset.ofTotalSeconds(sign * seconds);
        }
      } catch (NumberFormatException | DateTimeException e) {
        // the error below
      }
      throw new UnreadableDocumentException(property.path, "line " + property.line + ": " + property.name
          + " must be a UTC offset such as +0100 (RFC 5545 section 3.3.14), was " + Texts.quote(value));
    }
  }

  /** One reading of one file. */
  private static final class Reading {
    private final String text;
    private final Optional<ZoneId> callerZone;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Component> timeZones = new HashMap<>();
    private Optional<ZoneId> calendarZone = Optional.empty();
    private Optional<ZoneId> firstTzid = Optional.empty();
    private Optional<Property> nonIana = Optional.empty();
    private final Map<String, Observances> rules = new HashMap<>();

    Reading(String text, Optional<ZoneId> callerZone) {
      this.text = text;
      this.callerZone = callerZone;
    }

    Imported<Workshop> read() {
      Component calendar = parse(text);
      Optional<LocalizedText> title = Optional.empty();
      List<String> background = new ArrayList<>();
      for (Property property : calendar.properties) {
        switch (property.name) {
          case "VERSION":
            if (!property.value.trim().equals("2.0")) {
              throw error(property, "VERSION must be 2.0 (RFC 5545 section 3.7.4), was " + Texts.quote(property.value)
                  + "; vCalendar 1.0 files are not read");
            }
            break;
          case "CALSCALE":
            if (!property.value.trim().equalsIgnoreCase("GREGORIAN")) {
              throw error(property, "CALSCALE must be GREGORIAN (RFC 5545 section 3.7.1), was "
                  + Texts.quote(property.value));
            }
            break;
          case "PRODID":
          case "METHOD":
            break;
          case "X-WR-CALNAME":
          case "NAME":
            if (title.isEmpty()) {
              String name = Texts.strip(unescape(property.value));
              if (!name.isEmpty()) {
                title = Optional.of(build(property, () -> LocalizedText.of(language(property), name)));
              }
            } else {
              ignored(property, "the calendar's title is already " + Texts.quote(title.get().original()));
            }
            break;
          case "X-WR-TIMEZONE":
            calendarZone = Optional.of(zone(property, property.value.trim()).orElseThrow(() -> error(property,
                "X-WR-TIMEZONE must be an IANA time zone id such as \"Asia/Almaty\", was "
                    + Texts.quote(property.value))));
            break;
          case "X-WR-CALDESC":
          case "DESCRIPTION":
            String description = Texts.strip(unescape(property.value));
            if (!description.isEmpty()) {
              background.add(description);
            }
            break;
          default:
            ignored(property, "the calendar's " + property.name + " is not part of a programme");
        }
      }
      List<Event> events = new ArrayList<>();
      for (Component child : calendar.children) {
        if (child.name.equals("VTIMEZONE")) {
          child.first("TZID").ifPresent(tzid -> timeZones.putIfAbsent(tzid.value.trim(), child));
        }
      }
      for (Component child : calendar.children) {
        switch (child.name) {
          case "VEVENT":
            events.add(event(child, events.size() + 1));
            break;
          case "VTIMEZONE":
            break;
          default:
            findings.add(Finding.of(IGNORED, Severity.INFO, child.path, "line " + child.line + ": " + child.name
                + " is not part of a programme and is ignored"));
        }
      }
      ZoneId zone = programmeZone();
      for (Event event : events) {
        if (event.start == null) {
          if (event.allDay == null) {
            throw new UnreadableDocumentException(event.component.path, "line " + event.component.line
                + ": the event has no DTSTART; oerkit reads events with a start (RFC 5545 section 3.6.1)");
          }
        } else {
          event.local = LocalDateTime.ofInstant(event.start, zone);
        }
      }
      if (events.isEmpty()) {
        throw new UnreadableDocumentException(calendar.path, "line " + calendar.line
            + ": the calendar has no VEVENT; a programme needs at least one event to have dates");
      }
      return Imported.of(workshop(calendar, title, background, zone, events), Report.of(findings));
    }

    private ZoneId programmeZone() {
      if (callerZone.isPresent()) {
        return callerZone.get();
      }
      if (calendarZone.isPresent()) {
        return calendarZone.get();
      }
      if (firstTzid.isEmpty() && nonIana.isPresent()) {
        Property first = nonIana.get();
        throw error(first, "TZID " + Texts.quote(first.parameter("TZID").orElse("")) + " is not an IANA time zone"
            + " id: its times are read by its VTIMEZONE's observances, but the programme needs an IANA zone, and"
            + " the calendar names none (X-WR-TIMEZONE): name it (ICalendarReader.read(text, zone), or the command"
            + " line's --zone)");
      }
      if (firstTzid.isPresent()) {
        findings.add(Finding.of(ZONE, Severity.INFO, "/VCALENDAR", "the calendar names no X-WR-TIMEZONE; the"
            + " programme is in " + firstTzid.get() + ", the zone of the first event's start"));
        return firstTzid.get();
      }
      findings.add(Finding.of(ZONE, Severity.WARNING, "/VCALENDAR", "the calendar names no time zone; the"
          + " programme is in UTC: name the venue's zone to get its local times"));
      // The IANA zone "UTC", not the offset "Z", which is no zone of the native format (FORMAT.md).
      return ZoneId.of("UTC");
    }

    private Event event(Component component, int number) {
      Event event = new Event(component, number);
      Map<String, Property> seen = new HashMap<>();
      for (Property property : component.properties) {
        if (RECURRENCE.contains(property.name)) {
          throw error(property, property.name + ": recurring events are not read. A programme is a list of"
              + " single sessions, and oerkit does not expand a recurrence (RFC 5545 section 3.8.5) into sessions"
              + " the file does not list; expand the series in the calendar app, or remove the rule");
        }
        if (SINGLE.contains(property.name)) {
          Property before = seen.putIfAbsent(property.name, property);
          if (before != null) {
            throw error(property, property.name + " occurs twice in one event (lines " + before.line + " and "
                + property.line + "); RFC 5545 section 3.6.1 allows it once");
          }
        }
        if (!EVENT_PROPERTIES.contains(property.name)) {
          ignored(property, property.name.startsWith("X-") ? "the extension property " + property.name
              + " is not part of a programme" : property.name + " is not part of a programme");
        }
      }
      for (Component child : component.children) {
        findings.add(Finding.of(IGNORED, Severity.INFO, child.path, "line " + child.line + ": " + child.name
            + (child.name.equals("VALARM") ? " (a reminder)" : "") + " is not part of a programme and is ignored"));
      }
      event.uid = Optional.ofNullable(seen.get("UID")).map(p -> p.value.trim()).filter(u -> !u.isEmpty());
      times(event, seen);
      event.summary = Optional.ofNullable(seen.get("SUMMARY")).map(p -> Texts.strip(unescape(p.value)))
          .filter(s -> !s.isEmpty()).orElseGet(() -> {
            findings.add(Finding.of(TITLE, Severity.WARNING, component.path, "line " + component.line
                + ": the event has no SUMMARY; its session is titled \"Untitled event\""));
            return "Untitled event";
          });
      event.location = Optional.ofNullable(seen.get("LOCATION")).map(p -> Texts.strip(unescape(p.value)))
          .filter(s -> !s.isEmpty());
      String description = Optional.ofNullable(seen.get("DESCRIPTION")).map(p -> Texts.strip(unescape(p.value)))
          .orElse("");
      for (Property contact : component.all("CONTACT")) {
        String name = Texts.strip(unescape(contact.value));
        if (!name.isEmpty() && !description.contains(name)) {
          description = description.isEmpty() ? "Contact: " + name : description + "\nContact: " + name;
        }
      }
      event.description = description.isEmpty() ? Optional.empty() : Optional.of(description);
      event.kind = kind(event, seen);
      Optional.ofNullable(seen.get("STATUS")).ifPresent(status -> {
        String value = status.value.trim().toUpperCase(Locale.ROOT);
        if (value.equals("CANCELLED") || value.equals("TENTATIVE")) {
          findings.add(Finding.of(STATUS, value.equals("CANCELLED") ? Severity.WARNING : Severity.INFO,
              status.path, "line " + status.line + ": the event is " + value.toLowerCase(Locale.ROOT)
                  + "; it is imported as a session, and the status is not kept"));
        }
      });
      for (Property related : component.all("RELATED-TO")) {
        String type = related.parameter("RELTYPE").orElse("PARENT").trim().toUpperCase(Locale.ROOT);
        if (type.equals("PARENT") && event.parent.isEmpty()) {
          event.parent = Optional.of(related.value.trim());
          event.parentLink = related;
        } else {
          ignored(related, "RELATED-TO of type " + type + " is not part of a programme");
        }
      }
      roles(event, component);
      return event;
    }

    private void times(Event event, Map<String, Property> seen) {
      Property start = seen.get("DTSTART");
      if (start == null) {
        return;
      }
      Property end = seen.get("DTEND");
      Property duration = seen.get("DURATION");
      if (end != null && duration != null) {
        throw error(duration, "an event has DTEND or DURATION, not both (RFC 5545 section 3.6.1)");
      }
      if (isDate(start)) {
        event.allDay = date(start, start.value.trim());
        findings.add(Finding.of(TIME, Severity.INFO, start.path, "line " + start.line + ": an all-day event"
            + (end != null || duration != null ? " (ending " + (end != null ? end.value.trim() : duration.value.trim())
            + ")" : "") + "; its session has no time"));
        return;
      }
      event.start = instant(start);
      Instant until = null;
      if (end != null) {
        until = instant(end);
      } else if (duration != null) {
        until = event.start.plus(duration(duration));
      }
      if (until == null || until.equals(event.start)) {
        return;
      }
      Duration length = Duration.between(event.start, until);
      Property where = end != null ? end : duration;
      if (length.isNegative()) {
        findings.add(Finding.of(TIME, Severity.WARNING, where.path, "line " + where.line + ": the event ends before"
            + " it starts; its session has a start only"));
      } else if (length.compareTo(Duration.ofDays(Bounds.MAX_DURATION_DAYS)) > 0) {
        findings.add(Finding.of(TIME, Severity.WARNING, where.path, "line " + where.line + ": the event lasts "
            + length + ", longer than " + Bounds.MAX_DURATION_DAYS + " days; its session has a start only"));
      } else {
        event.length = Optional.of(length);
      }
    }

    private SessionKind kind(Event event, Map<String, Property> seen) {
      Property own = seen.get("X-OER-KIND");
      if (own != null) {
        String id = unescape(own.value).trim();
        return build(own, () -> SessionKind.of(id));
      }
      List<String> categories = new ArrayList<>();
      for (Property property : event.component.all("CATEGORIES")) {
        textList(property.value).stream().map(Texts::strip).filter(c -> !c.isEmpty())
            .forEach(categories::add);
      }
      for (String category : categories) {
        String id = category.toLowerCase(Locale.ROOT).replace(' ', '-');
        for (SessionKind kind : SessionKind.defaults()) {
          if (kind.id().equals(id) || kind.label().equalsIgnoreCase(category)) {
            return kind;
          }
        }
      }
      if (!categories.isEmpty()) {
        Property first = event.component.first("CATEGORIES").orElseThrow();
        event.kindFinding = Optional.of(Finding.of(TITLE, Severity.INFO, first.path, "line " + first.line
            + ": the categories " + Texts.quote(String.join(", ", categories))
            + " name no session kind; the session is of kind other"));
      }
      return SessionKind.OTHER;
    }

    private void roles(Event event, Component component) {
      for (Property property : component.properties) {
        if (!property.name.equals("ATTENDEE") && !property.name.equals("ORGANIZER")) {
          continue;
        }
        Optional<String> name = property.parameter("CN").map(Texts::strip).filter(n -> !n.isEmpty());
        String type = property.parameter("CUTYPE").orElse("INDIVIDUAL").trim().toUpperCase(Locale.ROOT);
        if (name.isEmpty() || !(type.equals("INDIVIDUAL") || type.equals("GROUP"))) {
          ignored(property, property.name + (name.isEmpty() ? " without a name (CN)" : " of type " + type)
              + " is not a person oerkit can name");
          continue;
        }
        RoleKind kind;
        if (property.name.equals("ORGANIZER")) {
          kind = RoleKind.ORGANIZER;
        } else {
          Optional<String> own = property.parameter("X-OER-ROLE").map(String::trim);
          String role = property.parameter("ROLE").orElse("REQ-PARTICIPANT").trim().toUpperCase(Locale.ROOT);
          kind = own.isPresent() ? build(property, () -> RoleKind.of(own.get()))
              : role.equals("CHAIR") ? RoleKind.CHAIR : RoleKind.PARTICIPANT;
        }
        String holder = name.get();
        event.roles.add(build(property, () -> type.equals("GROUP")
            ? Role.of(kind, Organization.of(holder, OrganizationKind.WORKING_GROUP))
            : Role.of(kind, Person.of(holder))));
      }
    }

    // --- times -----------------------------------------------------------------------------------------------

    private static boolean isDate(Property property) {
      return property.parameter("VALUE").map(v -> v.trim().equalsIgnoreCase("DATE")).orElse(false)
          || property.value.trim().length() == 8;
    }

    private Instant instant(Property property) {
      String value = property.value.trim();
      if (property.parameter("VALUE").map(v -> !v.trim().equalsIgnoreCase("DATE-TIME")).orElse(false)) {
        throw error(property, property.name + " must be a DATE-TIME here, was VALUE="
            + Texts.quote(property.parameter("VALUE").get()));
      }
      boolean utc = value.endsWith("Z") || value.endsWith("z");
      String local = utc ? value.substring(0, value.length() - 1) : value;
      if (local.length() != 15 || Character.toUpperCase(local.charAt(8)) != 'T' || !digits(local, 0, 8)
          || !digits(local, 9, 15)) {
        throw error(property, property.name + " must be a date-time such as 20171211T090000 or 20171211T030000Z"
            + " (RFC 5545 section 3.3.5), was " + Texts.quote(value));
      }
      LocalDate date = date(property, local.substring(0, 8));
      LocalDateTime dateTime;
      try {
        dateTime = date.atTime(LocalTime.of(Integer.parseInt(local.substring(9, 11)),
            Integer.parseInt(local.substring(11, 13)), Math.min(59, Integer.parseInt(local.substring(13, 15)))));
      } catch (DateTimeException e) {
        throw error(property, property.name + " has no such time of day, was " + Texts.quote(value));
      }
      if (utc) {
        return dateTime.toInstant(ZoneOffset.UTC);
      }
      Optional<String> tzid = property.parameter("TZID").map(String::trim);
      ZoneId zone;
      if (tzid.isPresent()) {
        Optional<ZoneId> iana = tzid(property, tzid.get());
        if (iana.isEmpty()) {
          if (nonIana.isEmpty()) {
            nonIana = Optional.of(property);
          }
          return dateTime.toInstant(observances(property, tzid.get()).offset(dateTime));
        }
        zone = iana.get();
        if (firstTzid.isEmpty() && property.name.equals("DTSTART")) {
          firstTzid = Optional.of(zone);
        }
      } else {
        zone = callerZone.or(() -> calendarZone).orElseThrow(() -> error(property, property.name + " "
            + value + " is a floating time, in no time zone (RFC 5545 section 3.3.5, form 1): name the zone it"
            + " is in (ICalendarReader.read(text, zone), or the command line's --zone)"));
      }
      return ZonedDateTime.ofLocal(dateTime, zone, null).toInstant();
    }

    private LocalDate date(Property property, String value) {
      if (value.length() != 8 || !digits(value, 0, 8)) {
        throw error(property, property.name + " must be a date such as 20171211 (RFC 5545 section 3.3.4), was "
            + Texts.quote(value));
      }
      int year = Integer.parseInt(value.substring(0, 4));
      if (year < Bounds.MIN_YEAR) {
        throw error(property, property.name + " must lie in the years " + Bounds.MIN_YEAR + " to " + Bounds.MAX_YEAR
            + ", was " + Texts.quote(value));
      }
      try {
        return LocalDate.of(year, Integer.parseInt(value.substring(4, 6)), Integer.parseInt(value.substring(6, 8)));
      } catch (DateTimeException e) {
        throw error(property, property.name + " has no such date, was " + Texts.quote(value));
      }
    }

    private static boolean digits(String text, int from, int to) {
      for (int i = from; i < to; i++) {
        if (text.charAt(i) < '0' || text.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    /** RFC 5545 section 3.3.6: {@code [+]P(nW | nD[T[nH][nM][nS]] | T[nH][nM][nS])}, not negative. */
    private Duration duration(Property property) {
      String value = property.value.trim().toUpperCase(Locale.ROOT);
      int i = value.startsWith("+") ? 1 : 0;
      Duration total = Duration.ZERO;
      boolean ok = value.startsWith("P", i);
      boolean time = false;
      boolean any = false;
      i++;
      while (ok && i < value.length()) {
        char c = value.charAt(i);
        if (c == 'T' && !time) {
          time = true;
          i++;
          continue;
        }
        int from = i;
        while (i < value.length() && i - from < 9 && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
          i++;
        }
        if (i == from || i == value.length()) {
          ok = false;
          break;
        }
        long n = Long.parseLong(value.substring(from, i));
        char unit = value.charAt(i++);
        if (!time && unit == 'W') {
          total = plus(property, total, Duration.ofDays(7 * n));
        } else if (!time && unit == 'D') {
          total = plus(property, total, Duration.ofDays(n));
        } else if (time && unit == 'H') {
          total = plus(property, total, Duration.ofHours(n));
        } else if (time && unit == 'M') {
          total = plus(property, total, Duration.ofMinutes(n));
        } else if (time && unit == 'S') {
          total = plus(property, total, Duration.ofSeconds(n));
        } else {
          ok = false;
        }
        any = true;
      }
      if (!ok || !any) {
        throw error(property, "DURATION must be a positive duration such as PT45M or P1D (RFC 5545 section"
            + " 3.3.6), was " + Texts.quote(property.value));
      }
      return total;
    }

    private Duration plus(Property property, Duration total, Duration more) {
      Duration sum = total.plus(more);
      if (sum.compareTo(MAX_EVENT_DURATION) > 0) {
        throw error(property, "DURATION must be at most " + MAX_EVENT_DURATION.toDays() + " days, was "
            + Texts.quote(property.value));
      }
      return sum;
    }

    /** The zone of a TZID: an IANA id, the IANA id at the end of a globally unique one, or X-LIC-LOCATION. */
    private Optional<ZoneId> tzid(Property property, String tzid) {
      Optional<ZoneId> zone = zone(property, tzid);
      if (zone.isEmpty() && tzid.startsWith("/")) {
        String[] segments = tzid.split("/");
        for (int from = 1; from < segments.length && zone.isEmpty(); from++) {
          zone = zone(property, String.join("/", java.util.Arrays.asList(segments).subList(from, segments.length)));
        }
      }
      if (zone.isEmpty()) {
        Component definition = timeZones.get(tzid);
        if (definition != null) {
          zone = definition.first("X-LIC-LOCATION").flatMap(l -> zone(property, l.value.trim()));
        }
      }
      return zone;
    }

    /** The observances of the VTIMEZONE of a TZID that names no IANA zone, read once. */
    private Observances observances(Property property, String tzid) {
      Component definition = timeZones.get(tzid);
      if (definition == null) {
        throw error(property, "TZID " + Texts.quote(tzid) + " is not an IANA time zone id such as"
            + " \"Europe/Berlin\", and the calendar has no VTIMEZONE for it (RFC 5545 section 3.2.19): name the"
            + " zone (ICalendarReader.read(text, zone)) after replacing the TZID, or export the calendar with IANA"
            + " zones");
      }
      return rules.computeIfAbsent(tzid, t -> Observances.of(definition));
    }

    private static Optional<ZoneId> zone(Property property, String id) {
      if (id.isEmpty() || id.length() > 64) {
        return Optional.empty();
      }
      try {
        return Optional.of(ZoneId.of(id));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }

    // --- the workshop ----------------------------------------------------------------------------------------

    private Workshop workshop(Component calendar, Optional<LocalizedText> title, List<String> background,
        ZoneId zone, List<Event> events) {
      Map<String, Event> byUid = new HashMap<>();
      Set<String> ids = new HashSet<>();
      for (Event event : events) {
        event.uid.ifPresent(uid -> byUid.putIfAbsent(uid, event));
      }
      Map<Event, List<Event>> groups = new LinkedHashMap<>();
      List<Event> sessions = new ArrayList<>();
      for (Event event : events) {
        Event parent = event.parent.map(byUid::get).orElse(null);
        if (parent != null && parent != event && parent.parent.map(byUid::get).isEmpty()) {
          groups.computeIfAbsent(parent, p -> new ArrayList<>()).add(event);
        } else {
          if (event.parent.isPresent()) {
            ignored(event.parentLink, "the parent " + Texts.quote(event.parent.get()) + " is no session of this calendar");
          }
          event.kindFinding.ifPresent(findings::add);
          sessions.add(event);
        }
      }
      for (Event event : events) {
        event.id = event.uid.filter(u -> Texts.isIdentifier(u, "._-", false) && !ids.contains(u))
            .orElse("event-" + event.number);
        if (!ids.add(event.id)) {
          event.id = "event-" + event.number + "-" + ids.size();
          ids.add(event.id);
        }
      }
      Map<String, String> rooms = new LinkedHashMap<>();
      for (Event event : events) {
        event.location.ifPresent(l -> rooms.computeIfAbsent(l, k -> "room-" + (rooms.size() + 1)));
      }
      TreeMap<LocalDate, List<Event>> days = new TreeMap<>();
      for (Event event : sessions) {
        LocalDate date = event.local != null ? event.local.toLocalDate() : event.allDay;
        days.computeIfAbsent(date, d -> new ArrayList<>()).add(event);
      }
      Workshop.Builder workshop = Workshop.builder();
      LocalizedText name = title.orElseGet(() -> {
        findings.add(Finding.of(TITLE, Severity.WARNING, calendar.path, "line " + calendar.line
            + ": the calendar has no X-WR-CALNAME or NAME; the workshop is titled \"Calendar\""));
        return LocalizedText.of(LanguageTag.ENGLISH, "Calendar");
      });
      workshop.id(slug(name.original())).title(name).zone(zone).addAllBackground(background)
          .startDate(days.firstKey()).endDate(days.lastKey());
      rooms.forEach((location, id) -> workshop.addRooms(build(calendar.path, calendar.line, () -> Room.of(id, location))));
      for (Map.Entry<LocalDate, List<Event>> day : days.entrySet()) {
        List<Event> ordered = new ArrayList<>(day.getValue());
        ordered.sort(Comparator.comparing((Event e) -> e.local == null ? null : e.local.toLocalTime(),
            Comparator.nullsFirst(Comparator.naturalOrder())));
        Day.Builder builder = Day.builder().date(day.getKey());
        for (Event event : ordered) {
          builder.addSessions(session(event, groups.getOrDefault(event, List.of()), rooms));
        }
        workshop.addDays(build(calendar.path, calendar.line, builder::build));
      }
      int revision = 0;
      for (Event event : events) {
        Optional<Property> sequence = event.component.first("SEQUENCE");
        if (sequence.isPresent()) {
          revision = Math.max(revision, sequence(sequence.get()));
        }
      }
      workshop.revision(revision);
      events.stream().flatMap(e -> e.component.first("DTSTAMP").stream()).map(this::stamp)
          .max(Comparator.naturalOrder()).ifPresent(workshop::revisedAt);
      return build(calendar.path, calendar.line, workshop::build);
    }

    private int sequence(Property property) {
      String value = property.value.trim();
      if (value.isEmpty() || value.length() > 9 || !digits(value, 0, value.length())) {
        throw error(property, "SEQUENCE must be a number from 0 (RFC 5545 section 3.8.7.4), was " + Texts.quote(value));
      }
      return Integer.parseInt(value);
    }

    private Instant stamp(Property property) {
      String value = property.value.trim();
      if (!value.endsWith("Z") && !value.endsWith("z")) {
        throw error(property, "DTSTAMP must be a UTC date-time such as 20171201T101500Z (RFC 5545 section"
            + " 3.8.7.2), was " + Texts.quote(value));
      }
      return instant(property);
    }

    private Session session(Event event, List<Event> groups, Map<String, String> rooms) {
      Session.Builder session = Session.builder().id(event.id).title(event.summary).kind(event.kind)
          .addAllRoles(event.roles);
      event.description.ifPresent(session::description);
      event.location.ifPresent(l -> session.room(rooms.get(l)));
      if (event.local != null) {
        LocalTime exact = event.local.toLocalTime();
        LocalTime start = exact.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        if (!start.equals(exact)) {
          Property dtstart = event.component.first("DTSTART").orElseThrow();
          findings.add(Finding.of(TIME, Severity.WARNING, dtstart.path, "line " + dtstart.line + ": the event starts"
              + " at " + exact + "; a programme's times are whole minutes, and its session starts at " + start));
        }
        session.time(build(event.component.path, event.component.line,
            () -> event.length.map(l -> SessionTime.of(start, l)).orElse(SessionTime.startingAt(start))));
      }
      for (Event group : groups) {
        String prefix = event.summary + " \u2013 ";
        String name = group.summary.startsWith(prefix) && group.summary.length() > prefix.length()
            ? Texts.strip(group.summary.substring(prefix.length())) : group.summary;
        BreakoutGroup.Builder builder = BreakoutGroup.builder().id(group.id).name(name.isEmpty() ? group.summary : name)
            .addAllRoles(group.roles);
        group.description.ifPresent(builder::topic);
        group.location.ifPresent(l -> builder.room(rooms.get(l)));
        if (!java.util.Objects.equals(group.start, event.start) || !group.length.equals(event.length)) {
          findings.add(Finding.of(TIME, Severity.WARNING, group.component.path, "line " + group.component.line
              + ": the breakout group's own time is not kept; a group meets during its session "
              + Texts.quote(event.summary)));
        }
        session.addGroups(build(group.component.path, group.component.line, builder::build));
      }
      return build(event.component.path, event.component.line, session::build);
    }

    // --- errors and findings ---------------------------------------------------------------------------------

    /** The LANGUAGE of a text (RFC 5545 section 3.2.10), or English with a finding: oerkit's titles have one. */
    private LanguageTag language(Property property) {
      Optional<String> language = property.parameter("LANGUAGE").map(String::trim).filter(l -> !l.isEmpty());
      if (language.isEmpty()) {
        findings.add(Finding.of(TITLE, Severity.INFO, property.path, "line " + property.line + ": the title has no"
            + " LANGUAGE parameter; it is taken to be English"));
        return LanguageTag.ENGLISH;
      }
      return build(property, () -> LanguageTag.parse(language.get()));
    }

    private void ignored(Property property, String why) {
      findings.add(Finding.of(IGNORED, Severity.INFO, property.path, "line " + property.line + ": " + why
          + "; it is ignored"));
    }

    private static UnreadableDocumentException error(Property property, String problem) {
      return new UnreadableDocumentException(property.path, "line " + property.line + ": " + problem);
    }

    private static <T> T build(Property property, java.util.function.Supplier<T> value) {
      return build(property.path, property.line, value);
    }

    /** Builds a value, turning a broken domain rule into the reader's error at the given place. */
    private static <T> T build(String path, int line, java.util.function.Supplier<T> value) {
      try {
        return value.get();
      } catch (DomainRuleException e) {
        throw new UnreadableDocumentException(path, "line " + line + ": " + e.getMessage(), e);
      }
    }
  }
}
