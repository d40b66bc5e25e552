package org.oerkit.core.agenda;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Finding;
import org.oerkit.core.Report;
import org.oerkit.core.Rule;
import org.oerkit.core.Severity;

/**
 * Checks a workshop programme and reports what it finds, the way frab, pretalx and Indico check theirs:
 * overlapping sessions in one room, a person in two places at once, parts longer than their session,
 * sessions outside the workshop's dates or across midnight, local times that do not exist or occur twice,
 * gaps, non-positive durations, duplicate identifiers. The rules are the constants of {@link AgendaRules}.
 *
 * <p>The check never throws for a programme that is a valid value: every problem is a {@link Finding} in the
 * returned {@link Report}, with a severity, a location such as {@code "2017-12-11 / session-5"} and the
 * rule's source. {@link #check(Workshop)} runs in O(n log n + k) for n sessions, groups and role holders and
 * k findings: overlaps are found by a sweep over the sessions of each room and each person sorted by start,
 * gaps by one pass over the same order. {@link #checkBruteForce(Workshop)} compares every pair in O(n²); it
 * is the reference the fast check is tested and measured against, and the two return equal reports.
 *
 * <p>Times are placed on the time line by the workshop's zone rules; a session whose start or length is
 * unknown, or whose length is not positive, is left out of the overlap and gap checks (and reported by
 * {@link AgendaRules#TIME_UNKNOWN} or {@link AgendaRules#NON_POSITIVE_DURATION}). Two sessions of which one
 * names the other in {@link Session#interruptedBy()} do not overlap; a session and its own breakout groups
 * do not overlap, but two groups of one session in one room do, and so does a person in two of them. People
 * are the same when their names, as written, are the same; organizations and groups may be in several places
 * at once, and a role to be announced is nobody yet.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgendaCheck {

  private static final AgendaCheck STANDARD = new AgendaCheck(Duration.ofMinutes(1));
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final Duration minimumGap;

  private AgendaCheck(Duration minimumGap) {
    this.minimumGap = minimumGap;
  }

  /**
   * Obtains the standard check, which reports every gap of a minute or more.
   *
   * @return the standard check
   */
  public static AgendaCheck standard() {
    return STANDARD;
  }

  /**
   * Returns a copy that reports only gaps of at least the given length.
   *
   * @param gap  the shortest gap to report, positive, not null
   * @return the check
   * @throws DomainRuleException if the gap is not positive
   */
  public AgendaCheck withMinimumGap(Duration gap) {
    requireNonNull(gap, "gap");
    if (gap.isNegative() || gap.isZero()) {
      throw new DomainRuleException("AgendaCheck", "minimumGap", "must be positive", gap);
    }
    return new AgendaCheck(gap);
  }

  /**
   * Gets the shortest gap between sessions that is reported.
   *
   * @return the minimum gap
   */
  public Duration minimumGap() {
    return minimumGap;
  }

  /**
   * Checks a workshop in O(n log n + k) time.
   *
   * @param workshop  the workshop, not null
   * @return the findings: first those about days, then those about each session in programme order, then
   *     duplicate identifiers, room overlaps, person overlaps and gaps, each group sorted
   */
  public Report check(Workshop workshop) {
    return run(workshop, true);
  }

  /**
   * Checks a workshop by comparing every pair of sessions, in O(n²) time: the reference for
   * {@link #check(Workshop)}, which returns an equal report.
   *
   * @param workshop  the workshop, not null
   * @return the findings, equal to those of {@link #check(Workshop)}
   */
  public Report checkBruteForce(Workshop workshop) {
    return run(workshop, false);
  }

  // -------------------------------------------------------------------------------------------------------
  // The time line: a slot is a session, or one of its groups, held by a room or a person for an interval.
  // -------------------------------------------------------------------------------------------------------

  private record Placed(int order, int dayIndex, Day day, Session session, long start, long end) {}

  private record Slot(Placed placed, Optional<BreakoutGroup> group, String key) {
    long start() {
      return placed.start;
    }

    long end() {
      return placed.end;
    }

    String groupId() {
      return group.map(BreakoutGroup::id).orElse("");
    }
  }

  private static final Comparator<Slot> BY_START = Comparator.comparingLong(Slot::start)
      .thenComparingInt(s -> s.placed().order()).thenComparing(Slot::groupId);

  private static final Comparator<Slot> BY_PROGRAMME =
      Comparator.comparingInt((Slot s) -> s.placed().order()).thenComparing(Slot::groupId);

  private Report run(Workshop workshop, boolean fast) {
    requireNonNull(workshop, "workshop");
    List<Finding> findings = new ArrayList<>();
    List<Placed> placed = new ArrayList<>();
    List<Session> all = new ArrayList<>();
    // The day of each session, for the location of a duplicate: a location string for every session was
    // a sizeable share of the check's allocation (BENCHMARKS.md).
    List<Day> daysOfSessions = new ArrayList<>();
    checkDays(workshop, findings);
    Set<String> roomIds = new HashSet<>();
    workshop.effectiveRooms().forEach(r -> roomIds.add(r.id()));
    int order = 0;
    for (int d = 0; d < workshop.days().size(); d++) {
      Day day = workshop.days().get(d);
      Map<String, Session> byId = new HashMap<>();
      day.sessions().forEach(s -> byId.putIfAbsent(s.id(), s));
      for (Session session : day.sessions()) {
        checkSession(workshop, roomIds, byId, day, session, findings);
        all.add(session);
        daysOfSessions.add(day);
        place(workshop, d, day, session, order).ifPresent(placed::add);
        order++;
      }
    }
    List<Slot> rooms = new ArrayList<>();
    List<Slot> people = new ArrayList<>();
    for (Placed p : placed) {
      rooms.add(new Slot(p, Optional.empty(), workshop.roomOf(p.session())));
      for (BreakoutGroup group : p.session().groups()) {
        group.room().ifPresent(r -> rooms.add(new Slot(p, Optional.of(group), r)));
      }
      people.addAll(personSlots(p));
    }
    List<Finding> pairs = new ArrayList<>();
    pairs.addAll(sorted(fast ? duplicateIdsFast(all, daysOfSessions) : duplicateIdsBruteForce(all, daysOfSessions)));
    pairs.addAll(sorted(fast ? overlapsFast(rooms, AgendaRules.ROOM_OVERLAP, workshop)
        : overlapsBruteForce(rooms, AgendaRules.ROOM_OVERLAP, workshop)));
    pairs.addAll(sorted(fast ? overlapsFast(people, AgendaRules.PERSON_OVERLAP, workshop)
        : overlapsBruteForce(people, AgendaRules.PERSON_OVERLAP, workshop)));
    List<Slot> sessionsInRooms = rooms.stream().filter(s -> s.group().isEmpty()).toList();
    pairs.addAll(sorted(fast ? gapsFast(sessionsInRooms, workshop) : gapsBruteForce(sessionsInRooms, workshop)));
    findings.addAll(pairs);
    return Report.of(findings);
  }

  private static List<Finding> sorted(List<Finding> findings) {
    List<Finding> copy = new ArrayList<>(findings);
    Collections.sort(copy);
    return copy;
  }

  private static Optional<Placed> place(Workshop workshop, int dayIndex, Day day, Session session, int order) {
    SessionTime time = session.time();
    if (!time.isKnown() || time.length().get().isNegative() || time.length().get().isZero()) {
      return Optional.empty();
    }
    Instant start = ZonedDateTime.of(day.date(), time.start().get(), workshop.zone()).toInstant();
    Instant end = start.plus(time.length().get());
    return Optional.of(new Placed(order, dayIndex, day, session, start.getEpochSecond(), end.getEpochSecond()));
  }

  private static List<Slot> personSlots(Placed p) {
    // One slot per person and session; a person with a role in the whole session is there for all of it,
    // so that person's roles in the session's groups add nothing.
    Map<String, Slot> slots = new LinkedHashMap<>();
    Session session = p.session();
    List<Role> sessionRoles = new ArrayList<>(session.roles());
    session.parts().forEach(part -> sessionRoles.addAll(part.roles()));
    for (Role role : sessionRoles) {
      role.holder().person().ifPresent(person ->
          slots.putIfAbsent(person.name(), new Slot(p, Optional.empty(), person.name())));
    }
    for (BreakoutGroup group : session.groups()) {
      for (Role role : group.roles()) {
        role.holder().person().ifPresent(person -> {
          if (!slots.containsKey(person.name())) {
            slots.putIfAbsent(person.name() + "\u0000" + group.id(), new Slot(p, Optional.of(group), person.name()));
          }
        });
      }
    }
    return new ArrayList<>(slots.values());
  }

  private static boolean excused(Slot a, Slot b) {
    if (a.placed().order() == b.placed().order()) {
      return a.group().isEmpty() || b.group().isEmpty() || a.groupId().equals(b.groupId());
    }
    if (a.placed().dayIndex() != b.placed().dayIndex()) {
      return false;
    }
    Session x = a.placed().session();
    Session y = b.placed().session();
    return x.interruptedBy().contains(y.id()) || y.interruptedBy().contains(x.id());
  }

  private static boolean overlap(Slot a, Slot b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private static List<Finding> overlapsFast(List<Slot> slots, Rule rule, Workshop workshop) {
    Map<String, List<Slot>> byKey = new HashMap<>();
    for (Slot slot : slots) {
      byKey.computeIfAbsent(slot.key(), k -> new ArrayList<>()).add(slot);
    }
    List<Finding> findings = new ArrayList<>();
    for (List<Slot> lane : byKey.values()) {
      lane.sort(BY_START);
      PriorityQueue<Slot> active = new PriorityQueue<>(Comparator.comparingLong(Slot::end));
      for (Slot next : lane) {
        while (!active.isEmpty() && active.peek().end() <= next.start()) {
          active.poll();
        }
        for (Slot open : active) {
          if (!excused(open, next)) {
            findings.add(overlapFinding(rule, open, next, workshop));
          }
        }
        active.add(next);
      }
    }
    return findings;
  }

  private static List<Finding> overlapsBruteForce(List<Slot> slots, Rule rule, Workshop workshop) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      for (int j = i + 1; j < slots.size(); j++) {
        Slot a = slots.get(i);
        Slot b = slots.get(j);
        if (a.key().equals(b.key()) && overlap(a, b) && !excused(a, b)) {
          findings.add(overlapFinding(rule, a, b, workshop));
        }
      }
    }
    return findings;
  }

  private static Finding overlapFinding(Rule rule, Slot a, Slot b, Workshop workshop) {
    // The pair is reported from the slot that comes first in the programme, whichever algorithm found it.
    Slot first = BY_PROGRAMME.compare(a, b) <= 0 ? a : b;
    Slot second = first == a ? b : a;
    String message;
    if (rule.equals(AgendaRules.ROOM_OVERLAP)) {
      message = range(first, workshop) + " overlaps " + describe(second, workshop) + " in room \""
          + first.key() + "\"";
      return Finding.of(rule, Severity.ERROR, location(first), message);
    }
    message = first.key() + " is also in " + describe(second, workshop) + " at " + range(first, workshop);
    return Finding.of(rule, Severity.WARNING, location(first), message);
  }

  private static String describe(Slot slot, Workshop workshop) {
    return "session " + slot.placed().session().id() + slot.group().map(g -> " group " + g.id()).orElse("")
        + " (" + range(slot, workshop) + ")";
  }

  private static String range(Slot slot, Workshop workshop) {
    ZonedDateTime start = Instant.ofEpochSecond(slot.start()).atZone(workshop.zone());
    ZonedDateTime end = Instant.ofEpochSecond(slot.end()).atZone(workshop.zone());
    return DATE_TIME.format(start) + "-" + TIME.format(end);
  }

  // Gaps: per room and day, the holes in the union of the sessions' intervals.

  private List<Finding> gapsFast(List<Slot> slots, Workshop workshop) {
    Map<String, List<Slot>> byLane = new HashMap<>();
    for (Slot slot : slots) {
      byLane.computeIfAbsent(slot.key() + "\u0000" + slot.placed().dayIndex(), k -> new ArrayList<>()).add(slot);
    }
    List<Finding> findings = new ArrayList<>();
    for (List<Slot> lane : byLane.values()) {
      lane.sort(BY_START);
      long reach = lane.get(0).end();
      for (Slot next : lane.subList(1, lane.size())) {
        if (next.start() > reach) {
          gap(next, reach, workshop).ifPresent(findings::add);
        }
        reach = Math.max(reach, next.end());
      }
    }
    return findings;
  }

  private List<Finding> gapsBruteForce(List<Slot> slots, Workshop workshop) {
    Set<String> seen = new LinkedHashSet<>();
    List<Finding> findings = new ArrayList<>();
    for (Slot a : slots) {
      long end = a.end();
      boolean covered = false;
      Slot after = null;
      for (Slot b : slots) {
        if (!b.key().equals(a.key()) || b.placed().dayIndex() != a.placed().dayIndex()) {
          continue;
        }
        if (b.start() <= end && end < b.end()) {
          covered = true;
        }
        if (b.start() > end && (after == null || BY_START.compare(b, after) < 0)) {
          after = b;
        }
      }
      if (!covered && after != null && seen.add(a.key() + "\u0000" + a.placed().dayIndex() + "\u0000" + end)) {
        gap(after, end, workshop).ifPresent(findings::add);
      }
    }
    return findings;
  }

  private Optional<Finding> gap(Slot next, long from, Workshop workshop) {
    Duration length = Duration.ofSeconds(next.start() - from);
    if (length.compareTo(minimumGap) < 0) {
      return Optional.empty();
    }
    String message = minutes(length) + " between " + TIME.format(Instant.ofEpochSecond(from).atZone(workshop.zone()))
        + " and " + TIME.format(Instant.ofEpochSecond(next.start()).atZone(workshop.zone())) + " in room \""
        + next.key() + "\"";
    return Optional.of(Finding.of(AgendaRules.GAP, Severity.INFO, location(next), message));
  }

  // Duplicate identifiers.

  private static List<Finding> duplicateIdsFast(List<Session> sessions, List<Day> days) {
    Map<String, Integer> first = new HashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      Integer earlier = first.putIfAbsent(sessions.get(i).id(), i);
      if (earlier != null) {
        findings.add(duplicate(sessions.get(i), location(days.get(i), sessions.get(i)),
            location(days.get(earlier), sessions.get(earlier))));
      }
    }
    return findings;
  }

  private static List<Finding> duplicateIdsBruteForce(List<Session> sessions, List<Day> days) {
    List<Finding> findings = new ArrayList<>();
    for (int j = 0; j < sessions.size(); j++) {
      for (int i = 0; i < j; i++) {
        if (sessions.get(i).id().equals(sessions.get(j).id())) {
          findings.add(duplicate(sessions.get(j), location(days.get(j), sessions.get(j)),
              location(days.get(i), sessions.get(i))));
          break;
        }
      }
    }
    return findings;
  }

  private static Finding duplicate(Session session, String location, String firstLocation) {
    return Finding.of(AgendaRules.DUPLICATE_ID, Severity.ERROR, location,
        "session id \"" + session.id() + "\" is already used at " + firstLocation);
  }

  // -------------------------------------------------------------------------------------------------------
  // Checks of one day or one session, the same in both algorithms.
  // -------------------------------------------------------------------------------------------------------

  private static void checkDays(Workshop workshop, List<Finding> findings) {
    LocalDate previous = null;
    for (Day day : workshop.days()) {
      String location = day.date().toString();
      if (day.date().isBefore(workshop.startDate()) || day.date().isAfter(workshop.endDate())) {
        findings.add(Finding.of(AgendaRules.OUTSIDE_EVENT_DATES, Severity.ERROR, location,
            "the day is outside the workshop's dates " + workshop.startDate() + " to " + workshop.endDate()));
      }
      if (previous != null && !day.date().isAfter(previous)) {
        findings.add(Finding.of(AgendaRules.DAY_ORDER, Severity.ERROR, location,
            day.date().equals(previous) ? "the date is repeated" : "the day comes after " + previous));
      }
      previous = day.date();
    }
  }

  private static void checkSession(Workshop workshop, Set<String> roomIds, Map<String, Session> byId, Day day,
      Session session, List<Finding> findings) {
    String location = location(day, session);
    SessionTime time = session.time();
    if (!time.isKnown()) {
      String missing = time.start().isEmpty() && time.length().isEmpty() ? "no time"
          : time.start().isEmpty() ? "no start" : "no end or duration";
      findings.add(Finding.of(AgendaRules.TIME_UNKNOWN, Severity.INFO, location,
          "the source gives " + missing + " (" + time + ")"));
    }
    checkTime(location, time, findings);
    session.room().filter(r -> !roomIds.contains(r)).ifPresent(r -> findings.add(Finding.of(
        AgendaRules.UNKNOWN_ROOM, Severity.ERROR, location, "room \"" + r + "\" is not a room of the workshop")));
    Set<String> groupIds = new LinkedHashSet<>();
    for (BreakoutGroup group : session.groups()) {
      String groupLocation = location + " / group " + group.id();
      if (!groupIds.add(group.id())) {
        findings.add(Finding.of(AgendaRules.DUPLICATE_ID, Severity.ERROR, groupLocation,
            "group id \"" + group.id() + "\" is already used in the session"));
      }
      group.room().filter(r -> !roomIds.contains(r)).ifPresent(r -> findings.add(Finding.of(
          AgendaRules.UNKNOWN_ROOM, Severity.ERROR, groupLocation, "room \"" + r + "\" is not a room of the workshop")));
    }
    Optional<LocalDateTime> start = time.start().map(t -> LocalDateTime.of(day.date(), t));
    Optional<LocalDateTime> end = start.flatMap(s -> time.length().map(s::plus));
    boolean placed = end.isPresent() && end.get().isAfter(start.get());
    if (placed) {
      checkLocalTime(location, "start", start.get(), workshop.zone(), findings);
      checkLocalTime(location, "end", end.get(), workshop.zone(), findings);
      LocalDateTime midnight = day.date().plusDays(1).atStartOfDay();
      if (end.get().isAfter(midnight)) {
        findings.add(Finding.of(AgendaRules.CROSSES_MIDNIGHT, Severity.WARNING, location,
            "the session ends on " + DATE_TIME.format(end.get())));
        if (end.get().isAfter(workshop.endDate().plusDays(1).atStartOfDay())) {
          findings.add(Finding.of(AgendaRules.OUTSIDE_EVENT_DATES, Severity.ERROR, location,
              "the session ends after the workshop's last day " + workshop.endDate()));
        }
      }
    }
    checkParts(byId, day, session, location, placed ? start : Optional.empty(), placed ? end : Optional.empty(),
        findings);
    checkInterruptions(byId, day, session, location, findings);
  }

  private static void checkTime(String location, SessionTime time, List<Finding> findings) {
    if (time.isInferred()) {
      String which = time.isStartInferred() && time.isEndInferred() ? "the start and the end are"
          : time.isStartInferred() ? "the start is" : "the end is";
      findings.add(Finding.of(AgendaRules.TIME_INFERRED, Severity.INFO, location,
          which + " inferred, not given by the source (" + time + ")"));
    }
    if (!time.isConsistent()) {
      findings.add(Finding.of(AgendaRules.TIME_INCONSISTENT, Severity.ERROR, location,
          "the end " + TIME.format(time.end().get()) + " is not the start " + TIME.format(time.start().get())
              + " plus the duration " + minutes(time.duration().get())));
    }
    Optional<Duration> length = time.length();
    if (length.isPresent()) {
      Duration d = length.get();
      if (d.isNegative() || d.isZero()) {
        findings.add(Finding.of(AgendaRules.NON_POSITIVE_DURATION, Severity.ERROR, location,
            "the time " + time + " lasts " + minutes(d)));
      } else {
        if (d.toSecondsPart() != 0 || d.toNanosPart() != 0) {
          findings.add(Finding.of(AgendaRules.WHOLE_MINUTES, Severity.ERROR, location,
              "the duration " + d + " is not a whole number of minutes"));
        }
        if (d.compareTo(Duration.ofHours(24)) >= 0) {
          findings.add(Finding.of(AgendaRules.LONG_DURATION, Severity.WARNING, location,
              "the time " + time + " lasts " + minutes(d)));
        }
      }
    }
  }

  private static void checkLocalTime(String location, String what, LocalDateTime local, ZoneId zone,
      List<Finding> findings) {
    ZoneRules rules = zone.getRules();
    int offsets = rules.getValidOffsets(local).size();
    if (offsets == 0) {
      findings.add(Finding.of(AgendaRules.LOCAL_TIME_GAP, Severity.ERROR, location,
          "the " + what + " " + DATE_TIME.format(local) + " does not exist in " + zone
              + " (clocks move forward)"));
    } else if (offsets > 1) {
      findings.add(Finding.of(AgendaRules.LOCAL_TIME_OVERLAP, Severity.WARNING, location,
          "the " + what + " " + DATE_TIME.format(local) + " occurs twice in " + zone + " (clocks move back)"));
    }
  }

  private static void checkParts(Map<String, Session> byId, Day day, Session session, String location, Optional<LocalDateTime> start,
      Optional<LocalDateTime> end, List<Finding> findings) {
    Duration known = Duration.ZERO;
    boolean allKnown = true;
    for (int i = 0; i < session.parts().size(); i++) {
      Part part = session.parts().get(i);
      String partLocation = location + " / part " + (i + 1);
      checkTime(partLocation, part.time(), findings);
      Optional<Duration> length = part.time().length();
      if (length.isPresent() && !length.get().isNegative()) {
        known = known.plus(length.get());
      } else {
        allKnown = false;
      }
      if (start.isPresent() && part.time().start().isPresent()) {
        LocalDateTime partStart = LocalDateTime.of(day.date(), part.time().start().get());
        if (partStart.isBefore(start.get()) && end.get().toLocalDate().isAfter(day.date())) {
          partStart = partStart.plusDays(1);
        }
        LocalDateTime partEnd = partStart.plus(length.orElse(Duration.ZERO));
        if (partStart.isBefore(start.get()) || partEnd.isAfter(end.get())) {
          findings.add(Finding.of(AgendaRules.PART_OUTSIDE_SESSION, Severity.ERROR, partLocation,
              "the part " + part.time() + " is outside the session " + session.time()));
        }
      }
    }
    Optional<Duration> net = session.length();
    if (net.isPresent()) {
      for (String id : session.interruptedBy()) {
        Optional<Duration> pause = Optional.ofNullable(byId.get(id)).flatMap(Session::length);
        if (pause.isPresent()) {
          net = Optional.of(net.get().minus(pause.get()));
        }
      }
    }
    if (session.parts().isEmpty() || net.isEmpty() || net.get().isNegative() || net.get().isZero()) {
      return;
    }
    String breaks = net.get().equals(session.length().get()) ? ""
        : " (" + minutes(session.length().get()) + " less breaks)";
    if (known.compareTo(net.get()) > 0) {
      findings.add(Finding.of(AgendaRules.PARTS_EXCEED_SESSION, Severity.ERROR, location,
          "the parts last " + minutes(known) + ", the session " + minutes(net.get()) + breaks));
    } else if (allKnown && known.compareTo(net.get()) < 0) {
      findings.add(Finding.of(AgendaRules.SESSION_SLACK, Severity.INFO, location,
          "the parts fill " + minutes(known) + " of " + minutes(net.get()) + breaks + "; "
              + minutes(net.get().minus(known)) + " unexplained"));
    }
  }

  private static void checkInterruptions(Map<String, Session> byId, Day day, Session session, String location,
      List<Finding> findings) {
    for (String id : session.interruptedBy()) {
      Optional<Session> pause = Optional.ofNullable(byId.get(id));
      if (pause.isEmpty()) {
        findings.add(Finding.of(AgendaRules.UNKNOWN_INTERRUPTION, Severity.ERROR, location,
            "the interrupting session \"" + id + "\" is not on " + day.date()));
        continue;
      }
      SessionTime outer = session.time();
      SessionTime inner = pause.get().time();
      if (outer.isKnown() && inner.isKnown()) {
        LocalDateTime outerStart = LocalDateTime.of(day.date(), outer.start().get());
        LocalDateTime innerStart = LocalDateTime.of(day.date(), inner.start().get());
        if (innerStart.isBefore(outerStart)
            || innerStart.plus(inner.length().get()).isAfter(outerStart.plus(outer.length().get()))) {
          findings.add(Finding.of(AgendaRules.INTERRUPTION_OUTSIDE, Severity.ERROR, location,
              "the interrupting session \"" + id + "\" " + inner + " is outside the session " + outer));
        }
      }
    }
  }

  private static String location(Day day, Session session) {
    return day.date() + " / " + session.id();
  }

  private static String location(Slot slot) {
    return location(slot.placed().day(), slot.placed().session())
        + slot.group().map(g -> " / group " + g.id()).orElse("");
  }

  private static String minutes(Duration duration) {
    long seconds = duration.getSeconds();
    return seconds % 60 == 0 ? seconds / 60 + " min" : duration.toString();
  }

  @Override
  public String toString() {
    return "AgendaCheck{minimumGap=" + minimumGap + "}";
  }
}
