package org.oerkit.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.oerkit.core.UnreadableDocumentException;

/**
 * Hostile iCalendar input ends in the reader's typed error, never an exception from deep inside; each case
 * has a generous timeout that only a quadratic or unbounded reader would reach (speed is not asserted).
 */
class ICalendarReaderHostileTest {

  private static final String HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";

  @Test
  @Timeout(30)
  void hugeLine_isRefused() {
    String huge = HEAD + "X-BIG:" + "a".repeat(ICalendarReader.MAX_LINE_LENGTH + 1) + "\r\nEND:VCALENDAR\r\n";
    assertThatThrownBy(() -> ICalendarReader.read(huge)).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("line 3: a line is longer than 1000000 characters");
  }

  @Test
  @Timeout(30)
  void hugeFoldedLine_isRefused() {
    StringBuilder text = new StringBuilder(HEAD).append("DESCRIPTION:x");
    String fold = "\r\n " + "b".repeat(74);
    while (text.length() < ICalendarReader.MAX_LINE_LENGTH + 200_000) {
      text.append(fold);
    }
    String folded = text.append("\r\nEND:VCALENDAR\r\n").toString();
    assertThatThrownBy(() -> ICalendarReader.read(folded)).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("line 3: an unfolded line is longer than");
  }

  @Test
  @Timeout(30)
  void deepNesting_isRefused() {
    String deep = HEAD + "BEGIN:X-A\r\n".repeat(100_000);
    assertThatThrownBy(() -> ICalendarReader.read(deep)).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("nested more than 8 deep");
  }

  @Test
  @Timeout(60)
  void hundredThousandEvents_areRefused() {
    StringBuilder text = new StringBuilder(HEAD);
    String event = "BEGIN:VEVENT\r\nUID:u\r\nDTSTART:20171211T030000Z\r\nSUMMARY:S\r\nEND:VEVENT\r\n";
    for (int i = 0; i < 100_000; i++) {
      text.append(event);
    }
    String many = text.append("END:VCALENDAR\r\n").toString();
    assertThatThrownBy(() -> ICalendarReader.read(many)).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("more than 10000 events");
  }

  @Test
  @Timeout(60)
  void millionsOfLines_areRefused() {
    String lines = HEAD + "X-A:b\r\n".repeat(ICalendarReader.MAX_LINES) + "END:VCALENDAR\r\n";
    assertThatThrownBy(() -> ICalendarReader.read(lines)).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("more than 1000000 lines");
  }

  @Test
  @Timeout(30)
  void manyParametersAndHugeDuration_areRefusedOrBounded() {
    String params = HEAD + "BEGIN:VEVENT\r\nDTSTART" + ";X-P=a".repeat(100_000) + ":20171211T030000Z\r\n"
        + "DURATION:P99999999999999999999W\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    assertThatThrownBy(() -> ICalendarReader.read(params)).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("DURATION must be a positive duration");
    String bigDays = HEAD + "BEGIN:VEVENT\r\nDTSTART:20171211T030000Z\r\nDURATION:P999999999W\r\nEND:VEVENT\r\n"
        + "END:VCALENDAR\r\n";
    assertThatThrownBy(() -> ICalendarReader.read(bigDays)).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("DURATION must be at most 36525 days");
  }

  @Test
  @Timeout(30)
  void controlCharactersAndLoneSurrogates_areTheReadersError() {
    String lone = HEAD + "BEGIN:VEVENT\r\nDTSTART:20171211T030000Z\r\nSUMMARY:a\uD800b\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    assertThatThrownBy(() -> ICalendarReader.read(lone)).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("/VCALENDAR/VEVENT[1]").hasMessageContaining("surrogate");
    // Found by the mutation property: half a pair in a parameter, which a finding's message quoted.
    String parameter = HEAD + "BEGIN:VEVENT\r\nDTSTART:20171211T030000Z\r\nSUMMARY:a\r\n"
        + "RELATED-TO;RELTYPE=\uD800ARENT:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    assertThatThrownBy(() -> ICalendarReader.read(parameter)).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("/VCALENDAR/VEVENT[1]").hasMessageContaining("line 6").hasMessageContaining("surrogate");
  }

  @Test
  void controlCharacterInAText_isRefusedAtItsLine() {
    // Found by ICalendarFuzzTest: NULs in a DESCRIPTION were read into the session, which ICalendarWriter then
    // wrote as spaces, so the calendar read back was not what iCalendar carries of the workshop.
    String nul = HEAD + "BEGIN:VEVENT\r\nDTSTART:20171211T030000Z\r\nSUMMARY:a\r\nDESCRIPTION:x\u0000\u0000y\r\n"
        + "END:VEVENT\r\nEND:VCALENDAR\r\n";
    assertThatThrownBy(() -> ICalendarReader.read(nul)).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("/VCALENDAR/VEVENT[1]").hasMessageContaining("line 6")
        .hasMessageContaining("control character U+0000");
    String folded = HEAD + "BEGIN:VEVENT\r\nDTSTART:20171211T030000Z\r\nSUMMARY:a\r\n \u001Bb\r\nEND:VEVENT\r\n"
        + "END:VCALENDAR\r\n";
    assertThatThrownBy(() -> ICalendarReader.read(folded)).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("line 6").hasMessageContaining("U+001B");
    String tab = HEAD + "BEGIN:VEVENT\r\nDTSTART:20171211T030000Z\r\nSUMMARY:a\tb\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    assertThat(ICalendarReader.read(tab).value().sessions().get(0).title()).isEqualTo("a\tb");
  }

