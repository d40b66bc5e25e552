package org.oerkit.core.agenda;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One entry of a {@link Timeline}: a session, a part of it (at any depth) or one of its breakout groups,
 * placed on its day, with its true zoned start and end and its stable name-based UUID.
 *
 * <p>A slot answers what every export and check used to work out on its own: which {@link Day} and
 * {@link Session} it belongs to, which {@link Part} or {@link BreakoutGroup} it is, when it starts and ends
 * as instants of the workshop's zone (or that the programme does not say), whether the source gives the time
 * or an editor inferred it, and the UUID that names it in iCalendar, {@code schedule.json} and JSON-LD.
 *
 * <p>Slots are obtained from {@link Workshop#timeline()}, never built by callers. Two slots are equal when
 * they place the same thing at the same time with the same UUID.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Slot {

  /** What a slot places. */
  public enum Kind {
    /** A whole session. */
    SESSION,
    /** A part of a session, or a part of a part. */
    PART,
    /** A breakout group of a session, for the whole session. */
    GROUP
  }

  private final String pointer;
  private final int dayIndex;
  private final Day day;
  private final int order;
  private final Session session;
  private final ImmutableList<Part> parts;
  private final ImmutableList<Integer> partNumber;
  private final Optional<BreakoutGroup> group;
  private final Optional<LocalDateTime> localStart;
  private final Optional<LocalDateTime> localEnd;
  private final Optional<ZonedDateTime> start;
  private final Optional<ZonedDateTime> end;
  private final boolean inferred;
  private final UUID uid;
  private final Optional<UUID> parent;

  Slot(String pointer, int dayIndex, Day day, int order, Session session, List<Part> parts, List<Integer> partNumber,
      Optional<BreakoutGroup> group, Optional<LocalDateTime> localStart, Optional<LocalDateTime> localEnd,
      Optional<ZonedDateTime> start, Optional<ZonedDateTime> end, boolean inferred, UUID uid,
      Optional<UUID> parent) {
    this.pointer = pointer;
    this.dayIndex = dayIndex;
    this.day = day;
    this.order = order;
    this.session = session;
    this.parts = ImmutableList.copyOf(parts);
    this.partNumber = ImmutableList.copyOf(partNumber);
    this.group = group;
    this.localStart = localStart;
    this.localEnd = localEnd;
    this.start = start;
    this.end = end;
    this.inferred = inferred;
    this.uid = uid;
    this.parent = parent;
  }

  /**
   * Gets what the slot places.
   *
   * @return the kind
   */
  public Kind kind() {
    return group.isPresent() ? Kind.GROUP : parts.isEmpty() ? Kind.SESSION : Kind.PART;
  }

  /**
   * Gets where the slot's session, part or group is in the workshop: the JSON Pointer (RFC 6901) of it in
   * the workshop's native JSON form, such as {@code /days/0/sessions/4/parts/1/parts/0} or
   * {@code /days/1/sessions/2/groups/0}. It is the location of every finding about the slot.
   *
   * @return the pointer, starting with {@code /}
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Gets the day the slot is on.
   *
   * @return the day of the programme
   */
  public Day day() {
    return day;
  }

  /**
   * Gets the date of the day the slot is on; a slot that runs past midnight still has its day's date.
   *
   * @return the date
   */
  public LocalDate date() {
    return day.date();
  }

  /**
   * Gets the number of the day, counting from 1, as {@link Workshop#day(int)} reads it.
   *
   * @return the day number
   */
  public int dayNumber() {
    return dayIndex + 1;
  }

  /** The index of the session in the whole programme, counting from 0. */
  int order() {
    return order;
  }

  /**
   * Gets the session the slot is, or belongs to.
   *
   * @return the session
   */
  public Session session() {
    return session;
  }

  /**
   * Gets the part the slot places, if it is a part.
   *
   * @return the part, or empty for a session or a group
   */
  public Optional<Part> part() {
    return parts.isEmpty() ? Optional.empty() : Optional.of(parts.get(parts.size() - 1));
  }

  /**
   * Gets the number of the part within its session, one number a level counting from 1: {@code [2]} for the
   * second part, {@code [2, 1]} for the first part of the second part.
   *
   * @return the numbers, empty for a session or a group
   */
  public List<Integer> partNumber() {
    return partNumber;
  }

  /**
   * Gets the breakout group the slot places, if it is a group.
   *
   * @return the group, or empty
   */
  public Optional<BreakoutGroup> group() {
    return group;
  }

  /**
   * Gets the time as the source gives it: the session's, the part's; a group has its session's time.
   *
   * @return the time
   */
  public SessionTime time() {
    return part().map(Part::time).orElse(session.time());
  }

  /**
   * Gets the local date and time of the start as the programme writes it, before the zone's rules apply:
   * a start in a gap of the clocks keeps its written time here, and is moved forward in {@link #start()}.
   *
   * @return the local start, or empty if the programme does not give it
   */
  public Optional<LocalDateTime> localStart() {
    return localStart;
  }

  /**
   * Gets the local date and time of the end as the programme writes it, on the next date if the end is
   * before the start.
   *
   * @return the local end, or empty if the start or the length is unknown
   */
  public Optional<LocalDateTime> localEnd() {
    return localEnd;
  }

  /**
   * Gets the start, a zoned date-time of the workshop's zone.
   *
   * @return the start, or empty if the programme does not give it
   */
  public Optional<ZonedDateTime> start() {
    return start;
  }

  /**
   * Gets the end, a zoned date-time of the workshop's zone, with its true offset: a session that crosses a
   * change of the clocks ends at the instant its local end time names.
   *
   * @return the end, not before the start, or empty if the start or the length is unknown
   */
  public Optional<ZonedDateTime> end() {
    return end;
  }

  /**
   * Gets the elapsed time from the start to the end, which differs from the clock times' difference on a
   * day the clocks change.
   *
   * @return the length, or empty if the start or the end is unknown
   */
  public Optional<Duration> length() {
    return end.map(e -> Duration.between(start.get(), e));
  }

  /**
   * Gets the interval from the start to the end, closed at the start and open at the end.
   *
   * @return the interval, or empty if the start or the end is unknown
   */
  public Optional<Range<Instant>> interval() {
    return end.map(e -> Range.closedOpen(start.get().toInstant(), e.toInstant()));
  }

  /**
   * Checks whether the time was worked out by an editor rather than given by the source
   * ({@link SessionTime#isInferred()}).
   *
   * @return true if the start or the end is inferred
   */
  public boolean isInferred() {
    return inferred;
  }

  /**
   * Gets the stable name-based UUID of what the slot places: the iCalendar {@code UID}, the
   * {@code schedule.json} {@code guid}, the JSON-LD {@code @id}.
   *
   * @return the UUID
   */
  public UUID uid() {
    return uid;
  }

  /**
   * Gets the UUID of the slot this one lies in: a part's session or enclosing part, a group's session.
   *
   * @return the parent's UUID, or empty for a session
   */
  public Optional<UUID> parent() {
    return parent;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Slot)) {
      return false;
    }
    Slot that = (Slot) other;
    return dayIndex == that.dayIndex && order == that.order && inferred == that.inferred
        && day.equals(that.day) && session.equals(that.session) && localStart.equals(that.localStart)
        && localEnd.equals(that.localEnd) && parts.equals(that.parts)
        && partNumber.equals(that.partNumber) && group.equals(that.group) && start.equals(that.start)
        && end.equals(that.end) && uid.equals(that.uid) && parent.equals(that.parent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uid, start, end, order, partNumber, group.map(BreakoutGroup::id));
  }

  /**
   * Describes the slot: {@code "2017-12-11 / session-5 / part 2.1 14:35+06:00-14:55+06:00"}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    String what = group.map(g -> " / group " + g.id()).orElse(partNumber.isEmpty() ? ""
        : " / part " + partNumber.stream().map(String::valueOf).collect(Collectors.joining(".")));
    String when = start.map(s -> " " + s.toOffsetDateTime().toLocalTime() + s.getOffset()
        + end.map(e -> "-" + e.toOffsetDateTime().toLocalTime() + e.getOffset()).orElse("")).orElse(" time unknown");
    return day.date() + " / " + session.id() + what + when;
  }
}
