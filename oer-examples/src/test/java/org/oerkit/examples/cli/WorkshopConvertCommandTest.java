package org.oerkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerkit.core.agenda.ICalendarReader;
import org.oerkit.core.agenda.Slot;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.examples.astana.Astana2017;
import org.oerkit.json.OerJson;
import org.oerkit.json.ProgrammeFormat;
import org.oerkit.json.ScheduleJson;
import org.oerkit.json.ScheduleXml;

/**
 * {@code oer workshop convert} and {@code oer workshop check} on the real third-party files of the test
 * resources (oer-json's c3voc, Indico and OER World Map files, oer-core's calendars; origins and licences in
 * the READMEs beside them): the assertions name what the files say.
 */
class WorkshopConvertCommandTest {

  private static final String DEMOCON = "/c3voc/pretalx-democon.json";
  private static final String CONGRESS = "/c3voc/schedule-38c3.xml";
  private static final String PYCON = "/org/oerkit/core/agenda/real/pycon-2025-plenary.ics";
  private static final String INDICO = "/indico/timetable-137346.json";
  private static final String WORLD_MAP_EVENT = "/oerworldmap/testEvent.json";

  @TempDir
  Path dir;

  private static byte[] resource(String path) {
    try (InputStream in = WorkshopConvertCommandTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String file(String resource) throws IOException {
    Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
    Files.write(file, resource(resource));
    return file.toString();
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
  }

  @Test
  void convert_pretalxDemocon_toMarkdown_printsTheProgrammeAndTheFindingsWithTheirPointers() throws IOException {
    String input = file(DEMOCON);
    OerRun run = OerRun.of("workshop", "convert", input, "--to", "markdown");

    assertThat(run.status()).isEqualTo(Oer.OK);
    // "title": "DemoCon"; the first talk, id 25, "Focused 5thgeneration hardware" by Brian Robinson.
    assertThat(run.out()).contains("DemoCon").contains("Focused 5thgeneration hardware").contains("Brian Robinson");
    // Each finding's line starts with the file, as every error line of oer does.
    assertThat(lines(run.err())).isNotEmpty().allMatch(l -> l.startsWith(input + ": "))
        .anyMatch(l -> l.contains(" /schedule/conference/days/0/rooms/Gray Room/0/date [schedule.time-zone] "));
  }

  @Test
  void convert_pretalxDemocon_toJson_isTheWorkshopTheReaderImports() throws IOException {
    OerRun run = OerRun.of("workshop", "convert", file(DEMOCON), "--to", "json");

    assertThat(run.status()).isEqualTo(Oer.OK);
    Workshop democon = OerJson.read(run.out().getBytes(StandardCharsets.UTF_8), Workshop.class);
    assertThat(democon).isEqualTo(ScheduleJson.read(resource(DEMOCON)).value());
    assertThat(democon.sessions()).hasSize(36);
    assertThat(democon.timeline().sessions().get(0).start().orElseThrow().toInstant())
        .isEqualTo(Instant.parse("2020-12-14T08:00:00Z"));
  }

  @Test
  void convert_frabCongress_toScheduleJson_keepsEveryEvent() throws IOException {
    String input = file(CONGRESS);
    OerRun run = OerRun.of("workshop", "convert", input, "--to", "schedule-json");

    assertThat(run.status()).isEqualTo(Oer.OK);
    Workshop congress = ScheduleXml.read(resource(CONGRESS)).value();
    Workshop converted = ScheduleJson.read(run.out().getBytes(StandardCharsets.UTF_8)).value();
    assertThat(converted.sessions()).hasSameSizeAs(congress.sessions());
    assertThat(converted.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(lines(run.err())).allMatch(l -> l.startsWith(input + ": ")
        && l.substring(input.length() + 2).matches("(ERROR|WARNING|INFO) /schedule.*"));
  }

  @Test
  void convert_calendarApp_toJson_isTheCalendarsProgramme() throws IOException {
    OerRun run = OerRun.of("workshop", "convert", file(PYCON), "--to", "json");

    assertThat(run.status()).isEqualTo(Oer.OK);
    Workshop pycon = OerJson.read(run.out().getBytes(StandardCharsets.UTF_8), Workshop.class);
    assertThat(pycon.title().original()).isEqualTo("PyCon 2025 Plenary");
    assertThat(pycon.sessions()).hasSize(13);
    assertThat(pycon).isEqualTo(ICalendarReader.read(new String(resource(PYCON), StandardCharsets.UTF_8)).value());
  }

  @Test
  void convert_zone_isTheZoneOfTheCalendar() throws IOException {
    OerRun run = OerRun.of("workshop", "convert", file(PYCON), "--to", "json", "--zone", "America/New_York");

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(OerJson.read(run.out().getBytes(StandardCharsets.UTF_8), Workshop.class).zone())
        .isEqualTo(ZoneId.of("America/New_York"));
  }

  @Test
  void convert_indicoTimetable_toIcs_writesAnEventPerSession() throws IOException {
    OerRun run = OerRun.of("workshop", "convert", file(INDICO), "--to", "ics");

    assertThat(run.status()).isEqualTo(Oer.OK);
    // Sessions on 2013-04-29 (1) and 2013-04-30 (3), in Europe/Zurich.
    assertThat(run.out()).startsWith("BEGIN:VCALENDAR");
    assertThat(run.out().split("BEGIN:VEVENT", -1)).hasSize(1 + 4);
  }

  @Test
  void convert_worldMapEvent_needsAZone() throws IOException {
    String event = file(WORLD_MAP_EVENT);

    OerRun without = OerRun.of("workshop", "convert", event, "--to", "json");
    assertThat(without.status()).isEqualTo(Oer.FINDINGS);
    assertThat(without.errLine()).startsWith(event + ": ").contains("no time zone").doesNotContain("\n");

    OerRun with = OerRun.of("workshop", "convert", event, "--to", "json", "--zone", "Europe/Berlin");
    assertThat(with.status()).isEqualTo(Oer.OK);
    Workshop workshop = OerJson.read(with.out().getBytes(StandardCharsets.UTF_8), Workshop.class);
    assertThat(workshop.startDate()).isEqualTo(LocalDate.of(2015, 11, 11));
    assertThat(lines(with.err())).anyMatch(l -> l.contains(" /endDate "));
  }

  @Test
  void convert_standardInput_isReadLikeAFile() {
    InputStream stdin = System.in;
    OerRun run;
    try {
      System.setIn(new ByteArrayInputStream(resource(DEMOCON)));
      run = OerRun.of("workshop", "convert", "-", "--to", "text");
    } finally {
      System.setIn(stdin);
    }
    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.out()).contains("Focused 5thgeneration hardware");
  }

  @Test
  void convert_output_isTheFileStandardOutputWouldHaveBeen() throws IOException {
    Path out = dir.resolve("democon.xml");
    OerRun toFile = OerRun.of("workshop", "convert", file(DEMOCON), "--to", "schedule-xml", "-o", out.toString());
    OerRun toStdout = OerRun.of("workshop", "convert", file(DEMOCON), "--to", "schedule-xml");

    assertThat(toFile.status()).isEqualTo(Oer.OK);
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(out)).isEqualTo(toStdout.out()).startsWith("<?xml");
    assertThat(toFile.err()).isEqualTo(toStdout.err()).isNotEmpty();
  }

  @Test
  void convert_whatIsNoProgramme_isUnreadableAndNamesTheFormats() throws IOException {
    Path garbage = dir.resolve("notes.txt");
    Files.writeString(garbage, "Day 1: registration at nine");

    OerRun run = OerRun.of("workshop", "convert", garbage.toString(), "--to", "json");

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLine()).startsWith(garbage + ": ")
        .contains("json, schedule-json, schedule-xml, ics, indico, owm").doesNotContain("\n");
  }

