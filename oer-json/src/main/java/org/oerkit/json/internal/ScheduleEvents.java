package org.oerkit.json.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.oerkit.core.agenda.BreakoutGroup;
import org.oerkit.core.agenda.Day;
import org.oerkit.core.agenda.NameBasedUuid;
import org.oerkit.core.agenda.Part;
import org.oerkit.core.agenda.Role;
import org.oerkit.core.agenda.RoleHolder;
import org.oerkit.core.agenda.Room;
import org.oerkit.core.agenda.Session;
import org.oerkit.core.agenda.Slot;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.Organization;

/**
 * The programme as the frab/pretalx schedule formats see it: days, rooms and events, computed once for the
 * {@code schedule.json} and the {@code schedule.xml} writer, so that both write the same events.
 *
 * <p>The projection (INTERCHANGE.md, "schedule.json"):
 * <ul>
 *   <li>one event per session whose start is known, in the session's room (the workshop's first room when
 *       it names none); a session interrupted by a break ({@link Session#interruptedBy()}) is written as
 *       its segments around the break, so that no two events of one room overlap;</li>
 *   <li>{@code guid} the session's stable UUID ({@link Slot#uid()}), a later segment's the name-based
 *       UUID of that and {@code "segment/N"}; {@code id} the event's chronological ordinal; {@code slug}
 *       the acronym, the ordinal and the ASCII-folded title;</li>
 *   <li>{@code url} the base URL resolved against {@code "#"} and the slug when the caller gives one, and
 *       empty otherwise: oerkit knows no web page of a session;</li>
 *   <li>a day runs from its first event's start to its closing time or its last event's end, whichever is
 *       later.</li>
 * </ul>
 */
public final class ScheduleEvents {

  private static final DateTimeFormatter OFFSET_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  private final Workshop workshop;
  private final String acronym;
  private final List<ScheduleDay> days;

  private ScheduleEvents(Workshop workshop, Optional<URI> baseUrl) {
    this.workshop = workshop;
    this.acronym = acronym(workshop.id());
    this.days = project(baseUrl);
  }

  /**
   * Projects a workshop.
   *
   * @param workshop  the workshop, not null
   * @param baseUrl  the web address the event pages hang from, or empty
   * @return the projection
   */
  public static ScheduleEvents of(Workshop workshop, Optional<URI> baseUrl) {
    return new ScheduleEvents(requireNonNull(workshop, "workshop"), requireNonNull(baseUrl, "baseUrl"));
  }

  /** Gets the acronym: the workshop id in lower case, other characters as {@code _}, padded to four. */
  public String acronym() {
    return acronym;
  }

  /** Gets the days, one for each day of the programme, in order. */
  public List<ScheduleDay> days() {
    return days;
  }

  /** One day: its number from 1, date, the span its events take, and its events by room. */
  public record ScheduleDay(int index, LocalDate date, ZonedDateTime start, ZonedDateTime end,
      Map<Room, List<ScheduleEvent>> rooms) {}

  /** One event as both formats write it. */
  public record ScheduleEvent(String session, UUID guid, int id, ZonedDateTime start, Duration duration, Room room, String slug,
      Optional<URI> url, String title, Optional<String> subtitle, String type, Optional<String> language,
      Optional<String> summary, Optional<String> description, List<SchedulePerson> persons) {

    /** Gets the end of the event. */
    public ZonedDateTime end() {
      return start.plus(duration);
    }
  }

  /** One named person (or organization) of an event, with the kinds of their roles in it. */
  public record SchedulePerson(String name, UUID guid, List<String> roles, RoleHolder holder) {}

