package org.oerkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.oerkit.core.Finding;
import org.oerkit.core.Imported;
import org.oerkit.core.agenda.Day;
import org.oerkit.core.agenda.Part;
import org.oerkit.core.agenda.Role;
import org.oerkit.core.agenda.RoleKind;
import org.oerkit.core.agenda.Session;
import org.oerkit.core.agenda.SessionKind;
import org.oerkit.core.agenda.Slot;
import org.oerkit.core.agenda.Workshop;

/**
 * The Indico timetable reader, on an export built from Indico's documented format (origin in
 * {@code indico/README.md}): counts, instants, titles and people as the file says them.
 */
class IndicoTimetableTest {

  private static byte[] export() throws IOException {
    try (InputStream in = IndicoTimetableTest.class.getResourceAsStream("/indico/timetable-137346.json")) {
      return in.readAllBytes();
    }
  }

  @Test
  void read_export_daysSessionsAndTimes() throws IOException {
    Imported<Workshop> read = IndicoTimetable.read(export());
    Workshop event = read.value();
    assertThat(event.id()).isEqualTo("indico-137346");
    assertThat(event.zone()).isEqualTo(ZoneId.of("Europe/Zurich"));
    assertThat(event.days()).extracting(Day::date).containsExactly(LocalDate.of(2013, 4, 29),
        LocalDate.of(2013, 4, 30), LocalDate.of(2013, 5, 1));
    assertThat(event.days()).extracting(d -> d.sessions().size()).containsExactly(1, 3, 0);
    assertThat(event.venue()).contains("CERN");
    assertThat(event.rooms()).extracting(r -> r.name())
        .containsExactly("160-1-009", "500-1-001 - Main Auditorium", "Restaurant 1");

    // The documentation's example: Contrib 1, 16:00-16:30 Europe/Zurich (CEST, UTC+02:00), room 160-1-009.
    Slot contrib1 = event.timeline().session("c0").orElseThrow();
    assertThat(contrib1.session().title()).isEqualTo("Contrib 1");
    assertThat(contrib1.session().kind()).isEqualTo(SessionKind.PLENARY_PRESENTATION);
    assertThat(contrib1.start().orElseThrow().toInstant()).isEqualTo(Instant.parse("2013-04-29T14:00:00Z"));
    assertThat(contrib1.session().length()).contains(Duration.ofMinutes(30));
    assertThat(event.room(contrib1.session().room().orElseThrow()).orElseThrow().name()).isEqualTo("160-1-009");

    assertThat(event.days().get(1).sessions()).extracting(Session::id).containsExactly("s12", "b23", "b13");
    Session lunch = event.session("b13").orElseThrow();
    assertThat(lunch.kind()).isEqualTo(SessionKind.LUNCH);
    assertThat(lunch.time().toString()).isEqualTo("12:00/PT1H30M");
  }

