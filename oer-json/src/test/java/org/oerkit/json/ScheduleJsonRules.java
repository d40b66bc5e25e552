package org.oerkit.json;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The constraints of the c3voc {@code schedule.json} schema ({@code voc/schedule},
 * {@code validator/json/schema.json}, as summarised in the agenda notes §1.2), written as our own checks:
 * the schema itself is EUPL-1.2 and is not copied into oerkit.
 *
 * <p>Checked: the closed property sets of conference, day, event and room; their required properties; the
 * patterns of {@code acronym}, {@code slug}, {@code start}, {@code duration} and {@code time_zone_name};
 * dates, offset date-times, UUIDs and URIs; nullable texts; and persons in exactly one of the frab shape
 * ({@code id} and {@code public_name}) or the pretalx shape ({@code name}).
 */
final class ScheduleJsonRules {

  static final Pattern ACRONYM = Pattern.compile("^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$");
  static final Pattern SLUG = Pattern.compile("^[a-z0-9_-]+[a-z0-9]$");
  static final Pattern START = Pattern.compile("^(0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$");
  static final Pattern DURATION = Pattern.compile("^[0-9]+:[0-9]{2}$");
  static final Pattern TIME_ZONE_NAME = Pattern.compile("^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$");

  private static final Set<String> ROOT = Set.of("schedule", "$schema", "generator");
  private static final Set<String> CONFERENCE = Set.of("acronym", "title", "description", "start", "end",
      "daysCount", "timeslot_duration", "time_zone_name", "logo", "colors", "keywords", "url", "tracks", "rooms",
      "meta", "days");
  private static final Set<String> CONFERENCE_REQUIRED = Set.of("title", "acronym", "days", "daysCount", "start",
      "end", "timeslot_duration");
  private static final Set<String> ROOM = Set.of("name", "slug", "type", "guid", "stream_id", "description",
      "capacity", "url", "features", "assembly");
  private static final Set<String> DAY = Set.of("index", "date", "day_start", "day_end", "rooms");
  private static final Set<String> EVENT = Set.of("guid", "code", "id", "logo", "date", "start", "end", "duration",
      "room", "slug", "url", "title", "subtitle", "track", "type", "language", "abstract", "description",
      "recording_license", "do_not_record", "do_not_stream", "persons", "links", "feedback_url", "origin_url",
      "attachments");
  private static final Set<String> EVENT_REQUIRED = Set.of("abstract", "date", "duration", "guid", "id", "language",
      "links", "persons", "room", "slug", "start", "subtitle", "title", "track", "type", "url");
  private static final Set<String> NULLABLE_TEXT = Set.of("subtitle", "track", "language", "abstract", "description");

  private ScheduleJsonRules() {}

  /** Gives every broken constraint, by JSON Pointer; empty if the document keeps them all. */
  static List<String> violations(JsonNode root) {
    List<String> v = new ArrayList<>();
    closed(v, "", root, ROOT, Set.of("schedule"));
    JsonNode schedule = root.path("schedule");
    if (!schedule.path("version").isString()) {
      v.add("/schedule/version must be text");
    }
    JsonNode conference = schedule.path("conference");
    closed(v, "/schedule/conference", conference, CONFERENCE, CONFERENCE_REQUIRED);
    matches(v, "/schedule/conference/acronym", conference.path("acronym"), ACRONYM);
    date(v, "/schedule/conference/start", conference.path("start"));
    date(v, "/schedule/conference/end", conference.path("end"));
    if (!conference.path("daysCount").isInt()) {
      v.add("/schedule/conference/daysCount must be an integer");
    }
    if (conference.has("time_zone_name")) {
      if (!TIME_ZONE_NAME.matcher(conference.get("time_zone_name").asString()).find()) {
        v.add("/schedule/conference/time_zone_name does not match");
      }
    }
    if (conference.has("meta") && !conference.get("meta").isObject()) {
      v.add("/schedule/conference/meta must be an object");
    }
    int r = 0;
    for (JsonNode room : conference.path("rooms")) {
      String at = "/schedule/conference/rooms/" + r++;
      closed(v, at, room, ROOM, Set.of("name", "guid"));
      uuid(v, at + "/guid", room.path("guid"));
    }
    int d = 0;
    for (JsonNode day : conference.path("days")) {
      String at = "/schedule/conference/days/" + d++;
      closed(v, at, day, DAY, DAY);
      date(v, at + "/date", day.path("date"));
      dateTime(v, at + "/day_start", day.path("day_start"));
      dateTime(v, at + "/day_end", day.path("day_end"));
      for (var entry : day.path("rooms").properties()) {
        int e = 0;
        for (JsonNode event : entry.getValue()) {
          event(v, at + "/rooms/" + entry.getKey() + "/" + e++, event);
        }
      }
    }
    return v;
  }

