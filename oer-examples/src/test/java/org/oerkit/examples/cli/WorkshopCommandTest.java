package org.oerkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerkit.json.OerJson;
import tools.jackson.databind.JsonNode;

class WorkshopCommandTest {

  @Test
  void check_astana_validates_withTheInferredTimesAsNotes() {
    OerRun run = OerRun.of("workshop", "check", "astana-2017");

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.out()).contains("INFO /days/2/sessions/3 [agenda.time-inferred] session session-13: ")
        .contains("INFO /days/2/sessions/2 [agenda.time-inferred] session d3-coffee-1: ")
        .endsWith("0 errors, 0 warnings, 3 notes\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void check_json_isAListOfFindings() {
    OerRun run = OerRun.of("workshop", "check", "astana-2017", "--json");

    JsonNode list = OerJson.mapper().readTree(run.out());
    assertThat(list).hasSize(3);
    assertThat(list.get(0).propertyNames()).containsExactly("severity", "location", "rule", "source", "message");
  }

  @Test
  void check_missingFile_isBadInputOnOneLine() {
    OerRun run = OerRun.of("workshop", "check", "no-such-workshop.json");

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.errLine()).isEqualTo("no-such-workshop.json: no such file");
  }

  @Test
  void check_noArgument_isUsageError() {
    OerRun run = OerRun.of("workshop", "check");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).isEqualTo("oer workshop check: Missing required parameter: 'WORKSHOP'");
  }

  /**
   * Reads a golden file. To update one after a deliberate change, run for example
   * {@code java -jar oer-examples/target/oer.jar workshop export astana-2017 --format markdown
   * -o oer-examples/src/test/resources/org/oerkit/examples/golden/astana-2017.md} and review the diff.
   */
  private static String golden(String name) throws IOException {
    try (InputStream in = WorkshopCommandTest.class.getResourceAsStream("/org/oerkit/examples/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void export_markdown_isTheGoldenFile() throws IOException {
    OerRun run = OerRun.of("workshop", "export", "astana-2017", "--format", "markdown");

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.out()).isEqualTo(golden("astana-2017.md"));
  }

  @Test
  void export_ics_isTheGoldenFile() throws IOException {
    OerRun run = OerRun.of("workshop", "export", "astana-2017", "--format", "ics");

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.out()).isEqualTo(golden("astana-2017.ics"));
    assertThat(run.out()).contains("DTSTART;TZID=Asia/Almaty:20171211T090000");
  }

  @Test
  void export_scheduleJson_isTheGoldenFile() throws IOException {
    OerRun run = OerRun.of("workshop", "export", "astana-2017", "--format", "schedule-json");

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.out()).isEqualTo(golden("astana-2017.schedule.json"));
    JsonNode conference = OerJson.mapper().readTree(run.out()).get("schedule").get("conference");
    assertThat(conference.get("time_zone_name").asString()).isEqualTo("Asia/Almaty");
    // Day 1 closes at 18:30 but the reception runs 19:00-21:00 (concept note agenda): day_end covers it.
    assertThat(conference.get("days").get(0).get("day_end").asString()).isEqualTo("2017-12-11T21:00:00+06:00");
    // No two events of one room overlap: a session and the coffee break inside it are written as segments.
    for (JsonNode day : conference.get("days")) {
      for (JsonNode room : day.get("rooms")) {
        java.util.List<java.time.OffsetDateTime[]> spans = new java.util.ArrayList<>();
        room.forEach(e -> spans.add(new java.time.OffsetDateTime[] {
            java.time.OffsetDateTime.parse(e.get("date").asString()),
            java.time.OffsetDateTime.parse(e.get("end").asString())}));
        for (int i = 1; i < spans.size(); i++) {
          assertThat(spans.get(i)[0]).isAfterOrEqualTo(spans.get(i - 1)[1]);
        }
      }
    }
  }

  @Test
  void export_jsonld_isSchemaOrg() {
    OerRun run = OerRun.of("workshop", "export", "astana-2017", "--format", "jsonld");

    assertThat(run.status()).isEqualTo(Oer.OK);
    JsonNode node = OerJson.mapper().readTree(run.out());
    assertThat(node.toString()).contains("https://schema.org").contains("2017-12-11T09:00:00+06:00");
  }

  @Test
  void export_ics_parsesWithIcal4j_oneEventPerSessionAtAstanaTime() throws Exception {
    // RFC 5545, read back with ical4j: every session is a VEVENT in the Asia/Almaty zone, UTC+06:00 in 2017.
    net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
        .build(new java.io.StringReader(golden("astana-2017.ics")));

    java.util.List<net.fortuna.ical4j.model.component.VEvent> events = calendar.getComponents("VEVENT").stream()
        .map(c -> (net.fortuna.ical4j.model.component.VEvent) c).collect(java.util.stream.Collectors.toList());
    assertThat(events).hasSizeGreaterThanOrEqualTo(30);
    assertThat(events.get(0).<net.fortuna.ical4j.model.Property>getProperty("SUMMARY").orElseThrow().getValue())
        .isEqualTo("Registration");
    assertThat(events.get(0).<net.fortuna.ical4j.model.Property>getProperty("DTSTART").orElseThrow().getValue())
        .isEqualTo("20171211T090000");
  }

  @Test
  void export_text_isTheGoldenFile() throws IOException {
    assertThat(OerRun.of("workshop", "export", "astana-2017", "--format", "text").out())
        .isEqualTo(golden("astana-2017.txt"));
  }

  @Test
  void export_json_toFile_readsBackForCheck(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("astana.json");

    OerRun export = OerRun.of("workshop", "export", "astana-2017", "--format", "json", "-o", file.toString());
    OerRun check = OerRun.of("workshop", "check", file.toString());
    OerRun markdown = OerRun.of("workshop", "export", file.toString(), "--format", "markdown");

    assertThat(export.status()).isEqualTo(Oer.OK);
    assertThat(export.out()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("{\n  \"format\": \"oerkit/workshop/1\"");
    assertThat(check.status()).isEqualTo(Oer.OK);
    assertThat(check.out()).endsWith("0 errors, 0 warnings, 3 notes\n");
    assertThat(markdown.out()).isEqualTo(golden("astana-2017.md"));
  }

  @Test
  void check_unreadableJson_isBadInputWithItsLocation(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"format\": \"oerkit/workshop/1\", \"id\": 42}", StandardCharsets.UTF_8);

    OerRun run = OerRun.of("workshop", "check", file.toString());

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.errLine()).startsWith(file + ":1:").contains(": /id: ").doesNotContain("\n");
  }

  @Test
  void check_unknownExampleName_listsTheExamples() {
    OerRun run = OerRun.of("workshop", "check", "astana-2018");

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.errLine()).isEqualTo("astana-2018: no such file, and no example of that name; did you mean "
        + "astana-2017? The examples: astana-2017.");
  }

  @Test
  void export_toADirectory_saysItCannotWriteThere(@TempDir Path dir) {
    OerRun run = OerRun.of("workshop", "export", "astana-2017", "-o", dir.toString());

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.errLine()).isEqualTo(dir + ": cannot write: is a directory; name a file in it");
  }

  @Test
  void export_withoutFormat_isMarkdown_asPolicyShowIs() {
    assertThat(OerRun.of("workshop", "export", "astana-2017").out())
        .isEqualTo(OerRun.of("workshop", "export", "astana-2017", "--format", "markdown").out());
  }

  @Test
  void export_dashOutput_isStandardOutput() {
    assertThat(OerRun.of("workshop", "export", "astana-2017", "--format", "ics", "-o", "-").out())
        .startsWith("BEGIN:VCALENDAR");
  }

  @Test
  void check_standardInput_readsTheWorkshop(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("astana.json");
    OerRun.of("workshop", "export", "astana-2017", "--format", "json", "-o", file.toString());
    java.io.InputStream stdin = System.in;
    try {
      System.setIn(Files.newInputStream(file));
      OerRun run = OerRun.of("workshop", "check", "-");

      assertThat(run.status()).isEqualTo(Oer.OK);
      assertThat(run.out()).endsWith("0 errors, 0 warnings, 3 notes\n");
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void export_unknownFormat_isUsageError() {
    OerRun run = OerRun.of("workshop", "export", "astana-2017", "--format", "pdf");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).isEqualTo("oer workshop export: Invalid value for option '--format': expected one of "
        + "markdown, text, json, schedule-json, schedule-xml, ics, jsonld, owm, html, svg, was 'pdf'");
  }

  @Test
  void export_unwritableFile_isBadInput(@TempDir Path dir) {
    OerRun run = OerRun.of("workshop", "export", "astana-2017", "--format", "ics", "-o",
        dir.resolve("no/such/dir/a.ics").toString());

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.errLine()).isEqualTo(dir.resolve("no/such/dir/a.ics") + ": cannot write: the directory "
        + dir.resolve("no/such/dir") + " does not exist");
  }
}
