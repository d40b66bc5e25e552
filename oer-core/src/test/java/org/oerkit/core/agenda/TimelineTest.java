package org.oerkit.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

  private static Workshop berlin(Session... sessions) {
    return Workshop.builder().id("berlin-2017").title(org.oerkit.core.vocabulary.LanguageTag.ENGLISH, "Night")
        .zone("Europe/Berlin").startDate(LocalDate.of(2017, 10, 28)).endDate(LocalDate.of(2017, 10, 29))
        .addDays(Day.of(LocalDate.of(2017, 10, 29), sessions)).build();
  }

  @Test
  void end_acrossTheEndOfSummerTime_isTheTrueInstant() {
    // Regression, issue 11: Europe/Berlin leaves summer time at 03:00 CEST on 2017-10-29 (tz database,
    // EU rule "last Sunday in October"), so 01:30-03:30 that night lasts three hours and ends at 03:30+01:00;
    // it used to be exported as ending 02:30+01:00.
    Workshop night = berlin(Session.of("night", SessionKind.OTHER, "Night session", SessionTime.parse("01:30-03:30")));

    Slot slot = night.timeline().session("night").orElseThrow();

    assertThat(slot.start().orElseThrow().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2017-10-29T01:30+02:00"));
    assertThat(slot.end().orElseThrow().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2017-10-29T03:30+01:00"));
    assertThat(slot.length()).contains(Duration.ofHours(3));
    assertThat(ICalendarWriter.write(night)).contains("DTSTART;TZID=Europe/Berlin:20171029T013000\r\nDURATION:PT3H\r\n");
  }

  @Test
  void end_ofADuration_isWhenItHasElapsed() {
    Workshop night = berlin(Session.of("night", SessionKind.OTHER, "Night session", SessionTime.parse("01:30/PT2H")));

    Slot slot = night.timeline().session("night").orElseThrow();

    assertThat(slot.end().orElseThrow().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2017-10-29T02:30+01:00"));
    assertThat(slot.localEnd().orElseThrow()).hasToString("2017-10-29T03:30");
  }

  @Test
  void end_beforeTheStart_isOnTheNextDay() {
    Workshop late = berlin(Session.of("late", SessionKind.RECEPTION, "Reception", SessionTime.parse("23:00-01:00")));

    Slot slot = late.timeline().session("late").orElseThrow();

    assertThat(slot.end().orElseThrow().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2017-10-30T01:00+01:00"));
    assertThat(slot.date()).isEqualTo(LocalDate.of(2017, 10, 29));
  }

  @Test
  void slots_ofNestedParts_haveTheirTimesNumbersAndParents() {
    Part kazakhstan = Part.builder().title("OER Initiatives in Kazakhstan").time("15:30-16:10")
        .addParts(Part.of("Draft of Country Report on OER in Kazakhstan", Duration.ofMinutes(30)),
            Part.of("OER country example", Duration.ofMinutes(10)))
        .build();
    Workshop workshop = berlin(Session.builder().id("s5").title("Session 5").time("14:15-16:10")
        .addParts(Part.builder().title("Kyrgyzstan").time("14:15-14:35").build(), kazakhstan).build());
    Timeline timeline = workshop.timeline();
    Slot session = timeline.session("s5").orElseThrow();

    List<Slot> parts = timeline.partsOf(session);
    Slot second = parts.get(1);

    assertThat(parts).extracting(Slot::partNumber).containsExactly(List.of(1), List.of(2));
    assertThat(second.start().orElseThrow().toLocalTime()).hasToString("15:30");
    assertThat(second.parent()).contains(session.uid());
    assertThat(timeline.partsOf(second)).extracting(s -> s.part().orElseThrow().title())
        .containsExactly("Draft of Country Report on OER in Kazakhstan", "OER country example");
    assertThat(timeline.partsOf(second).get(0)).hasToString("2017-10-29 / s5 / part 2.1 time unknown");
    assertThat(timeline.slots()).extracting(Slot::uid).doesNotHaveDuplicates().hasSize(5);
    assertThat(workshop.timeline()).isSameAs(timeline);
  }

  @Test
  void uid_ofASession_isTheOneOfEveryExport() {
    Workshop workshop = Samples.astanaDay1();

    Slot slot = workshop.timeline().session("session-5").orElseThrow();

    assertThat(slot.uid()).isEqualTo(NameBasedUuid.v5(workshop.uid(), "session/session-5"));
    assertThat(workshop.uid()).isEqualTo(NameBasedUuid.ofUrn("workshop", workshop.id()));
    assertThat(workshop.timeline().on(slot.date())).contains(slot);
    assertThat(workshop.timeline().of(slot.session())).contains(slot);
  }

  @Test
  void nameBasedUuid_rfc9562Example_isTheKnownValue() {
    // RFC 9562 appendix A.4: v5 of "www.example.com" in the DNS name space.
    assertThat(NameBasedUuid.v5(java.util.UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"))
        .hasToString("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  }

  @Test
  void partOutsideItsPart_isAFinding() {
    Part outer = Part.builder().title("Outer").time("10:00-10:30")
        .addParts(Part.builder().title("Inner").time("10:20-10:40").build()).build();
    Workshop workshop = berlin(Session.builder().id("s").title("S").time("10:00-11:00").addParts(outer).build());

    assertThat(workshop.validate().findings()).filteredOn(f -> f.rule().equals(AgendaRules.PART_OUTSIDE_SESSION))
        .singleElement().satisfies(f -> assertThat(f.location()).isEqualTo("/days/0/sessions/0/parts/0/parts/0"));
  }

  @Test
  void partBeforeItsSessionsStart_staysOnTheSessionsDay() {
    // Only a session that runs past midnight has parts on the next day; a part printed before its session's
    // start is on the session's day, and reported outside it.
    Workshop workshop = berlin(Session.builder().id("s").title("S").time("10:00-11:00")
        .addParts(Part.builder().title("Early").time("09:30-09:45").build()).build());
    Slot part = workshop.timeline().partsOf(workshop.timeline().session("s").orElseThrow()).get(0);

    assertThat(part.localStart()).hasValueSatisfying(t -> assertThat(t).hasToString("2017-10-29T09:30"));
    assertThat(workshop.validate().findings(AgendaRules.PART_OUTSIDE_SESSION.id())).hasSize(1);
  }

  @Test
  void within_aSession_isItsPartsThenItsGroups() {
    Workshop workshop = berlin(Session.builder().id("s").title("S").time("10:00-11:00")
        .addParts(Part.builder().title("Talk").time("10:00-10:30").build())
        .addGroups(BreakoutGroup.of("g1", "Group 1")).build());
    Timeline timeline = workshop.timeline();
    Slot session = timeline.session("s").orElseThrow();

    assertThat(timeline.within(session)).extracting(Slot::kind).containsExactly(Slot.Kind.PART, Slot.Kind.GROUP);
    assertThat(timeline.within(session).get(1)).hasToString("2017-10-29 / s / group g1 10:00+01:00-11:00+01:00");
    assertThat(session.interval()).hasValueSatisfying(r -> assertThat(r).hasToString(
        "[2017-10-29T09:00:00Z..2017-10-29T10:00:00Z)"));
    assertThat(timeline).hasToString("Timeline{workshop=berlin-2017, slots=3}");
  }

  @Test
  void slots_areEqualWhenTheyPlaceTheSameThingAtTheSameTime() {
    Workshop workshop = Samples.golden();
    Workshop copy = Workshop.builder().from(workshop).build();
    Workshop elsewhere = Workshop.builder().from(workshop).zone("Asia/Tashkent").build();
    Workshop retitled = Workshop.builder().from(workshop).days(List.of()).addDays(
        Day.builder().from(workshop.days().get(0)).label("Monday").build(), workshop.days().get(1),
        workshop.days().get(2)).build();
    Timeline timeline = workshop.timeline();
    Slot session5 = timeline.session("session-5").orElseThrow();
    Slot session9 = timeline.session("session-9").orElseThrow();

    new EqualsTester()
        .addEqualityGroup(session5, copy.timeline().session("session-5").orElseThrow())
        .addEqualityGroup(elsewhere.timeline().session("session-5").orElseThrow())
        .addEqualityGroup(retitled.timeline().session("session-5").orElseThrow())
        .addEqualityGroup(timeline.partsOf(session5).get(0), copy.timeline().partsOf(session5).get(0))
        .addEqualityGroup(timeline.partsOf(session5).get(1))
        .addEqualityGroup(timeline.groupsOf(session9).get(0))
        .addEqualityGroup(timeline.groupsOf(session9).get(1))
        .addEqualityGroup(session9)
        .testEquals();
    // Day 3's coffee break is inferred by an editor (~11:00-~11:15); Session 9's time is the source's.
    assertThat(timeline.session("d3-coffee").orElseThrow().isInferred()).isTrue();
    assertThat(session9.isInferred()).isFalse();
  }
}
