package org.oerkit.core.agenda;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.Person;

/**
 * A workshop's programme placed in time: every session, every part of a session (parts of parts included)
 * and every breakout group as a {@link Slot} with its day, its true zoned start and end, and its stable
 * UUID, together with the questions a researcher asks of the programme.
 *
 * <p>The timeline is the one place where local times of the programme become instants. Every export
 * (iCalendar, {@code schedule.json}, JSON-LD, the printed programme) and the validation read it, so that
 * they agree. The rules:
 * <ul>
 *   <li>a session starts at its local start time on its day in the workshop's zone, by the zone's rules
 *       ({@code java.time.zone.ZoneRules}, from the IANA tz database); a local time in a gap (clocks moved
 *       forward) is moved forward by the gap, one that occurs twice is its earlier instant, as
 *       {@link ZonedDateTime#of} does;</li>
 *   <li>it ends at its local end time, on its day or, if the end is before the start, on the next day, so
 *       that a session across midnight or a change of the clocks gets its true instants (a Europe/Berlin
 *       session 01:30-03:30 on 2017-10-29 ends at 03:30+01:00, three hours later); a session with a
 *       duration only ends when that much time has elapsed;</li>
 *   <li>a part with a clock time is placed on its session's day, or the next day if it starts before its
 *       session and the session runs past midnight; a part with a duration only has no start, since the
 *       programme does not say when it begins (breaks may interrupt the session);</li>
 *   <li>a breakout group has the time of its session;</li>
 *   <li>UUIDs are version 5 name-based UUIDs ({@link NameBasedUuid}) under {@link Workshop#uid()}:
 *       {@code "session/" + id}, {@code "session/" + id + "/part/" + number} with the part number dotted
 *       ({@code 2.1}), {@code "session/" + id + "/group/" + groupId}.</li>
 * </ul>
 *
 * <p>Obtain it with {@link Workshop#timeline()}, which computes it once per workshop on first use. Lookups by
 * session identifier and by date take constant time.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Timeline {

  private static final Set<Slot.Kind> ANY = Sets.immutableEnumSet(EnumSet.allOf(Slot.Kind.class));
  private static final Set<Slot.Kind> PARTS = Sets.immutableEnumSet(Slot.Kind.PART);
  private static final Set<Slot.Kind> GROUPS = Sets.immutableEnumSet(Slot.Kind.GROUP);

  private final Workshop workshop;
  private final ImmutableList<Slot> slots;
  private final ImmutableList<Slot> sessions;
  private final ImmutableMap<String, Slot> byId;
  private final ImmutableListMultimap<LocalDate, Slot> byDate;
  private final ImmutableListMultimap<UUID, Slot> children;
  private final ImmutableMap<Session, Slot> bySession;

  private Timeline(Workshop workshop) {
    this.workshop = workshop;
    ImmutableList.Builder<Slot> all = ImmutableList.builder();
    ImmutableList.Builder<Slot> tops = ImmutableList.builder();
    Map<String, Slot> ids = new HashMap<>();
    Map<Session, Slot> sessionSlots = new HashMap<>();
    ImmutableListMultimap.Builder<LocalDate, Slot> dates = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<UUID, Slot> within = ImmutableListMultimap.builder();
    int order = 0;
    for (int d = 0; d < workshop.days().size(); d++) {
      Day day = workshop.days().get(d);
      for (int i = 0; i < day.sessions().size(); i++) {
        Session session = day.sessions().get(i);
        Slot slot = sessionSlot(d, day, order++, session, "/days/" + d + "/sessions/" + i);
        all.add(slot);
        tops.add(slot);
        ids.putIfAbsent(session.id(), slot);
        sessionSlots.putIfAbsent(session, slot);
        dates.put(day.date(), slot);
        placeParts(slot, slot, ImmutableList.of(), ImmutableList.of(), session.parts(), all, within);
        for (int g = 0; g < session.groups().size(); g++) {
          BreakoutGroup group = session.groups().get(g);
          Slot groupSlot = new Slot(slot.pointer() + "/groups/" + g, d, day, slot.order(), session,
              ImmutableList.of(), ImmutableList.of(),
              Optional.of(group), slot.localStart(), slot.localEnd(), slot.start(), slot.end(), slot.isInferred(),
              uid("session/" + session.id() + "/group/" + group.id()), Optional.of(slot.uid()));
          all.add(groupSlot);
          within.put(slot.uid(), groupSlot);
        }
      }
    }
    this.slots = all.build();
    this.sessions = tops.build();
    this.byId = ImmutableMap.copyOf(ids);
    this.bySession = ImmutableMap.copyOf(sessionSlots);
    this.byDate = dates.build();
    this.children = within.build();
  }

  /**
   * Places a workshop's programme in time; {@link Workshop#timeline()} gives the same timeline, computed once.
   *
   * @param workshop  the workshop, not null
   * @return the timeline
   */
  public static Timeline of(Workshop workshop) {
    requireNonNull(workshop, "workshop");
    return new Timeline(workshop);
  }

  private UUID uid(String name) {
    return NameBasedUuid.v5(workshop.uid(), name);
  }

  private Slot sessionSlot(int dayIndex, Day day, int order, Session session, String pointer) {
    SessionTime time = session.time();
    Optional<LocalDateTime> local = time.start().map(t -> LocalDateTime.of(day.date(), t));
    Optional<ZonedDateTime> start = local.map(l -> ZonedDateTime.of(l, workshop.zone()));
    Optional<ZonedDateTime> end = start.flatMap(s -> end(local.get(), s, time));
    return new Slot(pointer, dayIndex, day, order, session, ImmutableList.of(), ImmutableList.of(), Optional.empty(),
        local, localEnd(local, end, time), start, end, time.isInferred(), uid("session/" + session.id()),
        Optional.empty());
  }

  private void placeParts(Slot session, Slot parent, List<Part> path, List<Integer> number, List<Part> parts,
      ImmutableList.Builder<Slot> all, ImmutableListMultimap.Builder<UUID, Slot> within) {
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      List<Part> partPath = ImmutableList.<Part>builder().addAll(path).add(part).build();
      List<Integer> partNumber = ImmutableList.<Integer>builder().addAll(number).add(i + 1).build();
      Optional<LocalDateTime> local = part.time().start().map(t -> partStart(session, t));
      Optional<ZonedDateTime> start = local.map(l -> ZonedDateTime.of(l, workshop.zone()));
      Optional<ZonedDateTime> end = start.flatMap(s -> end(local.get(), s, part.time()));
      String dotted = String.join(".", partNumber.stream().map(String::valueOf).toList());
      Slot slot = new Slot(parent.pointer() + "/parts/" + i, session.dayNumber() - 1, session.day(), session.order(),
          session.session(), partPath,
          partNumber, Optional.empty(), local, localEnd(local, end, part.time()), start, end,
          part.time().isInferred(),
          uid("session/" + session.session().id() + "/part/" + dotted), Optional.of(parent.uid()));
      all.add(slot);
      within.put(parent.uid(), slot);
      placeParts(session, slot, partPath, partNumber, part.parts(), all, within);
    }
  }

  private LocalDateTime partStart(Slot session, LocalTime time) {
    LocalDateTime local = LocalDateTime.of(session.date(), time);
    boolean nextDay = session.localStart().isPresent() && session.localEnd().isPresent()
        && local.isBefore(session.localStart().get())
        && session.localEnd().get().toLocalDate().isAfter(session.date());
    return nextDay ? local.plusDays(1) : local;
  }

  /**
   * The end: when the duration has elapsed from the start, if the source gives a duration; else the end time
   * on the start's date or, if it is before the start, on the next date, by the zone's rules (an end in an
   * overlap of the clocks keeps the start's offset if it can).
   */
  private Optional<ZonedDateTime> end(LocalDateTime local, ZonedDateTime start, SessionTime time) {
    if (time.duration().isPresent()) {
      Duration duration = time.duration().get();
      return duration.isNegative() ? Optional.empty() : Optional.of(start.plus(duration));
    }
    return time.end().map(t -> {
      LocalDateTime end = LocalDateTime.of(local.toLocalDate(), t);
      return ZonedDateTime.ofLocal(end.isBefore(local) ? end.plusDays(1) : end, workshop.zone(), start.getOffset());
    });
  }

  /** The local end as the programme writes it: the end time, or the start plus the duration. */
  private static Optional<LocalDateTime> localEnd(Optional<LocalDateTime> local, Optional<ZonedDateTime> end,
      SessionTime time) {
    if (end.isEmpty()) {
      return Optional.empty();
    }
    if (time.duration().isPresent()) {
      return Optional.of(local.get().plus(time.duration().get()));
    }
    LocalDateTime written = LocalDateTime.of(local.get().toLocalDate(), time.end().get());
    return Optional.of(written.isBefore(local.get()) ? written.plusDays(1) : written);
  }

  /**
   * Gets the workshop this timeline places.
   *
   * @return the workshop
   */
  public Workshop workshop() {
    return workshop;
  }

  /**
   * Gets every slot in programme order: each session, then its parts depth first, then its groups.
   *
   * @return the slots, possibly empty
   */
  public List<Slot> slots() {
    return slots;
  }

  /**
   * Gets the slots of the sessions alone, in programme order.
   *
   * @return the session slots, possibly empty
   */
  public List<Slot> sessions() {
    return sessions;
  }

  /**
   * Finds the slot of a session by the session's identifier, in constant time.
   *
   * @param id  the identifier, not null
   * @return the slot of the first session with that identifier, or empty
   */
  public Optional<Slot> session(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Finds the slot of a session of the programme, in constant time.
   *
   * @param session  the session, not null
   * @return the slot of its first occurrence, or empty if the session is not in the programme
   */
  public Optional<Slot> of(Session session) {
    requireNonNull(session, "session");
    return Optional.ofNullable(bySession.get(session));
  }

  /**
   * Gets the slots of the sessions on one date, in programme order, in constant time.
   *
   * @param date  the date, not null
   * @return the session slots, empty if the programme has no such day
   */
  public List<Slot> on(LocalDate date) {
    requireNonNull(date, "date");
    return byDate.get(date);
  }

  /**
   * Gets the slots that lie directly in a slot: a session's parts and groups, a part's parts.
   *
   * @param slot  a slot of this timeline, not null
   * @return the slots, in programme order, possibly empty
   */
  public List<Slot> within(Slot slot) {
    requireNonNull(slot, "slot");
    return children(slot, ANY);
  }

  /**
   * Gets the slots of the parts that lie directly in a slot, in the source's order.
   *
   * @param slot  a session's or a part's slot of this timeline, not null
   * @return the part slots, possibly empty
   */
  public List<Slot> partsOf(Slot slot) {
    requireNonNull(slot, "slot");
    return children(slot, PARTS);
  }

  /**
   * Gets the slots of the breakout groups of a session's slot.
   *
   * @param slot  a session's slot of this timeline, not null
   * @return the group slots, possibly empty
   */
  public List<Slot> groupsOf(Slot slot) {
    requireNonNull(slot, "slot");
    return children(slot, GROUPS);
  }

  /**
   * The slots of some kinds directly in a slot: those under its UUID with its order (two sessions with one
   * identifier share their UUIDs), the stored list itself when every one is (the validation asks for each
   * session's parts and groups, so this allocates nothing in the common case).
   */
  private List<Slot> children(Slot slot, Set<Slot.Kind> kinds) {
    ImmutableList<Slot> all = children.get(slot.uid());
    int matching = 0;
    for (Slot child : all) {
      if (child.order() == slot.order() && kinds.contains(child.kind())) {
        matching++;
      }
    }
    if (matching == all.size()) {
      return all;
    }
    ImmutableList.Builder<Slot> some = ImmutableList.builderWithExpectedSize(matching);
    for (Slot child : all) {
      if (child.order() == slot.order() && kinds.contains(child.kind())) {
        some.add(child);
      }
    }
    return some.build();
  }

  // -------------------------------------------------------------------------------------------------------
  // The questions a researcher asks of the programme.
  // -------------------------------------------------------------------------------------------------------

  /**
   * Gets every role in the programme and where it is held, in programme order: a session's own roles, then
   * those of its parts (depth first), then those of its groups.
   *
   * @return the appearances, possibly empty
   */
  public List<Appearance> appearances() {
    return Queries.appearances(this);
  }

  /**
   * Gets who holds one kind of role, and where: who moderates, who presents, who facilitates.
   *
   * @param kind  the role, such as {@link RoleKind#MODERATOR}, not null
   * @return the appearances in that role, in programme order
   */
  public List<Appearance> appearances(RoleKind kind) {
    requireNonNull(kind, "kind");
    return Queries.filter(appearances(), a -> a.role().kind().equals(kind));
  }

  /**
   * Gets the moderators and the sessions, parts or groups they moderate.
   *
   * @return the appearances of moderators, in programme order
   */
  public List<Appearance> moderators() {
    return appearances(RoleKind.MODERATOR);
  }

  /**
   * Gets the presenters and what they present.
   *
   * @return the appearances of presenters, in programme order
   */
  public List<Appearance> presenters() {
    return appearances(RoleKind.PRESENTER);
  }

  /**
   * Gets the facilitators and what they facilitate.
   *
   * @return the appearances of facilitators, in programme order
   */
  public List<Appearance> facilitators() {
    return appearances(RoleKind.FACILITATOR);
  }

  /**
   * Gets, for one kind of role, each holder and the sessions in which they hold it; holders are the same
   * when their {@link RoleHolder#identity()} is, and each is keyed by its first appearance.
   *
   * @param kind  the role, not null
   * @return the sessions by holder, holders in order of first appearance
   */
  public Map<RoleHolder, List<Session>> whoHolds(RoleKind kind) {
    requireNonNull(kind, "kind");
    return Queries.whoHolds(appearances(kind));
  }

  /**
   * Gets every role a person holds, and where; people are the same when their
   * {@link RoleHolder#identity()} is.
   *
   * @param person  the person, not null
   * @return the person's appearances, in programme order
   */
  public List<Appearance> appearancesOf(Person person) {
    String identity = RoleHolder.of(person).identity();
    return Queries.filter(appearances(), a -> a.role().holder().identity().equals(identity));
  }

  /**
   * Gets every role held by an organization, by one of its parts, or by a person affiliated with either.
   *
   * @param organization  the organization, not null
   * @return the organization's appearances, in programme order
   */
  public List<Appearance> appearancesOf(Organization organization) {
    requireNonNull(organization, "organization");
    return Queries.filter(appearances(), a -> Queries.heldBy(a, organization));
  }

  /**
   * Gets a person's programme: the sessions in which the person holds a role.
   *
   * @param person  the person, not null
   * @return the sessions, in programme order, each once
   */
  public List<Session> programmeOf(Person person) {
    return Queries.sessions(appearancesOf(person));
  }

  /**
   * Gets an organization's programme: the sessions in which it, one of its parts, or one of its people holds
   * a role.
   *
   * @param organization  the organization, not null
   * @return the sessions, in programme order, each once
   */
  public List<Session> programmeOf(Organization organization) {
    return Queries.sessions(appearancesOf(organization));
  }

  /**
   * Gets the minutes of programme by kind of session, over the whole workshop. A session counts its
   * length less its interrupting breaks; a part with its own kind and duration takes its minutes out of its
   * session's, so that "Group discussion and policy drafting (1 hr 15 min)" counts as group work. Sessions of
   * unknown length count nothing.
   *
   * @return the minutes by kind, kinds in order of first appearance
   */
  public Map<SessionKind, Long> minutesByKind() {
    return Queries.minutesByKind(sessions);
  }

  /**
   * Gets the minutes of programme by kind of session on one date.
   *
   * @param date  the date, not null
   * @return the minutes by kind, empty if the programme has no such day
   * @see #minutesByKind()
   */
  public Map<SessionKind, Long> minutesByKind(LocalDate date) {
    return Queries.minutesByKind(on(date));
  }

  /**
   * Gets the minutes of programme by day, breaks included, interrupting breaks counted once.
   *
   * @return the minutes by date, in programme order
   */
  public Map<LocalDate, Long> minutesByDay() {
    Map<LocalDate, Long> minutes = new LinkedHashMap<>();
    for (LocalDate date : byDate.keySet()) {
      minutes.put(date, minutesByKind(date).values().stream().mapToLong(Long::longValue).sum());
    }
    return ImmutableMap.copyOf(minutes);
  }

  /**
   * Gets the minutes of group work ({@link SessionKind#isGroupWork()}) over the whole workshop.
   *
   * @return the minutes
   * @see #minutesByKind()
   */
  public long groupWorkMinutes() {
    return minutesByKind().entrySet().stream().filter(e -> e.getKey().isGroupWork())
        .mapToLong(Map.Entry::getValue).sum();
  }

  /**
   * Gets the sessions that discuss a question: those with a discussion question, of their own, of a part
   * (at any depth) or of a group, that contains the given text, ignoring case.
   *
   * @param text  the text to look for, such as {@code "open licen"}, not null
   * @return the sessions, in programme order
   */
  public List<Session> sessionsDiscussing(String text) {
    requireNonNull(text, "text");
    return Queries.discussing(sessions, text);
  }

  @Override
  public String toString() {
    return "Timeline{workshop=" + workshop.id() + ", slots=" + slots.size() + "}";
  }
}