  @Test
  void read_sessionBlock_convenersContributionsAndTheBreakInside() throws IOException {
    Workshop event = IndicoTimetable.read(export()).value();
    Session block = event.session("s12").orElseThrow();
    assertThat(block.title()).isEqualTo("Open Educational Resources");
    assertThat(block.subtitle()).contains("National policies");
    assertThat(block.description()).contains("Country reports on open educational resources.");
    assertThat(block.time().toString()).isEqualTo("09:00/PT2H");
    assertThat(block.roles()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(RoleKind.CHAIR);
      assertThat(r.holder().name()).isEqualTo("Ms Lina Benete");
      assertThat(r.holder().person().orElseThrow().familyName()).contains("Benete");
      assertThat(r.holder().person().orElseThrow().affiliations()).extracting(o -> o.name())
          .containsExactly("UNESCO Almaty Cluster Office");
    });
    // Contributions are parts in start order; the coffee break is a session that interrupts the block.
    assertThat(block.parts()).extracting(Part::title)
        .containsExactly("OER Initiatives in Kyrgyzstan", "OER Initiatives in Kazakhstan");
    Part kyrgyzstan = block.parts().get(0);
    assertThat(kyrgyzstan.time().toString()).isEqualTo("09:00/PT40M");
    assertThat(kyrgyzstan.roles()).extracting(Role::line).containsExactly(
        "Presenter: Mr Ulanbek Mambetakunov, Ministry of Education and Science of the Kyrgyz Republic",
        "Presenter: Dr Lira Samykbayeva");
    assertThat(block.interruptedBy()).containsExactly("b23");
    assertThat(event.session("b23").orElseThrow().kind()).isEqualTo(SessionKind.COFFEE_BREAK);
    assertThat(event.validate().findings("agenda.room-overlap")).isEmpty();
  }

  @Test
  void read_export_reportsWhatIsNotKept() throws IOException {
    Imported<Workshop> read = IndicoTimetable.read(export());
    assertThat(read.report().findings()).extracting(Finding::location).containsExactlyInAnyOrder(
        "/results/137346/20130430/s12/entries/c21/attachments",
        "/results/137346/20130430/s12/entries/c22/references",
        "/results/137346",
        "/results/137346");
    assertThat(read.report().findings()).extracting(Finding::message)
        .anyMatch(m -> m.startsWith("2 e-mail addresses are not kept"))
        .anyMatch(m -> m.contains("no event title"));
  }

  @Test
  void read_nestedEntries_arePartsOfParts() {
    String nested = "{\"results\": {\"7\": {\"20240301\": {\"c1\": {\"entryType\": \"Contribution\", \"title\": \"Country"
        + " reports\", \"startDate\": {\"date\": \"2024-03-01\", \"time\": \"09:00:00\", \"tz\": \"Asia/Almaty\"},"
        + " \"endDate\": {\"date\": \"2024-03-01\", \"time\": \"10:00:00\", \"tz\": \"Asia/Almaty\"}, \"entries\": {"
        + "\"c2\": {\"title\": \"Kazakhstan\", \"startDate\": {\"date\": \"2024-03-01\", \"time\": \"09:00:00\","
        + " \"tz\": \"Asia/Almaty\"}, \"endDate\": {\"date\": \"2024-03-01\", \"time\": \"09:30:00\", \"tz\":"
        + " \"Asia/Almaty\"}, \"entries\": {\"c3\": {\"title\": \"Country example\", \"startDate\": {\"date\":"
        + " \"2024-03-01\", \"time\": \"09:10:00\", \"tz\": \"Asia/Almaty\"}, \"endDate\": {\"date\": \"2024-03-01\","
        + " \"time\": \"09:30:00\", \"tz\": \"Asia/Almaty\"}}}}}}}}}}";
    Session reports = IndicoTimetable.read(nested.getBytes(StandardCharsets.UTF_8)).value().sessions().get(0);
    assertThat(reports.parts()).singleElement().satisfies(p -> {
      assertThat(p.title()).isEqualTo("Kazakhstan");
      assertThat(p.parts()).extracting(Part::title).containsExactly("Country example");
      assertThat(p.parts().get(0).time().toString()).isEqualTo("09:10/PT20M");
    });
  }

  @Test
  void read_notATimetable_isRefusedWithThePointer() {
    assertThatThrownBy(() -> IndicoTimetable.read("[]".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(OerJsonException.class).hasMessageContaining("\"results\"");
    assertThatThrownBy(() -> IndicoTimetable.read("{\"results\": {}}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(OerJsonException.class).hasMessageStartingWith("/results");
    assertThatThrownBy(() -> IndicoTimetable.read("{\"results\": {\"1\": {\"2013-04-29\": {}}}}"
        .getBytes(StandardCharsets.UTF_8))).isInstanceOf(OerJsonException.class)
        .hasMessageStartingWith("/results/1/2013-04-29").hasMessageContaining("keyed YYYYMMDD");
    assertThatThrownBy(() -> IndicoTimetable.read(("{\"results\": {\"1\": {\"20130429\": {\"c0\": {\"entryType\":"
        + " \"Contribution\", \"title\": \"T\", \"startDate\": {\"date\": \"2013-04-29\", \"time\": \"25:00:00\","
        + " \"tz\": \"Europe/Zurich\"}}}}}}").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(OerJsonException.class).hasMessageStartingWith("/results/1/20130429/c0/startDate");
    assertThatThrownBy(() -> IndicoTimetable.read(("{\"results\": {\"1\": {\"20130429\": {\"c0\": {\"entryType\":"
        + " \"Contribution\", \"title\": \"T\", \"startDate\": {\"date\": \"2013-04-29\", \"time\": \"10:00:00\","
        + " \"tz\": \"Mars/Olympus\"}}}}}}").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(OerJsonException.class).hasMessageStartingWith("/results/1/20130429/c0/startDate/tz");
    assertThatThrownBy(() -> IndicoTimetable.read("{\"results\": ".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(OerJsonException.class);
  }

  @Test
  void read_deepNesting_isTheMappersBoundedError() {
    String deep = "{\"results\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    assertThatThrownBy(() -> IndicoTimetable.read(deep.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(OerJsonException.class);
  }

  @Test
  void read_mutatedExports_failOnlyWithOerJsonException() throws IOException {
    byte[] original = export();
    qt().withExamples(300).forAll(integers().between(0, original.length - 1), integers().between(0, 255))
        .checkAssert((at, value) -> {
          byte[] mutated = original.clone();
          mutated[at] = (byte) (int) value;
          try {
            IndicoTimetable.read(mutated);
          } catch (OerJsonException expected) {
            assertThat(expected.getMessage()).isNotBlank();
          }
        });
  }
}
