package org.oerkit.json;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.oerkit.core.agenda.NameBasedUuid;
import org.oerkit.core.agenda.Slot;
import org.oerkit.core.agenda.BreakoutGroup;
import org.oerkit.core.agenda.Day;
import org.oerkit.core.agenda.Part;
import org.oerkit.core.agenda.Role;
import org.oerkit.core.agenda.RoleHolder;
import org.oerkit.core.agenda.Room;
import org.oerkit.core.agenda.Session;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.Person;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports a workshop to the frab/pretalx {@code schedule.json} format, as the c3voc schema
 * ({@code voc/schedule}, {@code validator/json/schema.json}) defines it, for the apps and recording tools
 * that read it (EventFahrplan, Giggity, the VOC tools).
 *
 * <p>The projection, after the agenda notes of oerkit (section 6.4):
 * <ul>
 *   <li>one event per session whose start is known, in the session's room (the workshop's first room when
 *       the session names none), with {@code date} and {@code end} as offset date-times in the workshop's
 *       zone, the deprecated {@code start} and {@code duration} as {@code HH:MM}, and {@code type} the
 *       session kind's id;</li>
 *   <li>{@code guid}s are name-based UUIDs (version 5) of the workshop and session ids, stable across
 *       exports; {@code id} is the event's chronological ordinal; {@code url} is {@code urn:uuid:<guid>};
 *       {@code slug} is the acronym, the ordinal and the ASCII-folded title;</li>
 *   <li>{@code persons} are the named holders of the session's roles, in the pretalx shape
 *       ({@code name}) with the extra fields the format allows: {@code guid}, {@code roles},
 *       {@code position}, {@code affiliations};</li>
 *   <li>the {@code acronym} is the workshop id in lower case with every other character turned into
 *       {@code _}, as the format's pattern requires;</li>
 *   <li>everything the format cannot hold (parts, groups, questions, unknown times, honorifics, titles in
 *       other languages) stays in {@code conference.meta.oerkit}, which holds the whole native workshop
 *       document, so that nothing is lost.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScheduleJson {

  /** The {@code $id} of the c3voc schema that the output follows. */
  public static final String SCHEMA = "https://c3voc.de/schedule/schema.json";

  private static final DateTimeFormatter OFFSET_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
  private static final Pattern TIME_ZONE_NAME = Pattern.compile("^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ScheduleJson() {}

  /**
   * Exports a workshop as a {@code schedule.json} document.
   *
   * @param workshop  the workshop, not null
   * @return the document, indented, the same bytes on every machine
   */
  public static byte[] write(Workshop workshop) {
    return OerJson.write(of(workshop));
  }

  /**
   * Exports a workshop as a {@code schedule.json} tree, for callers that add to it.
   *
   * @param workshop  the workshop, not null
   * @return the tree, a new mutable object
   */
  public static ObjectNode of(Workshop workshop) {
    requireNonNull(workshop, "workshop");
    UUID namespace = workshop.uid();
    String acronym = acronym(workshop.id());

    ObjectNode conference = NODES.objectNode();
    conference.put("acronym", acronym);
    conference.put("title", workshop.title().in(LanguageTag.ENGLISH));
    conference.put("start", workshop.startDate().toString());
    conference.put("end", workshop.endDate().toString());
    conference.put("daysCount", workshop.days().size());
    conference.put("timeslot_duration", "00:05");
    String zone = workshop.zone().getId();
    if (TIME_ZONE_NAME.matcher(zone).find()) {
      conference.put("time_zone_name", zone);
    }
    ArrayNode rooms = conference.putArray("rooms");
    for (Room room : workshop.effectiveRooms()) {
      ObjectNode r = rooms.addObject();
      r.put("name", room.name());
      r.put("guid", NameBasedUuid.v5(namespace, "room/" + room.id()).toString());
      room.capacity().ifPresent(c -> r.put("capacity", c));
    }
    ArrayNode days = conference.putArray("days");
    int ordinal = 0;
    for (int d = 0; d < workshop.days().size(); d++) {
      Day day = workshop.days().get(d);
      int d1 = d + 1;
      ObjectNode node = days.addObject();
      node.put("index", d + 1);
      node.put("date", day.date().toString());
      List<Slot> ofDay = workshop.timeline().on(day.date()).stream().filter(s -> s.dayNumber() == d1).toList();
      node.put("day_start", dayStart(ofDay).map(OFFSET_DATE_TIME::format)
          .orElseGet(() -> offset(workshop, day.date(), LocalTime.MIDNIGHT)));
      node.put("day_end", offset(workshop, day.date(), dayEnd(day, ofDay)));
      Map<String, ArrayNode> byRoom = new LinkedHashMap<>();
      ObjectNode roomsOfDay = node.putObject("rooms");
      for (Room room : workshop.effectiveRooms()) {
        byRoom.put(room.id(), roomsOfDay.putArray(room.name()));
      }
      List<Slot> slots = workshop.timeline().on(day.date());
      for (Slot slot : slots) {
        if (slot.dayNumber() != d + 1 || slot.start().isEmpty()) {
          continue;
        }
        ordinal++;
        String roomId = workshop.roomOf(slot.session());
        Room room = workshop.room(roomId).orElse(workshop.effectiveRooms().get(0));
        ArrayNode target = byRoom.getOrDefault(room.id(), byRoom.values().iterator().next());
        target.add(event(workshop, namespace, acronym, ordinal, slot, room));
      }
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

  /**
   * Reads back a workshop from a {@code schedule.json} that {@link #write(Workshop)} wrote, from the
   * native workshop it keeps in {@code conference.meta.oerkit}: model, then {@code schedule.json}, then
   * model gives an equal workshop.
   *
   * <p>Schedules written by other tools (frab, pretalx) hold no such workshop and are refused: their
   * standard fields cannot hold an oerkit programme without loss (no roles, parts or groups).
   *
   * @param json  the {@code schedule.json} document, not null
   * @return the workshop
   * @throws OerJsonException if the document is not JSON, holds no oerkit workshop, or its workshop cannot
   *     be read; the pointer is into the whole document
   */
  public static Workshop read(byte[] json) {
    requireNonNull(json, "json");
    tools.jackson.databind.JsonNode root;
    try {
      root = OerJson.mapper().readTree(json);
    } catch (tools.jackson.core.JacksonException e) {
      throw Failures.from(e, null);
    }
    String at = "/schedule/conference/meta/oerkit/workshop";
    tools.jackson.databind.JsonNode workshop = root == null ? null : root.at(at);
    if (workshop == null || !workshop.isObject()) {
      throw new OerJsonException("/schedule/conference/meta", 0, 0, "This schedule.json holds no oerkit workshop"
          + " in conference.meta.oerkit; only schedules that oerkit exported can be read back.");
    }
    try {
      return OerJson.read(OerJson.mapper().writeValueAsBytes(workshop), Workshop.class);
    } catch (OerJsonException e) {
      throw new OerJsonException(at + e.pointer(), 0, 0, e.problem(), e);
    }
  }

  private static ObjectNode event(Workshop workshop, UUID namespace, String acronym, int ordinal, Slot slot,
      Room room) {
    Session session = slot.session();
    // The timeline reads an end before the start as the next day, as for a reception past midnight.
    Optional<Duration> length = slot.length();
    UUID guid = slot.uid();
    ObjectNode event = NODES.objectNode();
    event.put("guid", guid.toString());
    event.put("id", ordinal);
    event.put("date", OFFSET_DATE_TIME.format(slot.start().get()));
    LocalTime start = slot.localStart().get().toLocalTime();
    event.put("start", String.format(Locale.ROOT, "%02d:%02d", start.getHour(), start.getMinute()));
    slot.end().ifPresent(e -> event.put("end", OFFSET_DATE_TIME.format(e)));
    event.put("duration", hoursAndMinutes(length.orElse(Duration.ZERO)));
    event.put("room", room.name());
    event.put("slug", slug(acronym + "-" + ordinal + "-" + session.title()));
    event.put("url", "urn:uuid:" + guid);
    event.put("title", session.fullTitle());
    putNullable(event, "subtitle", session.subtitle());
    event.putNull("track");
    event.put("type", session.kind().id());
    putNullable(event, "language", workshop.languages().stream().findFirst().map(LanguageTag::toString));
    putNullable(event, "abstract", session.description());
    putNullable(event, "description", description(session));
    ArrayNode persons = event.putArray("persons");
    Map<String, ObjectNode> byName = new LinkedHashMap<>();
    for (Role role : session.allRoles()) {
      RoleHolder holder = role.holder();
      if (!holder.isNamed()) {
        continue;
      }
      ObjectNode person = byName.computeIfAbsent(holder.name(), name -> {
        ObjectNode p = persons.addObject();
        p.put("name", name);
        p.put("guid", NameBasedUuid.v5(namespace, "person/" + name).toString());
        holder.person().ifPresent(h -> describe(p, h));
        holder.organization().ifPresent(o -> p.put("organization", true));
        p.putArray("roles");
        return p;
      });
      ArrayNode roles = (ArrayNode) person.get("roles");
      if (!roles.valueStream().anyMatch(r -> r.asString().equals(role.kind().id()))) {
        roles.add(role.kind().id());
      }
    }
    event.putArray("links");
    return event;
  }

  private static void describe(ObjectNode node, Person person) {
    person.honorific().ifPresent(h -> node.put("honorific", h));
    person.position().ifPresent(p -> node.put("position", p));
    if (!person.affiliations().isEmpty()) {
      ArrayNode affiliations = node.putArray("affiliations");
      person.affiliations().stream().map(Organization::name).forEach(affiliations::add);
    }
  }

  private static Optional<String> description(Session session) {
    List<String> lines = new ArrayList<>();
    partLines(session.parts(), "- ", lines);
    for (BreakoutGroup group : session.groups()) {
      lines.add("- " + group.name() + group.topic().map(t -> ": " + t).orElse(""));
    }
    for (String question : session.allQuestions()) {
      lines.add("? " + question);
    }
    for (String output : session.expectedOutputs()) {
      lines.add("=> " + output);
    }
    return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
  }

  private static void partLines(List<Part> parts, String prefix, List<String> lines) {
    for (Part part : parts) {
      StringBuilder line = new StringBuilder(prefix).append(part.title());
      part.time().length().ifPresent(l -> line.append(" (").append(l.toMinutes()).append(" min)"));
      lines.add(line.toString());
      partLines(part.parts(), "  " + prefix, lines);
    }
  }

  private static void putNullable(ObjectNode node, String name, Optional<String> value) {
    if (value.isPresent()) {
      node.put(name, value.get());
    } else {
      node.putNull(name);
    }
  }

  private static Optional<ZonedDateTime> dayStart(List<Slot> slots) {
    return slots.stream().map(Slot::start).flatMap(Optional::stream).min(ZonedDateTime::compareTo);
  }

  /** The day's closing time, or the latest end of a session on it, 23:59 for one that runs past midnight. */
  private static LocalTime dayEnd(Day day, List<Slot> slots) {
    if (day.closesAt().isPresent()) {
      return day.closesAt().get();
    }
    LocalTime latest = null;
    for (Slot slot : slots) {
      if (slot.localEnd().isPresent()) {
        LocalTime end = slot.localEnd().get().toLocalDate().isAfter(day.date())
            || slot.localEnd().get().toLocalTime().equals(LocalTime.MAX)
            ? LocalTime.of(23, 59)
            : slot.localEnd().get().toLocalTime();
        latest = latest == null || end.isAfter(latest) ? end : latest;
      }
    }
    return latest == null ? LocalTime.of(23, 59) : latest;
  }

  private static String offset(Workshop workshop, LocalDate date, LocalTime time) {
    return OFFSET_DATE_TIME.format(ZonedDateTime.of(date, time, workshop.zone()));
  }

  private static String hoursAndMinutes(Duration duration) {
    long minutes = duration.toMinutes();
    return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
  }

  /**
   * Derives the {@code acronym}: the id in lower case, other characters as {@code _}, padded to four.
   */
  static String acronym(String id) {
    StringBuilder acronym = new StringBuilder();
    for (char c : id.toLowerCase(Locale.ROOT).toCharArray()) {
      acronym.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '_');
    }
    while (acronym.length() < 4) {
      acronym.append('_');
    }
    return acronym.toString();
  }

  /**
   * Derives a {@code slug}: ASCII letters and digits in lower case, other runs as one {@code -}, ending in a
   * letter or digit.
   */
  static String slug(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return folded.isEmpty() ? "event" : folded;
  }
}
