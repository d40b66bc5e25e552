package org.oerkit.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;

class SessionTimeTest {

  @Test
  void parse_startAndEnd_givesLength() {
    SessionTime time = SessionTime.parse("09:00-09:30");
    assertThat(time.start()).contains(LocalTime.of(9, 0));
    assertThat(time.end()).contains(LocalTime.of(9, 30));
    assertThat(time.duration()).isEmpty();
    assertThat(time.length()).contains(Duration.ofMinutes(30));
    assertThat(time.isKnown()).isTrue();
    assertThat(time.isInferred()).isFalse();
  }

  @Test
  void parse_printedProgrammeForm_acceptsOneDigitHoursAndEnDash() {
    // Astana 2017 concept note, Day 3: "9:00 – 9:10".
    assertThat(SessionTime.parse("9:00 \u2013 9:10")).isEqualTo(SessionTime.parse("09:00-09:10"));
  }

  @Test
  void parse_durationOnly_hasNoStart() {
    SessionTime time = SessionTime.parse("?/PT20M");
    assertThat(time.start()).isEmpty();
    assertThat(time.length()).contains(Duration.ofMinutes(20));
    assertThat(time.isKnown()).isFalse();
    assertThat(time).isEqualTo(SessionTime.ofMinutes(20));
  }

  @Test
  void parse_inferredTimes_areMarked() {
    SessionTime time = SessionTime.parse("~11:00-~11:15");
    assertThat(time.isStartInferred()).isTrue();
    assertThat(time.isEndInferred()).isTrue();
    assertThat(time).isEqualTo(SessionTime.of(LocalTime.of(11, 0), LocalTime.of(11, 15)).asInferred());
  }

  @Test
  void parse_startOnly_hasUnknownLength() {
    SessionTime time = SessionTime.parse("18:30");
    assertThat(time.start()).contains(LocalTime.of(18, 30));
    assertThat(time.length()).isEmpty();
    assertThat(time).isEqualTo(SessionTime.startingAt(LocalTime.of(18, 30)));
  }

  @Test
  void parse_questionMark_isUnknown() {
    assertThat(SessionTime.parse("?")).isEqualTo(SessionTime.unknown());
    assertThat(SessionTime.unknown().toString()).isEqualTo("?");
  }