  @Test
  void mutatedCalendars_failOnlyWithTheReadersError() {
    // Fuzzing in the small: every one-character change of a real export is read or refused with
    // UnreadableDocumentException, never another exception.
    String golden = ICalendarWriter.write(Samples.golden());
    String mutations = "\r\n \t:;,=\"\\ZTDP-+0123456789BEGIN:END:VEVENT\uD800\u00E9";
    qt().withExamples(2000)
        .forAll(integers().between(0, golden.length() - 1), integers().between(0, mutations.length() - 1),
            integers().between(0, 2))
        .checkAssert((at, pick, how) -> {
          String c = String.valueOf(mutations.charAt(pick));
          String mutated = how == 0 ? golden.substring(0, at) + c + golden.substring(at + 1)
              : how == 1 ? golden.substring(0, at) + c + golden.substring(at) : golden.substring(0, at) + golden.substring(at + 1);
          try {
            ICalendarReader.read(mutated);
          } catch (UnreadableDocumentException expected) {
            assertThat(expected.location()).startsWith("/");
          }
        });
  }

  private static final String EVENT = "BEGIN:VEVENT\r\nUID:u\r\nDTSTART:20171211T030000Z\r\nSUMMARY:S\r\nEND:VEVENT\r\n";

  // Each bound is a limit the file may reach: at the limit it is read, one beyond it refused.

  @Test
  @Timeout(30)
  void lineOfTheLongestLength_isRead() {
    String longest = HEAD + "X-BIG:" + "a".repeat(ICalendarReader.MAX_LINE_LENGTH - 6) + "\r\n" + EVENT
        + "END:VCALENDAR\r\n";
    assertThat(ICalendarReader.read(longest).value().sessions()).hasSize(1);
  }

  @Test
  @Timeout(30)
  void foldedLineOfTheLongestLength_isRead() {
    StringBuilder text = new StringBuilder(HEAD).append("X-BIG:");
    int length = 6;
    while (length < ICalendarReader.MAX_LINE_LENGTH) {
      int more = Math.min(74, ICalendarReader.MAX_LINE_LENGTH - length);
      text.append("\r\n ").append("b".repeat(more));
      length += more;
    }
    String longest = text.append("\r\n").append(EVENT).append("END:VCALENDAR\r\n").toString();
    assertThat(ICalendarReader.read(longest).value().sessions()).hasSize(1);
    String longer = longest.replace("X-BIG:", "X-BIG:b");
    assertThatThrownBy(() -> ICalendarReader.read(longer)).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("line 3: an unfolded line is longer than 1000000 characters");
  }

  @Test
  @Timeout(60)
  void fileOfTheMostLines_isRead() {
    // Regression: the end of the text after the last line end was counted as one more line, so that a file of
    // exactly MAX_LINES lines was refused as having more.
    String calendar = HEAD + EVENT + "END:VCALENDAR\r\n";
    int lines = calendar.split("\r\n", -1).length - 1;
    String most = calendar + "\r\n".repeat(ICalendarReader.MAX_LINES - lines);
    assertThat(ICalendarReader.read(most).value().sessions()).hasSize(1);
    assertThatThrownBy(() -> ICalendarReader.read(most + "\r\n")).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("line 1000001: the file has more than 1000000 lines");
  }

  @Test
  @Timeout(30)
  void deepestNesting_isRead() {
    // VCALENDAR, VEVENT, VALARM and five components of extensions: 8 deep.
    String deepest = HEAD + "BEGIN:VEVENT\r\nUID:u\r\nDTSTART:20171211T030000Z\r\nSUMMARY:S\r\nBEGIN:VALARM\r\n"
        + "BEGIN:X-A\r\n".repeat(5) + "END:X-A\r\n".repeat(5) + "END:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    assertThat(ICalendarReader.read(deepest).value().sessions()).hasSize(1);
    String deeper = deepest.replace("BEGIN:VALARM\r\n", "BEGIN:VALARM\r\nBEGIN:X-B\r\n")
        .replace("END:VALARM\r\n", "END:X-B\r\nEND:VALARM\r\n");
    assertThatThrownBy(() -> ICalendarReader.read(deeper)).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("nested more than 8 deep");
  }

  @Test
  @Timeout(60)
  void mostEvents_areRead() {
    String most = HEAD + EVENT.repeat(ICalendarReader.MAX_EVENTS) + "END:VCALENDAR\r\n";
    assertThat(ICalendarReader.read(most).value().sessions()).hasSize(ICalendarReader.MAX_EVENTS);
    assertThatThrownBy(() -> ICalendarReader.read(most.replace("END:VCALENDAR", EVENT + "END:VCALENDAR")))
        .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("more than 10000 events");
  }
}
