package org.oerkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.oerkit.core.Imported;
import org.oerkit.core.UnreadableDocumentException;
import org.oerkit.core.agenda.ICalendarWriter;
import org.oerkit.core.agenda.Workshop;

class ProgrammeFormatTest {

  private static final Optional<ZoneId> NO_ZONE = Optional.empty();

  private static Optional<ProgrammeFormat> detect(String text) {
    return ProgrammeFormat.detect(text.getBytes(UTF_8));
  }

  private static byte[] resource(String path) {
    try (InputStream in = ProgrammeFormatTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
  void detect_everyRealFileInTheTestResources_givesItsFormat() {
    assertThat(ProgrammeFormat.detect(resource("/ical/pycon-2025-plenary.ics"))).contains(ProgrammeFormat.ICS);
    assertThat(ProgrammeFormat.detect(resource("/ical/google-alarms.ics"))).contains(ProgrammeFormat.ICS);
    assertThat(ProgrammeFormat.detect(resource("/indico/timetable-137346.json"))).contains(ProgrammeFormat.INDICO);
    assertThat(ProgrammeFormat.detect(resource("/oerworldmap/testEvent.json"))).contains(ProgrammeFormat.OWM);
    assertThat(ProgrammeFormat.detect(resource("/oerworldmap/list.json"))).contains(ProgrammeFormat.OWM);
    assertThat(ProgrammeFormat.detect(resource("/oerworldmap/testExportMultiLanguage.IN.1.json")))
        .contains(ProgrammeFormat.OWM);
  }

  @Test
  void read_pretalxDemocon_isTheScheduleJsonReadersWorkshop() {
    byte[] json = C3voc.bytes("pretalx-democon.json");
    Imported<Workshop> read = ProgrammeFormat.read(json, NO_ZONE);
    assertThat(read).isEqualTo(ScheduleJson.read(json));
    // 36 talks and workshops over 3 days, the first "Focused 5thgeneration hardware" at 09:00+01:00.
    assertThat(read.value().sessions()).hasSize(36);
    assertThat(read.value().timeline().sessions().get(0).start().get().toInstant())
        .isEqualTo(Instant.parse("2020-12-14T08:00:00Z"));
  }

  @Test
  void read_frabXml_isTheScheduleXmlReadersWorkshop() {
    byte[] xml = C3voc.bytes("schedule-38c3.xml");
    Imported<Workshop> read = ProgrammeFormat.read(xml, Optional.of(ZoneId.of("Asia/Almaty")));
    // The file names its zone, Europe/Berlin; the caller's is for times without one.
    assertThat(read).isEqualTo(ScheduleXml.read(xml));
    assertThat(read.value().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
  }

  @Test
  void read_realCalendar_isTheICalendarReadersWorkshop() {
    byte[] ics = resource("/ical/pycon-2025-plenary.ics");
    Imported<Workshop> read = ProgrammeFormat.read(ics, NO_ZONE);
    assertThat(read).isEqualTo(org.oerkit.core.agenda.ICalendarReader.read(new String(ics, UTF_8)));
    assertThat(read.value().title().original()).isEqualTo("PyCon 2025 Plenary");
    assertThat(read.value().sessions()).hasSize(13);
  }

  @Test
  void read_calendarWithAZone_readsInIt() {
    byte[] ics = resource("/ical/pycon-2025-plenary.ics");
    ZoneId pittsburgh = ZoneId.of("America/New_York");
    Imported<Workshop> read = ProgrammeFormat.read(ics, Optional.of(pittsburgh));
    assertThat(read).isEqualTo(org.oerkit.core.agenda.ICalendarReader.read(new String(ics, UTF_8), pittsburgh));
    assertThat(read.value().zone()).isEqualTo(pittsburgh);
  }

  @Test
  void read_indicoSample_isTheIndicoReadersWorkshop() {
    byte[] json = resource("/indico/timetable-137346.json");
    assertThat(ProgrammeFormat.read(json, NO_ZONE)).isEqualTo(IndicoTimetable.read(json));
    assertThat(ProgrammeFormat.read(json, NO_ZONE).value().id()).isEqualTo("indico-137346");
  }

  @Test
  void read_worldMapEvent_takesTheCallersZone() {
    byte[] json = resource("/oerworldmap/testEvent.json");
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    assertThat(ProgrammeFormat.read(json, Optional.of(berlin))).isEqualTo(OerWorldMap.readEvent(json, berlin));
    assertThatThrownBy(() -> ProgrammeFormat.read(json, NO_ZONE))
        .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("no time zone");
  }

  @Test
  void read_nativeJson_isTheWorkshop() {
    Imported<Workshop> read = ProgrammeFormat.read(OerJson.write(AgendaSamples.astana()), NO_ZONE);
    assertThat(read.value()).isEqualTo(AgendaSamples.astana());
    assertThat(read.report().findings()).isEmpty();
  }

  @Test
  void read_whatItCannotTell_namesTheFormatsItReads() {
    for (String text : new String[] {"", "plain text", "{\"name\": \"x\"}", "<html/>", "[1]"}) {
      assertThatThrownBy(() -> ProgrammeFormat.read(text.getBytes(UTF_8), NO_ZONE))
          .isInstanceOf(UnreadableDocumentException.class)
          .hasMessageContaining("json, schedule-json, schedule-xml, ics, indico, owm")
          .satisfies(e -> assertThat(((UnreadableDocumentException) e).location()).isEqualTo("/"));
    }
  }

  @Test
  void read_jsonLd_isWrittenOnly() {
    assertThatThrownBy(() -> ProgrammeFormat.read(Golden.bytes("astana.jsonld"), NO_ZONE))
        .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("writes but does not read");
  }

  @Test
  void read_calendarThatIsNotUtf8_isRefused() {
    byte[] latin1 = "BEGIN:VCALENDAR\r\nX-WR-CALNAME:Caf\u00e9\r\nEND:VCALENDAR\r\n"
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> ProgrammeFormat.read(latin1, NO_ZONE))
        .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("not valid UTF-8");
  }

  @Test
  void read_aDetectedFormatThatIsBroken_isThatReadersError() {
    assertThatThrownBy(() -> ProgrammeFormat.read("{\"schedule\": {\"version\": 1}}".getBytes(UTF_8), NO_ZONE))
        .isInstanceOf(OerJsonException.class).hasMessageContaining("conference");
  }

  @Test
  void read_nativeDocumentThatIsNoWorkshop_isRefused() {
    assertThatThrownBy(() -> ProgrammeFormat.read(Golden.bytes("policy-draft.json"), NO_ZONE))
        .isInstanceOf(OerJsonException.class);
  }

  @Test
  void read_damagedRealFiles_giveAWorkshopOrTheDocumentsError() {
    byte[][] files = {C3voc.bytes("pretalx-democon.json"), resource("/ical/pycon-2025-plenary.ics"),
        resource("/indico/timetable-137346.json"), resource("/oerworldmap/testEvent.json"),
        Golden.bytes("workshop.json")};
    Optional<ZoneId> zone = Optional.of(ZoneId.of("Europe/Berlin"));
    qt().withExamples(300).withShrinkCycles(5)
        .forAll(integers().between(0, files.length - 1), integers().between(0, 1_000_000), integers().between(0, 255),
            integers().between(0, 40))
        .check((file, at, value, cut) -> {
          byte[] bytes = files[file].clone();
          bytes[at % bytes.length] = (byte) (int) value;
          byte[] shorter = Arrays.copyOf(bytes, Math.max(0, bytes.length - cut * 97));
          return readsOrRefuses(bytes, zone) && readsOrRefuses(shorter, zone) && readsOrRefuses(shorter, NO_ZONE);
        });
  }

  private static boolean readsOrRefuses(byte[] bytes, Optional<ZoneId> zone) {
    try {
      return ProgrammeFormat.read(bytes, zone).value() != null;
    } catch (UnreadableDocumentException e) {
      return e.location().startsWith("/") || e instanceof OerJsonException;
    }
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
