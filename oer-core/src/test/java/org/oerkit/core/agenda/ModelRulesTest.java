package org.oerkit.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oerkit.core.agenda.Samples.DAY_1;
import static org.oerkit.core.agenda.Samples.LINA_BENETE;

import com.google.common.testing.EqualsTester;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.vocabulary.LanguageTag;

/** The value rules of the model types: each refused value names its type and attribute. */
class ModelRulesTest {

  private static void refused(ThrowingCallable build, String message) {
    assertThatThrownBy(build).isInstanceOf(DomainRuleException.class).hasMessageContaining(message);
  }

  private static Session.Builder session() {
    return Session.builder().id("s").title("S");
  }

  @Test
  void session_paddedTexts_areRefused() {
    refused(() -> session().label("Session 5 ").build(), "Session.label must not start or end with white space");
    refused(() -> session().subtitle("").build(), "Session.subtitle must not be blank");
    refused(() -> session().description(" ").build(), "Session.description must not be blank");
    refused(() -> session().addQuestions("").build(), "Session.questions must not be blank");
    refused(() -> session().addExpectedOutputs(" draft").build(), "Session.expectedOutputs must not start or end");
  }

  @Test
  void session_malformedReferences_areRefused() {
    refused(() -> session().room("hall b").build(), "Session.room must be letters and digits");
    refused(() -> session().addInterruptedBy("coffee break").build(), "Session.interruptedBy must be letters");
  }

  @Test
  void part_paddedTexts_areRefused() {
    refused(() -> Part.builder().title("P").description("").build(), "Part.description must not be blank");
    refused(() -> Part.builder().title("P").addQuestions(" ").build(), "Part.questions must not be blank");
    refused(() -> Part.builder().title("P").addExpectedOutputs("").build(), "Part.expectedOutputs must not be blank");
  }

  @Test
  void breakoutGroup_malformedValues_areRefused() {
    refused(() -> BreakoutGroup.of("group 1", "Group 1"), "BreakoutGroup.id must be letters and digits");
    refused(() -> BreakoutGroup.builder().id("g").name("G").room("").build(), "BreakoutGroup.room must be letters");
    refused(() -> BreakoutGroup.builder().id("g").name("G").topic(" ").build(), "BreakoutGroup.topic must not be blank");
    refused(() -> BreakoutGroup.builder().id("g").name("G").addQuestions("").build(),
        "BreakoutGroup.questions must not be blank");
    refused(() -> BreakoutGroup.builder().id("g").name("G").addExpectedOutputs("").build(),
        "BreakoutGroup.expectedOutputs must not be blank");
  }

  @Test
  void room_blankName_isRefused() {
    refused(() -> Room.of("hall", " "), "Room.name must not be blank");
  }

  @Test
  void workshop_paddedTexts_areRefused() {
    Workshop.Builder base = Workshop.builder().id("w").title(LanguageTag.ENGLISH, "W").zone("Asia/Almaty")
        .startDate(DAY_1).endDate(DAY_1);
    refused(() -> Workshop.builder().from(base.build()).venue(" Park Inn").build(), "Workshop.venue must not start");
    refused(() -> Workshop.builder().from(base.build()).city("").build(), "Workshop.city must not be blank");
    refused(() -> Workshop.builder().from(base.build()).addBackground("").build(), "Workshop.background must not");
    refused(() -> Workshop.builder().from(base.build()).addObjectives(" ").build(), "Workshop.objectives must not");
    refused(() -> Workshop.builder().from(base.build()).addParticipantProfiles("").build(),
        "Workshop.participantProfiles must not");
    refused(() -> Workshop.builder().from(base.build()).id("w 1").build(), "Workshop.id must be letters and digits");
  }

  @Test
  void appearance_equalsFollowsAllAttributes() {
    Session s = Samples.session("a", "09:00-10:00");
    new EqualsTester()
        .addEqualityGroup(Appearance.builder().date(DAY_1).session(s).role(Role.moderator(LINA_BENETE)).build(),
            Appearance.builder().date(DAY_1).session(s).role(Role.moderator(LINA_BENETE)).build())
        .addEqualityGroup(Appearance.builder().date(DAY_1).session(s).role(Role.presenter(LINA_BENETE)).build())
        .addEqualityGroup(Appearance.builder().date(DAY_1).session(s).role(Role.moderator(LINA_BENETE))
            .part(Part.of("P")).build())
        .testEquals();
    assertThat(Appearance.builder().date(DAY_1).session(s).role(Role.moderator(LINA_BENETE)).build())
        .hasToString("2017-12-11 09:00-10:00 Session a: Moderator: Lina Benete");
  }

  // Issue 12: a 4 KB identifier is a refused value, never a StackOverflowError of a backtracking regex.

  private static final String LONG_ID = "a-".repeat(2000) + "a";

  @Test
  void identifiers_fourKilobytesLong_areRefusedNotOverflowingTheStack() {
    refused(() -> session().id(LONG_ID).build(), "Session.id must be letters and digits");
    refused(() -> session().room(LONG_ID).build(), "Session.room must be letters and digits");
    refused(() -> Room.of(LONG_ID, "Hall"), "Room.id must be letters and digits");
    refused(() -> BreakoutGroup.of(LONG_ID, "G"), "BreakoutGroup.id must be letters and digits");
    refused(() -> SessionKind.of(LONG_ID), "SessionKind.id must be lower-case words");
    refused(() -> RoleKind.of(LONG_ID), "RoleKind.id must be lower-case words");
    refused(() -> Workshop.builder().id(LONG_ID).title(LanguageTag.ENGLISH, "W").zone("Asia/Almaty")
        .startDate(DAY_1).endDate(DAY_1).build(), "Workshop.id must be letters and digits");
  }

  @Test
  void identifier_atTheMaximumLength_isAccepted() {
    String id = "a-".repeat(63) + "ab";
    assertThat(id).hasSize(org.oerkit.core.Texts.MAX_IDENTIFIER_LENGTH);
    assertThat(Room.of(id, "Hall").id()).isEqualTo(id);
    refused(() -> Room.of(id + "c", "Hall"), "at most 128 characters");
  }

  // Issue 12: dates a programme can have, so that validate() and the writers never meet year 999999999.

  @Test
  void day_dateOutsideFourDigitYears_isRefused() {
    refused(() -> Day.of(java.time.LocalDate.MAX), "Day.date must lie in the years 1900 to 9999");
    refused(() -> Day.of(java.time.LocalDate.of(1899, 12, 31)), "Day.date must lie in the years 1900 to 9999");
  }

  @Test
  void workshop_datesOutsideFourDigitYears_areRefused() {
    refused(() -> Workshop.builder().id("w").title(LanguageTag.ENGLISH, "W").zone("Asia/Almaty")
        .startDate(DAY_1).endDate(java.time.LocalDate.MAX).build(), "Workshop.endDate must lie in the years");
    refused(() -> Workshop.builder().id("w").title(LanguageTag.ENGLISH, "W").zone("Asia/Almaty")
        .startDate(java.time.LocalDate.MIN).endDate(DAY_1).build(), "Workshop.startDate must lie in the years");
  }
}
