package org.oerkit.core.agenda;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.oerkit.core.Rule;

/**
 * The rules that {@link AgendaCheck} reports on, each with its identifier and its public source.
 *
 * <p>The rules follow the conflict checks of frab ({@code app/models/conflict.rb}: events overlapping in a
 * room, a person already speaking), pretalx's schedule warnings (room overlap, speaker in two places), and
 * Indico's timetable constraints (entries inside their block and their event, positive durations in whole
 * minutes), plus what a programme in local time needs: RFC 5545 section 3.3.5 on local times that do not
 * exist or occur twice.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgendaRules {

  /** Two sessions overlap in one room. */
  public static final Rule ROOM_OVERLAP = Rule.of("agenda.room-overlap",
      "Two sessions or breakout groups must not be in one room at the same time.",
      "frab conflict events_overlap; pretalx schedule warning room_overlap");

  /** A person is in two places at once. */
  public static final Rule PERSON_OVERLAP = Rule.of("agenda.person-overlap",
      "A person must not hold roles in two sessions or two breakout groups at the same time.",
      "frab conflict person_already_speaking; pretalx schedule warning \"speaker scheduled for another talk\"");

  /** The parts of a session last longer than the session. */
  public static final Rule PARTS_EXCEED_SESSION = Rule.of("agenda.parts-exceed-session",
      "The known durations of a session's parts must fit in the session, less its breaks.",
      "Indico timetable \"This duration is too short to fit the entries within\"");

  /** The parts of a session leave time unexplained. */
  public static final Rule SESSION_SLACK = Rule.of("agenda.session-slack",
      "When every part of a session has a duration, the parts should fill the session, less its breaks.",
      "oerkit, after Indico's sub-contribution durations");

  /** A part with its own time lies outside its session. */
  public static final Rule PART_OUTSIDE_SESSION = Rule.of("agenda.part-outside-session",
      "A part with its own time must lie within its session.",
      "Indico timetable \"Entry starts before its parent block\" / \"Entry ends after its parent block\"");

  /** A day or a session lies outside the workshop's dates. */
  public static final Rule OUTSIDE_EVENT_DATES = Rule.of("agenda.outside-event-dates",
      "Every day and every session must lie within the workshop's start and end dates.",
      "Indico timetable \"Entry starts before the event\" / \"Entry ends after the event\"");

  /** Days are repeated or out of order. */
  public static final Rule DAY_ORDER = Rule.of("agenda.day-order",
      "Days must have distinct dates, in ascending order.",
      "c3voc schedule.json schema, days[] with index and date");

  /** A session crosses midnight. */
  public static final Rule CROSSES_MIDNIGHT = Rule.of("agenda.crosses-midnight",
      "A session should end on the day it starts.",
      "Indico \"Session block cannot span more than one day\"; pretalx issue 1087");

  /** A local time does not exist in the workshop's time zone. */
  public static final Rule LOCAL_TIME_GAP = Rule.of("agenda.local-time-gap",
      "A local start or end must exist in the workshop's time zone (not fall in a gap when clocks go forward).",
      "RFC 5545 section 3.3.5; java.time.zone.ZoneRules#getValidOffsets");

  /** A local time occurs twice in the workshop's time zone. */
  public static final Rule LOCAL_TIME_OVERLAP = Rule.of("agenda.local-time-overlap",
      "A local start or end should occur once in the workshop's time zone (not in an overlap when clocks go back).",
      "RFC 5545 section 3.3.5; java.time.zone.ZoneRules#getValidOffsets");

  /** Time is left between sessions in a room. */
  public static final Rule GAP = Rule.of("agenda.gap",
      "Consecutive sessions in a room on one day should leave no unexplained time between them.",
      "oerkit, after the research note's rule table (gaps flag missing breaks or typos)");

  /** A duration is zero or negative. */
  public static final Rule NON_POSITIVE_DURATION = Rule.of("agenda.non-positive-duration",
      "A session or a part must last longer than zero; an end must be after the start.",
      "Indico CHECK constraint positive_duration");

  /** A duration is not a whole number of minutes. */
  public static final Rule WHOLE_MINUTES = Rule.of("agenda.whole-minutes",
      "A duration must be a whole number of minutes.",
      "Indico CHECK constraint duration_no_seconds");

  /** A session lasts a day or longer. */
  public static final Rule LONG_DURATION = Rule.of("agenda.long-duration",
      "A session should last less than 24 hours.",
      "voc/schedule issue 129 (\"1:00:00\" misread); Giggity issue 169");

  /** An end and a duration disagree. */
  public static final Rule TIME_INCONSISTENT = Rule.of("agenda.time-inconsistent",
      "When a start, an end and a duration are all given, the start plus the duration must be the end.",
      "RFC 5545 section 3.6.1 (DTEND and DURATION are mutually exclusive)");

  /** Two sessions share an identifier, or two groups of one session do. */
  public static final Rule DUPLICATE_ID = Rule.of("agenda.duplicate-id",
      "Session identifiers must be unique in the workshop, and group identifiers in their session.",
      "RFC 5545 section 3.8.4.7 (UID globally unique); c3voc schedule.json guid");

  /** A session or a group names a room the workshop does not have. */
  public static final Rule UNKNOWN_ROOM = Rule.of("agenda.unknown-room",
      "A session or a breakout group must name one of the workshop's rooms.",
      "c3voc schedule.json schema (an event's room is one of conference.rooms)");

  /** A session names an interrupting break that is not on its day. */
  public static final Rule UNKNOWN_INTERRUPTION = Rule.of("agenda.unknown-interruption",
      "A session's interrupting break must be a session of the same day.",
      "Indico timetable (breaks inside session blocks)");

  /** An interrupting break lies outside the session it interrupts. */
  public static final Rule INTERRUPTION_OUTSIDE = Rule.of("agenda.interruption-outside",
      "A session's interrupting break must lie within the session.",
      "Indico timetable \"Entry starts before its parent block\" / \"Entry ends after its parent block\"");

  /** The source gives no time, or not all of it. */
  public static final Rule TIME_UNKNOWN = Rule.of("agenda.time-unknown",
      "A session without a start or an end cannot be placed; it is left out of time checks and calendars.",
      "oerkit: times the source does not give stay unknown");

  /** A time was inferred by an editor. */
  public static final Rule TIME_INFERRED = Rule.of("agenda.time-inferred",
      "A time an editor worked out is marked, so that readers know the source does not give it.",
      "oerkit: inferred times are never invented silently");

  private static final List<Rule> ALL = ImmutableList.of(ROOM_OVERLAP, PERSON_OVERLAP, PARTS_EXCEED_SESSION,
      SESSION_SLACK, PART_OUTSIDE_SESSION, OUTSIDE_EVENT_DATES, DAY_ORDER, CROSSES_MIDNIGHT, LOCAL_TIME_GAP,
      LOCAL_TIME_OVERLAP, GAP, NON_POSITIVE_DURATION, WHOLE_MINUTES, LONG_DURATION, TIME_INCONSISTENT,
      DUPLICATE_ID, UNKNOWN_ROOM, UNKNOWN_INTERRUPTION, INTERRUPTION_OUTSIDE, TIME_UNKNOWN, TIME_INFERRED);

  private AgendaRules() {}

  /**
   * Gets every agenda rule.
   *
   * @return the rules
   */
  public static List<Rule> all() {
    return ALL;
  }
}
