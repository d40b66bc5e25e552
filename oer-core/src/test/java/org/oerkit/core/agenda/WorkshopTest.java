package org.oerkit.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oerkit.core.agenda.Samples.DAY_1;

import com.google.common.testing.EqualsTester;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.MissingAttributesException;
import org.oerkit.core.vocabulary.LanguageTag;

/** The workshop, its days and sessions, and the time-zone rules that place them. */
class WorkshopTest {

  private final Workshop astana = Samples.astanaDay1();

  @Test
  void build_withoutRequiredAttributes_namesThemInOneMessage() {
    assertThatThrownBy(() -> Workshop.builder().id("w").build())
        .isInstanceOf(MissingAttributesException.class)
        .hasMessage("Workshop needs title, zone, startDate and endDate: set them on the builder before build()")
        .extracting(e -> ((MissingAttributesException) e).attributes()).asList()
        .containsExactly("title", "zone", "startDate", "endDate");
  }

  @Test
  void zone_misspelled_isRefusedNamingTheClosestZone() {
    assertThatThrownBy(() -> Workshop.builder().zone("Asia/Almati"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("Workshop.zone must be an IANA time zone id such as \"Asia/Almaty\", was \"Asia/Almati\"");
  }

  /** Issue 12: the builder made a workshop in zone +05:00, which it wrote and the reader refused. */
  @Test
  void zone_fixedOffset_isRefusedAsNoRegion() {
    for (ZoneId offset : List.of(ZoneOffset.ofHours(5), ZoneOffset.UTC, ZoneId.of("UTC+5"), ZoneId.of("GMT-03:30"))) {
      assertThatThrownBy(() -> Workshop.builder().from(Samples.oneDay()).zone(offset).build()).as(offset.getId())
          .isInstanceOf(DomainRuleException.class)
          .hasMessageStartingWith("Workshop.zone must be an IANA region id such as \"Asia/Almaty\", not an offset");
    }
    assertThatThrownBy(() -> Workshop.builder().from(Samples.oneDay()).zone("+05:00").build())
        .isInstanceOf(DomainRuleException.class);
  }

  @Test
  void zone_regionWithAFixedOffset_isAnIanaRegion() {
    for (String region : List.of("UTC", "Etc/GMT-5", "Asia/Almaty")) {
      assertThat(Workshop.builder().from(Samples.oneDay()).zone(region).build().zone().getId()).isEqualTo(region);
    }
  }

  @Test
  void timelineStart_astana2017_isUtcPlusSix() {
    // tz database, Asia/Almaty: UTC+06:00 from 2004-10-31 until 2024-03-01 (covers Astana, KZ-71).
    assertThat(astana.timeline().session("d1-registration").orElseThrow().start().orElseThrow().toInstant())
        .isEqualTo(Instant.parse("2017-12-11T03:00:00Z"));
  }

  @Test
  void zone_kazakhstan2024_movedToUtcPlusFive() {
    // tz 2024a NEWS: "Kazakhstan unifies on UTC+5 beginning 2024-03-01".
    ZoneId almaty = ZoneId.of("Asia/Almaty");
    assertThat(LocalDate.of(2024, 2, 29).atTime(9, 0).atZone(almaty).toInstant())
        .isEqualTo(Instant.parse("2024-02-29T03:00:00Z"));
    assertThat(LocalDate.of(2024, 3, 1).atTime(9, 0).atZone(almaty).toInstant())
        .isEqualTo(Instant.parse("2024-03-01T04:00:00Z"));
  }

  @Test
  void day_byNumberAndDate_findTheSameDay() {
    assertThat(astana.day(1)).isEqualTo(astana.day(DAY_1));
    assertThat(astana.day(2)).isEmpty();
    assertThat(astana.day(0)).isEmpty();
    assertThat(astana.day(LocalDate.of(2017, 12, 12))).isEmpty();
  }

  @Test
  void sessions_flattenTheDays() {
    assertThat(astana.sessions()).extracting(Session::id).containsExactly("d1-registration", "d1-opening",
        "session-1", "d1-coffee-1", "session-5", "d1-coffee-2");
    assertThat(astana.session("session-5")).isPresent();
    assertThat(astana.timeline().session("session-5").map(Slot::day)).isEqualTo(astana.day(1));
  }

  @Test
  void rooms_noneNamed_isThePlenaryRoom() {
    Session session = astana.session("session-1").orElseThrow();
    assertThat(astana.effectiveRooms()).containsExactly(Room.PLENARY);
    assertThat(astana.roomOf(session)).isEqualTo("plenary");
    assertThat(astana.room("plenary")).contains(Room.PLENARY);
  }

  @Test
  void netLength_leavesOutTheInterruptingBreak() {
    // Session 5 runs 14:15-16:10 with a coffee break 15:15-15:30 inside it.
    Day day = astana.day(1).orElseThrow();
    Session session5 = day.session("session-5").orElseThrow();
    assertThat(session5.length()).contains(Duration.ofMinutes(115));
    assertThat(session5.netLength(day)).contains(Duration.ofMinutes(100));
  }

  @Test
  void fullTitle_joinsLabelAndTitle() {
    assertThat(astana.session("session-1").orElseThrow().fullTitle())
        .isEqualTo("Session 1: Global UNESCO ICT in Education Programme and OER Projects");
    assertThat(astana.session("d1-registration").orElseThrow().fullTitle()).isEqualTo("Registration");
  }

  @Test
  void allRoles_includePartsAndGroups() {
    Session session = Session.builder().id("s").title("Group work").addRoles(Role.moderator(Samples.LINA_BENETE))
        .addParts(Part.builder().title("Part").addRoles(Role.presenter(Samples.FENGCHUN_MIAO)).build())
        .addGroups(BreakoutGroup.builder().id("g1").name("Group 1")
            .addRoles(Role.facilitator(Samples.SVETLANA_KNYAZEVA)).addQuestions("Why OER?").build())
        .addQuestions("What scope?")
        .build();
    assertThat(session.allRoles()).extracting(r -> r.holder().name())
        .containsExactly("Lina Benete", "Fengchun Miao", "Svetlana Knyazeva");
    assertThat(session.allQuestions()).containsExactly("What scope?", "Why OER?");
  }

  @Test
  void endDate_beforeStartDate_isRefused() {
    assertThatThrownBy(() -> Workshop.builder().id("w").title(LanguageTag.ENGLISH, "W").zone("Asia/Almaty")
        .startDate(DAY_1).endDate(DAY_1.minusDays(1)).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Workshop.endDate must not be before the start date 2017-12-11");
  }

  @Test
  void id_malformed_isRefused() {
    assertThatThrownBy(() -> Session.of("session 1", SessionKind.OTHER, "S", SessionTime.unknown()))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Session.id must be letters and digits");
    assertThatThrownBy(() -> Room.of("", "Hall"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Room.id must be letters and digits");
  }

  @Test
  void rooms_duplicateIds_areAFindingNotAnError() {
    // package-info: a document whose parts disagree is still a value; the check reports it.
    Workshop twice = Workshop.builder().from(astana).addRooms(Room.of("a", "A"), Room.of("a", "B")).build();

    assertThat(twice.validate().findings()).filteredOn(f -> f.rule().equals(AgendaRules.DUPLICATE_ID))
        .singleElement().satisfies(f -> {
          assertThat(f.location()).isEqualTo("/rooms/1");
          assertThat(f.message()).isEqualTo("room id \"a\" is already used in the workshop");
        });
  }

  @Test
  void interruptedBy_itself_isRefused() {
    assertThatThrownBy(() -> Session.builder().id("s").title("S").addInterruptedBy("s").build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Session.interruptedBy must not name the session itself");
  }

  @Test
  void title_blankOrPadded_isRefused() {
    assertThatThrownBy(() -> Session.builder().id("s").title(" Opening").build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Session.title must not start or end with white space");
    assertThatThrownBy(() -> Part.of(""))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Part.title must not be blank");
    assertThatThrownBy(() -> BreakoutGroup.of("g", ""))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("BreakoutGroup.name must not be blank");
    assertThatThrownBy(() -> Day.builder().date(DAY_1).label("").build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Day.label must not be blank");
  }

  @Test
  void room_nonPositiveCapacity_isRefused() {
    assertThatThrownBy(() -> Room.builder().id("a").name("A").capacity(0).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Room.capacity must be positive");
  }

  @Test
  void equals_valueTypes() {
    Session s = Samples.session("a", "09:00-10:00");
    new EqualsTester()
        .addEqualityGroup(astana, Samples.astanaDay1())
        .addEqualityGroup(Workshop.builder().from(astana).revision(1).build())
        .addEqualityGroup(s, Samples.session("a", "09:00-10:00"))
        .addEqualityGroup(Samples.session("a", "09:00-10:30"))
        .addEqualityGroup(Day.of(DAY_1, s), Day.of(DAY_1, s))
        .addEqualityGroup(Day.builder().date(DAY_1).addSessions(s).closesAt(LocalTime.of(18, 30)).build())
        .addEqualityGroup(Part.of("A", Duration.ofMinutes(20)), Part.builder().title("A").minutes(20).build())
        .addEqualityGroup(BreakoutGroup.of("g1", "Group 1"), BreakoutGroup.of("g1", "Group 1"))
        .addEqualityGroup(Room.of("plenary", "Plenary"), Room.PLENARY)
        .testEquals();
  }
}
