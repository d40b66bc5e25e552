package org.oerkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oerkit.core.agenda.Workshop;
import tools.jackson.databind.JsonNode;

class ScheduleJsonTest {

  private static JsonNode astana() {
    return OerJson.mapper().readTree(ScheduleJson.write(AgendaSamples.astana()));
  }

  @Test
  void write_astana_matchesGoldenFile() {
    assertThat(new String(ScheduleJson.write(AgendaSamples.astana()), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(Golden.read("astana-schedule.json"));
  }

  @Test
  void write_astana_keepsTheC3vocConstraints() {
    assertThat(ScheduleJsonRules.violations(astana())).isEmpty();
  }

  @Test
  void write_everyGeneratedWorkshop_keepsTheC3vocConstraints() {
    qt().withExamples(200).forAll(AgendaSamples.workshops())
        .check(w -> ScheduleJsonRules.violations(ScheduleJson.of(w)).isEmpty());
  }

  @Test
  void write_everyGeneratedWorkshop_keepsTheWholeWorkshopInMeta() {
    qt().withExamples(100).forAll(AgendaSamples.workshops()).check(w -> {
      JsonNode meta = ScheduleJson.of(w).path("schedule").path("conference").path("meta").path("oerkit");
      return meta.path("format").asString().equals("oerkit/workshop/1")
          && OerJson.mapper().treeToValue(meta.path("workshop"), Workshop.class).equals(w);
    });
  }

  @Test
  void read_whatWasWritten_givesAnEqualWorkshop() {
    qt().withExamples(100).forAll(AgendaSamples.workshops())
        .check(w -> ScheduleJson.read(ScheduleJson.write(w)).equals(w));
  }

  @Test
  void read_scheduleOfAnotherTool_isRefused() {
    byte[] foreign = "{\"schedule\":{\"version\":\"v1\",\"conference\":{\"acronym\":\"democon\"}}}"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScheduleJson.read(foreign))
        .isInstanceOfSatisfying(OerJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/schedule/conference/meta");
          assertThat(e.problem()).contains("holds no oerkit workshop");
        });
  }

  @Test
  void read_brokenWorkshopInMeta_pointsIntoTheWholeDocument() {
    String text = Golden.read("astana-schedule.json").replace("\"startDate\": \"2017-12-11\"",
        "\"startDate\": \"2017-12-41\"");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ScheduleJson.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(OerJsonException.class, e ->
            assertThat(e.pointer()).isEqualTo("/schedule/conference/meta/oerkit/workshop/startDate"));
  }

  @Test
  void event_nineOClockOnDayOne_isWrittenWithTheAlmatyOffset() {
    // Agenda notes §3 and §6.4: Asia/Almaty is UTC+06:00 in December 2017, without daylight saving time.
    JsonNode registration = astana().at("/schedule/conference/days/0/rooms/Plenary hall/0");
    assertThat(registration.path("date").asString()).isEqualTo("2017-12-11T09:00:00+06:00");
    assertThat(registration.path("start").asString()).isEqualTo("09:00");
    assertThat(registration.path("duration").asString()).isEqualTo("00:30");
    assertThat(registration.path("end").asString()).isEqualTo("2017-12-11T09:30:00+06:00");
    assertThat(registration.path("type").asString()).isEqualTo("registration");
  }

  @Test
  void persons_areNamedHoldersInThePretalxShapeWithTheirRoles() {
    JsonNode opening = astana().at("/schedule/conference/days/0/rooms/Plenary hall/1");
    assertThat(opening.path("persons")).hasSize(3);
    JsonNode moderator = opening.path("persons").get(0);
    assertThat(moderator.path("name").asString()).isEqualTo("Lina Benete");
    assertThat(moderator.has("public_name")).isFalse();
    assertThat(moderator.path("roles").get(0).asString()).isEqualTo("moderator");
    assertThat(moderator.path("affiliations").get(0).asString()).isEqualTo("UNESCO Almaty Cluster Office");
  }

  @Test
  void sessionsWithoutStart_stayOnlyInMeta() {
    JsonNode day2 = astana().at("/schedule/conference/days/1/rooms");
    assertThat(day2.path("Plenary hall")).hasSize(1);
    assertThat(day2.path("Room B")).isEmpty();
  }

  @Test
  void guids_areStableNameBasedUuids() {
    assertThat(ScheduleJson.write(AgendaSamples.astana())).isEqualTo(ScheduleJson.write(AgendaSamples.astana()));
    UUID guid = UUID.fromString(astana().at("/schedule/conference/days/0/rooms/Plenary hall/0/guid").asString());
    assertThat(guid.version()).isEqualTo(5);
    // RFC 9562 appendix A.4: uuid5(NameSpace_DNS, "www.example.com").
    assertThat(org.oerkit.core.agenda.NameBasedUuid.v5(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"))
        .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
  }

  @Test
  void acronymAndSlug_followTheFormatsPatterns() {
    assertThat(ScheduleJson.acronym("unesco-oer-kz-2017")).isEqualTo("unesco_oer_kz_2017")
        .matches(ScheduleJsonRules.ACRONYM);
    assertThat(ScheduleJson.acronym("W1")).isEqualTo("w1__").matches(ScheduleJsonRules.ACRONYM);
    assertThat(ScheduleJson.slug("oerkz-3-Résumé: Öffentliche Ressourcen!")).isEqualTo("oerkz-3-resume-offentliche-ressourcen")
        .matches(ScheduleJsonRules.SLUG);
    assertThat(ScheduleJson.slug("Қазақстан")).isEqualTo("event");
  }

  @Test
  void rules_catchABrokenDocument() {
    var tree = ScheduleJson.of(AgendaSamples.astana());
    ((tools.jackson.databind.node.ObjectNode) tree.at("/schedule/conference")).put("acronym", "oer-kz-2017");
    ((tools.jackson.databind.node.ObjectNode) tree.at("/schedule/conference/days/0/rooms/Plenary hall/1/persons/0"))
        .put("public_name", "Lina Benete").put("id", 1);
    assertThat(ScheduleJsonRules.violations(tree)).anyMatch(v -> v.startsWith("/schedule/conference/acronym"))
        .anyMatch(v -> v.contains("exactly one of the frab shape"));
  }
}
