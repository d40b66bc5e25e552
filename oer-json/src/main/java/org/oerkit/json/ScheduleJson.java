package org.oerkit.json;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Finding;
import org.oerkit.core.Imported;
import org.oerkit.core.Report;
import org.oerkit.core.Severity;
import org.oerkit.core.Texts;
import org.oerkit.core.agenda.Day;
import org.oerkit.core.agenda.Room;
import org.oerkit.core.agenda.Session;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.json.internal.ScheduleEvents;
import org.oerkit.json.internal.ScheduleEvents.ScheduleDay;
import org.oerkit.json.internal.ScheduleEvents.ScheduleEvent;
import org.oerkit.json.internal.ScheduleEvents.SchedulePerson;
import org.oerkit.json.internal.ScheduleImport;
import org.oerkit.json.internal.ScheduleImport.ConferenceIn;
import org.oerkit.json.internal.ScheduleImport.DayIn;
import org.oerkit.json.internal.ScheduleImport.EventIn;
import org.oerkit.json.internal.ScheduleImport.PersonIn;
import org.oerkit.json.internal.ScheduleImport.RoomIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the frab/pretalx {@code schedule.json} format, as the c3voc schema ({@code voc/schedule},
 * {@code validator/json/schema.json}) defines it, for the apps and recording tools that read it
 * (EventFahrplan, Giggity, the VOC tools) and the tools that write it (pretalx, frab).
 *
 * <p><b>Writing</b> (INTERCHANGE.md, "schedule.json"): one event per session whose start is known, in the
 * session's room, with {@code date} and {@code end} as offset date-times in the workshop's zone, the
 * deprecated {@code start} and {@code duration} as {@code HH:MM}, {@code type} the session kind's id; a
 * session interrupted by a break is written as its segments around it. {@code guid}s are name-based UUIDs,
 * stable across exports. An event's {@code url} is the base URL given to {@link #write(Workshop, URI)} with
 * the slug as its fragment; without one oerkit knows no web page of the session, and the {@code url} (which
 * the schema requires) is the event's {@code urn:uuid:} name, which no browser opens. {@code persons} are
 * the named holders of the session's roles, in the pretalx shape with the extra fields {@code guid},
 * {@code roles}, {@code honorific}, {@code position}, {@code affiliations} and {@code organization}. What
 * the format has no field for (parts, groups, questions, unknown times, titles in other languages) stays in
 * {@code conference.meta.oerkit}, which holds the whole native workshop document.
 *
 * <p><b>Reading</b> takes any {@code schedule.json}, from its standard fields: conference, rooms, days and
 * events (date, start, duration, title, subtitle, type, language, abstract, description, persons). What a
 * workshop cannot hold (tracks, links, recording licences, biographies) and every oddity of the file
 * (offsets that are not the zone's, the same id twice, names joined by commas, an event after midnight) is
 * a finding located by JSON Pointer; no event is dropped and no person invented. When the file holds
 * oerkit's embedded copy, it fills what the standard fields cannot carry; where the two disagree (another
 * tool edited the schedule), the standard field is taken and each disagreement is a finding.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScheduleJson {

  /** The {@code $id} of the c3voc schema that the output follows. */
  public static final String SCHEMA = "https://c3voc.de/schedule/schema.json";

  private static final String META = "/schedule/conference/meta/oerkit/workshop";
  private static final Pattern TIME_ZONE_NAME = Pattern.compile("^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$");
  private static final List<String> COMPARED = List.of("date", "duration", "room", "title", "subtitle", "type",
      "language", "abstract", "description");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ScheduleJson() {}

  /**
   * Exports a workshop as a {@code schedule.json} document, without a base URL.
   *
   * @param workshop  the workshop, not null
   * @return the document, indented, the same bytes on every machine
   */
  public static byte[] write(Workshop workshop) {
    return OerJson.write(of(workshop));
  }

  /**
   * Exports a workshop as a {@code schedule.json} document whose events link to pages under a base URL.
   *
   * @param workshop  the workshop, not null
   * @param baseUrl  the absolute http or https address of the programme's web page, not null
   * @return the document
   * @throws IllegalArgumentException if the base URL is not an absolute http or https URL
   */
  public static byte[] write(Workshop workshop, URI baseUrl) {
    return OerJson.write(of(workshop, Optional.of(requireHttp(baseUrl))));
  }

  /**
   * Exports a workshop as a {@code schedule.json} tree, for callers that add to it.
   *
   * @param workshop  the workshop, not null
   * @return the tree, a new mutable object
   */
  public static ObjectNode of(Workshop workshop) {
    return of(workshop, Optional.empty());
  }

  static URI requireHttp(URI baseUrl) {
    requireNonNull(baseUrl, "baseUrl");
    if (!baseUrl.isAbsolute() || !("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))) {
      throw new IllegalArgumentException("baseUrl must be an absolute http or https URL, was " + baseUrl);
    }
    return baseUrl;
  }

  private static ObjectNode of(Workshop workshop, Optional<URI> baseUrl) {
    requireNonNull(workshop, "workshop");
    ScheduleEvents events = ScheduleEvents.of(workshop, baseUrl);
    ObjectNode conference = NODES.objectNode();
    conference.put("acronym", events.acronym());
    conference.put("title", workshop.title().in(LanguageTag.ENGLISH));
    conference.put("start", workshop.startDate().toString());
    conference.put("end", workshop.endDate().toString());
    conference.put("daysCount", workshop.days().size());
    conference.put("timeslot_duration", "00:05");
    String zone = workshop.zone().getId();
    if (TIME_ZONE_NAME.matcher(zone).find()) {
      conference.put("time_zone_name", zone);
    }
    baseUrl.ifPresent(b -> conference.put("url", b.toString()));
    ArrayNode rooms = conference.putArray("rooms");
    for (Room room : workshop.effectiveRooms()) {
      ObjectNode r = rooms.addObject();
      r.put("name", room.name());
      r.put("guid", events.roomGuid(room).toString());
      room.capacity().ifPresent(c -> r.put("capacity", c));
    }
    ArrayNode days = conference.putArray("days");
    for (ScheduleDay day : events.days()) {
      ObjectNode node = days.addObject();
      node.put("index", day.index());
      node.put("date", day.date().toString());
      node.put("day_start", ScheduleEvents.offsetDateTime(day.start()));
      node.put("day_end", ScheduleEvents.offsetDateTime(day.end()));
      ObjectNode roomsOfDay = node.putObject("rooms");
      day.rooms().forEach((room, list) -> {
        ArrayNode target = roomsOfDay.putArray(room.name());
        list.forEach(e -> target.add(event(e)));
      });
    }
    ObjectNode meta = conference.putObject("meta");
    ObjectNode oerkit = meta.putObject("oerkit");
    oerkit.put("format", DocumentType.WORKSHOP.format());
    oerkit.set("workshop", OerJson.mapper().valueToTree(workshop));

    ObjectNode schedule = NODES.objectNode();
    schedule.put("version", "revision " + workshop.revision());
    schedule.set("conference", conference);
    ObjectNode root = NODES.objectNode();
    root.put("$schema", SCHEMA);
    root.set("schedule", schedule);
    ObjectNode generator = root.putObject("generator");
    generator.put("name", "oerkit");
    return root;
  }

  private static ObjectNode event(ScheduleEvent e) {
    ObjectNode event = NODES.objectNode();
    event.put("guid", e.guid().toString());
    event.put("id", e.id());
    event.put("date", ScheduleEvents.offsetDateTime(e.start()));
    event.put("start", ScheduleEvents.hoursAndMinutes(e.start().getHour() * 60L + e.start().getMinute()));
    event.put("end", ScheduleEvents.offsetDateTime(e.end()));
    event.put("duration", ScheduleEvents.hoursAndMinutes(e.duration().toMinutes()));
    event.put("room", e.room().name());
    event.put("slug", e.slug());
    event.put("url", e.url().map(URI::toString).orElse("urn:uuid:" + e.guid()));
    event.put("title", e.title());
    putNullable(event, "subtitle", e.subtitle());
    event.putNull("track");
    event.put("type", e.type());
    putNullable(event, "language", e.language());
    putNullable(event, "abstract", e.summary());
    putNullable(event, "description", e.description());
    ArrayNode persons = event.putArray("persons");
    for (SchedulePerson person : e.persons()) {
      ObjectNode p = persons.addObject();
      p.put("name", person.name());
      p.put("guid", person.guid().toString());
      person.holder().person().ifPresent(h -> {
        h.honorific().ifPresent(x -> p.put("honorific", x));
        h.position().ifPresent(x -> p.put("position", x));
      });
      List<String> affiliations = ScheduleEvents.affiliations(person.holder());
      if (!affiliations.isEmpty()) {
        ArrayNode a = p.putArray("affiliations");
        affiliations.forEach(a::add);
      }
      if (ScheduleEvents.isOrganization(person.holder())) {
        p.put("organization", true);
      }
      ArrayNode roles = p.putArray("roles");
      person.roles().forEach(roles::add);
    }
    event.putArray("links");
    return event;
  }

  private static void putNullable(ObjectNode node, String name, Optional<String> value) {
    if (value.isPresent()) {
      node.put(name, value.get());
    } else {
      node.putNull(name);
    }
  }

  /**
   * Reads a workshop from any {@code schedule.json}, from its standard fields; see the class description.
   *
   * @param json  the {@code schedule.json} document, UTF-8, not null
   * @return the workshop, with a finding for each oddity of the file and each value it could not carry,
   *     located by JSON Pointer
   * @throws OerJsonException if the document is not JSON within the reader's limits, or has no
   *     {@code schedule.conference} object
   */
  public static Imported<Workshop> read(byte[] json) {
    requireNonNull(json, "json");
    JsonNode root = OerJson.read(json, JsonNode.class);
    JsonNode conference = root.path("schedule").path("conference");
    if (!conference.isObject()) {
      throw new OerJsonException(root.path("schedule").isObject() ? "/schedule" : "", 0, 0, "This is not a"
          + " schedule.json: it has no \"schedule\" object holding a \"conference\" object.");
    }
    try {
      return read(root, conference);
    } catch (DomainRuleException e) {
      // The last guard: the import keeps every value within the model's rules, so this is a value at a bound
      // (a date-time whose local date passes year 9999), reported as the document's error.
      throw new OerJsonException("/schedule/conference", 0, 0, "A value of this schedule is beyond what oerkit"
          + " holds: " + e.getMessage(), e);
    }
  }

  private static Imported<Workshop> read(JsonNode root, JsonNode conference) {
    ConferenceIn standard = conference(conference);
    ScheduleImport.Result read = ScheduleImport.of(standard);
    JsonNode meta = root.at(META);
    if (!meta.isObject()) {
      return Imported.of(read.workshop(), read.report());
    }
    Workshop embedded;
    try {
      embedded = OerJson.read(OerJson.mapper().writeValueAsBytes(meta), Workshop.class);
    } catch (OerJsonException e) {
      Finding broken = Finding.of(ScheduleImport.EMBEDDED_COPY, Severity.ERROR, META + e.pointer(),
          "The embedded oerkit workshop cannot be read (" + e.problem() + "); the standard fields alone are read.");
      return Imported.of(read.workshop(), read.report().plus(Report.of(List.of(broken))));
    }
    return new Merge(standard, read, embedded).merged();
  }

  // ---- reading the standard fields

  private static ConferenceIn conference(JsonNode conference) {
    String at = "/schedule/conference";
    Map<String, String> values = new LinkedHashMap<>();
    for (String name : List.of("acronym", "title", "start", "end", "time_zone_name", "url")) {
      text(conference.get(name)).ifPresent(v -> values.put(name, v));
    }
    List<RoomIn> rooms = new ArrayList<>();
    int r = 0;
    for (JsonNode room : conference.path("rooms")) {
      String rat = at + "/rooms/" + r++;
      text(room.get("name")).ifPresent(name -> rooms.add(new RoomIn(rat, name, text(room.get("capacity")),
          List.of())));
    }
    List<DayIn> days = new ArrayList<>();
    int d = 0;
    for (JsonNode day : conference.path("days")) {
      String dat = at + "/days/" + d++;
      Map<String, String> dayValues = new LinkedHashMap<>();
      text(day.get("date")).ifPresent(v -> dayValues.put("date", v));
      text(day.get("index")).ifPresent(v -> dayValues.put("index", v));
      List<RoomIn> dayRooms = new ArrayList<>();
      for (Map.Entry<String, JsonNode> room : day.path("rooms").properties()) {
        String rat = dat + "/rooms/" + pointerToken(room.getKey());
        List<EventIn> events = new ArrayList<>();
        int e = 0;
        for (JsonNode event : room.getValue()) {
          events.add(event(rat + "/" + e++, event));
        }
        dayRooms.add(new RoomIn(rat, room.getKey(), Optional.empty(), events));
      }
      days.add(new DayIn(dat, dayValues, dayRooms));
    }
    return new ConferenceIn(at, values, Map.of(), rooms, days);
  }

  private static EventIn event(String at, JsonNode event) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String name : List.of("guid", "id", "code", "date", "start", "end", "duration", "room", "slug", "title",
        "subtitle", "type", "track", "language", "abstract", "description", "recording_license", "do_not_record",
        "logo", "origin_url", "feedback_url", "do_not_stream")) {
      text(event.get(name)).ifPresent(v -> values.put(name, v));
    }
    for (String name : List.of("links", "attachments")) {
      List<String> refs = new ArrayList<>();
      for (JsonNode link : event.path(name)) {
        text(link.isObject() ? link.path("url").isMissingNode() ? link.get("href") : link.get("url") : link)
            .ifPresent(refs::add);
      }
      if (!refs.isEmpty()) {
        values.put(name, String.join(" ", refs));
      }
    }
    List<PersonIn> persons = new ArrayList<>();
    int p = 0;
    for (JsonNode person : event.path("persons")) {
      String pat = at + "/persons/" + p++;
      Optional<String> name = text(person.get("name")).or(() -> text(person.get("public_name")))
          .or(() -> text(person.get("full_public_name")));
      if (person.isString()) {
        name = text(person);
      }
      Map<String, String> extra = new LinkedHashMap<>();
      for (String field : List.of("honorific", "position", "organization", "biography", "avatar", "url")) {
        text(person.get(field)).ifPresent(v -> extra.put(field, v));
      }
      List<String> roles = new ArrayList<>();
      person.path("roles").forEach(role -> text(role).ifPresent(roles::add));
      List<String> affiliations = new ArrayList<>();
      person.path("affiliations").forEach(a -> text(a).ifPresent(affiliations::add));
      persons.add(new PersonIn(pat, name, extra, roles, affiliations));
    }
    return new EventIn(at, values, Map.of(), persons);
  }

  /** The text of a scalar: a string as it is, a number or boolean as written; nothing for null or a container. */
  private static Optional<String> text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode() || node.isContainer()) {
      return Optional.empty();
    }
    return Optional.of(node.asString());
  }

  /** Escapes a property name as a JSON Pointer token, RFC 6901 section 3. */
  static String pointerToken(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  // ---- the embedded copy

  /** Reconciles the embedded copy with the standard fields: the standard fields win, each difference reported. */
  private static final class Merge {
    private final ConferenceIn standard;
    private final ScheduleImport.Result read;
    private final Workshop embedded;
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> agreeing = new ArrayList<>();

    Merge(ConferenceIn standard, ScheduleImport.Result read, Workshop embedded) {
      this.standard = standard;
      this.read = read;
      this.embedded = embedded;
    }

    Imported<Workshop> merged() {
      ConferenceIn expected = conference(of(embedded).path("schedule").path("conference"));
      Workshop.Builder workshop = Workshop.builder().from(embedded);
      Workshop fromStandard = read.workshop();
      if (differs(expected.value("title"), standard.value("title"), standard.location("title"), "title")) {
        String written = expected.value("title").orElse("");
        LanguageTag language = embedded.title().languages().stream()
            .filter(l -> embedded.title().get(l).orElse("").equals(written)).findFirst()
            .orElse(embedded.title().originalLanguage());
        workshop.title(embedded.title().with(language, fromStandard.title().original()));
      }
      boolean zoneDiffers = differs(expected.value("time_zone_name"), standard.value("time_zone_name"),
          standard.location("time_zone_name"), "time zone");
      if (zoneDiffers) {
        workshop.zone(fromStandard.zone());
      }
      Map<String, EventIn> expectedEvents = events(expected);
      Map<String, EventIn> actualEvents = events(standard);
      // Which session each written guid belongs to, and the events of each session, in order.
      Map<String, List<String>> guidsOfSession = new LinkedHashMap<>();
      for (ScheduleDay day : ScheduleEvents.of(embedded, Optional.empty()).days()) {
        day.rooms().values().forEach(list -> list.forEach(e ->
            guidsOfSession.computeIfAbsent(e.session(), k -> new ArrayList<>()).add(e.guid().toString())));
      }
      TreeMap<LocalDate, List<Session>> sessions = new TreeMap<>();
      Map<LocalDate, Day> dayOf = new HashMap<>();
      List<Room> rooms = new ArrayList<>(embedded.rooms());
      for (int d = 0; d < embedded.days().size(); d++) {
        Day day = embedded.days().get(d);
        dayOf.put(day.date(), day);
        sessions.computeIfAbsent(day.date(), k -> new ArrayList<>());
        for (int s = 0; s < day.sessions().size(); s++) {
          Session session = day.sessions().get(s);
          List<String> guids = guidsOfSession.getOrDefault(session.id(), List.of());
          if (guids.isEmpty()) {
            sessions.get(day.date()).add(session);
            continue;
          }
          List<String> present = guids.stream().filter(actualEvents::containsKey).toList();
          if (present.isEmpty()) {
            add(Severity.WARNING, META + "/days/" + d + "/sessions/" + s, "The embedded copy has the session "
                + Texts.quote(session.fullTitle()) + ", which the standard fields no longer list; it is left out.");
            continue;
          }
          EventIn actual = actualEvents.get(present.get(0));
          EventIn written = expectedEvents.get(present.get(0));
          Session standardSession = read.sessionsByGuid().get(present.get(0));
          Session merged = session(session, written, actual, standardSession, guids.size() > 1, rooms);
          for (String later : present.subList(1, present.size())) {
            EventIn laterActual = actualEvents.get(later);
            EventIn laterWritten = expectedEvents.get(later);
            if (persons(laterWritten).equals(persons(laterActual))) {
              agreeing.add(laterActual.at());
            }
            if (COMPARED.stream().anyMatch(f -> !same(f, laterWritten.value(f), laterActual.value(f)))
                || !persons(laterWritten).equals(persons(laterActual))) {
              add(Severity.WARNING, laterActual.at(), "This event is a later segment of the interrupted session "
                  + Texts.quote(session.fullTitle()) + "; its edits are not read back, the first segment's are.");
            }
          }
          LocalDate date = merged == session ? day.date()
              : read.workshop().days().stream().filter(x -> x.sessions().contains(standardSession))
                  .map(Day::date).findFirst().orElse(day.date());
          sessions.computeIfAbsent(date, k -> new ArrayList<>()).add(merged);
        }
      }
      Set<String> known = expectedEvents.keySet();
      for (Map.Entry<String, EventIn> entry : actualEvents.entrySet()) {
        if (!known.contains(entry.getKey())) {
          Session added = read.sessionsByGuid().get(entry.getKey());
          if (added == null) {
            continue;
          }
          Room room = fromStandard.room(fromStandard.roomOf(added)).orElseThrow();
          Session placed = Session.builder().from(added).room(roomFor(room.name(), rooms, fromStandard)).build();
          LocalDate date = fromStandard.days().stream().filter(x -> x.sessions().contains(added))
              .map(Day::date).findFirst().orElse(embedded.startDate());
          sessions.computeIfAbsent(date, k -> new ArrayList<>()).add(placed);
          add(Severity.INFO, entry.getValue().at(), "The event " + Texts.quote(added.title()) + " is not in the"
              + " embedded copy; it is read from the standard fields alone.");
        }
      }
      workshop.rooms(rooms);
      List<Day> days = new ArrayList<>();
      sessions.forEach((date, list) -> {
        Day base = dayOf.get(date);
        days.add(base == null ? Day.builder().date(date).addAllSessions(list).build()
            : Day.builder().from(base).sessions(list).build());
      });
      workshop.days(days);
      if (!days.isEmpty()) {
        workshop.startDate(min(embedded.startDate(), days.get(0).date()));
        workshop.endDate(max(embedded.endDate(), days.get(days.size() - 1).date()));
      }
      // The embedded copy knows each person as one: a name with a comma is no longer a question where the
      // persons agree with it. And it knows the zone when time_zone_name is left out as it was written (the
      // schema's pattern takes no zone such as Etc/GMT-6): the zone is not guessed from the offsets then.
      Report standardReport = read.report().filter(f -> !(f.rule().equals(ScheduleImport.PERSON_NAME)
          && agreeing.stream().anyMatch(at -> f.location().startsWith(at + "/persons/")))
          && !(!zoneDiffers && f.rule().equals(ScheduleImport.TIME_ZONE)
              && f.location().equals(standard.location("time_zone_name"))));
      Report report = standardReport.plus(Report.of(findings));
      return Imported.of(findings.isEmpty() ? embedded : workshop.build(), report);
    }

    private Session session(Session session, EventIn written, EventIn actual, Session standardSession,
        boolean segmented, List<Room> rooms) {
      Session.Builder merged = Session.builder().from(session);
      boolean changed = false;
      for (String field : COMPARED) {
        if (!differs(written.value(field), actual.value(field), actual.location(field), field)) {
          continue;
        }
        changed = true;
        switch (field) {
          case "title" -> {
            String title = standardSession.title();
            if (session.label().isPresent() && title.startsWith(session.label().get() + ": ")
                && title.length() > session.label().get().length() + 2) {
              merged.title(title.substring(session.label().get().length() + 2));
            } else {
              merged.label(Optional.empty()).title(title);
            }
          }
          case "subtitle" -> merged.subtitle(standardSession.subtitle());
          case "type" -> merged.kind(standardSession.kind());
          case "abstract" -> merged.description(actual.value("abstract").map(String::strip).filter(a -> !a.isEmpty()));
          case "room" -> merged.room(roomFor(actual.value("room").orElse("").strip(), rooms, read.workshop()));
          case "date", "duration" -> {
            if (segmented) {
              add(Severity.WARNING, actual.location(field), "The session is written as segments around its break;"
                  + " a changed time of a segment is not read back, the embedded time is kept.");
            } else {
              merged.time(standardSession.time());
            }
          }
          case "description" -> add(Severity.WARNING, actual.location(field), "oerkit writes the description from"
              + " the session's parts, groups and questions, which are kept from the embedded copy; the edited"
              + " description is not read.");
          default -> add(Severity.INFO, actual.location(field), "The workshop's languages are kept from the"
              + " embedded copy.");
        }
      }
      if (persons(written).equals(persons(actual))) {
        agreeing.add(actual.at());
      } else {
        changed = true;
        add(Severity.WARNING, actual.at() + "/persons", "The persons are " + persons(actual) + " while the"
            + " embedded copy has " + persons(written) + "; the session's roles are read from the standard fields"
            + " (the roles in its parts and groups are kept).");
        merged.roles(standardSession.roles());
      }
      return changed ? merged.build() : session;
    }

    private static String roomFor(String name, List<Room> rooms, Workshop standard) {
      for (Room room : rooms) {
        if (room.name().equals(name)) {
          return room.id();
        }
      }
      Room added = standard.effectiveRooms().stream().filter(r -> r.name().equals(name)).findFirst()
          .orElse(standard.effectiveRooms().get(0));
      String id = added.id();
      for (int n = 2; rooms.stream().anyMatch(r -> r.id().equals(added.id())) && n < 1000; n++) {
        id = added.id() + "-" + n;
        String candidate = id;
        if (rooms.stream().noneMatch(r -> r.id().equals(candidate))) {
          break;
        }
      }
      rooms.add(Room.builder().from(added).id(id).build());
      return id;
    }

    private static List<String> persons(EventIn event) {
      return event.persons().stream().map(p -> p.name().orElse("") + p.roles()).toList();
    }

    private static boolean same(String what, Optional<String> written, Optional<String> actual) {
      String a = written.map(String::strip).orElse("");
      String b = actual.map(String::strip).orElse("");
      return what.equals("date") ? sameInstant(a, b) : a.equals(b);
    }

    private boolean differs(Optional<String> written, Optional<String> actual, String at, String what) {
      String a = written.map(String::strip).orElse("");
      String b = actual.map(String::strip).orElse("");
      boolean differs = !same(what, written, actual);
      if (differs && !what.equals("description")) {
        add(Severity.WARNING, at, "The " + what + " is " + Texts.quote(b) + " while the embedded oerkit copy has "
            + Texts.quote(a) + "; the standard field is read.");
      }
      return differs;
    }

    private static boolean sameInstant(String a, String b) {
      try {
        return java.time.OffsetDateTime.parse(a).isEqual(java.time.OffsetDateTime.parse(b));
      } catch (java.time.format.DateTimeParseException e) {
        return a.equals(b);
      }
    }

    private static Map<String, EventIn> events(ConferenceIn conference) {
      Map<String, EventIn> events = new LinkedHashMap<>();
      for (DayIn day : conference.days()) {
        for (RoomIn room : day.rooms()) {
          for (EventIn event : room.events()) {
            event.value("guid").ifPresent(g -> events.putIfAbsent(g, withRoom(event, room)));
          }
        }
      }
      return events;
    }

    /** The room an event is listed under is its room, whatever its own room field says. */
    private static EventIn withRoom(EventIn event, RoomIn room) {
      Map<String, String> values = new LinkedHashMap<>(event.values());
      values.put("room", room.name());
      return new EventIn(event.at(), values, event.locations(), event.persons());
    }

    private void add(Severity severity, String at, String message) {
      findings.add(Finding.of(ScheduleImport.EMBEDDED_COPY, severity, at, message));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
      return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
      return a.isAfter(b) ? a : b;
    }
  }
}
