package org.oerkit.json;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Finding;
import org.oerkit.core.Imported;
import org.oerkit.core.Report;
import org.oerkit.core.Rule;
import org.oerkit.core.Severity;
import org.oerkit.core.Texts;
import org.oerkit.core.agenda.Day;
import org.oerkit.core.agenda.Part;
import org.oerkit.core.agenda.Role;
import org.oerkit.core.agenda.RoleKind;
import org.oerkit.core.agenda.Room;
import org.oerkit.core.agenda.Session;
import org.oerkit.core.agenda.SessionKind;
import org.oerkit.core.agenda.SessionTime;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.OrganizationKind;
import org.oerkit.core.vocabulary.Person;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads an Indico timetable export ({@code /export/timetable/ID.json}, Indico's HTTP API) into a workshop
 * programme, with a finding for what the programme does not carry.
 *
 * <p>The export is {@code {"_type": "HTTPAPIResult", "results": {eventId: {"YYYYMMDD": {key: entry}}}}},
 * entries keyed {@code s<id>} (a session block), {@code c<id>} (a contribution) and {@code b<id>} (a break),
 * each with {@code startDate}/{@code endDate} as {@code {date, time, tz}}, {@code title}, {@code location},
 * {@code room} and {@code entryType}; a block holds its contributions and breaks in {@code entries} (Indico,
 * {@code indico/modules/events/timetable/legacy.py}, {@code TimetableSerializer}, and the HTTP API
 * documentation, {@code docs/source/http-api/exporters/timetable.rst}). What it becomes:
 * <ul>
 *   <li>each day of the export is a {@link Day} (also the empty ones: Indico lists every day of the event);
 *       each top-level entry a {@link Session}, ordered by start; the session's identifier is the entry's
 *       key ({@code s12}, {@code c34}, {@code b5});</li>
 *   <li>a session block is a session with the session's title, the block's own title ({@code slotTitle}) as
 *       its subtitle, the session's description, and its {@code conveners} as chairs; its contributions are
 *       {@link Part}s with their own start and duration, and their presenters and description; an entry
 *       nested in a contribution (which Indico does not write today) is a part of that part
 *       ({@link Part#parts()}); a break inside a block is a session of its own that interrupts the block
 *       ({@link Session#interruptedBy()}), as the model has it;</li>
 *   <li>a top-level contribution is a {@link SessionKind#PLENARY_PRESENTATION} with its presenters; a break
 *       is a {@link SessionKind#LUNCH}, {@link SessionKind#DINNER} or {@link SessionKind#RECEPTION} when its
 *       title says so and a {@link SessionKind#COFFEE_BREAK} otherwise;</li>
 *   <li>a person is {@code name} (Indico's full name with title) or first and family name, with the family
 *       name and the {@code affiliation} as an organization of kind {@link OrganizationKind#OTHER};
 *       e-mail addresses are not kept;</li>
 *   <li>times are read in the entry's {@code tz} and kept as instants; the programme's zone is the first
 *       entry's; {@code room} (with the {@code location} when it is not the venue) names a room, and the first
 *       {@code location} is the venue.</li>
 * </ul>
 *
 * <p>What is not carried, each with a finding at its JSON Pointer: attachments and references, e-mail
 * addresses, and fields the programme has no place for. The export has no event title, so the workshop is
 * titled "Indico event ID" (with a finding); its identifier is {@code indico-ID}. URLs, colours, codes and
 * Indico's internal identifiers ({@code pdf}, {@code url}, {@code color}, {@code uniqueId},
 * {@code sessionSlotId}, ...) are dropped without a finding: they are Indico's, not the programme's.
 *
 * <p>Input is bounded as for every JSON document ({@link OerJson#mapper()}: size, nesting, string length).
 * A document that is not such an export, or an entry without its times, is an {@link OerJsonException}
 * with the JSON Pointer of the offending value.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicoTimetable {

  /** A field of the export that the programme does not carry. */
  public static final Rule IGNORED = Rule.of("indico.ignored",
      "A field of an Indico timetable that a workshop programme does not carry is reported.",
      "Indico HTTP API, timetable export; oerkit");

  /** Fields that carry nothing of the programme: Indico's own identifiers, links, colours and flags. */
  private static final Set<String> INDICO_ONLY = Set.of("_type", "_fossil", "id", "uniqueId", "conferenceId",
      "contributionId", "sessionId", "sessionSlotId", "sessionSlotEntryId", "sessionCode", "code", "friendlyId",
      "scheduleEntryId", "color", "textColor", "pdf", "url", "inheritLoc", "inheritRoom", "contribDuration",
      "isPoster", "material", "address", "duration", "entryType");
  private static final Set<String> READ = Set.of("startDate", "endDate", "title", "slotTitle", "description",
      "location", "room", "conveners", "presenters", "entries", "attachments", "references");

  private IndicoTimetable() {}

  /**
   * Reads an Indico timetable export.
   *
   * @param json  the export, {@code /export/timetable/ID.json}, not null
   * @return the workshop and the findings of the reading, located by JSON Pointers into the export
   * @throws OerJsonException if the bytes are not JSON within the bounds, not a timetable export, or an
   *     entry lacks what a session needs (times, a title); the pointer names the offending value
   */
  public static Imported<Workshop> read(byte[] json) {
    requireNonNull(json, "json");
    JsonNode root;
    try {
      root = OerJson.mapper().readTree(json);
    } catch (JacksonException e) {
      throw Failures.from(e, null);
    }
    return new Reading().read(root);
  }

  /** A top-level entry, read, with its instant for ordering. */
  private static final class Entry {
    final Session session;
    final Instant start;

    Entry(Session session, Instant start) {
      this.session = session;
      this.start = start;
    }
  }

  private static final class Reading {
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, String> rooms = new LinkedHashMap<>();
    private ZoneId zone;
    private Optional<String> venue = Optional.empty();
    private int emails;

    Imported<Workshop> read(JsonNode root) {
      if (root == null || !root.isObject()) {
        throw new OerJsonException("", 0, 0, "An Indico timetable export is a JSON object with \"results\".");
      }
      JsonNode results = root.get("results");
      if (results == null || !results.isObject() || results.size() != 1) {
        throw new OerJsonException("/results", 0, 0, "An Indico timetable export has \"results\" with one event:"
            + " {\"<event id>\": {\"YYYYMMDD\": {...}}} (Indico /export/timetable/ID.json).");
      }
      String eventId = results.propertyNames().iterator().next();
      String eventPointer = "/results/" + escape(eventId);
      JsonNode days = results.get(eventId);
      if (!days.isObject()) {
        throw new OerJsonException(eventPointer, 0, 0, "The event's timetable must be an object of days"
            + " {\"YYYYMMDD\": {...}}.");
      }
      TreeMap<LocalDate, List<Entry>> programme = new TreeMap<>();
      for (Map.Entry<String, JsonNode> day : days.properties()) {
        String pointer = eventPointer + "/" + escape(day.getKey());
        LocalDate date = dayKey(pointer, day.getKey());
        if (!day.getValue().isObject()) {
          throw new OerJsonException(pointer, 0, 0, "A day of the timetable must be an object of entries.");
        }
        List<Entry> entries = programme.computeIfAbsent(date, d -> new ArrayList<>());
        for (Map.Entry<String, JsonNode> entry : day.getValue().properties()) {
          topLevel(pointer + "/" + escape(entry.getKey()), entry.getKey(), entry.getValue(), entries);
        }
      }
      if (programme.isEmpty()) {
        throw new OerJsonException(eventPointer, 0, 0, "The timetable has no days; a programme needs dates.");
      }
      if (emails > 0) {
        findings.add(Finding.of(IGNORED, Severity.INFO, eventPointer, emails + " e-mail address"
            + (emails == 1 ? " is" : "es are") + " not kept: a programme names people, it does not list their"
            + " addresses"));
      }
      String id = Texts.isIdentifier("indico-" + eventId, "._-", false) ? "indico-" + eventId : "indico";
      findings.add(Finding.of(IGNORED, Severity.INFO, eventPointer, "the timetable export carries no event title;"
          + " the workshop is titled \"Indico event " + Texts.quote(eventId) + "\""));
      Workshop.Builder workshop = Workshop.builder().id(id)
          .title(build(eventPointer, () -> LocalizedText.of(LanguageTag.ENGLISH, "Indico event " + eventId)))
          .zone(zone == null ? ZoneId.of("UTC") : zone)
          .startDate(programme.firstKey()).endDate(programme.lastKey());
      venue.ifPresent(workshop::venue);
      rooms.forEach((name, roomId) -> workshop.addRooms(build(eventPointer, () -> Room.of(roomId, name))));
      programme.forEach((date, entries) -> {
        entries.sort(Comparator.comparing((Entry e) -> e.start).thenComparing(e -> e.session.id()));
        Day.Builder day = Day.builder().date(date);
        entries.forEach(e -> day.addSessions(e.session));
        workshop.addDays(build(eventPointer, day::build));
      });
      if (zone == null) {
        findings.add(Finding.of(IGNORED, Severity.WARNING, eventPointer, "the timetable has no entries with a"
            + " time zone; the programme is in UTC"));
      }
      return Imported.of(build(eventPointer, workshop::build), Report.of(findings));
    }

    private void topLevel(String pointer, String key, JsonNode entry, List<Entry> day) {
      if (!entry.isObject()) {
        throw new OerJsonException(pointer, 0, 0, "A timetable entry must be an object.");
      }
      String type = text(entry, "entryType").orElse("");
      Instant start = instant(pointer + "/startDate", entry.get("startDate"));
      Instant end = instant(pointer + "/endDate", entry.get("endDate"));
      LocalDateTime local = LocalDateTime.ofInstant(start, zone);
      String id = Texts.isIdentifier(key, "._-", false) ? key : "entry-" + (day.size() + 1);
      Session.Builder session = Session.builder().id(id).title(title(pointer, entry))
          .time(time(pointer, local.toLocalTime(), start, end));
      ignoredFields(pointer, entry);
      description(entry).ifPresent(session::description);
      room(entry).ifPresent(session::room);
      switch (type) {
        case "Session":
          text(entry, "slotTitle").filter(t -> !t.equals(text(entry, "title").orElse(""))).ifPresent(session::subtitle);
          people(pointer + "/conveners", entry.get("conveners"), RoleKind.CHAIR).forEach(session::addRoles);
          JsonNode children = entry.get("entries");
          if (children != null && children.isObject()) {
            List<Map.Entry<String, JsonNode>> ordered = new ArrayList<>();
            children.properties().forEach(ordered::add);
            ordered.sort(Comparator.comparing((Map.Entry<String, JsonNode> c) -> startText(c.getValue()))
                .thenComparing(Map.Entry::getKey));
            for (Map.Entry<String, JsonNode> child : ordered) {
              String at = pointer + "/entries/" + escape(child.getKey());
              if (text(child.getValue(), "entryType").orElse("").equals("Break")) {
                Entry pause = breakEntry(at, child.getKey(), child.getValue(), day);
                session.addInterruptedBy(pause.session.id());
                day.add(pause);
              } else {
                session.addParts(part(at, child.getValue(), entry));
              }
            }
          } else if (children != null && !children.isNull()) {
            throw new OerJsonException(pointer + "/entries", 0, 0, "A block's entries must be an object.");
          }
          break;
        case "Contribution":
          session.kind(SessionKind.PLENARY_PRESENTATION);
          people(pointer + "/presenters", entry.get("presenters"), RoleKind.PRESENTER).forEach(session::addRoles);
          session.addAllParts(nested(pointer, entry));
          break;
        case "Break":
          day.add(breakEntry(pointer, id, entry, day));
          return;
        default:
          throw new OerJsonException(pointer + "/entryType", 0, 0, "entryType must be \"Session\", \"Contribution\""
              + " or \"Break\", was " + Texts.quote(type) + ".");
      }
      day.add(new Entry(build(pointer, session::build), start));
    }

    private Entry breakEntry(String pointer, String key, JsonNode entry, List<Entry> day) {
      Instant start = instant(pointer + "/startDate", entry.get("startDate"));
      Instant end = instant(pointer + "/endDate", entry.get("endDate"));
      String title = title(pointer, entry);
      String lower = title.toLowerCase(Locale.ROOT);
      SessionKind kind = lower.contains("lunch") ? SessionKind.LUNCH : lower.contains("dinner") ? SessionKind.DINNER
          : lower.contains("reception") ? SessionKind.RECEPTION : SessionKind.COFFEE_BREAK;
      String id = Texts.isIdentifier(key, "._-", false) ? key : "break-" + (day.size() + 1);
      Session.Builder session = Session.builder().id(id).title(title).kind(kind)
          .time(time(pointer, LocalDateTime.ofInstant(start, zone).toLocalTime(), start, end));
      description(entry).ifPresent(session::description);
      room(entry).ifPresent(session::room);
      ignoredFields(pointer, entry);
      return new Entry(build(pointer, session::build), start);
    }

    private Part part(String pointer, JsonNode entry, JsonNode parent) {
      if (!entry.isObject()) {
        throw new OerJsonException(pointer, 0, 0, "A timetable entry must be an object.");
      }
      Instant start = instant(pointer + "/startDate", entry.get("startDate"));
      Instant end = instant(pointer + "/endDate", entry.get("endDate"));
      Part.Builder part = Part.builder().title(title(pointer, entry))
          .time(time(pointer, LocalDateTime.ofInstant(start, zone).toLocalTime(), start, end));
      description(entry).ifPresent(part::description);
      people(pointer + "/presenters", entry.get("presenters"), RoleKind.PRESENTER).forEach(part::addRoles);
      ignoredFields(pointer, entry);
      Optional<String> room = roomName(entry);
      if (room.isPresent() && !room.equals(roomName(parent))) {
        findings.add(Finding.of(IGNORED, Severity.INFO, pointer + "/room", "a part is in the room of its session;"
            + " its own room " + Texts.quote(room.get()) + " is not kept"));
      }
      part.addAllParts(nested(pointer, entry));
      return build(pointer, part::build);
    }

    /** The entries nested in a contribution, as parts of its part, in start order. */
    private List<Part> nested(String pointer, JsonNode entry) {
      JsonNode children = entry.get("entries");
      List<Part> parts = new ArrayList<>();
      if (children == null || children.isNull()) {
        return parts;
      }
      if (!children.isObject()) {
        throw new OerJsonException(pointer + "/entries", 0, 0, "An entry's entries must be an object.");
      }
      List<Map.Entry<String, JsonNode>> ordered = new ArrayList<>();
      children.properties().forEach(ordered::add);
      ordered.sort(Comparator.comparing((Map.Entry<String, JsonNode> c) -> startText(c.getValue()))
          .thenComparing(Map.Entry::getKey));
      for (Map.Entry<String, JsonNode> child : ordered) {
        parts.add(part(pointer + "/entries/" + escape(child.getKey()), child.getValue(), entry));
      }
      return parts;
    }

    private static String startText(JsonNode entry) {
      JsonNode start = entry.get("startDate");
      return start == null ? "" : start.path("date").asString("") + "T" + start.path("time").asString("");
    }

    private SessionTime time(String pointer, LocalTime start, Instant from, Instant to) {
      Duration length = Duration.between(from, to);
      if (length.isNegative()) {
        throw new OerJsonException(pointer + "/endDate", 0, 0, "endDate must not be before startDate.");
      }
      return build(pointer, () -> length.isZero() ? SessionTime.startingAt(start) : SessionTime.of(start, length));
    }

    private Instant instant(String pointer, JsonNode date) {
      if (date == null || !date.isObject()) {
        throw new OerJsonException(pointer, 0, 0, "An entry needs its date and time as {\"date\": \"YYYY-MM-DD\","
            + " \"time\": \"HH:MM:SS\", \"tz\": \"Europe/Zurich\"}.");
      }
      String day = date.path("date").asString("");
      String time = date.path("time").asString("");
      String tz = date.path("tz").asString("");
      ZoneId entryZone;
      try {
        entryZone = ZoneId.of(tz);
      } catch (DateTimeException e) {
        throw new OerJsonException(pointer + "/tz", 0, 0, "tz must be an IANA time zone id such as"
            + " \"Europe/Zurich\", was " + Texts.quote(tz) + ".");
      }
      if (zone == null) {
        zone = entryZone;
      }
      try {
        return LocalDate.parse(day).atTime(LocalTime.parse(time)).atZone(entryZone).toInstant();
      } catch (DateTimeParseException e) {
        throw new OerJsonException(pointer, 0, 0, "date must be YYYY-MM-DD and time HH:MM:SS, was "
            + Texts.quote(day) + " and " + Texts.quote(time) + ".");
      }
    }

    private static LocalDate dayKey(String pointer, String key) {
      try {
        if (key.length() == 8) {
          return LocalDate.of(Integer.parseInt(key.substring(0, 4)), Integer.parseInt(key.substring(4, 6)),
              Integer.parseInt(key.substring(6, 8)));
        }
      } catch (NumberFormatException | DateTimeException e) {
        // falls through to the error below
      }
      throw new OerJsonException(pointer, 0, 0, "A day of the timetable is keyed YYYYMMDD, was "
          + Texts.quote(key) + ".");
    }

    private String title(String pointer, JsonNode entry) {
      return text(entry, "title").orElseThrow(() -> new OerJsonException(pointer + "/title", 0, 0,
          "An entry needs a title."));
    }

    private static Optional<String> description(JsonNode entry) {
      return text(entry, "description");
    }

    /** The room of an entry, made a room of the workshop. */
    private Optional<String> room(JsonNode entry) {
      return roomName(entry).map(n -> rooms.computeIfAbsent(n, k -> "room-" + (rooms.size() + 1)));
    }

    /** The name of an entry's room: its {@code room}, with its {@code location} when that is not the venue. */
    private Optional<String> roomName(JsonNode entry) {
      Optional<String> location = text(entry, "location");
      Optional<String> room = text(entry, "room");
      if (venue.isEmpty() && location.isPresent()) {
        venue = location;
      }
      Optional<String> elsewhere = location.filter(l -> !l.equals(venue.orElse(null)));
      return room.map(r -> elsewhere.map(l -> r + ", " + l).orElse(r)).or(() -> elsewhere);
    }

    private List<Role> people(String pointer, JsonNode people, RoleKind kind) {
      List<Role> roles = new ArrayList<>();
      if (people == null || people.isNull()) {
        return roles;
      }
      if (!people.isArray()) {
        throw new OerJsonException(pointer, 0, 0, "People must be an array of {firstName, familyName,"
            + " affiliation, name}.");
      }
      for (int i = 0; i < people.size(); i++) {
        JsonNode person = people.get(i);
        String at = pointer + "/" + i;
        Optional<String> family = text(person, "familyName");
        Optional<String> name = text(person, "name").or(() -> {
          String joined = (text(person, "firstName").orElse("") + " " + family.orElse("")).trim();
          return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
        });
        if (name.isEmpty()) {
          findings.add(Finding.of(IGNORED, Severity.WARNING, at, "a person without a name is not kept"));
          continue;
        }
        if (text(person, "email").isPresent()) {
          emails++;
        }
        Person.Builder builder = Person.builder().name(name.get());
        family.ifPresent(builder::familyName);
        text(person, "affiliation").ifPresent(a -> builder.addAffiliations(build(at + "/affiliation",
            () -> Organization.of(a, OrganizationKind.OTHER))));
        roles.add(build(at, () -> Role.of(kind, builder.build())));
      }
      return roles;
    }

    private void ignoredFields(String pointer, JsonNode entry) {
      for (Map.Entry<String, JsonNode> field : entry.properties()) {
        String name = field.getKey();
        JsonNode value = field.getValue();
        boolean empty = value.isNull() || (value.isContainer() && value.isEmpty())
            || (value.isString() && Texts.isBlank(value.asString()));
        if (name.equals("attachments") && value.isObject()) {
          empty = value.path("files").isEmpty() && value.path("folders").isEmpty();
        }
        if ((name.equals("attachments") || name.equals("references")) && !empty) {
          findings.add(Finding.of(IGNORED, Severity.INFO, pointer + "/" + name, "the " + name + " of "
              + Texts.quote(entry.path("title").asString("")) + " are not kept"));
        } else if (!READ.contains(name) && !INDICO_ONLY.contains(name) && !empty) {
          findings.add(Finding.of(IGNORED, Severity.INFO, pointer + "/" + escape(name), "the field "
              + Texts.quote(name) + " is not part of a programme"));
        }
      }
    }

    private static Optional<String> text(JsonNode node, String field) {
      JsonNode value = node.get(field);
      if (value == null || !value.isString()) {
        return Optional.empty();
      }
      String text = Texts.strip(value.asString());
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static <T> T build(String pointer, java.util.function.Supplier<T> value) {
      try {
        return value.get();
      } catch (DomainRuleException e) {
        throw new OerJsonException(pointer, 0, 0, e.getMessage(), e);
      }
    }

    /** RFC 6901: {@code ~} as {@code ~0} and {@code /} as {@code ~1}. */
    private static String escape(String key) {
      return key.replace("~", "~0").replace("/", "~1");
    }
  }
}