  private List<ScheduleDay> project(Optional<URI> baseUrl) {
    UUID namespace = workshop.uid();
    List<ScheduleDay> out = new ArrayList<>();
    Set<String> slugs = new HashSet<>();
    int ordinal = 0;
    for (int d = 0; d < workshop.days().size(); d++) {
      Day day = workshop.days().get(d);
      int number = d + 1;
      List<Slot> slots = workshop.timeline().on(day.date()).stream()
          .filter(s -> s.dayNumber() == number && s.start().isPresent()).toList();
      Map<Room, List<ScheduleEvent>> rooms = new LinkedHashMap<>();
      for (Room room : workshop.effectiveRooms()) {
        rooms.put(room, new ArrayList<>());
      }
      ZonedDateTime first = null;
      ZonedDateTime last = ZonedDateTime.of(day.date(), day.closesAt().orElse(LocalTime.MIDNIGHT), workshop.zone());
      // Segments in order of their start, so that ids are chronological and a break sits between the
      // segments of the session it interrupts.
      List<Object[]> pending = new ArrayList<>();
      for (Slot slot : slots) {
        List<ZonedDateTime[]> segments = segments(slot, slots);
        for (int s = 0; s < segments.size(); s++) {
          pending.add(new Object[] {slot, s, segments.get(s)});
        }
      }
      pending.sort(Comparator.comparing(p -> ((ZonedDateTime[]) p[2])[0]));
      for (Object[] entry : pending) {
        Slot slot = (Slot) entry[0];
        int s = (Integer) entry[1];
        ZonedDateTime start = ((ZonedDateTime[]) entry[2])[0];
        ZonedDateTime end = ((ZonedDateTime[]) entry[2])[1];
        Room room = workshop.room(workshop.roomOf(slot.session())).orElse(workshop.effectiveRooms().get(0));
        ordinal++;
        UUID guid = s == 0 ? slot.uid() : NameBasedUuid.v5(slot.uid(), "segment/" + (s + 1));
        // The acronym stays as it is ([a-z0-9_]{4,}) and what follows has at least four characters: the
        // XSD's voc-slug-new pattern.
        String rest = slug(ordinal + "-" + slot.session().title());
        String slug = acronym + "-" + (rest.length() < 4 ? rest + "-event" : rest);
        while (!slugs.add(slug)) {
          slug = slug + "-" + ordinal;
        }
        String anchor = slug;
        rooms.get(room).add(event(namespace, slot.session(), guid, ordinal, start, Duration.between(start, end),
            room, slug, baseUrl.map(b -> b.resolve("#" + anchor))));
        first = first == null || start.isBefore(first) ? start : first;
        last = end.isAfter(last) ? end : last;
      }
      ZonedDateTime start = first == null ? ZonedDateTime.of(day.date(), LocalTime.MIDNIGHT, workshop.zone()) : first;
      out.add(new ScheduleDay(number, day.date(), start, last.isBefore(start) ? start : last, rooms));
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Cuts a slot around the breaks that interrupt its session, when they lie inside it on the same day: the
   * session and its coffee break are not two overlapping events in one room.
   */
  private static List<ZonedDateTime[]> segments(Slot slot, List<Slot> ofDay) {
    ZonedDateTime start = slot.start().get();
    ZonedDateTime end = slot.end().orElse(start);
    List<Slot> breaks = ofDay.stream()
        .filter(s -> slot.session().interruptedBy().contains(s.session().id()) && s.end().isPresent())
        .filter(s -> s.start().get().isAfter(start) && !s.end().get().isAfter(end))
        .sorted(Comparator.comparing(s -> s.start().get()))
        .toList();
    List<ZonedDateTime[]> segments = new ArrayList<>();
    ZonedDateTime from = start;
    for (Slot pause : breaks) {
      if (pause.start().get().isAfter(from)) {
        segments.add(new ZonedDateTime[] {from, pause.start().get()});
      }
      from = pause.end().get().isAfter(from) ? pause.end().get() : from;
    }
    if (segments.isEmpty() || end.isAfter(from)) {
      segments.add(new ZonedDateTime[] {from, end.isBefore(from) ? from : end});
    }
    return segments;
  }

  private ScheduleEvent event(UUID namespace, Session session, UUID guid, int ordinal, ZonedDateTime start,
      Duration duration, Room room, String slug, Optional<URI> url) {
    Map<String, List<String>> roles = new LinkedHashMap<>();
    Map<String, RoleHolder> holders = new LinkedHashMap<>();
    for (Role role : session.allRoles()) {
      RoleHolder holder = role.holder();
      if (holder.isNamed()) {
        holders.putIfAbsent(holder.name(), holder);
        List<String> kinds = roles.computeIfAbsent(holder.name(), n -> new ArrayList<>());
        if (!kinds.contains(role.kind().id())) {
          kinds.add(role.kind().id());
        }
      }
    }
    List<SchedulePerson> persons = new ArrayList<>();
    roles.forEach((name, kinds) -> persons.add(new SchedulePerson(name,
        NameBasedUuid.v5(namespace, "person/" + name), List.copyOf(kinds), holders.get(name))));
    return new ScheduleEvent(session.id(), guid, ordinal, start, duration, room, slug, url, session.fullTitle(),
        session.subtitle(), session.kind().id(), workshop.languages().stream().findFirst().map(LanguageTag::toString),
        session.description(), description(session), List.copyOf(persons));
  }

  /** The guid of a room, name-based on the workshop and the room id. */
  public UUID roomGuid(Room room) {
    return NameBasedUuid.v5(workshop.uid(), "room/" + room.id());
  }

  /**
   * Writes what the format has no field for as the event's description: the parts ({@code - }), groups,
   * questions ({@code ? }) and expected outputs ({@code => }), one a line.
   */
  static Optional<String> description(Session session) {
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

  /** Tells whether a holder is an organization, for the {@code organization} flag of a person. */
  public static boolean isOrganization(RoleHolder holder) {
    return holder.organization().isPresent();
  }

  /** Gets the names of a person's affiliations. */
  public static List<String> affiliations(RoleHolder holder) {
    return holder.person().map(p -> p.affiliations().stream().map(Organization::name).toList()).orElse(List.of());
  }

  /**
   * Formats a date-time with its offset, to the second: {@code 2017-12-11T09:00:00+06:00}.
   *
   * @param time  the time, not null
   * @return the text
   */
  public static String offsetDateTime(ZonedDateTime time) {
    return OFFSET_DATE_TIME.format(time);
  }

  /**
   * Formats a clock time or a duration as {@code HH:MM}.
   *
   * @param minutes  the minutes since midnight, or of the duration
   * @return the text
   */
  public static String hoursAndMinutes(long minutes) {
    return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
  }

  /**
   * Derives the {@code acronym}: the id in lower case, other characters as {@code _}, padded to four.
   *
   * @param id  the workshop id, not null
   * @return the acronym
   */
  public static String acronym(String id) {
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
   *
   * @param text  the text, not null
   * @return the slug, {@code "event"} when nothing is left
   */
  public static String slug(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return folded.isEmpty() ? "event" : folded;
  }
}