  @Test
  void parse_garbage_isRefused() {
    assertThatThrownBy(() -> SessionTime.parse("nine o'clock"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("SessionTime.text must look like \"09:00-09:30\"");
  }

  @Test
  void parse_invalidTime_isRefused() {
    assertThatThrownBy(() -> SessionTime.parse("25:00-26:00"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("SessionTime.text must hold valid times");
  }

  @Test
  void startInferred_withoutStart_isRefused() {
    assertThatThrownBy(() -> SessionTime.builder().startInferred(true).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("SessionTime.startInferred needs a start");
  }

  @Test
  void endInferred_withoutEnd_isRefused() {
    assertThatThrownBy(() -> SessionTime.builder().start(LocalTime.NOON).endInferred(true).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("SessionTime.endInferred needs an end or a duration");
  }

  @Test
  void end_withSeconds_isRefused() {
    assertThatThrownBy(() -> SessionTime.builder().start(LocalTime.of(9, 0)).end(LocalTime.of(9, 30, 15)).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("SessionTime.end must be a whole minute");
  }

  @Test
  void start_withANanosecond_isRefused() {
    assertThatThrownBy(() -> SessionTime.startingAt(LocalTime.of(9, 0, 0, 1)))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("SessionTime.start must be a whole minute");
  }

  @Test
  void startAndEnd_wholeMinutes_areKept() {
    SessionTime time = SessionTime.builder().start(LocalTime.of(9, 0)).end(LocalTime.of(23, 59)).build();
    assertThat(time.start()).contains(LocalTime.of(9, 0));
    assertThat(time.end()).contains(LocalTime.of(23, 59));
  }

  @Test
  void start_withSeconds_isRefused() {
    assertThatThrownBy(() -> SessionTime.startingAt(LocalTime.of(9, 0, 30)))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("SessionTime.start must be a whole minute");
  }

  @Test
  void isConsistent_endAndDurationDisagree_isFalse() {
    assertThat(SessionTime.parse("14:15-14:35/PT20M").isConsistent()).isTrue();
    assertThat(SessionTime.parse("14:15-14:35/PT25M").isConsistent()).isFalse();
    assertThat(SessionTime.parse("23:00-01:00/PT2H").isConsistent()).isTrue();
  }

  @Test
  void length_endBeforeStart_isNegative() {
    assertThat(SessionTime.parse("10:00-09:00").length()).contains(Duration.ofMinutes(-60));
  }

  @Test
  void equals_followsAllAttributes() {
    new EqualsTester()
        .addEqualityGroup(SessionTime.parse("09:00-09:30"), SessionTime.of(LocalTime.of(9, 0), LocalTime.of(9, 30)))
        .addEqualityGroup(SessionTime.parse("09:00/PT30M"))
        .addEqualityGroup(SessionTime.parse("~09:00-09:30"))
        .addEqualityGroup(SessionTime.unknown())
        .testEquals();
  }

  @Test
  void parse_toString_roundTrips() {
    qt().withExamples(200)
        .forAll(integers().between(-1, 1439), integers().between(-1, 1439), integers().between(-1, 600),
            booleans().all())
        .check((start, end, minutes, inferred) -> {
          SessionTime.Builder builder = SessionTime.builder();
          if (start >= 0) {
            builder.start(LocalTime.ofSecondOfDay(start * 60L)).startInferred(inferred);
          }
          if (end >= 0) {
            builder.end(LocalTime.ofSecondOfDay(end * 60L));
          }
          if (minutes >= 0) {
            builder.minutes(minutes);
          }
          if (end >= 0 || minutes >= 0) {
            builder.endInferred(inferred);
          }
          SessionTime time = builder.build();
          return SessionTime.parse(time.toString()).equals(time);
        });
  }

  // Issue 12: a linear parse with bounded quotes, and durations a programme can have.

  @Test
  void parse_hundredThousandSpacesBeforeGarbage_isRefusedQuotingAPrefix() {
    String text = "09:00" + " ".repeat(100_000) + "x";
    assertThatThrownBy(() -> SessionTime.parse(text)).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("SessionTime.text must be at most 100 characters")
        .hasMessageEndingWith("(100006 characters)");
  }

  @Test
  void parse_spacesUpToTheLimit_areAccepted() {
    String text = " 09:00 " + " ".repeat(30) + "- 09:30" + " ".repeat(30) + "/ PT30M ";
    assertThat(SessionTime.parse(text)).isEqualTo(SessionTime.parse("09:00-09:30/PT30M"));
  }

  @Test
  void parse_partsMissingAfterTheirSign_areRefused() {
    for (String text : new String[] {"09:00-", "09:00/", "09:00/P", "09:00/20M", "09:00-/PT5M", "09:00-x", "9:0",
        "123:45", "09:00-123:45", "~", "?x", "09:00 09:30", "09:00 PT20M", "09:00/PT5M x"}) {
      assertThatThrownBy(() -> SessionTime.parse(text)).as(text).isInstanceOf(DomainRuleException.class)
          .hasMessageContaining("SessionTime.text must look like \"09:00-09:30\"");
    }
    assertThatThrownBy(() -> SessionTime.parse("09:00/~PT5M~")).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("SessionTime.text must hold valid times and an ISO 8601 duration");
  }

  @Test
  void asInferred_marksTheTimesGiven_andOnlyThose() {
    assertThat(SessionTime.parse("09:00/PT20M").asInferred().toString()).isEqualTo("~09:00/~PT20M");
    assertThat(SessionTime.parse("09:00-09:20").asInferred().toString()).isEqualTo("~09:00-~09:20");
    assertThat(SessionTime.parse("09:00").asInferred().toString()).isEqualTo("~09:00");
    assertThat(SessionTime.parse("09:00").asInferred().isEndInferred()).isFalse();
  }

  @Test
  void toString_marksTheDurationInferredOnlyWhenItStandsForTheEnd() {
    assertThat(SessionTime.parse("09:00/PT20M").toString()).isEqualTo("09:00/PT20M");
    assertThat(SessionTime.parse("09:00-~09:20/PT20M").toString()).isEqualTo("09:00-~09:20/PT20M");
    assertThat(SessionTime.parse("?/~PT20M").toString()).isEqualTo("?/~PT20M");
  }

  @Test
  void lasting_negativeDuration_isRefusedNotWritten() {
    assertThatThrownBy(() -> SessionTime.lasting(Duration.ofMinutes(-30))).isInstanceOf(DomainRuleException.class)
        .hasMessage("SessionTime.duration must not be negative, was PT-30M");
    assertThatThrownBy(() -> SessionTime.parse("?/PT-30M")).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("SessionTime.duration must not be negative");
  }

  @Test
  void lasting_centuriesOfHours_isRefused() {
    assertThatThrownBy(() -> SessionTime.lasting(Duration.parse("PT2562047788015215H")))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("SessionTime.duration must be at most 7 days");
    assertThat(SessionTime.lasting(Duration.ofDays(7)).duration()).contains(Duration.ofDays(7));
  }
}
