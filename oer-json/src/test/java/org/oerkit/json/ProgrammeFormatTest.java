package org.oerkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.oerkit.core.agenda.ICalendarWriter;

class ProgrammeFormatTest {

  private static Optional<ProgrammeFormat> detect(String text) {
    return ProgrammeFormat.detect(text.getBytes(UTF_8));
  }

  @Test
  void detect_oerkitsOwnOutputs_givesTheirFormats() {
    assertThat(ProgrammeFormat.detect(Golden.bytes("workshop.json"))).contains(ProgrammeFormat.NATIVE_JSON);
    assertThat(ProgrammeFormat.detect(ScheduleJson.write(AgendaSamples.astana())))
        .contains(ProgrammeFormat.SCHEDULE_JSON);
    assertThat(ProgrammeFormat.detect(ScheduleXml.write(AgendaSamples.astana())))
        .contains(ProgrammeFormat.SCHEDULE_XML);
    assertThat(detect(ICalendarWriter.write(AgendaSamples.astana()))).contains(ProgrammeFormat.ICS);
    assertThat(ProgrammeFormat.detect(Golden.bytes("astana.jsonld"))).contains(ProgrammeFormat.JSONLD);
    assertThat(ProgrammeFormat.detect(Golden.bytes("astana.oerworldmap.json"))).contains(ProgrammeFormat.OWM);
    assertThat(ProgrammeFormat.detect(Golden.bytes("policy.oerworldmap.json"))).contains(ProgrammeFormat.OWM);
  }

  @Test
  void detect_realExports_givesTheirFormats() {
    assertThat(ProgrammeFormat.detect(C3voc.bytes("pretalx-democon.json"))).contains(ProgrammeFormat.SCHEDULE_JSON);
    // 2.1 MB, of which only the first 64 KiB are looked at.
    assertThat(ProgrammeFormat.detect(C3voc.bytes("schedule-38c3.xml"))).contains(ProgrammeFormat.SCHEDULE_XML);
  }

  @Test
  void detect_theShapesOtherToolsWrite() {
    // Indico's envelope, /export/timetable/ID.json (indico/indico, HTTP API).
    assertThat(detect("{\"count\": 1, \"additionalInfo\": {}, \"_type\": \"HTTPAPIResult\", \"results\": {}}"))
        .contains(ProgrammeFormat.INDICO);
    // OER World Map's API wraps each record in a WebPage (hbz/oerworldmap).
    assertThat(detect("{\"@type\": \"WebPage\", \"about\": {\"@type\": \"Policy\"}, \"dateCreated\": \"2020\"}"))
        .contains(ProgrammeFormat.OWM);
    // A calendar app's export with a byte order mark, LF line ends and lower case.
    assertThat(ProgrammeFormat.detect(("\uFEFFbegin:vcalendar\nVERSION:2.0\n").getBytes(UTF_8)))
        .contains(ProgrammeFormat.ICS);
    assertThat(detect("<?xml version=\"1.0\"?>\n<!-- frab -->\n<schedule xmlns:xsi=\"x\"><version>1</version>"))
        .contains(ProgrammeFormat.SCHEDULE_XML);
  }

  @Test
  void detect_whatItCannotTell_isEmpty() {
    assertThat(detect("")).isEmpty();
    assertThat(detect("   \n")).isEmpty();
    assertThat(detect("<html><body/></html>")).isEmpty();
    assertThat(detect("{\"name\": \"x\"}")).isEmpty();
    assertThat(detect("[1, 2]")).isEmpty();
    assertThat(detect("{\"format\": \"other/1\"}")).isEmpty();
    assertThat(detect("{\"schedule\": \"not an object\"}")).isEmpty();
    assertThat(detect("plain text")).isEmpty();
  }

  @Test
  void detect_anyPrefixOfAScheduleJson_neverFailsAndNeverNamesAnotherFormat() {
    byte[] json = ScheduleJson.write(AgendaSamples.astana());
    qt().withExamples(200).forAll(integers().between(0, json.length)).check(n -> {
      Optional<ProgrammeFormat> format = ProgrammeFormat.detect(Arrays.copyOf(json, n));
      return format.isEmpty() || format.get() == ProgrammeFormat.SCHEDULE_JSON;
    });
  }

  @Test
  void ofId_givesTheCommandLineNames() {
    assertThat(ProgrammeFormat.ofId("schedule-xml")).contains(ProgrammeFormat.SCHEDULE_XML);
    assertThat(ProgrammeFormat.ofId("json")).contains(ProgrammeFormat.NATIVE_JSON);
    assertThat(ProgrammeFormat.ofId("pdf")).isEmpty();
    assertThat(Arrays.stream(ProgrammeFormat.values()).map(ProgrammeFormat::id))
        .containsExactly("json", "schedule-json", "schedule-xml", "ics", "indico", "owm", "jsonld");
  }
}