  private static void event(List<String> v, String at, JsonNode event) {
    closed(v, at, event, EVENT, EVENT_REQUIRED);
    uuid(v, at + "/guid", event.path("guid"));
    if (!event.path("id").isInt() || event.path("id").asInt() < 1) {
      v.add(at + "/id must be an integer from 1");
    }
    dateTime(v, at + "/date", event.path("date"));
    if (event.has("end")) {
      dateTime(v, at + "/end", event.path("end"));
    }
    matches(v, at + "/start", event.path("start"), START);
    matches(v, at + "/duration", event.path("duration"), DURATION);
    matches(v, at + "/slug", event.path("slug"), SLUG);
    uri(v, at + "/url", event.path("url"));
    for (String name : NULLABLE_TEXT) {
      JsonNode value = event.path(name);
      if (!value.isString() && !value.isNull()) {
        v.add(at + "/" + name + " must be text or null");
      }
    }
    int p = 0;
    for (JsonNode person : event.path("persons")) {
      String pat = at + "/persons/" + p++;
      boolean frab = person.has("public_name") && person.has("id");
      boolean pretalx = person.has("name");
      if (frab == pretalx) {
        v.add(pat + " must have exactly one of the frab shape and the pretalx shape");
      }
      if (person.has("guid")) {
        uuid(v, pat + "/guid", person.get("guid"));
      }
    }
    if (!event.path("links").isArray()) {
      v.add(at + "/links must be a list");
    }
  }

  private static void closed(List<String> v, String at, JsonNode node, Set<String> allowed, Set<String> required) {
    if (!node.isObject()) {
      v.add(at + " must be an object");
      return;
    }
    for (String name : node.propertyNames()) {
      if (!allowed.contains(name)) {
        v.add(at + "/" + name + " is not allowed");
      }
    }
    for (String name : required) {
      if (!node.has(name)) {
        v.add(at + "/" + name + " is required");
      }
    }
  }

  private static void matches(List<String> v, String at, JsonNode node, Pattern pattern) {
    if (!node.isString() || !pattern.matcher(node.asString()).find()) {
      v.add(at + " does not match " + pattern);
    }
  }

  private static void date(List<String> v, String at, JsonNode node) {
    try {
      LocalDate.parse(node.asString());
    } catch (RuntimeException e) {
      v.add(at + " must be a date");
    }
  }

  private static void dateTime(List<String> v, String at, JsonNode node) {
    try {
      OffsetDateTime.parse(node.asString());
    } catch (RuntimeException e) {
      v.add(at + " must be a date-time with offset");
    }
  }

  private static void uuid(List<String> v, String at, JsonNode node) {
    try {
      UUID.fromString(node.asString());
    } catch (RuntimeException e) {
      v.add(at + " must be a UUID");
    }
  }

  private static void uri(List<String> v, String at, JsonNode node) {
    try {
      if (!new URI(node.asString()).isAbsolute()) {
        v.add(at + " must be an absolute URI");
      }
    } catch (Exception e) {
      v.add(at + " must be a URI");
    }
  }
}
