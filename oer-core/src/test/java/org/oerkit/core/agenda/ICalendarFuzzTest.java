package org.oerkit.core.agenda;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.oerkit.core.Imported;
import org.oerkit.core.UnreadableDocumentException;

/**
 * Jazzer fuzz target for {@link ICalendarReader} (issue 12, "Keep it found"): any text, read in the file's
 * zone and in a zone the caller names, gives a workshop or an {@link UnreadableDocumentException} with a
 * short problem, never another exception or error; and a workshop that is read is written by
 * {@link ICalendarWriter} and read back to what iCalendar carries of it
 * ({@link ICalendarRoundTripTest#carried(Workshop)}, the loss the reader's Javadoc lists).
 *
 * <p>The normal test run replays {@code ICalendarFuzzTestInputs/read} (Jazzer's regression mode); the
 * {@code fuzz} profile fuzzes it for a given time (see {@code oer-core/TESTING.md}).
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ICalendarFuzzTest {

  /** The longest problem a refusal may state: messages quote a bounded prefix of the input. */
  private static final int MAX_PROBLEM_LENGTH = 2_000;
  private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  /** Loads the reader, the writer and the zone rules before the first timed input. */
  @BeforeAll
  static void warmUp() {
    assertThat(ICalendarReader.read(ICalendarWriter.write(Samples.golden())).value().sessions()).isNotEmpty();
  }

  @FuzzTest
  void read(byte[] bytes) {
    String text = new String(bytes, UTF_8);
    readsOrRefuses(text, Optional.empty());
    readsOrRefuses(text, Optional.of(ALMATY));
  }

  private static void readsOrRefuses(String text, Optional<ZoneId> zone) {
    Imported<Workshop> read;
    try {
      read = zone.isPresent() ? ICalendarReader.read(text, zone.get()) : ICalendarReader.read(text);
    } catch (UnreadableDocumentException e) {
      assertThat(problem(e)).hasSizeLessThan(MAX_PROBLEM_LENGTH);
      return;
    }
    Workshop workshop = read.value();
    String written = ICalendarWriter.write(workshop);
    if (workshop.timeline().sessions().stream().noneMatch(s -> s.start().isPresent())) {
      // Only all-day events: the writer writes no event, which the reader refuses.
      assertThatThrownBy(() -> ICalendarReader.read(written)).isInstanceOf(UnreadableDocumentException.class)
          .hasMessageContaining("no VEVENT");
      return;
    }
    assertThat(ICalendarReader.read(written).value()).as(written).isEqualTo(ICalendarRoundTripTest.carried(workshop));
  }

  /** The problem without its location, which is a path into the input. */
  private static String problem(UnreadableDocumentException e) {
    return e.getMessage().substring(e.location().length() + 2);
  }
}
