package org.oerkit.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.json.OerJson;

/**
 * Checks that the baselines of the read and write benchmarks do the same work as oer-json: they read the
 * same documents into equal values. Nothing here is timed.
 */
class WorkshopBaselinesTest {

  private static final SyntheticWorkshops WORKSHOPS = SyntheticWorkshops.withSeed(SyntheticWorkshops.SEED);

  @Test
  void streamingReader_readsWhatOerJsonWrites() {
    StreamingWorkshopReader reader = new StreamingWorkshopReader();
    for (int i = 0; i < 5; i++) {
      Workshop workshop = WORKSHOPS.workshop(i);

      assertThat(reader.read(OerJson.write(workshop))).isEqualTo(workshop);
    }
  }

  @Test
  void streamingReaderWithDuplicateDetection_repeatedKey_isRefused() {
    Workshop workshop = WORKSHOPS.workshop(0);
    byte[] json = new String(OerJson.write(workshop), StandardCharsets.UTF_8)
        .replaceFirst("\"id\": ", "\"id\": \"other\", \"id\": ").getBytes(StandardCharsets.UTF_8);

    assertThat(new StreamingWorkshopReader().read(json)).isEqualTo(workshop);
    assertThatThrownBy(() -> StreamingWorkshopReader.withDuplicateDetection().read(json))
        .hasMessageContaining("Duplicate Object property \"id\"");
  }

  @Test
  void streamingReader_documentWithoutFormat_isRefused() {
    byte[] json = "{\"id\":\"w\"}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> new StreamingWorkshopReader().read(json))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no \"format\"");
  }

  @Test
  void streamingReader_wrongToken_isRefusedWithItsPath() {
    byte[] json = "{\"format\":\"oerkit/workshop/1\",\"days\":{}}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> new StreamingWorkshopReader().read(json))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected START_ARRAY")
        .hasMessageContaining("/days");
  }

  @Test
  void records_writeWhatOerJsonReadsBackEqual() {
    WorkshopRecords records = new WorkshopRecords();
    for (int i = 0; i < 5; i++) {
      Workshop workshop = WORKSHOPS.workshop(i);

      byte[] recordsJson = records.write(records.read(OerJson.write(workshop)));

      assertThat(OerJson.read(recordsJson, Workshop.class)).isEqualTo(workshop);
    }
  }

  @Test
  void records_writeAsManyBytesAsOerJson_butForSecondsInTimes() {
    Workshop workshop = WORKSHOPS.workshop(0);
    byte[] json = OerJson.write(workshop);
    WorkshopRecords records = new WorkshopRecords();

    // Databind writes a LocalTime as "09:00:00" where oer-json writes "09:00", and no final line break.
    String recordsJson = new String(records.write(records.read(json)), StandardCharsets.UTF_8);

    assertThat(recordsJson.replaceAll("\"(\\d\\d:\\d\\d):00\"", "\"$1\""))
        .isEqualTo(new String(json, StandardCharsets.UTF_8).stripTrailing());
  }

  @Test
  void tokenScan_countsEveryToken() {
    byte[] json = "{\"a\":[1,\"b\",{}],\"c\":null}".getBytes(StandardCharsets.UTF_8);

    assertThat(new TokenScan().count(json)).isEqualTo(11);
  }
}
