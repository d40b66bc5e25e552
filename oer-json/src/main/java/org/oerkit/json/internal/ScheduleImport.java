package org.oerkit.json.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oerkit.core.Bounds;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Finding;
import org.oerkit.core.Report;
import org.oerkit.core.Rule;
import org.oerkit.core.Severity;
import org.oerkit.core.Texts;
import org.oerkit.core.agenda.Day;
import org.oerkit.core.agenda.Role;
import org.oerkit.core.agenda.RoleHolder;
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

/**
 * Builds a workshop from the standard fields of a frab/pretalx schedule, whichever of {@code schedule.json}
 * and {@code schedule.xml} they were read from: one set of rules for both (INTERCHANGE.md).
 *
 * <p>The format readers turn their document into {@link ConferenceIn}, {@link DayIn}, {@link RoomIn},
 * {@link EventIn} and {@link PersonIn}: raw texts, each with its location in the document (a JSON Pointer
 * or an XPath). This class parses the texts, places every event in time and reports each oddity as a
 * {@link Finding} at that location. No event is dropped: an event whose time cannot be read becomes a
 * session of unknown time. No person is invented: a person is a name the file gives.
 */
public final class ScheduleImport {

  /** A value the format defines that cannot be read as it defines it. */
  public static final Rule UNREADABLE_VALUE = Rule.of("schedule.unreadable-value",
      "Each value of a schedule is of the kind the format defines: a date-time with offset, HH:MM, an integer.",
      "c3voc schedule.json schema and schedule.xml XSD (voc/schedule)");
  /** A value the format carries that oerkit has no place for. */
  public static final Rule NOT_CARRIED = Rule.of("schedule.not-carried",
      "A value of the schedule that an oerkit workshop cannot hold is reported, not dropped silently.",
      "oerkit INTERCHANGE.md, schedule.json and schedule.xml");
  /** Times whose offset disagrees with the conference's time zone. */
  public static final Rule TIME_ZONE = Rule.of("schedule.time-zone",
      "An event's date carries the offset of the conference's time_zone_name at that instant, and its start is"
          + " the clock time of that date.", "c3voc schedule.json schema (time_zone_name, date, start)");
  /** Two events with the same identifier. */
  public static final Rule DUPLICATE_EVENT = Rule.of("schedule.duplicate-event",
      "Event guids, ids and slugs are unique in a schedule.", "c3voc schedule.xml XSD (guid_unique, id_unique)");
  /** A person entry that is not one person's name. */
  public static final Rule PERSON_NAME = Rule.of("schedule.person-name",
      "Each person of an event is one person with a name.", "c3voc schedule.json schema (Person)");
  /** An event placed on another day than the one the file lists it under. */
  public static final Rule DAY = Rule.of("schedule.day",
      "An event belongs to the date of its start in the conference's time zone.", "oerkit INTERCHANGE.md");
  /** The embedded oerkit copy disagrees with the standard fields. */
  public static final Rule EMBEDDED_COPY = Rule.of("schedule.embedded-copy",
      "The oerkit workshop embedded in conference.meta.oerkit agrees with the standard fields of the schedule.",
      "oerkit INTERCHANGE.md, schedule.json");

