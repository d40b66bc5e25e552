package org.oerkit.core.agenda;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
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
 * returned {@link Report}, with a severity, a location (the JSON Pointer of the session, part, group, day
 * or room in the workshop's JSON form, such as {@code /days/0/sessions/4/parts/1}), a message that opens
 * with what it is about ({@code "session s5, part 2: …"}) and the rule's source. {@link #check(Workshop)} runs in O(n log n + k) for n sessions, groups and role holders and
 * k findings: overlaps are found by a sweep over the sessions of each room and each person sorted by start,
 * gaps by one pass over the same order. The tests hold a brute-force oracle that compares every pair in
 * O(n²) and check that the two return equal reports.
 *
 * <p>Times are read from the workshop's {@link Workshop#timeline()}, the one place where local times become
 * instants by the zone's rules; a session whose start or length is
 * unknown, or whose length is not positive, is left out of the overlap and gap checks (and reported by
 * {@link AgendaRules#TIME_UNKNOWN} or {@link AgendaRules#NON_POSITIVE_DURATION}). Two sessions of which one
 * names the other in {@link Session#interruptedBy()} do not overlap; a session and its own breakout groups
 * do not overlap, but two groups of one session in one room do, and so does a person in two of them. People
 * are the same when their names, as written, are the same; organizations and groups may be in several places
 * at once, and a role to be announced is nobody yet: a person is one {@link RoleHolder#identity()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgendaCheck {

  private static final AgendaCheck STANDARD = new AgendaCheck(Duration.ofMinutes(1));
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final Duration DAY = Duration.ofHours(24);

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
    return run(workshop, FAST);
  }

  // -------------------------------------------------------------------------------------------------------
  // The time line: a slot is a session, or one of its groups, held by a room or a person for an interval.
  // -------------------------------------------------------------------------------------------------------

  /** A session's slot, or one of its groups, held by a room or a person (the key) for an interval. */
  record Booking(Slot slot, long start, long end, String key) {
    int order() {
      return slot.order();
    }

    Optional<BreakoutGroup> group() {
      return slot.group();
    }

    String groupId() {
      return slot.group().map(BreakoutGroup::id).orElse("");
    }

    int dayIndex() {
      return slot.dayNumber() - 1;
    }
  }

  static final Comparator<Booking> BY_START = Comparator.comparingLong(Booking::start)
      .thenComparingInt(Booking::order).thenComparing(Booking::groupId);

  private static final Comparator<Booking> BY_PROGRAMME =
      Comparator.comparingInt(Booking::order).thenComparing(Booking::groupId);

  /** How the pairs of a programme are found: by sweeps here, by comparing every pair in the tests' oracle. */
  interface Pairs {
    /** Each session slot whose identifier an earlier one has, with that earlier one. */
    List<Finding> duplicateIds(List<Slot> sessions);

    /** Each pair of bookings with one key whose intervals overlap and that {@link #excused} does not excuse. */
    List<Finding> overlaps(List<Booking> bookings, Rule rule, Workshop workshop);

    /** The holes, per key and day, in the union of the bookings' intervals. */
    List<Finding> gaps(List<Booking> bookings, AgendaCheck check, Workshop workshop);
  }

  /**
   * Counts the elementary steps of the sweeps: each comparison of their sorts and of the queue of open
   * bookings, each booking the queue lets go and each open booking a new one is compared with, each session
   * looked up for a duplicate identifier. {@code AgendaCheckGrowthTest} counts them to prove the growth of
   * the work in n log n without timing anything; {@link #NONE} in production.
   */
  interface Steps {
    /** Counts nothing. */
    Steps NONE = count -> { };

    /** Counts some steps. */
    void add(long count);
  }

  private static final Pairs FAST = sweeps(Steps.NONE);

  /** The pairs found by sweeps, counting their steps. */
  static Pairs sweeps(Steps steps) {
    Comparator<Booking> byStart = counted(BY_START, steps);
    Comparator<Booking> byEnd = counted(Comparator.comparingLong(Booking::end), steps);
    return new Pairs() {
      @Override
      public List<Finding> duplicateIds(List<Slot> sessions) {
        steps.add(sessions.size());
        return duplicateIdsFast(sessions);
      }

      @Override
      public List<Finding> overlaps(List<Booking> bookings, Rule rule, Workshop workshop) {
        return overlapsFast(bookings, rule, workshop, byStart, byEnd, steps);
      }

      @Override
      public List<Finding> gaps(List<Booking> bookings, AgendaCheck check, Workshop workshop) {
        return check.gapsFast(bookings, workshop, byStart, steps);
      }
    };
  }

  private static <T> Comparator<T> counted(Comparator<T> comparator, Steps steps) {
    if (steps == Steps.NONE) {
      return comparator;
    }
    return (a, b) -> {
      steps.add(1);
      return comparator.compare(a, b);
    };
  }

  Report run(Workshop workshop, Pairs pairs) {
    requireNonNull(workshop, "workshop");
    Timeline timeline = workshop.timeline();
    List<Finding> findings = new ArrayList<>();
    checkDays(workshop, findings);
    checkRooms(workshop, findings);
    Set<String> roomIds = new HashSet<>();
    workshop.effectiveRooms().forEach(r -> roomIds.add(r.id()));
    List<Booking> rooms = new ArrayList<>();
    List<Booking> people = new ArrayList<>();
    Map<String, Slot> byId = new HashMap<>();
    int dayIndex = -1;
    for (Slot slot : timeline.sessions()) {
      if (slot.dayNumber() - 1 != dayIndex) {
        dayIndex = slot.dayNumber() - 1;
        byId.clear();
        for (Slot other : timeline.on(slot.date())) {
          if (other.dayNumber() == slot.dayNumber()) {
            byId.putIfAbsent(other.session().id(), other);
          }
        }
      }
      checkSession(timeline, roomIds, byId, slot, findings);
      if (isPlaced(slot)) {
        long start = slot.start().get().toEpochSecond();
        long end = slot.end().get().toEpochSecond();
        rooms.add(new Booking(slot, start, end, workshop.roomOf(slot.session())));
        for (Slot group : timeline.groupsOf(slot)) {
          group.group().get().room().ifPresent(r -> rooms.add(new Booking(group, start, end, r)));
        }
        people.addAll(personBookings(timeline, slot, start, end));
      }
    }
    List<Finding> found = new ArrayList<>();
    found.addAll(sorted(pairs.duplicateIds(timeline.sessions())));
    found.addAll(sorted(pairs.overlaps(rooms, AgendaRules.ROOM_OVERLAP, workshop)));
    found.addAll(sorted(pairs.overlaps(people, AgendaRules.PERSON_OVERLAP, workshop)));
    List<Booking> sessionsInRooms = rooms.stream().filter(b -> b.group().isEmpty()).toList();
    found.addAll(sorted(pairs.gaps(sessionsInRooms, this, workshop)));
    findings.addAll(found);
    return Report.of(findings);
  }

  /** A session is on the time line when its start and end are known and its own length is positive. */
  private static boolean isPlaced(Slot slot) {
    Optional<Duration> length = slot.time().length();
    return slot.end().isPresent() && length.isPresent() && !length.get().isNegative() && !length.get().isZero();
  }

  private static List<Finding> sorted(List<Finding> findings) {
    List<Finding> copy = new ArrayList<>(findings);
    Collections.sort(copy);
    return copy;
  }

  private static List<Booking> personBookings(Timeline timeline, Slot session, long start, long end) {
    // One booking per person and session; a person with a role in the whole session, or in one of its parts,
    // is there for all of it, so that person's roles in the session's groups add nothing.
    Map<String, Booking> bookings = new LinkedHashMap<>();
    List<Role> sessionRoles = new ArrayList<>(session.session().roles());
    session.session().parts().forEach(part -> sessionRoles.addAll(part.allRoles()));
    for (Role role : sessionRoles) {
      if (role.holder().kind() == RoleHolder.Kind.PERSON) {
        String who = role.holder().identity();
        bookings.putIfAbsent(who, new Booking(session, start, end, who));
      }
    }
    for (Slot group : timeline.groupsOf(session)) {
      for (Role role : group.group().get().roles()) {
        if (role.holder().kind() == RoleHolder.Kind.PERSON) {
          String who = role.holder().identity();
          if (!bookings.containsKey(who)) {
            bookings.putIfAbsent(who + "\u0000" + group.group().get().id(), new Booking(group, start, end, who));
          }
        }
      }
    }
    return new ArrayList<>(bookings.values());
  }

  static boolean excused(Booking a, Booking b) {
    if (a.order() == b.order()) {
      return a.group().isEmpty() || b.group().isEmpty() || a.groupId().equals(b.groupId());
    }
    if (a.dayIndex() != b.dayIndex()) {
      return false;
    }
    Session x = a.slot().session();
    Session y = b.slot().session();
    return x.interruptedBy().contains(y.id()) || y.interruptedBy().contains(x.id());
  }

  private static List<Finding> overlapsFast(List<Booking> bookings, Rule rule, Workshop workshop,
      Comparator<Booking> byStart, Comparator<Booking> byEnd, Steps steps) {
    Map<String, List<Booking>> byKey = new HashMap<>();
    for (Booking booking : bookings) {
      byKey.computeIfAbsent(booking.key(), k -> new ArrayList<>()).add(booking);
    }
    List<Finding> findings = new ArrayList<>();
    for (List<Booking> lane : byKey.values()) {
      lane.sort(byStart);
      PriorityQueue<Booking> active = new PriorityQueue<>(byEnd);
      for (Booking next : lane) {
        while (!active.isEmpty() && active.peek().end() <= next.start()) {
          active.poll();
          steps.add(1);
        }
        for (Booking open : active) {
          steps.add(1);
          if (!excused(open, next)) {
            findings.add(overlapFinding(rule, open, next, workshop));
          }
        }
        active.add(next);
      }
    }
    return findings;
  }

  static Finding overlapFinding(Rule rule, Booking a, Booking b, Workshop workshop) {
    // The pair is reported from the booking that comes first in the programme, whichever algorithm found it.
    Booking first = BY_PROGRAMME.compare(a, b) <= 0 ? a : b;
    Booking second = first == a ? b : a;
    String message;
    if (rule.equals(AgendaRules.ROOM_OVERLAP)) {
      message = describe(first, workshop) + " overlaps " + describe(second, workshop) + " in room \""
          + first.key() + "\"";
      return Finding.of(rule, Severity.ERROR, location(first), message);
    }
    message = name(first.key()) + " is in " + describe(first, workshop) + " and also in " + describe(second, workshop);
    return Finding.of(rule, Severity.WARNING, location(first), message);
  }

  /** The name in a person's {@link RoleHolder#identity()}. */
  private static String name(String identity) {
    return identity.substring(identity.indexOf(':') + 1);
  }

  private static String describe(Booking booking, Workshop workshop) {
    return "session " + booking.slot().session().id() + booking.group().map(g -> " group " + g.id()).orElse("")
        + " (" + range(booking, workshop) + ")";
  }

  private static String range(Booking booking, Workshop workshop) {
    ZonedDateTime start = Instant.ofEpochSecond(booking.start()).atZone(workshop.zone());
    ZonedDateTime end = Instant.ofEpochSecond(booking.end()).atZone(workshop.zone());
    return DATE_TIME.format(start) + "-" + TIME.format(end);
  }

  // Gaps: per room and day, the holes in the union of the sessions' intervals.

  private List<Finding> gapsFast(List<Booking> bookings, Workshop workshop, Comparator<Booking> byStart,
      Steps steps) {
    Map<String, List<Booking>> byLane = new HashMap<>();
    for (Booking booking : bookings) {
      byLane.computeIfAbsent(booking.key() + "\u0000" + booking.dayIndex(), k -> new ArrayList<>()).add(booking);
    }
    List<Finding> findings = new ArrayList<>();
    for (List<Booking> lane : byLane.values()) {
      lane.sort(byStart);
      long reach = lane.get(0).end();
      steps.add(lane.size());
      for (Booking next : lane.subList(1, lane.size())) {
        if (next.start() > reach) {
          gap(next, reach, workshop).ifPresent(findings::add);
        }
        reach = Math.max(reach, next.end());
      }
    }
    return findings;
  }

  Optional<Finding> gap(Booking next, long from, Workshop workshop) {
    Duration length = Duration.ofSeconds(next.start() - from);
    if (length.compareTo(minimumGap) < 0) {
      return Optional.empty();
    }
    String message = minutes(length) + " between " + TIME.format(Instant.ofEpochSecond(from).atZone(workshop.zone()))
        + " and " + TIME.format(Instant.ofEpochSecond(next.start()).atZone(workshop.zone())) + " in room \""
        + next.key() + "\" before " + describe(next, workshop);
    return Optional.of(Finding.of(AgendaRules.GAP, Severity.INFO, location(next), message));
  }

  // Duplicate identifiers.

  private static List<Finding> duplicateIdsFast(List<Slot> sessions) {
    Map<String, Slot> first = new HashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (Slot slot : sessions) {
      Slot earlier = first.putIfAbsent(slot.session().id(), slot);
      if (earlier != null) {
        findings.add(duplicate(slot, earlier));
      }
    }
    return findings;
  }

  static Finding duplicate(Slot session, Slot first) {
    return Finding.of(AgendaRules.DUPLICATE_ID, Severity.ERROR, location(session),
        "session id \"" + session.session().id() + "\" is already used at " + location(first));
  }

  // -------------------------------------------------------------------------------------------------------
  // Checks of one day, one room or one session, the same in both algorithms.
  // -------------------------------------------------------------------------------------------------------

  private static void checkDays(Workshop workshop, List<Finding> findings) {
    LocalDate previous = null;
    for (int i = 0; i < workshop.days().size(); i++) {
      Day day = workshop.days().get(i);
      String location = "/days/" + i;
      String subject = "day " + day.date() + ": ";
      if (day.date().isBefore(workshop.startDate()) || day.date().isAfter(workshop.endDate())) {
        findings.add(Finding.of(AgendaRules.OUTSIDE_EVENT_DATES, Severity.ERROR, location,
            subject + "the day is outside the workshop's dates " + workshop.startDate() + " to "
                + workshop.endDate()));
      }
      if (previous != null && !day.date().isAfter(previous)) {
        findings.add(Finding.of(AgendaRules.DAY_ORDER, Severity.ERROR, location,
            subject + (day.date().equals(previous) ? "the date is repeated" : "the day comes after " + previous)));
      }
      previous = day.date();
    }
  }

  private static void checkRooms(Workshop workshop, List<Finding> findings) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < workshop.rooms().size(); i++) {
      Room room = workshop.rooms().get(i);
      if (!ids.add(room.id())) {
        findings.add(Finding.of(AgendaRules.DUPLICATE_ID, Severity.ERROR, "/rooms/" + i,
            "room id \"" + room.id() + "\" is already used in the workshop"));
      }
    }
  }

  private static void checkSession(Timeline timeline, Set<String> roomIds, Map<String, Slot> byId, Slot slot,
      List<Finding> findings) {
    Workshop workshop = timeline.workshop();
    Session session = slot.session();
    Where location = Where.of(slot);
    SessionTime time = session.time();
    if (!time.isKnown()) {
      String missing = time.start().isEmpty() && time.length().isEmpty() ? "no time"
          : time.start().isEmpty() ? "no start" : "no end or duration";
      findings.add(location.finding(AgendaRules.TIME_UNKNOWN, Severity.INFO,
          "the source gives " + missing + " (" + time + ")"));
    }
    checkTime(location, time, findings);
    session.room().filter(r -> !roomIds.contains(r)).ifPresent(r -> findings.add(location.finding(
        AgendaRules.UNKNOWN_ROOM, Severity.ERROR, "room \"" + r + "\" is not a room of the workshop")));
    Set<String> groupIds = new LinkedHashSet<>();
    for (int g = 0; g < session.groups().size(); g++) {
      BreakoutGroup group = session.groups().get(g);
      Where groupLocation = location.group(g, group);
      if (!groupIds.add(group.id())) {
        findings.add(groupLocation.finding(AgendaRules.DUPLICATE_ID, Severity.ERROR,
            "group id \"" + group.id() + "\" is already used in the session"));
      }
      group.room().filter(r -> !roomIds.contains(r)).ifPresent(r -> findings.add(groupLocation.finding(
          AgendaRules.UNKNOWN_ROOM, Severity.ERROR, "room \"" + r + "\" is not a room of the workshop")));
    }
    boolean placed = isPlaced(slot);
    if (placed) {
      LocalDateTime start = slot.localStart().get();
      LocalDateTime end = slot.localEnd().get();
      checkLocalTime(location, "start", start, workshop.zone(), findings);
      checkLocalTime(location, "end", end, workshop.zone(), findings);
      LocalDateTime midnight = slot.date().plusDays(1).atStartOfDay();
      if (end.isAfter(midnight)) {
        findings.add(location.finding(AgendaRules.CROSSES_MIDNIGHT, Severity.WARNING,
            "the session ends on " + DATE_TIME.format(end)));
        if (end.isAfter(workshop.endDate().plusDays(1).atStartOfDay())) {
          findings.add(location.finding(AgendaRules.OUTSIDE_EVENT_DATES, Severity.ERROR,
              "the session ends after the workshop's last day " + workshop.endDate()));
        }
      }
    }
    Optional<Duration> net = session.length();
    if (net.isPresent()) {
      for (String id : session.interruptedBy()) {
        Optional<Duration> pause = Optional.ofNullable(byId.get(id)).flatMap(s -> s.session().length());
        if (pause.isPresent()) {
          net = Optional.of(net.get().minus(pause.get()));
        }
      }
    }
    checkParts(timeline, slot, placed, net, location, findings);
    checkInterruptions(byId, slot, location, findings);
  }

  private static void checkTime(Where location, SessionTime time, List<Finding> findings) {
    if (time.isInferred()) {
      String which = time.isStartInferred() && time.isEndInferred() ? "the start and the end are"
          : time.isStartInferred() ? "the start is" : "the end is";
      findings.add(location.finding(AgendaRules.TIME_INFERRED, Severity.INFO,
          which + " inferred, not given by the source (" + time + ")"));
    }
    if (!time.isConsistent()) {
      findings.add(location.finding(AgendaRules.TIME_INCONSISTENT, Severity.ERROR,
          "the end " + TIME.format(time.end().get()) + " is not the start " + TIME.format(time.start().get())
              + " plus the duration " + minutes(time.duration().get())));
    }
    Optional<Duration> length = time.length();
    if (length.isPresent()) {
      Duration d = length.get();
      if (d.isNegative() || d.isZero()) {
        findings.add(location.finding(AgendaRules.NON_POSITIVE_DURATION, Severity.ERROR,
            "the time " + time + " lasts " + minutes(d)));
      } else {
        if (d.toSecondsPart() != 0 || d.toNanosPart() != 0) {
          findings.add(location.finding(AgendaRules.WHOLE_MINUTES, Severity.ERROR,
              "the duration " + d + " is not a whole number of minutes"));
        }
        if (d.compareTo(DAY) >= 0) {
          findings.add(location.finding(AgendaRules.LONG_DURATION, Severity.WARNING,
              "the time " + time + " lasts " + minutes(d)));
        }
      }
    }
  }

  private static void checkLocalTime(Where location, String what, LocalDateTime local, ZoneId zone,
      List<Finding> findings) {
    // A local time is in a transition only when it falls into a gap or an overlap of the clocks.
    ZoneOffsetTransition transition = zone.getRules().getTransition(local);
    if (transition == null) {
      return;
    }
    if (transition.isGap()) {
      findings.add(location.finding(AgendaRules.LOCAL_TIME_GAP, Severity.ERROR,
          "the " + what + " " + DATE_TIME.format(local) + " does not exist in " + zone
              + " (clocks move forward)"));
    } else {
      findings.add(location.finding(AgendaRules.LOCAL_TIME_OVERLAP, Severity.WARNING,
          "the " + what + " " + DATE_TIME.format(local) + " occurs twice in " + zone + " (clocks move back)"));
    }
  }

  /**
   * Checks the parts that lie directly in a session's or a part's slot, then theirs: each part's own time,
   * each part with a clock time inside its enclosing slot when that is placed, and the parts' known lengths
   * against the enclosing slot's net length.
   */
  private static void checkParts(Timeline timeline, Slot enclosing, boolean placed, Optional<Duration> net,
      Where location, List<Finding> findings) {
    Duration known = Duration.ZERO;
    boolean allKnown = true;
    List<Slot> parts = timeline.partsOf(enclosing);
    for (Slot part : parts) {
      Where partLocation = Where.of(part);
      SessionTime time = part.time();
      checkTime(partLocation, time, findings);
      Optional<Duration> length = time.length();
      if (length.isPresent() && !length.get().isNegative()) {
        known = known.plus(length.get());
      } else {
        allKnown = false;
      }
      if (placed && part.start().isPresent()) {
        ZonedDateTime partEnd = part.end().orElse(part.start().get());
        if (part.start().get().isBefore(enclosing.start().get()) || partEnd.isAfter(enclosing.end().get())) {
          findings.add(partLocation.finding(AgendaRules.PART_OUTSIDE_SESSION, Severity.ERROR,
              "the part " + time + " is outside " + (enclosing.part().isPresent() ? "the part " : "the session ")
                  + enclosing.time()));
        }
      }
      checkParts(timeline, part, isPlaced(part), length, partLocation, findings);
    }
    if (parts.isEmpty() || net.isEmpty() || net.get().isNegative() || net.get().isZero()) {
      return;
    }
    Duration whole = enclosing.time().length().get();
    String breaks = net.get().equals(whole) ? "" : " (" + minutes(whole) + " less breaks)";
    String of = enclosing.part().isPresent() ? ", the part " : ", the session ";
    if (known.compareTo(net.get()) > 0) {
      findings.add(location.finding(AgendaRules.PARTS_EXCEED_SESSION, Severity.ERROR,
          "the parts last " + minutes(known) + of + minutes(net.get()) + breaks));
    } else if (allKnown && known.compareTo(net.get()) < 0) {
      findings.add(location.finding(AgendaRules.SESSION_SLACK, Severity.INFO,
          "the parts fill " + minutes(known) + " of " + minutes(net.get()) + breaks + "; "
              + minutes(net.get().minus(known)) + " unexplained"));
    }
  }

  private static void checkInterruptions(Map<String, Slot> byId, Slot slot, Where location,
      List<Finding> findings) {
    for (String id : slot.session().interruptedBy()) {
      Slot pause = byId.get(id);
      if (pause == null) {
        findings.add(location.finding(AgendaRules.UNKNOWN_INTERRUPTION, Severity.ERROR,
            "the interrupting session \"" + id + "\" is not on " + slot.date()));
        continue;
      }
      SessionTime outer = slot.time();
      SessionTime inner = pause.time();
      if (slot.end().isPresent() && pause.end().isPresent()) {
        if (pause.start().get().isBefore(slot.start().get()) || pause.end().get().isAfter(slot.end().get())) {
          findings.add(location.finding(AgendaRules.INTERRUPTION_OUTSIDE, Severity.ERROR,
              "the interrupting session \"" + id + "\" " + inner + " is outside the session " + outer));
        }
      }
    }
  }

  /** The location of a slot in a finding: its JSON Pointer in the workshop, such as {@code /days/0/sessions/4}. */
  static String location(Slot slot) {
    return slot.pointer();
  }

  /** What a finding about a slot is about, in the programme's words: {@code "session s5, part 2.1"}. */
  static String subject(Slot slot) {
    String session = "session " + slot.session().id();
    if (slot.group().isPresent()) {
      return session + ", group " + slot.group().get().id();
    }
    if (!slot.partNumber().isEmpty()) {
      return session + ", part " + slot.partNumber().stream().map(String::valueOf)
          .collect(java.util.stream.Collectors.joining("."));
    }
    return session;
  }

  /**
   * Where a finding is: the JSON Pointer that is its location, and the subject that opens its message, so
   * that a finding names what it is about in the programme's words as well as where it is.
   */
  private record Where(String pointer, Slot slot, Optional<String> group) {

    static Where of(Slot slot) {
      return new Where(slot.pointer(), slot, Optional.empty());
    }

    /** The place of one of the session's breakout groups. */
    Where group(int index, BreakoutGroup group) {
      return new Where(pointer + "/groups/" + index, slot, Optional.of(group.id()));
    }

    /** Made only for a finding: most slots have none. */
    String subject() {
      String subject = AgendaCheck.subject(slot);
      return group.map(g -> subject + ", group " + g).orElse(subject);
    }

    Finding finding(Rule rule, Severity severity, String message) {
      return Finding.of(rule, severity, pointer, subject() + ": " + message);
    }
  }


  private static String location(Booking booking) {
    return location(booking.slot());
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
