package org.oerkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.oerkit.core.Finding;
import org.oerkit.core.Imported;
import org.oerkit.core.Report;
import org.oerkit.core.Severity;
import org.oerkit.core.UnreadableDocumentException;
import org.oerkit.core.agenda.AgendaCheck;
import org.oerkit.core.agenda.AgendaRules;
import org.oerkit.core.agenda.ICalendarReader;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.json.internal.ScheduleImport;
import tools.jackson.databind.node.ObjectNode;

/**
 * Jazzer fuzz targets for the readers of other tools' formats (issue 12, "Keep it found"), one per format
 * and one for {@link ProgrammeFormat}, which tells the format from the bytes. The contract of each: any
 * bytes give a value or the reader's documented exception with a short problem, never another exception
 * or error; what is read writes and reads back as far as the format's own round-trip tests promise; and
 * every value read writes and reads back equal in oerkit's own JSON.
 *
 * <p>The normal test run replays the corpus of {@code ForeignReadFuzzTestInputs/<method>} (Jazzer's
 * regression mode); the {@code fuzz} profile fuzzes one target for a given time (see
 * {@code oer-core/TESTING.md}).
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ForeignReadFuzzTest {

  /** The longest problem a refusal may state: messages quote a bounded prefix of the input. */
  private static final int MAX_PROBLEM_LENGTH = 2_000;
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Loads every reader and writer before the first timed input. */
  @BeforeAll
  static void warmUp() {
    Workshop astana = AgendaSamples.astana();
    assertThat(ScheduleJson.read(ScheduleJson.write(astana)).value()).isEqualTo(astana);
    assertThat(ScheduleXml.read(ScheduleXml.write(astana)).value().sessions()).isNotEmpty();
    assertThat(OerWorldMap.readEvent(OerWorldMap.write(astana), astana.zone()).value().title().original())
        .isEqualTo(astana.title().original());
    assertThat(ProgrammeFormat.read(OerJson.write(astana), Optional.empty()).value()).isEqualTo(astana);
  }

  /** schedule.xml: ScheduleXmlTest's promise, what schedule.xml carries of the workshop it reads back. */
  @FuzzTest
  void scheduleXml(byte[] xml) {
    Workshop workshop;
    try {
      workshop = ScheduleXml.read(xml).value();
    } catch (UnreadableDocumentException e) {
      assertThat(problem(e)).hasSizeLessThan(MAX_PROBLEM_LENGTH);
      return;
    }
    Workshop again = ScheduleXml.read(ScheduleXml.write(workshop)).value();
    assertThat(C3voc.carried(again)).isEqualTo(C3voc.carriedInXml(workshop));
    assertThat(again.zone()).isEqualTo(workshop.zone());
    assertThat(again.startDate()).isEqualTo(workshop.startDate());
    assertThat(again.endDate()).isEqualTo(workshop.endDate());
    writesAndReadsBack(workshop);
  }

  /**
   * schedule.json: ScheduleJsonTest's promise, the same workshop back and no findings; a workshop whose
   * identifiers are not unique (a finding of {@link AgendaRules#DUPLICATE_ID}, not an error of the value) is
   * written with the same guid twice, which reading back reports, and nothing else.
   */
  @FuzzTest
  void scheduleJson(byte[] json) {
    Workshop workshop;
    try {
      workshop = ScheduleJson.read(json).value();
    } catch (OerJsonException e) {
      assertThat(e.problem()).hasSizeLessThan(MAX_PROBLEM_LENGTH);
      return;
    }
    Imported<Workshop> again = ScheduleJson.read(ScheduleJson.write(workshop));
    assertThat(again.value()).isEqualTo(workshop);
    if (AgendaCheck.standard().check(workshop).findings().stream()
        .noneMatch(f -> f.rule().equals(AgendaRules.DUPLICATE_ID))) {
      assertThat(again.report().findings()).isEmpty();
    } else {
      assertThat(again.report().findings()).allSatisfy(f -> assertThat(f.rule()).isEqualTo(ScheduleImport.DUPLICATE_EVENT));
    }
    writesAndReadsBack(workshop);
  }

  /** Indico's timetable export, which oerkit reads and does not write. */
  @FuzzTest
  void indico(byte[] json) {
    Workshop workshop;
    try {
      workshop = IndicoTimetable.read(json).value();
    } catch (OerJsonException e) {
      assertThat(e.problem()).hasSizeLessThan(MAX_PROBLEM_LENGTH);
      return;
    }
    writesAndReadsBack(workshop);
  }

  /**
   * OER World Map JSON, read as policies and as events: OerWorldMapReaderTest's promises for what the export
   * keeps ({@link OerWorldMap#losses(PolicyDraft)} and {@link OerWorldMap#losses(Workshop)} say what it leaves
   * out: texts in languages the World Map does not list, dates past 2099 as year and month). A policy that
   * loses nothing but what keywords keep writes the same document after one round trip; an event whose title
   * and start are kept gives back its title, place, organizers, start and (when kept) end.
   */
  @FuzzTest
  void oerWorldMap(byte[] json) {
    try {
      for (PolicyDraft draft : OerWorldMap.readPolicies(json).value()) {
        writesAndReadsBack(draft);
        List<Finding> losses = OerWorldMap.losses(draft).findings();
        if (draft.worldMap().isPresent() && losses.stream().noneMatch(f -> f.severity() == Severity.WARNING
            || f.location().startsWith("/versions/"))) {
          ObjectNode written = OerWorldMap.of(draft);
          Imported<PolicyDraft> again = OerWorldMap.readPolicy(OerJson.write(written));
          assertThat(OerWorldMap.of(again.value())).isEqualTo(written);
          assertThat(again.report().findings()).isEmpty();
        }
      }
    } catch (OerJsonException e) {
      assertThat(e.problem()).hasSizeLessThan(MAX_PROBLEM_LENGTH);
    }
    List<Workshop> events;
    try {
      events = OerWorldMap.readEvents(json, BERLIN).value();
    } catch (OerJsonException e) {
      assertThat(e.problem()).hasSizeLessThan(MAX_PROBLEM_LENGTH);
      return;
    }
    for (Workshop event : events) {
      writesAndReadsBack(event);
      List<Finding> losses = OerWorldMap.losses(event).findings();
      if (OerWorldMap.of(event).path("name").isEmpty()) {
        // The export has no name, which an event needs: the losses say so, and it is not read back.
        assertThat(losses).anyMatch(f -> f.severity() == Severity.ERROR && f.location().equals("/title"));
        continue;
      }
      Workshop again = OerWorldMap.readEvent(OerWorldMap.write(event), event.zone()).value();
      assertThat(again.title().original()).isEqualTo(event.title().original());
      assertThat(again.country()).isEqualTo(event.country());
      assertThat(again.city()).isEqualTo(event.country().isPresent() ? event.city() : Optional.empty());
      assertThat(again.organizers()).extracting(o -> o.name())
          .containsExactlyElementsOf(event.organizers().stream().map(o -> o.name()).toList());
      // A date after 2099 is written as its year and month (a loss), and read as the month's first day, or
      // the month's last for the end.
      assertThat(again.startDate()).isEqualTo(losses.stream().anyMatch(f -> f.location().equals("/startDate"))
          ? event.startDate().withDayOfMonth(1) : event.startDate());
      if (losses.stream().noneMatch(f -> f.location().equals("/endDate"))) {
        assertThat(again.endDate()).isEqualTo(event.endDate());
      } else {
        assertThat(again.endDate()).isEqualTo(java.time.YearMonth.from(event.endDate()).atEndOfMonth());
      }
    }
  }

  /**
   * Any programme, its format told from the bytes: {@link ProgrammeFormat#detect(byte[])} never throws, and
   * {@link ProgrammeFormat#read(byte[], Optional)} (with and without a zone) gives what the detected format's
   * own reader gives, or an {@link UnreadableDocumentException}; bytes of no format are refused.
   */
  @FuzzTest
  void programme(byte[] bytes) {
    Optional<ProgrammeFormat> format = ProgrammeFormat.detect(bytes);
    for (Optional<ZoneId> zone : List.of(Optional.<ZoneId>empty(), Optional.of(BERLIN))) {
      Imported<Workshop> read;
      try {
        read = ProgrammeFormat.read(bytes, zone);
      } catch (UnreadableDocumentException e) {
        assertThat(problem(e)).hasSizeLessThan(MAX_PROBLEM_LENGTH);
        continue;
      }
      assertThat(format).isPresent().isNotEqualTo(Optional.of(ProgrammeFormat.JSONLD));
      assertThat(read).isEqualTo(readAs(format.get(), bytes, zone));
      writesAndReadsBack(read.value());
    }
  }

  /** The format's own reader, as {@link ProgrammeFormat#read(byte[], Optional)} names it. */
  private static Imported<Workshop> readAs(ProgrammeFormat format, byte[] bytes, Optional<ZoneId> zone) {
    return switch (format) {
      case NATIVE_JSON -> Imported.of(OerJson.read(bytes, Workshop.class), Report.empty());
      case SCHEDULE_JSON -> ScheduleJson.read(bytes);
      case SCHEDULE_XML -> ScheduleXml.read(bytes);
      case ICS -> {
        String text = new String(bytes, UTF_8);
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        yield zone.isPresent() ? ICalendarReader.read(text, zone.get())
            : ICalendarReader.read(text);
      }
      case INDICO -> IndicoTimetable.read(bytes);
      case OWM -> OerWorldMap.readEvent(bytes, zone.orElseThrow());
      case JSONLD -> throw new AssertionError("JSON-LD is written only, yet it was read");
    };
  }

  /** What oerkit reads, it writes in its own JSON so that it reads it again (ReadFuzzTest's contract). */
  private static <T> void writesAndReadsBack(T value) {
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) (value instanceof Workshop ? Workshop.class : PolicyDraft.class);
    assertThat(OerJson.read(OerJson.write(value), type)).isEqualTo(value);
  }

  /** The problem without its location, which is a path into the input. */
  private static String problem(UnreadableDocumentException e) {
    return e instanceof OerJsonException json ? json.problem() : e.getMessage().substring(e.location().length() + 2);
  }
}