  @Test
  void convert_missingFile_isUnreadable() {
    OerRun run = OerRun.of("workshop", "convert", dir.resolve("none.ics").toString(), "--to", "json");

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.errLine()).contains("none.ics").doesNotContain("\n");
  }

  @Test
  void convert_unknownFormatOrZone_isAUsageError() {
    OerRun format = OerRun.of("workshop", "convert", "astana-2017", "--to", "pdf");
    OerRun zone = OerRun.of("workshop", "convert", "astana-2017", "--to", "json", "--zone", "Mars/Olympus");
    OerRun missing = OerRun.of("workshop", "convert", "astana-2017");

    assertThat(format.status()).isEqualTo(Oer.USAGE);
    assertThat(format.err()).contains("schedule-xml").contains("'pdf'");
    assertThat(zone.status()).isEqualTo(Oer.USAGE);
    assertThat(zone.err()).contains("'Mars/Olympus'");
    assertThat(missing.status()).isEqualTo(Oer.USAGE);
    assertThat(missing.err()).contains("--to");
  }

  @Test
  void convert_astana_roundTripsThroughEveryFormatThatCarriesAllOfIt() throws IOException {
    Workshop astana = Astana2017.workshop();
    for (String format : List.of("json", "schedule-json")) {
      Path written = dir.resolve("astana." + format);
      OerRun out = OerRun.of("workshop", "convert", "astana-2017", "--to", format, "-o", written.toString());
      OerRun back = OerRun.of("workshop", "convert", written.toString(), "--to", "json");

      assertThat(out.status()).as(format).isEqualTo(Oer.OK);
      assertThat(back.status()).as(format).isEqualTo(Oer.OK);
      assertThat(OerJson.read(back.out().getBytes(StandardCharsets.UTF_8), Workshop.class)).as(format)
          .isEqualTo(astana);
    }
  }

  @Test
  void convert_astana_throughScheduleXmlAndICalendar_keepsEveryTitleAtItsInstant() throws IOException {
    Workshop astana = Astana2017.workshop();
    for (String format : List.of("schedule-xml", "ics")) {
      Path written = dir.resolve("astana." + format);
      OerRun out = OerRun.of("workshop", "convert", "astana-2017", "--to", format, "-o", written.toString());
      OerRun back = OerRun.of("workshop", "convert", written.toString(), "--to", "json");

      assertThat(out.status()).as(format).isEqualTo(Oer.OK);
      assertThat(back.status()).as(format).isEqualTo(Oer.OK);
      Workshop read = OerJson.read(back.out().getBytes(StandardCharsets.UTF_8), Workshop.class);
      assertThat(read.zone()).as(format).isEqualTo(astana.zone());
      assertThat(read.title().original()).as(format).isEqualTo(astana.title().original());
      // Both write a session interrupted by a break as its segments (INTERCHANGE.md): every start is kept.
      assertThat(starts(read)).as(format).containsAll(starts(astana));
    }
  }

  @Test
  void convert_astana_throughTheWorldMap_keepsTitleDatesAndPlace() throws IOException {
    Workshop astana = Astana2017.workshop();
    Path written = dir.resolve("astana.owm.json");
    OerRun out = OerRun.of("workshop", "convert", "astana-2017", "--to", "owm", "-o", written.toString());
    OerRun back = OerRun.of("workshop", "convert", written.toString(), "--to", "json", "--zone",
        astana.zone().getId());

    assertThat(out.status()).isEqualTo(Oer.OK);
    assertThat(back.status()).isEqualTo(Oer.OK);
    Workshop read = OerJson.read(back.out().getBytes(StandardCharsets.UTF_8), Workshop.class);
    assertThat(read.title().original()).isEqualTo(astana.title().original());
    assertThat(read.startDate()).isEqualTo(astana.startDate());
    assertThat(read.endDate()).isEqualTo(astana.endDate());
    assertThat(read.venue()).isEqualTo(astana.venue());
    assertThat(read.city()).isEqualTo(astana.city());
    assertThat(read.country()).isEqualTo(astana.country());
    assertThat(read.sessions()).isEmpty();
  }

  @Test
  void convert_astana_toHtmlAndSvg_arePicturesOfItsProgramme() {
    OerRun html = OerRun.of("workshop", "convert", "astana-2017", "--to", "html");
    OerRun svg = OerRun.of("workshop", "convert", "astana-2017", "--to", "svg");

    assertThat(html.status()).isEqualTo(Oer.OK);
    assertThat(html.out()).isEqualTo(OerRun.of("workshop", "export", "astana-2017", "--format", "html").out());
    assertThat(svg.status()).isEqualTo(Oer.OK);
    assertThat(svg.out()).contains("<svg");
    assertThat(html.err()).isEmpty();
  }

  @Test
  void check_realFiles_reportsTheImportsFindingsWithTheProgrammes() throws IOException {
    OerRun run = OerRun.of("workshop", "check", file(DEMOCON));

    assertThat(run.out()).contains("/schedule/conference/days/0/rooms/Gray Room/0/date [schedule.time-zone]");
    assertThat(run.status()).isIn(Oer.OK, Oer.FINDINGS);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void check_json_listsImportFindingsFirst() throws IOException {
    OerRun run = OerRun.of("workshop", "check", file(PYCON), "--json");

    var list = OerJson.mapper().readTree(run.out());
    var imported = ProgrammeFormat.read(resource(PYCON), Optional.empty()).report().findings();
    assertThat(list.size()).isGreaterThanOrEqualTo(imported.size());
    for (int i = 0; i < imported.size(); i++) {
      assertThat(list.get(i).get("location").asString()).isEqualTo(imported.get(i).location());
    }
  }

  @Test
  void check_worldMapEvent_withZone_isRead() throws IOException {
    OerRun run = OerRun.of("workshop", "check", file(WORLD_MAP_EVENT), "--zone", "Europe/Berlin");

    assertThat(run.out()).contains("/endDate");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void export_stillTakesTheNewFormats() {
    OerRun run = OerRun.of("workshop", "export", "astana-2017", "--format", "schedule-xml");

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(starts(ScheduleXml.read(run.out().getBytes(StandardCharsets.UTF_8)).value()))
        .containsAll(starts(Astana2017.workshop()));
  }

  private static List<Instant> starts(Workshop workshop) {
    return workshop.timeline().sessions().stream().map(Slot::start).flatMap(Optional::stream)
        .map(t -> t.toInstant()).toList();
  }
}
