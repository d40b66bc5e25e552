package org.oerkit.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oerkit.core.agenda.Samples.DAY_1;
import static org.oerkit.core.agenda.Samples.FENGCHUN_MIAO;
import static org.oerkit.core.agenda.Samples.FOCAL_GROUP;
import static org.oerkit.core.agenda.Samples.LINA_BENETE;
import static org.oerkit.core.agenda.Samples.SVETLANA_KNYAZEVA;
import static org.oerkit.core.agenda.Samples.oneDay;
import static org.oerkit.core.agenda.Samples.session;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Finding;
import org.oerkit.core.Report;
import org.oerkit.core.Rule;
import org.oerkit.core.Severity;
import org.oerkit.core.vocabulary.LanguageTag;

/** One test per rule of {@link AgendaRules}, each on a small programme, each run by both algorithms. */
class AgendaCheckTest {

  private static Report check(Workshop workshop) {
    Report fast = AgendaCheck.standard().check(workshop);
    assertThat(BruteForceAgendaCheck.check(AgendaCheck.standard(), workshop)).isEqualTo(fast);
    return fast;
  }

  private static Finding only(Report report, Rule rule) {
    assertThat(report.findings(rule.id())).hasSize(1);
    return report.findings(rule.id()).get(0);
  }

  @Test
  void astanaDay1_isSoundButForTheAfternoonGap() {
    Report report = check(Samples.astanaDay1());
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.findings()).extracting(f -> f.rule().id()).containsExactly("agenda.gap");
  }

  @Test
  void roomOverlap_twoSessionsInOneRoom_isAnError() {
    // A real OER agenda has 11:15-12:00 followed by 11:45-13:00 (Slovenia expert meeting, 2018).
    Finding finding = only(check(oneDay(session("a", "11:15-12:00"), session("b", "11:45-13:00"))),
        AgendaRules.ROOM_OVERLAP);
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.location()).isEqualTo("/days/0/sessions/0");
    assertThat(finding.message())
        .isEqualTo("session a (2017-12-11 11:15-12:00) overlaps session b (2017-12-11 11:45-13:00) in room"
            + " \"plenary\"");
    assertThat(finding.source()).contains("frab");
  }

  @Test
  void roomOverlap_acrossMidnight_isFoundOnTheTimeLine() {
    Workshop workshop = Samples.workshop(Day.of(DAY_1, session("reception", "22:00/PT3H")),
        Day.of(DAY_1.plusDays(1), session("night", "00:30-01:30")));
    assertThat(only(check(workshop), AgendaRules.ROOM_OVERLAP).message())
        .isEqualTo("session reception (2017-12-11 22:00-01:00) overlaps session night (2017-12-12 00:30-01:30) in room \"plenary\"");
  }

  @Test
  void roomOverlap_backToBack_isNone() {
    // Intervals are half-open, as in frab's overlap check.
    assertThat(check(oneDay(session("a", "09:00-10:00"), session("b", "10:00-11:00"))).findings()).isEmpty();
  }

  @Test
  void roomOverlap_differentRooms_isNone() {
    Workshop workshop = Workshop.builder().from(oneDay(
            session("a", "09:00-10:00"),
            Session.builder().from(session("b", "09:00-10:00")).room("hall-b").build()))
        .addRooms(Room.of("hall-a", "Hall A"), Room.of("hall-b", "Hall B")).build();
    assertThat(check(workshop).findings(AgendaRules.ROOM_OVERLAP.id())).isEmpty();
  }

  @Test
  void roomOverlap_interruptingBreak_isNone() {
    // Astana 2017, Session 5: 14:15-16:10 with a coffee break 15:15-15:30 inside it.
    Session session5 = Session.builder().from(session("session-5", "14:15-16:10")).addInterruptedBy("coffee").build();
    Session coffee = Session.builder().id("coffee").title("Coffee/tea Break").kind(SessionKind.COFFEE_BREAK)
        .time("15:15-15:30").build();
    assertThat(check(oneDay(session5, coffee)).findings()).isEmpty();
    assertThat(check(oneDay(session("session-5", "14:15-16:10"), coffee)).findings(AgendaRules.ROOM_OVERLAP.id()))
        .hasSize(1);
  }

  @Test
  void roomOverlap_twoGroupsInOneRoom_isAnError() {
    Session groupWork = Session.builder().from(session("s9", "11:25-12:40"))
        .addGroups(BreakoutGroup.builder().id("g1").name("Group 1").room("hall-b").build())
        .addGroups(BreakoutGroup.builder().id("g2").name("Group 2").room("hall-b").build())
        .build();
    Workshop workshop = Workshop.builder().from(oneDay(groupWork))
        .addRooms(Room.of("hall-a", "Hall A"), Room.of("hall-b", "Hall B")).build();
    Finding finding = only(check(workshop), AgendaRules.ROOM_OVERLAP);
    assertThat(finding.location()).isEqualTo("/days/0/sessions/0/groups/0");
    assertThat(finding.message()).contains("session s9 group g2").contains("in room \"hall-b\"");
  }

  @Test
  void personOverlap_personInTwoRooms_isAWarning() {
    Session a = Session.builder().from(session("a", "09:00-10:00")).addRoles(Role.moderator(LINA_BENETE)).build();
    Session b = Session.builder().from(session("b", "09:30-10:30")).room("hall-b")
        .addRoles(Role.presenter(LINA_BENETE)).build();
    Workshop workshop = Workshop.builder().from(oneDay(a, b))
        .addRooms(Room.of("hall-a", "Hall A"), Room.of("hall-b", "Hall B")).build();
    Finding finding = only(check(workshop), AgendaRules.PERSON_OVERLAP);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.location()).isEqualTo("/days/0/sessions/0");
    assertThat(finding.message()).isEqualTo("Lina Benete is in session a (2017-12-11 09:00-10:00)"
        + " and also in session b (2017-12-11 09:30-10:30)");
  }

  @Test
  void personOverlap_twoRolesInOneSession_isNone() {
    Session a = Session.builder().from(session("a", "09:00-10:00"))
        .addRoles(Role.moderator(LINA_BENETE), Role.presenter(LINA_BENETE))
        .addParts(Part.builder().title("Intro").addRoles(Role.presenter(LINA_BENETE)).build())
        .build();
    assertThat(check(oneDay(a)).findings()).isEmpty();
  }

  @Test
  void personOverlap_facilitatorOfTwoParallelGroups_isAWarning() {
    Session groupWork = Session.builder().from(session("s9", "11:25-12:40"))
        .addGroups(BreakoutGroup.builder().id("g1").name("Group 1").addRoles(Role.facilitator(SVETLANA_KNYAZEVA)).build())
        .addGroups(BreakoutGroup.builder().id("g2").name("Group 2").addRoles(Role.facilitator(SVETLANA_KNYAZEVA)).build())
        .build();
    Finding finding = only(check(oneDay(groupWork)), AgendaRules.PERSON_OVERLAP);
    assertThat(finding.location()).isEqualTo("/days/0/sessions/0/groups/0");
    assertThat(finding.message()).startsWith("Svetlana Knyazeva is in session s9 group g1 (2017-12-11 11:25-12:40) and also in session s9 group g2");
  }

  @Test
  void personOverlap_presenterOfAPanelPart_isBookedForTheWholeSession() {
    Part panel = Part.builder().title("Panel").addParts(Part.builder().title("Kazakhstan")
        .addRoles(Role.presenter(LINA_BENETE)).build()).build();
    Session a = Session.builder().from(session("a", "09:00-10:00")).addParts(panel).build();
    Session b = Session.builder().from(session("b", "09:45-10:30")).room("hall-b")
        .addRoles(Role.presenter(LINA_BENETE)).build();
    Workshop workshop = Workshop.builder().from(oneDay(a, b))
        .addRooms(Room.of("hall-a", "Hall A"), Room.of("hall-b", "Hall B")).build();
    Finding finding = only(check(workshop), AgendaRules.PERSON_OVERLAP);
    assertThat(finding.location()).isEqualTo("/days/0/sessions/0");
    assertThat(finding.message()).isEqualTo("Lina Benete is in session a (2017-12-11 09:00-10:00) and also in"
        + " session b (2017-12-11 09:45-10:30)");
  }

  @Test
  void personOverlap_roleInASessionAndInItsParts_isOneBooking() {
    Session a = Session.builder().from(session("a", "09:00-10:00")).addRoles(Role.moderator(LINA_BENETE))
        .addParts(Part.builder().title("Opening").addRoles(Role.presenter(LINA_BENETE)).build(),
            Part.builder().title("Closing").addRoles(Role.presenter(LINA_BENETE)).build())
        .addGroups(BreakoutGroup.builder().id("g1").name("Group 1").addRoles(Role.facilitator(LINA_BENETE)).build())
        .build();
    assertThat(check(oneDay(a)).findings(AgendaRules.PERSON_OVERLAP.id())).isEmpty();
  }

  @Test
  void personOverlap_organizationsAndTbd_areNeverDoubleBooked() {
    Workshop workshop = Workshop.builder().from(oneDay(
            Session.builder().from(session("a", "09:00-10:00")).addRoles(Role.moderator(FOCAL_GROUP),
                Role.toBeAnnounced(RoleKind.PRESENTER)).build(),
            Session.builder().from(session("b", "09:00-10:00")).room("hall-b").addRoles(Role.moderator(FOCAL_GROUP),
                Role.toBeAnnounced(RoleKind.PRESENTER)).build()))
        .addRooms(Room.of("hall-a", "Hall A"), Room.of("hall-b", "Hall B")).build();
    assertThat(check(workshop).findings(AgendaRules.PERSON_OVERLAP.id())).isEmpty();
  }

  @Test
  void partsExceedSession_isAnError() {
    Session s = Session.builder().from(session("s2", "11:00-11:45"))
        .addParts(Part.of("Open licensing", Duration.ofMinutes(45)), Part.of("Questions", Duration.ofMinutes(15)))
        .build();
    Finding finding = only(check(oneDay(s)), AgendaRules.PARTS_EXCEED_SESSION);
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.message()).isEqualTo("session s2: the parts last 60 min, the session 45 min");
  }

  @Test
  void partsExceedSession_countsTheInterruptingBreak() {
    Session s = Session.builder().from(session("s5", "14:15-16:10")).addInterruptedBy("coffee")
        .addParts(Part.of("Four countries", Duration.ofMinutes(110))).build();
    Session coffee = Session.builder().id("coffee").title("Coffee").kind(SessionKind.COFFEE_BREAK)
        .time("15:15-15:30").build();
    assertThat(only(check(oneDay(s, coffee)), AgendaRules.PARTS_EXCEED_SESSION).message())
        .isEqualTo("session s5: the parts last 110 min, the session 100 min (115 min less breaks)");
  }

  @Test
  void sessionSlack_allPartsTimedButShort_isANote() {
    Session s = Session.builder().from(session("s7", "09:10-10:10"))
        .addParts(Part.of("OER in Kazakhstan", Duration.ofMinutes(30)), Part.of("Template", Duration.ofMinutes(20)))
        .build();
    Finding finding = only(check(oneDay(s)), AgendaRules.SESSION_SLACK);
    assertThat(finding.severity()).isEqualTo(Severity.INFO);
    assertThat(finding.message()).isEqualTo("session s7: the parts fill 50 min of 60 min; 10 min unexplained");
  }

  @Test
  void sessionSlack_aPartWithoutDuration_explainsTheRest() {
    Session s = Session.builder().from(session("s7", "09:10-10:10"))
        .addParts(Part.of("OER in Kazakhstan", Duration.ofMinutes(30)), Part.of("Discussion")).build();
    assertThat(check(oneDay(s)).findings()).isEmpty();
  }

  @Test
  void partOutsideSession_isAnError() {
    Session s = Session.builder().from(session("s5", "14:15-15:15"))
        .addParts(Part.builder().title("Kazakhstan").time("15:30-16:10").build()).build();
    Finding finding = only(check(oneDay(s)), AgendaRules.PART_OUTSIDE_SESSION);
    assertThat(finding.location()).isEqualTo("/days/0/sessions/0/parts/0");
    assertThat(finding.message()).isEqualTo("session s5, part 1: the part 15:30-16:10 is outside the session 14:15-15:15");
  }

  @Test
  void outsideEventDates_dayAfterTheEnd_isAnError() {
    Workshop workshop = Samples.workshop(Day.of(LocalDate.of(2017, 12, 14), session("a", "09:00-10:00")));
    Finding finding = only(check(workshop), AgendaRules.OUTSIDE_EVENT_DATES);
    assertThat(finding.location()).isEqualTo("/days/0");
    assertThat(finding.message()).isEqualTo("day 2017-12-14: the day is outside the workshop's dates 2017-12-11 to 2017-12-13");
  }

  @Test
  void outsideEventDates_lastNightPastMidnight_isAnError() {
    Session late = Session.builder().from(session("party", "23:00/PT2H")).build();
    Report report = check(Samples.workshop(Day.of(LocalDate.of(2017, 12, 13), late)));
    assertThat(only(report, AgendaRules.OUTSIDE_EVENT_DATES).message())
        .isEqualTo("session party: the session ends after the workshop's last day 2017-12-13");
  }

  @Test
  void dayOrder_repeatedAndUnorderedDates_areErrors() {
    Workshop workshop = Samples.workshop(Day.of(LocalDate.of(2017, 12, 12)), Day.of(LocalDate.of(2017, 12, 12)),
        Day.of(DAY_1));
    Report report = check(workshop);
    assertThat(report.findings(AgendaRules.DAY_ORDER.id())).extracting(Finding::message)
        .containsExactly("day 2017-12-12: the date is repeated", "day 2017-12-11: the day comes after 2017-12-12");
    assertThat(report.findings(AgendaRules.DAY_ORDER.id())).extracting(Finding::location)
        .containsExactly("/days/1", "/days/2");
  }

  @Test
  void crossesMidnight_isAWarning() {
    Finding finding = only(check(oneDay(session("reception", "22:00/PT3H"))), AgendaRules.CROSSES_MIDNIGHT);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.message()).isEqualTo("session reception: the session ends on 2017-12-12 01:00");
  }

  @Test
  void crossesMidnight_sessionWithPartsOnADayBeforeTheLast_isOnlyAWarning() {
    Session reception = Session.builder().from(session("reception", "22:00/PT3H"))
        .addParts(Part.of("Dinner", Duration.ofMinutes(90)), Part.of("Music", Duration.ofMinutes(90))).build();
    Workshop workshop = Samples.workshop(Day.of(DAY_1, reception), Day.of(DAY_1.plusDays(1)));
    Report report = check(workshop);
    assertThat(only(report, AgendaRules.CROSSES_MIDNIGHT).severity()).isEqualTo(Severity.WARNING);
    assertThat(report.findings(AgendaRules.OUTSIDE_EVENT_DATES.id())).isEmpty();
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void crossesMidnight_endingAtMidnight_isNone() {
    assertThat(check(oneDay(session("reception", "22:00/PT2H"))).findings()).isEmpty();
  }

  @Test
  void localTimeGap_startInSpringForward_isAnError() {
    // Europe/Berlin, 2017-03-26: clocks go from 02:00 to 03:00 (EU summer time, tz database).
    Workshop workshop = Workshop.builder().id("w").title(LanguageTag.ENGLISH, "W").zone("Europe/Berlin")
        .startDate(LocalDate.of(2017, 3, 26)).endDate(LocalDate.of(2017, 3, 26))
        .addDays(Day.of(LocalDate.of(2017, 3, 26), session("a", "02:30-03:30"))).build();
    Finding finding = only(check(workshop), AgendaRules.LOCAL_TIME_GAP);
    assertThat(finding.message()).isEqualTo("session a: the start 2017-03-26 02:30 does not exist in Europe/Berlin"
        + " (clocks move forward)");
  }

  @Test
  void localTimeOverlap_kazakhstan2024_isAWarning() {
    // tz 2024a: Asia/Almaty moves from UTC+6 to UTC+5 at 2024-03-01 00:00, so 2024-02-29 23:xx occurs twice.
    Workshop workshop = Workshop.builder().id("w").title(LanguageTag.ENGLISH, "W").zone("Asia/Almaty")
        .startDate(LocalDate.of(2024, 2, 29)).endDate(LocalDate.of(2024, 3, 1))
        .addDays(Day.of(LocalDate.of(2024, 2, 29), session("a", "23:15-23:45"))).build();
    Report report = check(workshop);
    assertThat(report.findings(AgendaRules.LOCAL_TIME_OVERLAP.id())).extracting(Finding::message)
        .containsExactly("session a: the start 2024-02-29 23:15 occurs twice in Asia/Almaty (clocks move back)",
            "session a: the end 2024-02-29 23:45 occurs twice in Asia/Almaty (clocks move back)");
  }

  @Test
  void gap_betweenSessions_isANote() {
    // Astana 2017, Day 1: "18:30 End of Day 1", "19:00 - 21:00 Reception".
    Finding finding = only(check(oneDay(session("s6", "16:10-18:30"), session("reception", "19:00-21:00"))),
        AgendaRules.GAP);
    assertThat(finding.severity()).isEqualTo(Severity.INFO);
    assertThat(finding.location()).isEqualTo("/days/0/sessions/1");
    assertThat(finding.message()).isEqualTo("30 min between 18:30 and 19:00 in room \"plenary\" before session reception (2017-12-11 19:00-21:00)");
  }

  @Test
  void gap_belowTheMinimum_isNotReported() {
    Workshop workshop = oneDay(session("s6", "16:10-18:30"), session("reception", "19:00-21:00"));
    AgendaCheck lenient = AgendaCheck.standard().withMinimumGap(Duration.ofMinutes(45));
    assertThat(lenient.check(workshop).findings()).isEmpty();
    assertThat(BruteForceAgendaCheck.check(lenient, workshop).findings()).isEmpty();
    assertThat(lenient.minimumGap()).isEqualTo(Duration.ofMinutes(45));
    assertThat(lenient).hasToString("AgendaCheck{minimumGap=PT45M}");
  }

  @Test
  void gap_ofExactlyTheMinimum_isReported() {
    Workshop workshop = oneDay(session("s6", "16:10-18:30"), session("reception", "19:00-21:00"));
    AgendaCheck halfHour = AgendaCheck.standard().withMinimumGap(Duration.ofMinutes(30));
    assertThat(halfHour.check(workshop).findings(AgendaRules.GAP.id())).extracting(Finding::message)
        .containsExactly("30 min between 18:30 and 19:00 in room \"plenary\" before session reception"
            + " (2017-12-11 19:00-21:00)");
    assertThat(BruteForceAgendaCheck.check(halfHour, workshop)).isEqualTo(halfHour.check(workshop));
  }

  @Test
  void gap_isBetweenSessions_soABreakoutGroupInARoomLeavesNone() {
    // Group 1 meets in Hall B from 09:00 to 10:00; the next use of Hall B is Session b at 11:00.
    Session a = Session.builder().from(session("a", "09:00-10:00"))
        .addGroups(BreakoutGroup.builder().id("g1").name("Group 1").room("hall-b").build()).build();
    Session b = Session.builder().from(session("b", "11:00-12:00")).room("hall-b").build();
    Workshop workshop = Workshop.builder().from(oneDay(a, b))
        .addRooms(Room.PLENARY, Room.of("hall-b", "Hall B")).build();
    assertThat(check(workshop).findings()).isEmpty();
  }

  @Test
  void gap_acrossDays_isNotReported() {
    Workshop workshop = Samples.workshop(Day.of(DAY_1, session("a", "09:00-10:00")),
        Day.of(DAY_1.plusDays(1), session("b", "09:00-10:00")));
    assertThat(check(workshop).findings()).isEmpty();
  }

  @Test
  void withMinimumGap_notPositive_isRefused() {
    assertThatThrownBy(() -> AgendaCheck.standard().withMinimumGap(Duration.ZERO))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("AgendaCheck.minimumGap must be positive");
  }

  @Test
  void nonPositiveDuration_endBeforeStart_isAnError() {
    Finding finding = only(check(oneDay(session("a", "10:00-09:30"))), AgendaRules.NON_POSITIVE_DURATION);
    assertThat(finding.message()).isEqualTo("session a: the time 10:00-09:30 lasts -30 min");
  }

  @Test
  void nonPositiveDuration_zeroLengthPart_isAnError() {
    Session s = Session.builder().from(session("a", "09:00-10:00")).addParts(Part.of("Nothing", Duration.ZERO))
        .build();
    assertThat(only(check(oneDay(s)), AgendaRules.NON_POSITIVE_DURATION).location())
        .isEqualTo("/days/0/sessions/0/parts/0");
  }

  @Test
  void wholeMinutes_durationWithSeconds_isAnError() {
    Session s = Session.builder().id("a").title("A").time(SessionTime.of(LocalTime.of(9, 0), Duration.ofSeconds(90)))
        .build();
    assertThat(only(check(oneDay(s)), AgendaRules.WHOLE_MINUTES).message())
        .isEqualTo("session a: the duration PT1M30S is not a whole number of minutes");
  }

  @Test
  void longDuration_aDayOrMore_isAWarning() {
    Report report = check(oneDay(session("a", "09:00/PT24H")));
    assertThat(only(report, AgendaRules.LONG_DURATION).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void timeInconsistent_endAndDurationDisagree_isAnError() {
    // Astana 2017 prints both a range and a duration: "14:15 - 14:35 ... (20 min)"; here they disagree.
    Finding finding = only(check(oneDay(session("a", "14:15-14:35/PT25M"))), AgendaRules.TIME_INCONSISTENT);
    assertThat(finding.message()).isEqualTo("session a: the end 14:35 is not the start 14:15 plus the duration 25 min");
  }

  @Test
  void duplicateId_twoSessions_isAnError() {
    Workshop workshop = Samples.workshop(Day.of(DAY_1, session("coffee", "10:30-11:00")),
        Day.of(DAY_1.plusDays(1), session("coffee", "11:10-11:25")));
    Finding finding = only(check(workshop), AgendaRules.DUPLICATE_ID);
    assertThat(finding.location()).isEqualTo("/days/1/sessions/0");
    assertThat(finding.message()).isEqualTo("session id \"coffee\" is already used at /days/0/sessions/0");
  }

  @Test
  void duplicateId_twoRoomsOfAWorkshop_isAnErrorAtTheSecond() {
    Workshop workshop = Workshop.builder().from(oneDay(session("a", "09:00-10:00")))
        .addRooms(Room.PLENARY, Room.of("hall-b", "Hall B"), Room.of("hall-b", "Hall B (annex)")).build();
    Finding finding = only(check(workshop), AgendaRules.DUPLICATE_ID);
    assertThat(finding.location()).isEqualTo("/rooms/2");
    assertThat(finding.message()).isEqualTo("room id \"hall-b\" is already used in the workshop");
  }

  @Test
  void duplicateId_twoGroupsOfASession_isAnError() {
    Session s = Session.builder().from(session("s9", "11:25-12:40"))
        .addGroups(BreakoutGroup.of("g1", "Group 1"), BreakoutGroup.of("g1", "Group 2")).build();
    assertThat(only(check(oneDay(s)), AgendaRules.DUPLICATE_ID).location()).isEqualTo("/days/0/sessions/0/groups/1");
  }

  @Test
  void unknownRoom_isAnError() {
    Session s = Session.builder().from(session("a", "09:00-10:00")).room("ballroom")
        .addGroups(BreakoutGroup.builder().id("g1").name("Group 1").room("attic").build()).build();
    Report report = check(oneDay(s));
    assertThat(report.findings(AgendaRules.UNKNOWN_ROOM.id())).extracting(Finding::message)
        .containsExactly("session a: room \"ballroom\" is not a room of the workshop",
            "session a, group g1: room \"attic\" is not a room of the workshop");
  }

  @Test
  void unknownRoom_sessionAndGroupInDeclaredRooms_isNone() {
    Session s = Session.builder().from(session("a", "09:00-10:00")).room("hall-b")
        .addGroups(BreakoutGroup.builder().id("g1").name("Group 1").room("hall-a").build()).build();
    Workshop workshop = Workshop.builder().from(oneDay(s))
        .addRooms(Room.of("hall-a", "Hall A"), Room.of("hall-b", "Hall B")).build();
    assertThat(check(workshop).findings(AgendaRules.UNKNOWN_ROOM.id())).isEmpty();
  }

  @Test
  void duplicateId_sameGroupIdInTwoSessions_isNone() {
    Session a = Session.builder().from(session("a", "09:00-10:00"))
        .addGroups(BreakoutGroup.builder().id("g1").name("Group 1").build(),
            BreakoutGroup.builder().id("g2").name("Group 2").build()).build();
    Session b = Session.builder().from(session("b", "10:00-11:00"))
        .addGroups(BreakoutGroup.builder().id("g1").name("Group 1").build()).build();
    assertThat(check(oneDay(a, b)).findings(AgendaRules.DUPLICATE_ID.id())).isEmpty();
  }

  @Test
  void duplicateId_threeGroupsTwoAlike_isOneErrorAtTheSecond() {
    Session s = Session.builder().from(session("s9", "11:25-12:40"))
        .addGroups(BreakoutGroup.builder().id("g1").name("Group 1").build(),
            BreakoutGroup.builder().id("g2").name("Group 2").build(),
            BreakoutGroup.builder().id("g1").name("Group 3").build()).build();
    Finding finding = only(check(oneDay(s)), AgendaRules.DUPLICATE_ID);
    assertThat(finding.location()).isEqualTo("/days/0/sessions/0/groups/2");
    assertThat(finding.message()).isEqualTo("session s9, group g1: group id \"g1\" is already used in the session");
  }

  @Test
  void unknownInterruption_isAnError() {
    Session s = Session.builder().from(session("a", "14:15-16:10")).addInterruptedBy("coffee").build();
    assertThat(only(check(oneDay(s)), AgendaRules.UNKNOWN_INTERRUPTION).message())
        .isEqualTo("session a: the interrupting session \"coffee\" is not on 2017-12-11");
  }

  @Test
  void unknownInterruption_aBreakOfAnotherDay_isAnError() {
    // Day 1 has its coffee break; Day 2's session names it, but it is not on Day 2.
    Session coffee = Session.builder().id("coffee").title("Coffee").kind(SessionKind.COFFEE_BREAK)
        .time("10:30-10:45").build();
    Session s = Session.builder().from(session("b", "10:00-11:00")).addInterruptedBy("coffee").build();
    Workshop workshop = Samples.workshop(Day.of(DAY_1, session("a", "10:00-10:30"), coffee),
        Day.of(DAY_1.plusDays(1), s));
    assertThat(only(check(workshop), AgendaRules.UNKNOWN_INTERRUPTION).message())
        .isEqualTo("session b: the interrupting session \"coffee\" is not on 2017-12-12");
  }

  @Test
  void interruptionOutside_isAnError() {
    Session s = Session.builder().from(session("a", "14:15-15:15")).addInterruptedBy("coffee").build();
    Session coffee = Session.builder().id("coffee").title("Coffee").time("15:15-15:30").build();
    assertThat(only(check(oneDay(s, coffee)), AgendaRules.INTERRUPTION_OUTSIDE).message())
        .isEqualTo("session a: the interrupting session \"coffee\" 15:15-15:30 is outside the session 14:15-15:15");
  }

  @Test
  void timeUnknown_isANoteAndLeftOutOfTimeChecks() {
    // Astana 2017, Day 3: Session 13 is printed without a time.
    Session s13 = Session.builder().id("session-13").title("Follow-up Strategies and Work Plan").build();
    Report report = check(oneDay(session("a", "09:00-10:00"), s13));
    assertThat(only(report, AgendaRules.TIME_UNKNOWN).message()).isEqualTo("session session-13: the source gives no time (?)");
    assertThat(report.count(Severity.INFO)).isEqualTo(1);
    Report startOnly = check(oneDay(session("end", "18:30")));
    assertThat(only(startOnly, AgendaRules.TIME_UNKNOWN).message()).isEqualTo("session end: the source gives no end or duration (18:30)");
  }

  @Test
  void timeInferred_isANote() {
    // Astana 2017, Day 3: the coffee break after Session 12 has no time; an editor infers 11:00-11:15.
    Session coffee = Session.builder().id("coffee").title("Coffee/tea Break").kind(SessionKind.COFFEE_BREAK)
        .time("~11:00-~11:15").build();
    assertThat(only(check(oneDay(coffee)), AgendaRules.TIME_INFERRED).message())
        .isEqualTo("session coffee: the start and the end are inferred, not given by the source (~11:00-~11:15)");
    assertThat(only(check(oneDay(session("a", "~11:00-11:15"))), AgendaRules.TIME_INFERRED).message())
        .isEqualTo("session a: the start is inferred, not given by the source (~11:00-11:15)");
    assertThat(only(check(oneDay(session("a", "11:00-~11:15"))), AgendaRules.TIME_INFERRED).message())
        .isEqualTo("session a: the end is inferred, not given by the source (11:00-~11:15)");
  }

  @Test
  void rules_haveDistinctIdsAndSources() {
    assertThat(AgendaRules.all()).extracting(Rule::id).doesNotHaveDuplicates().allMatch(id -> id.startsWith("agenda."));
    assertThat(AgendaRules.all()).hasSize(21).allMatch(r -> !r.source().isBlank());
  }

  @Test
  void validate_isTheStandardCheck() {
    Workshop workshop = oneDay(session("a", "11:15-12:00"), session("b", "11:45-13:00"));
    assertThat(workshop.validate()).isEqualTo(AgendaCheck.standard().check(workshop));
    assertThat(workshop.validate().hasErrors()).isTrue();
  }

  @Test
  void personOverlap_usesTheSamePersonBuiltTwice() {
    Session a = Session.builder().from(session("a", "09:00-10:00")).addRoles(Role.presenter(FENGCHUN_MIAO)).build();
    Session b = Session.builder().from(session("b", "09:00-10:00")).room("hall-b")
        .addRoles(Role.presenter(org.oerkit.core.vocabulary.Person.of("Fengchun Miao"))).build();
    Workshop workshop = Workshop.builder().from(oneDay(a, b))
        .addRooms(Room.of("hall-a", "Hall A"), Room.of("hall-b", "Hall B")).build();
    assertThat(check(workshop).findings(AgendaRules.PERSON_OVERLAP.id())).hasSize(1);
  }
}