  private static final Pattern DURATION = Pattern.compile("(\\d{1,3}):([0-5]\\d)(?::([0-5]\\d))?");
  private static final Pattern CLOCK = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d))?");
  /** The event fields read but not kept, each reported once for the document with its first location. */
  private static final List<String> NOT_KEPT = List.of("track", "recording_license", "do_not_record", "links",
      "attachments", "logo", "origin_url", "feedback_url", "do_not_stream");
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  /** The conference: its texts, the rooms it declares and its days. */
  public record ConferenceIn(String at, Map<String, String> values, Map<String, String> locations,
      List<RoomIn> rooms, List<DayIn> days) {
    /** Gets a value, if the document gives it. */
    public Optional<String> value(String name) {
      return Optional.ofNullable(values.get(name));
    }

    /** Gets the location of a value: the one the reader recorded, or the conference's and the name. */
    public String location(String name) {
      return locations.getOrDefault(name, at + "/" + name);
    }
  }

  /** A day: its texts and its rooms of events. */
  public record DayIn(String at, Map<String, String> values, List<RoomIn> rooms) {}

  /** A room: its name, its capacity if given, and its events (none in the conference's list of rooms). */
  public record RoomIn(String at, String name, Optional<String> capacity, List<EventIn> events) {}

  /** An event: its texts by the format's field names, their locations, and its persons. */
  public record EventIn(String at, Map<String, String> values, Map<String, String> locations,
      List<PersonIn> persons) {
    /** Gets a value, if the document gives it. */
    public Optional<String> value(String name) {
      return Optional.ofNullable(values.get(name));
    }

    /** Gets the location of a value: the one the reader recorded, or the event's and the name. */
    public String location(String name) {
      return locations.getOrDefault(name, at + "/" + name);
    }
  }

  /** A person of an event: the name and the extra fields oerkit writes ({@code roles}, {@code position}, ...). */
  public record PersonIn(String at, Optional<String> name, Map<String, String> values, List<String> roles,
      List<String> affiliations) {}

  /** What an import gives: the workshop, the findings, and which session each event guid became. */
  public record Result(Workshop workshop, Report report, Map<String, Session> sessionsByGuid) {}

  private final ConferenceIn conference;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<String> sessionIds = new HashSet<>();
  private final Map<String, Session> byGuid = new LinkedHashMap<>();
  private final Map<String, Room> rooms = new LinkedHashMap<>();
  private final List<LanguageTag> languages = new ArrayList<>();
  private final Map<String, List<String[]>> notCarried = new LinkedHashMap<>();
  private ZoneId zone;

  private ScheduleImport(ConferenceIn conference) {
    this.conference = conference;
  }

  /**
   * Builds the workshop that the standard fields of a schedule describe.
   *
   * @param conference  the conference as the format reader found it, not null
   * @return the workshop, the findings in document order, and the session of each event guid
   */
  public static Result of(ConferenceIn conference) {
    return new ScheduleImport(requireNonNull(conference, "conference")).build();
  }

  private Result build() {
    zone = zone();
    for (RoomIn declared : conference.rooms()) {
      room(declared.name(), declared.at() + "/name", declared.capacity(), declared.at());
    }
    // Events by the date of their start in the zone; a day's texts by its date.
    TreeMap<LocalDate, List<Placed>> byDate = new TreeMap<>();
    Map<LocalDate, Integer> moved = new LinkedHashMap<>();
    Map<String, String> guids = new HashMap<>();
    Map<String, String> ids = new HashMap<>();
    Map<ZoneOffset, List<String>> offsets = new LinkedHashMap<>();
    int order = 0;
    for (DayIn day : conference.days()) {
      Optional<LocalDate> date = date(day.values().get("date"), day.at() + dateField(day), true);
      date.ifPresent(d -> byDate.computeIfAbsent(d, k -> new ArrayList<>()));
      for (RoomIn roomIn : day.rooms()) {
        Room room = room(roomIn.name(), roomIn.at(), roomIn.capacity(), roomIn.at());
        for (EventIn event : roomIn.events()) {
          duplicate(event, "guid", guids);
          duplicate(event, "id", ids);
          event.value("room").filter(r -> !r.strip().equals(roomIn.name().strip())).ifPresent(r ->
              add(UNREADABLE_VALUE, Severity.WARNING, event.location("room"), "The event names the room "
                  + Texts.quote(r) + " but is listed under " + Texts.quote(roomIn.name()) + "; it is placed in "
                  + Texts.quote(room.name()) + ", where the file lists it."));
          Timing timing = timing(event, date, offsets);
          LocalDate on = timing.start.map(LocalDateTime::toLocalDate).or(() -> date).orElse(null);
          if (on == null) {
            add(UNREADABLE_VALUE, Severity.ERROR, event.location("date"), "The event has neither a date nor a day"
                + " with a date; it is kept on the first day with its time unknown.");
          }
          if (on != null && date.isPresent() && !on.equals(date.get())) {
            moved.merge(date.get(), 1, Integer::sum);
          }
          Session session = session(event, room, timing);
          byDate.computeIfAbsent(on == null ? LocalDate.MIN : on, k -> new ArrayList<>())
              .add(new Placed(session, timing.start.map(LocalDateTime::toLocalTime), order++));
          event.value("guid").ifPresent(g -> byGuid.putIfAbsent(g, session));
        }
      }
    }
    offsets.forEach((offset, at) -> add(TIME_ZONE, Severity.WARNING, at.get(0), "The event's date is written at"
        + " offset " + offset + ", which is not the offset of " + zone.getId() + " at that instant; the instant is"
        + " kept and read as local time in " + zone.getId() + (at.size() > 1 ? " (" + (at.size() - 1)
            + " more events alike)" : "") + "."));
    notCarried.forEach((what, seen) -> add(NOT_CARRIED, Severity.INFO, seen.get(0)[0], "The " + what + " ("
        + Texts.quote(seen.get(0)[1]) + ") has no place in an oerkit workshop and is not kept" + (seen.size() > 1
            ? "; nor are those of " + (seen.size() - 1) + " more" + (what.startsWith("person") ? " persons." : " events.")
            : ".")));
    moved.forEach((date, count) -> add(DAY, Severity.INFO, dayAt(date), count + (count == 1 ? " event" : " events")
        + " listed under " + date + " start on a later or earlier date in " + zone.getId()
        + " (after midnight, as frab's day change allows) and are placed on the date they start."));
    List<Placed> undated = byDate.remove(LocalDate.MIN);
    if (undated != null) {
      if (byDate.isEmpty()) {
        byDate.put(conferenceDate("start").orElse(LocalDate.of(2000, 1, 1)), new ArrayList<>());
      }
      byDate.firstEntry().getValue().addAll(undated);
    }
    Workshop.Builder workshop = Workshop.builder().id(workshopId()).zone(zone);
    String title = conference.value("title").map(ScheduleImport::tidy).filter(t -> !t.isEmpty()).orElseGet(() -> {
      add(UNREADABLE_VALUE, Severity.WARNING, conference.location("title"), "The conference has no title; its"
          + " acronym is used as the title.");
      return conference.value("acronym").map(ScheduleImport::tidy).filter(a -> !a.isEmpty()).orElse("Schedule");
    });
    workshop.title(LocalizedText.of(languages.isEmpty() ? LanguageTag.ENGLISH : languages.get(0), title));
    workshop.addAllLanguages(languages);
    workshop.addAllRooms(rooms.values());
    LocalDate first = byDate.isEmpty() ? null : byDate.firstKey();
    LocalDate last = byDate.isEmpty() ? null : byDate.lastKey();
    LocalDate start = conferenceDate("start").orElse(first);
    LocalDate end = conferenceDate("end").orElse(last);
    if (start == null) {
      add(UNREADABLE_VALUE, Severity.ERROR, conference.location("start"), "The schedule has no start date and no"
          + " days; it is read as an empty programme on 2000-01-01.");
      start = LocalDate.of(2000, 1, 1);
    }
    if (first != null && first.isBefore(start)) {
      add(DAY, Severity.WARNING, conference.location("start"), "The conference starts " + start + " but has events"
          + " on " + first + "; the workshop starts " + first + ".");
      start = first;
    }
    end = end == null || end.isBefore(start) ? (last == null ? start : last) : end;
    if (last != null && last.isAfter(end)) {
      add(DAY, Severity.WARNING, conference.location("end"), "The conference ends " + end + " but has events on "
          + last + "; the workshop ends " + last + ".");
      end = last;
    }
    workshop.startDate(start).endDate(end);
    for (Map.Entry<LocalDate, List<Placed>> entry : byDate.entrySet()) {
      List<Placed> placed = new ArrayList<>(entry.getValue());
      placed.sort(Comparator.comparing((Placed p) -> p.start.orElse(LocalTime.MAX)).thenComparingInt(p -> p.order));
      workshop.addDays(Day.builder().date(entry.getKey())
          .addAllSessions(placed.stream().map(p -> p.session).toList()).build());
    }
    return new Result(workshop.build(), Report.of(findings), ImmutableMap.copyOf(byGuid));
  }

  private record Placed(Session session, Optional<LocalTime> start, int order) {}

  private record Timing(Optional<LocalDateTime> start, Optional<Duration> duration) {}

  private String dateField(DayIn day) {
    return day.at().contains("[") ? "/@date" : "/date";
  }

  private String dayAt(LocalDate date) {
    for (DayIn day : conference.days()) {
      if (date.toString().equals(day.values().get("date"))) {
        return day.at();
      }
    }
    return conference.at();
  }

  // ---- the conference

  private ZoneId zone() {
    Optional<String> name = conference.value("time_zone_name").map(String::strip).filter(n -> !n.isEmpty());
    if (name.isPresent()) {
      try {
        ZoneId zone = ZoneId.of(name.get());
        if (!(zone instanceof ZoneOffset)) {
          return zone;
        }
      } catch (DateTimeException e) {
        // reported below
      }
      add(UNREADABLE_VALUE, Severity.WARNING, conference.location("time_zone_name"), Texts.quote(name.get())
          + " is not an IANA time zone id such as \"Europe/Berlin\"; the zone is taken from the events' offsets.");
    }
    Optional<ZoneOffset> offset = firstOffset();
    ZoneId zone = offset.map(ScheduleImport::regionOf).orElse(ZoneId.of("UTC"));
    if (name.isEmpty()) {
      add(TIME_ZONE, Severity.INFO, conference.location("time_zone_name"), "The schedule names no time zone;"
          + " its times are read in " + zone.getId() + (offset.isPresent() ? ", the offset " + offset.get()
              + " of its first event" : "") + ".");
    }
    return zone;
  }

  /** The IANA zone of a whole-hour offset ({@code Etc/GMT-1} is UTC+01:00, POSIX signs), else UTC. */
  private static ZoneId regionOf(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    if (seconds == 0 || seconds % 3600 != 0 || seconds > 14 * 3600 || seconds < -12 * 3600) {
      return ZoneId.of("UTC");
    }
    int hours = seconds / 3600;
    return ZoneId.of("Etc/GMT" + (hours > 0 ? "-" + hours : "+" + -hours));
  }

  private Optional<ZoneOffset> firstOffset() {
    for (DayIn day : conference.days()) {
      for (RoomIn room : day.rooms()) {
        for (EventIn event : room.events()) {
          Optional<OffsetDateTime> date = event.value("date").flatMap(ScheduleImport::offsetDateTime);
          if (date.isPresent()) {
            return Optional.of(date.get().getOffset());
          }
        }
      }
    }
    return Optional.empty();
  }

  private Optional<LocalDate> conferenceDate(String name) {
    Optional<String> text = conference.value(name).map(String::strip).filter(t -> !t.isEmpty());
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<OffsetDateTime> dateTime = offsetDateTime(text.get());
    if (dateTime.isPresent()) {
      return Optional.of(dateTime.get().atZoneSameInstant(zone).toLocalDate());
    }
    return date(text.get(), conference.location(name), false);
  }

  private String workshopId() {
    return conference.value("acronym").map(ScheduleImport::identifier).filter(i -> !i.isEmpty()).orElseGet(() -> {
      add(UNREADABLE_VALUE, Severity.WARNING, conference.location("acronym"), "The conference has no acronym"
          + " usable as an identifier; the workshop's id is \"schedule\".");
      return "schedule";
    });
  }

  private Room room(String name, String at, Optional<String> capacity, String capacityAt) {
    String text = tidy(name);
    if (text.isEmpty()) {
      text = "Room " + (rooms.size() + 1);
      if (!rooms.containsKey(text)) {
        add(UNREADABLE_VALUE, Severity.WARNING, at, "A room has no name; it is called " + Texts.quote(text) + ".");
      }
    }
    Room known = rooms.get(text);
    if (known != null) {
      return known;
    }
    Room.Builder room = Room.builder().id(unique(identifier(slugOf(text)), "room", idsOf(rooms.values())))
        .name(text);
    capacity.map(String::strip).filter(c -> !c.isEmpty()).ifPresent(c -> {
      try {
        int value = Integer.parseInt(c);
        if (value > 0) {
          room.capacity(value);
          return;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      add(UNREADABLE_VALUE, Severity.WARNING, capacityAt + "/capacity", Texts.quote(c) + " is not a positive"
          + " number of seats; the room's capacity is left unknown.");
    });
    Room built = room.build();
    rooms.put(text, built);
    return built;
  }

  private static Set<String> idsOf(java.util.Collection<Room> rooms) {
    Set<String> ids = new HashSet<>();
    rooms.forEach(r -> ids.add(r.id()));
    return ids;
  }

  // ---- events

  private void duplicate(EventIn event, String field, Map<String, String> seen) {
    Optional<String> value = event.value(field).map(String::strip).filter(v -> !v.isEmpty());
    if (value.isPresent()) {
      String first = seen.putIfAbsent(value.get(), event.at());
      if (first != null) {
        add(DUPLICATE_EVENT, Severity.WARNING, event.location(field), "The " + field + " " + Texts.quote(value.get())
            + " is also the " + field + " of the event at " + first + "; both are kept, as separate sessions.");
      }
    }
  }

  private Timing timing(EventIn event, Optional<LocalDate> dayDate, Map<ZoneOffset, List<String>> offsets) {
    Optional<String> startText = event.value("start").map(String::strip).filter(s -> !s.isEmpty());
    Optional<LocalTime> clock = startText.flatMap(s -> clock(s, event.location("start")));
    Optional<LocalDateTime> start = Optional.empty();
    Optional<String> dateText = event.value("date").map(String::strip).filter(s -> !s.isEmpty());
    if (dateText.isPresent()) {
      Optional<OffsetDateTime> date = offsetDateTime(dateText.get());
      if (date.isEmpty()) {
        add(UNREADABLE_VALUE, Severity.WARNING, event.location("date"), Texts.quote(dateText.get()) + " is not a"
            + " date-time with offset, such as \"2020-12-14T09:00:00+01:00\""
            + (clock.isPresent() && dayDate.isPresent() ? "; the day's date and the start are used." : "."));
      } else {
        OffsetDateTime written = date.get();
        ZoneOffset expected = zone.getRules().getOffset(written.toInstant());
        LocalDateTime local = written.atZoneSameInstant(zone).toLocalDateTime();
        if (!written.getOffset().equals(expected)) {
          LocalTime writtenClock = written.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
          if (written.getOffset().equals(ZoneOffset.UTC) && clock.isPresent() && clock.get().equals(writtenClock)) {
            add(TIME_ZONE, Severity.WARNING, event.location("date"), Texts.quote(dateText.get()) + " is written in"
                + " UTC but its clock time is the start " + HH_MM.format(clock.get()) + "; it is read as local time"
                + " in " + zone.getId() + ".");
            local = written.toLocalDateTime();
          } else {
            offsets.computeIfAbsent(written.getOffset(), o -> new ArrayList<>()).add(event.location("date"));
          }
        } else if (clock.isPresent() && !clock.get().equals(local.toLocalTime().truncatedTo(ChronoUnit.MINUTES))) {
          add(TIME_ZONE, Severity.WARNING, event.location("start"), "The start " + HH_MM.format(clock.get())
              + " is not the clock time of the date " + Texts.quote(dateText.get()) + "; the date is kept.");
        }
        if (!local.truncatedTo(ChronoUnit.MINUTES).equals(local)) {
          add(UNREADABLE_VALUE, Severity.INFO, event.location("date"), "Seconds are not kept: the session starts"
              + " at " + HH_MM.format(local) + ".");
          local = local.truncatedTo(ChronoUnit.MINUTES);
        }
        start = Optional.of(local);
      }
    }
    if (start.isEmpty() && clock.isPresent() && dayDate.isPresent()) {
      start = Optional.of(dayDate.get().atTime(clock.get()));
      if (dateText.isEmpty()) {
        add(UNREADABLE_VALUE, Severity.INFO, event.location("date"), "The event has no date; the day's date and the"
            + " start " + HH_MM.format(clock.get()) + " are used.");
      }
    } else if (start.isEmpty() && dateText.isEmpty()) {
      add(UNREADABLE_VALUE, Severity.WARNING, event.location("date"), "The event has no date; "
          + (clock.isPresent() && dayDate.isPresent() ? "the day's date and the start are used."
              : "its start is unknown."));
    }
    Optional<Duration> duration = event.value("duration").map(String::strip).filter(s -> !s.isEmpty())
        .flatMap(d -> duration(d, event.location("duration")));
    if (duration.isEmpty() && event.value("duration").isEmpty()) {
      Optional<OffsetDateTime> end = event.value("end").flatMap(ScheduleImport::offsetDateTime);
      Optional<OffsetDateTime> date = dateText.flatMap(ScheduleImport::offsetDateTime);
      if (end.isPresent() && date.isPresent()) {
        duration = Optional.of(Duration.between(date.get(), end.get()));
      } else {
        add(UNREADABLE_VALUE, Severity.WARNING, event.location("duration"), "The event has no duration; its"
            + " length is unknown.");
      }
    } else if (duration.isPresent() && event.value("end").isPresent()) {
      Optional<OffsetDateTime> end = event.value("end").flatMap(ScheduleImport::offsetDateTime);
      Optional<OffsetDateTime> date = dateText.flatMap(ScheduleImport::offsetDateTime);
      Optional<Duration> length = duration;
      if (end.isPresent() && date.isPresent() && !date.get().plus(length.get()).isEqual(end.get())) {
        add(UNREADABLE_VALUE, Severity.WARNING, event.location("end"), "The end is not the date plus the duration "
            + event.value("duration").get() + "; the duration is kept.");
      }
    }
    if (duration.isPresent()) {
      Duration d = duration.get();
      if (d.isNegative() || d.compareTo(Duration.ofDays(Bounds.MAX_DURATION_DAYS)) > 0) {
        add(UNREADABLE_VALUE, Severity.WARNING, event.location("duration"), "A duration of " + d.toMinutes()
            + " minutes is not a session's (0 to " + Bounds.MAX_DURATION_DAYS + " days); its length is unknown.");
        duration = Optional.empty();
      } else if (!d.truncatedTo(ChronoUnit.MINUTES).equals(d)) {
        duration = Optional.of(d.truncatedTo(ChronoUnit.MINUTES));
      }
    }
    return new Timing(start, duration);
  }

  private Session session(EventIn event, Room room, Timing timing) {
    Session.Builder session = Session.builder().id(sessionId(event)).room(room.id());
    session.title(text(event, "title").orElseGet(() -> {
      String title = event.value("slug").map(ScheduleImport::tidy).filter(s -> !s.isEmpty())
          .orElse("Event " + event.value("id").orElse(String.valueOf(byGuid.size() + 1)));
      add(UNREADABLE_VALUE, Severity.WARNING, event.location("title"), "The event has no title; it is called "
          + Texts.quote(title) + ".");
      return title;
    }));
    text(event, "subtitle").ifPresent(session::subtitle);
    text(event, "type").ifPresent(type -> session.kind(kind(type, event.location("type"))));
    SessionTime.Builder time = SessionTime.builder();
    timing.start.ifPresent(s -> time.start(s.toLocalTime()));
    timing.duration.ifPresent(time::duration);
    session.time(time.build());
    List<String> texts = new ArrayList<>();
    text(event, "abstract").ifPresent(texts::add);
    text(event, "description").filter(d -> !texts.contains(d)).ifPresent(texts::add);
    if (texts.size() == 2 && texts.get(0).length() + texts.get(1).length() + 2 > Texts.MAX_LENGTH) {
      add(UNREADABLE_VALUE, Severity.WARNING, event.location("description"), "The abstract and the description"
          + " together are longer than " + Texts.MAX_LENGTH + " characters; only the abstract is kept.");
      texts.remove(1);
    }
    if (!texts.isEmpty()) {
      session.description(String.join("\n\n", texts));
    }
    text(event, "language").ifPresent(l -> {
      try {
        LanguageTag tag = LanguageTag.parse(l);
        if (!languages.contains(tag)) {
          languages.add(tag);
        }
      } catch (DomainRuleException e) {
        add(UNREADABLE_VALUE, Severity.WARNING, event.location("language"), Texts.quote(l) + " is not a BCP 47"
            + " language tag such as \"en\"; the event's language is not kept.");
      }
    });
    for (String field : NOT_KEPT) {
      text(event, field).filter(v -> !v.equals("false") && !v.equals("0")).ifPresent(v -> notCarried
          .computeIfAbsent("event's " + field.replace('_', ' '), k -> new ArrayList<>())
          .add(new String[] {event.location(field), v}));
    }
    for (PersonIn person : event.persons()) {
      session.addAllRoles(roles(person));
    }
    return session.build();
  }

  private String sessionId(EventIn event) {
    String id = event.value("slug").map(ScheduleImport::identifier).filter(s -> !s.isEmpty())
        .or(() -> event.value("code").map(ScheduleImport::identifier).filter(s -> !s.isEmpty()))
        .or(() -> event.value("id").map(ScheduleImport::identifier).filter(s -> !s.isEmpty()).map(i -> "event-" + i))
        .orElse("event");
    String unique = unique(id, "event", sessionIds);
    sessionIds.add(unique);
    return unique;
  }

  private SessionKind kind(String type, String at) {
    String id = slugOf(type);
    try {
      return id.isEmpty() ? SessionKind.OTHER : SessionKind.of(id);
    } catch (DomainRuleException e) {
      add(UNREADABLE_VALUE, Severity.INFO, at, "The type " + Texts.quote(type) + " is not a kind of session oerkit"
          + " can name; the session is of kind \"other\".");
      return SessionKind.OTHER;
    }
  }

  private List<Role> roles(PersonIn in) {
    Optional<String> name = in.name().map(ScheduleImport::tidy).filter(n -> !n.isEmpty());
    if (name.isEmpty()) {
      add(PERSON_NAME, Severity.WARNING, in.at(), "A person without a name is not kept: oerkit does not invent"
          + " people.");
      return List.of();
    }
    String text = name.get();
    if (text.indexOf(',') >= 0 || text.indexOf(';') >= 0) {
      add(PERSON_NAME, Severity.WARNING, in.at(), Texts.quote(text) + " may be several people joined by commas;"
          + " it is kept as one name, as written.");
    }
    Optional<String> honorific = Optional.ofNullable(in.values().get("honorific")).map(ScheduleImport::tidy)
        .filter(h -> !h.isEmpty() && text.startsWith(h + " ") && text.length() > h.length() + 1);
    List<RoleKind> kinds = new ArrayList<>();
    for (String role : in.roles()) {
      try {
        RoleKind kind = RoleKind.of(role.strip());
        if (!kinds.contains(kind)) {
          kinds.add(kind);
        }
      } catch (DomainRuleException e) {
        add(UNREADABLE_VALUE, Severity.INFO, in.at() + "/roles", Texts.quote(role) + " is not a role oerkit can"
            + " name; the person is a speaker.");
      }
    }
    if (kinds.isEmpty()) {
      kinds.add(RoleKind.SPEAKER);
    }
    RoleHolder holder;
    if ("true".equals(in.values().get("organization"))) {
      holder = RoleHolder.of(Organization.of(text, OrganizationKind.OTHER));
    } else {
      Person.Builder person = Person.builder().name(honorific.map(h -> text.substring(h.length() + 1)).orElse(text));
      honorific.ifPresent(person::honorific);
      Optional.ofNullable(in.values().get("position")).map(ScheduleImport::tidy).filter(p -> !p.isEmpty())
          .ifPresent(person::position);
      in.affiliations().stream().map(ScheduleImport::tidy).filter(a -> !a.isEmpty())
          .forEach(a -> person.addAffiliations(Organization.of(a, OrganizationKind.OTHER)));
      holder = RoleHolder.of(person.build());
    }
    for (String extra : List.of("biography", "avatar", "url")) {
      Optional.ofNullable(in.values().get(extra)).filter(v -> !Texts.isBlank(v)).ifPresent(v -> notCarried
          .computeIfAbsent("person's " + extra, k -> new ArrayList<>()).add(new String[] {in.at() + "/" + extra, v}));
    }
    return kinds.stream().map(k -> Role.of(k, holder)).toList();
  }

  // ---- texts

  private Optional<String> text(EventIn event, String field) {
    return event.value(field).map(ScheduleImport::tidy).filter(t -> !t.isEmpty());
  }

  /**
   * Makes a text of the file one an oerkit value can hold: without blank characters ({@link Texts#isBlank})
   * at either end, and with each half of a surrogate pair that stands alone replaced by U+FFFD.
   *
   * @param text  the text, not null
   * @return the tidy text, possibly empty
   */
  public static String tidy(String text) {
    String inner = Texts.strip(text);
    if (Texts.loneSurrogate(inner) < 0) {
      return inner;
    }
    StringBuilder out = new StringBuilder(inner.length());
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < inner.length() && Character.isLowSurrogate(inner.charAt(i + 1))) {
        out.append(c).append(inner.charAt(++i));
      } else {
        out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }

  private Optional<LocalDate> date(String text, String at, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        add(UNREADABLE_VALUE, Severity.WARNING, at, "The day has no date; its events are placed by their own"
            + " dates.");
      }
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.parse(text.strip());
      Bounds.requireDate("Day", "date", date);
      return Optional.of(date);
    } catch (DateTimeParseException | DomainRuleException e) {
      add(UNREADABLE_VALUE, Severity.WARNING, at, Texts.quote(text) + " is not a date written YYYY-MM-DD between "
          + Bounds.MIN_YEAR + " and " + Bounds.MAX_YEAR + "; it is not used.");
      return Optional.empty();
    }
  }

  private static Optional<OffsetDateTime> offsetDateTime(String text) {
    try {
      OffsetDateTime value = OffsetDateTime.parse(text.strip());
      return value.getYear() >= Bounds.MIN_YEAR && value.getYear() <= Bounds.MAX_YEAR
          ? Optional.of(value) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private Optional<LocalTime> clock(String text, String at) {
    Matcher m = CLOCK.matcher(text);
    if (!m.matches()) {
      add(UNREADABLE_VALUE, Severity.WARNING, at, Texts.quote(text) + " is not a time written HH:MM.");
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
  }

  private Optional<Duration> duration(String text, String at) {
    Matcher m = DURATION.matcher(text);
    if (!m.matches()) {
      add(UNREADABLE_VALUE, Severity.WARNING, at, Texts.quote(text) + " is not a duration written H:MM or HH:MM:SS;"
          + " the session's length is unknown.");
      return Optional.empty();
    }
    Duration d = Duration.ofHours(Integer.parseInt(m.group(1))).plusMinutes(Integer.parseInt(m.group(2)));
    if (m.group(3) != null && Integer.parseInt(m.group(3)) != 0) {
      add(UNREADABLE_VALUE, Severity.INFO, at, "Seconds are not kept: the session lasts " + d.toMinutes()
          + " minutes.");
    }
    return Optional.of(d);
  }

  /**
   * Turns a text into an oerkit identifier: runs of characters other than ASCII letters and digits become one
   * {@code -}, at most {@value Texts#MAX_IDENTIFIER_LENGTH} characters; empty when nothing is left.
   *
   * @param text  the text, not null
   * @return the identifier, possibly empty
   */
  public static String identifier(String text) {
    String id = text.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (id.length() > Texts.MAX_IDENTIFIER_LENGTH) {
      id = id.substring(0, Texts.MAX_IDENTIFIER_LENGTH).replaceAll("-+$", "");
    }
    return id;
  }

  private static String slugOf(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  private static String unique(String id, String fallback, Set<String> taken) {
    String base = id.isEmpty() ? fallback : id;
    if (base.length() > Texts.MAX_IDENTIFIER_LENGTH - 8) {
      base = base.substring(0, Texts.MAX_IDENTIFIER_LENGTH - 8).replaceAll("-+$", "");
    }
    String candidate = id.isEmpty() ? base + "-1" : base;
    for (int n = 2; taken.contains(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }

  private void add(Rule rule, Severity severity, String location, String message) {
    findings.add(Finding.of(rule, severity, location, message));
  }
}
