package org.oerkit.core.agenda;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a workshop programme as an iCalendar file (RFC 5545), without any iCalendar library.
 *
 * <p>One {@code VEVENT} per session with a known start, and one per breakout group, related to its session
 * by {@code RELATED-TO;RELTYPE=PARENT} (RFC 5545 section 3.8.4.5). The output is byte-stable:
 * <ul>
 *   <li>{@code UID}s are name-based UUIDs of the workshop and session identifiers ({@link Slot#uid()}),
 *       with no host name, as RFC 7986 section 5.3 asks;</li>
 *   <li>{@code DTSTAMP} is {@link Workshop#revisedAt()} in UTC, or midnight UTC of the first date, never the
 *       time of the export; {@code SEQUENCE} is {@link Workshop#revision()};</li>
 *   <li>times are {@code DTSTART;TZID=<zone>} local times with one {@code VTIMEZONE} generated from the
 *       zone's {@code java.time} rules over the workshop's dates padded by a year on each side (section
 *       3.6.5), or UTC times for a zone that is a fixed offset; never floating times;</li>
 *   <li>a session's length is a {@code DURATION} (section 3.8.2.5); a session whose length is unknown or not
 *       positive has only its {@code DTSTART}; a session whose start is unknown is left out;</li>
 *   <li>people and organizations are text: every role is a line of the {@code DESCRIPTION}
 *       ({@link Role#line()}: "Moderator: Lina Benete, Education Programme Specialist, UNESCO Almaty Cluster
 *       Office"), and whoever chairs the session ({@link RoleKind#iCalendarRole()} {@code CHAIR}: a
 *       moderator, chair or master of ceremonies) is also its {@code CONTACT} (section 3.8.4.2), once even
 *       if they hold several roles; never an {@code ATTENDEE}, which section 3.8.4.1 forbids "when
 *       publishing the calendar information", and which a calendar app would turn into invitations;</li>
 *   <li>text is escaped (section 3.3.11), lines end in CRLF and are folded at 75 octets without splitting a
 *       UTF-8 sequence (section 3.1).</li>
 * </ul>
 *
 * <p>The file has no {@code METHOD}: it is a calendar to import, not an iTIP message (RFC 5546 section 3.2.1
 * would demand an {@code ORGANIZER} of a {@code PUBLISH}). {@link ICalendarReader} reads it back; what an
 * iCalendar file cannot carry of a workshop is listed there.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ICalendarWriter {

  /** The product identifier, RFC 5545 section 3.7.3. */
  public static final String PRODID = "-//oerkit//oerkit agenda//EN";

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  private ICalendarWriter() {}

  /**
   * Writes a workshop as an iCalendar file.
   *
   * @param workshop  the workshop, not null
   * @return the iCalendar text, lines ending in CRLF
   */
  public static String write(Workshop workshop) {
    requireNonNull(workshop, "workshop");
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VCALENDAR");
    lines.add("VERSION:2.0");
    lines.add("PRODID:" + PRODID);
    lines.add("CALSCALE:GREGORIAN");
    lines.add("X-WR-CALNAME;LANGUAGE=" + workshop.title().originalLanguage() + ":" + text(workshop.title().original()));
    boolean utc = workshop.zone().normalized().equals(ZoneOffset.UTC);
    if (!utc) {
      lines.add("X-WR-TIMEZONE:" + workshop.zone().getId());
      timeZone(workshop, lines);
    }
    String stamp = UTC.format(workshop.revisedAt().orElse(workshop.startDate().atStartOfDay().toInstant(ZoneOffset.UTC)));
    Timeline timeline = workshop.timeline();
    for (Slot slot : timeline.sessions()) {
      if (slot.start().isEmpty()) {
        continue;
      }
      Session session = slot.session();
      lines.add("BEGIN:VEVENT");
      lines.add("UID:" + slot.uid());
      lines.add("DTSTAMP:" + stamp);
      lines.add("SEQUENCE:" + workshop.revision());
      times(workshop, slot, utc, lines);
      lines.add("SUMMARY:" + text(session.fullTitle()));
      location(workshop, workshop.roomOf(session)).ifPresent(l -> lines.add("LOCATION:" + text(l)));
      String description = description(slot.day(), session);
      if (!description.isEmpty()) {
        lines.add("DESCRIPTION:" + text(description));
      }
      lines.add("CATEGORIES:" + text(session.kind().id()));
      contacts(session.roles(), lines);
      lines.add("X-OER-KIND:" + text(session.kind().id()));
      if (session.time().isInferred()) {
        lines.add("X-OER-INFERRED:" + text(session.time().toString()));
      }
      lines.add("END:VEVENT");
      for (Slot groupSlot : timeline.groupsOf(slot)) {
        BreakoutGroup group = groupSlot.group().get();
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + groupSlot.uid());
        lines.add("DTSTAMP:" + stamp);
        lines.add("SEQUENCE:" + workshop.revision());
        times(workshop, groupSlot, utc, lines);
        lines.add("SUMMARY:" + text(session.fullTitle() + " \u2013 " + group.name()));
        location(workshop, group.room().orElse(workshop.roomOf(session)))
            .ifPresent(l -> lines.add("LOCATION:" + text(l)));
        String groupDescription = groupDescription(group);
        if (!groupDescription.isEmpty()) {
          lines.add("DESCRIPTION:" + text(groupDescription));
        }
        lines.add("CATEGORIES:" + text(session.kind().id()));
        lines.add("RELATED-TO;RELTYPE=PARENT:" + slot.uid());
        contacts(group.roles(), lines);
        lines.add("END:VEVENT");
      }
    }
    lines.add("END:VCALENDAR");
    StringBuilder out = new StringBuilder();
    lines.forEach(line -> out.append(fold(line)));
    return out.toString();
  }

  private static void times(Workshop workshop, Slot slot, boolean utc, List<String> lines) {
    ZonedDateTime start = slot.start().get();
    if (utc) {
      lines.add("DTSTART:" + UTC.format(start.toInstant()));
    } else {
      lines.add("DTSTART;TZID=" + workshop.zone().getId() + ":" + LOCAL.format(start.toLocalDateTime()));
    }
    // The elapsed time from the start to the true end: on a day the clocks change it is not the difference
    // of the clock times (RFC 5545 section 3.3.6, an exact duration).
    Optional<Duration> length = slot.length();
    if (length.isPresent() && !length.get().isNegative() && !length.get().isZero()
        && slot.time().length().filter(l -> !l.isNegative() && !l.isZero()).isPresent()) {
      lines.add("DURATION:" + duration(length.get()));
    }
  }

  /** RFC 5545 section 3.3.6: dur-time with hours, minutes and seconds, no days, so that it stays exact. */
  static String duration(Duration duration) {
    long seconds = duration.getSeconds();
    StringBuilder text = new StringBuilder("PT");
    if (seconds / 3600 > 0) {
      text.append(seconds / 3600).append('H');
    }
    if (seconds % 3600 / 60 > 0) {
      text.append(seconds % 3600 / 60).append('M');
    }
    if (seconds % 60 > 0 || seconds == 0) {
      text.append(seconds % 60).append('S');
    }
    return text.toString();
  }

  static Optional<String> location(Workshop workshop, String roomId) {
    List<String> parts = new ArrayList<>();
    workshop.room(roomId).filter(r -> !workshop.rooms().isEmpty()).ifPresent(r -> parts.add(r.name()));
    workshop.venue().ifPresent(parts::add);
    workshop.city().ifPresent(parts::add);
    workshop.country().ifPresent(c -> parts.add(c.name()));
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
  }

  static String description(Day day, Session session) {
    List<String> lines = new ArrayList<>();
    session.subtitle().ifPresent(lines::add);
    session.description().ifPresent(lines::add);
    session.roles().forEach(r -> lines.add(r.line()));
    PrintedProgramme.partLines(session.parts(), "- ", "  ", "-").forEach(lines::add);
    session.groups().forEach(g -> lines.add("- " + PrintedProgramme.groupLine(g)));
    List<String> questions = session.allQuestions();
    for (int i = 0; i < questions.size(); i++) {
      lines.add("Q" + (i + 1) + ". " + questions.get(i));
    }
    PrintedProgramme.outputs(session).forEach(o -> lines.add("Expected output: " + o));
    lines.addAll(PrintedProgramme.interruptions(day, session, "-"));
    return String.join("\n", lines);
  }

  static String groupDescription(BreakoutGroup group) {
    List<String> lines = new ArrayList<>();
    group.topic().ifPresent(lines::add);
    group.roles().forEach(r -> lines.add(r.line()));
    for (int i = 0; i < group.questions().size(); i++) {
      lines.add("Q" + (i + 1) + ". " + group.questions().get(i));
    }
    group.expectedOutputs().forEach(o -> lines.add("Expected output: " + o));
    return String.join("\n", lines);
  }

  /**
   * Writes one {@code CONTACT} (RFC 5545 section 3.8.4.2) for each holder of a chairing role, in the order of
   * the roles, each holder once (by {@link RoleHolder#identity()}); roles to be announced have no contact.
   */
  private static void contacts(List<Role> roles, List<String> lines) {
    Set<String> written = new LinkedHashSet<>();
    for (Role role : roles) {
      if (role.holder().isNamed() && role.kind().iCalendarRole().equals("CHAIR")
          && written.add(role.holder().identity())) {
        lines.add("CONTACT:" + text(role.holder().description()));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // VTIMEZONE from java.time rules, RFC 5545 section 3.6.5.
  // ---------------------------------------------------------------------------------------------------------

  private static void timeZone(Workshop workshop, List<String> lines) {
    ZoneId zone = workshop.zone();
    ZoneRules rules = zone.getRules();
    Instant from = workshop.startDate().minusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = workshop.endDate().plusYears(1).plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
    lines.add("BEGIN:VTIMEZONE");
    lines.add("TZID:" + zone.getId());
    ZoneOffset initial = rules.getOffset(from);
    observance(lines, rules.isDaylightSavings(from), LocalDateTime.ofInstant(from, initial), initial, initial);
    ZoneOffsetTransition transition = rules.nextTransition(from);
    while (transition != null && transition.getInstant().isBefore(to)) {
      observance(lines, rules.isDaylightSavings(transition.getInstant()), transition.getDateTimeBefore(),
          transition.getOffsetBefore(), transition.getOffsetAfter());
      transition = rules.nextTransition(transition.getInstant());
    }
    lines.add("END:VTIMEZONE");
  }

  private static void observance(List<String> lines, boolean daylight, LocalDateTime start, ZoneOffset before,
      ZoneOffset after) {
    String name = daylight ? "DAYLIGHT" : "STANDARD";
    lines.add("BEGIN:" + name);
    lines.add("DTSTART:" + LOCAL.format(start));
    lines.add("TZOFFSETFROM:" + offset(before));
    lines.add("TZOFFSETTO:" + offset(after));
    lines.add("END:" + name);
  }

  /** RFC 5545 section 3.3.14: utc-offset as +HHMM or +HHMMSS. */
  static String offset(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    int abs = Math.abs(seconds);
    String text = (seconds < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d%02d", abs / 3600, abs % 3600 / 60);
    return abs % 60 == 0 ? text : text + String.format(Locale.ROOT, "%02d", abs % 60);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Escaping and folding.
  // ---------------------------------------------------------------------------------------------------------

  /** Escapes a TEXT value, RFC 5545 section 3.3.11: backslash, semicolon, comma and line breaks. */
  static String text(String value) {
    StringBuilder escaped = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\':
          escaped.append("\\\\");
          break;
        case ';':
          escaped.append("\\;");
          break;
        case ',':
          escaped.append("\\,");
          break;
        case '\n':
          escaped.append("\\n");
          break;
        case '\r':
          break;
        default:
          escaped.append(c < 0x20 && c != '\t' ? ' ' : c);
      }
    }
    return escaped.toString();
  }

  /**
   * Quotes a parameter value, RFC 5545 section 3.1: in double quotes, which it may not contain, and without
   * control characters.
   */
  static String parameter(String value) {
    String clean = value.chars().map(c -> c == '"' ? '\'' : c < 0x20 ? ' ' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    return "\"" + clean + "\"";
  }

  /**
   * Folds a content line, RFC 5545 section 3.1: at most 75 octets a line, continuation lines starting with
   * one space, never inside a UTF-8 sequence; each line ends in CRLF.
   */
  static String fold(String line) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    int octets = 0;
    int limit = 75;
    int i = 0;
    while (i < line.length()) {
      int codePoint = line.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    return out.append("\r\n").toString();
  }
}
