package org.oerkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.license.LicensedWork;
import org.oerkit.core.license.Licenses;
import org.oerkit.core.policy.PolicyDraft;
import tools.jackson.databind.JsonNode;

/** The schema.org JSON-LD and OER World Map exports. */
class ExportsTest {

  private static String text(byte[] bytes) {
    return new String(bytes, UTF_8);
  }

  @Test
  void schemaOrg_astana_matchesGoldenFile() {
    assertThat(text(SchemaOrg.write(AgendaSamples.astana()))).isEqualTo(Golden.read("astana.jsonld"));
  }

  @Test
  void schemaOrg_workshop_isAnEducationEventWithSessionsAsSubEvents() {
    JsonNode event = SchemaOrg.of(AgendaSamples.astana());
    assertThat(event.path("@context").asString()).isEqualTo("https://schema.org");
    assertThat(event.path("@type").asString()).isEqualTo("EducationEvent");
    assertThat(event.path("subEvent")).hasSize(5);
    JsonNode opening = event.path("subEvent").get(1);
    assertThat(opening.path("startDate").asString()).isEqualTo("2017-12-11T09:30:00+06:00");
    assertThat(opening.path("duration").asString()).isEqualTo("PT20M");
    JsonNode moderator = opening.path("performer").get(0);
    assertThat(moderator.path("@type").asString()).isEqualTo("PerformanceRole");
    assertThat(moderator.path("roleName").asString()).isEqualTo("moderator");
    assertThat(moderator.at("/performer/name").asString()).isEqualTo("Lina Benete");
    assertThat(moderator.at("/performer/affiliation/0/parentOrganization/name").asString()).isEqualTo("UNESCO");
    assertThat(event.path("subEvent").get(3).path("@type").asString()).isEqualTo("FoodEvent");
  }

  @Test
  void schemaOrg_everyGeneratedWorkshop_hasOneSubEventPerTimedSession() {
    qt().withExamples(100).forAll(AgendaSamples.workshops()).check(w -> {
      JsonNode event = SchemaOrg.of(w);
      long timed = w.sessions().stream().filter(s -> s.time().start().isPresent()).count();
      return event.path("subEvent").size() == timed
          && !java.time.LocalDate.parse(event.path("startDate").asString().substring(0, 10)).isBefore(w.startDate())
          && java.util.Arrays.equals(SchemaOrg.write(w), SchemaOrg.write(w));
    });
  }

  @Test
  void schemaOrg_licensedWork_isACreativeWorkWithTheLicenseUri() {
    assertThat(text(SchemaOrg.write(LicensedWorkJsonTest.TRANSLATION))).isEqualTo(Golden.read("licensed-resource.jsonld"));
    JsonNode work = SchemaOrg.of(LicensedWorkJsonTest.TRANSLATION);
    assertThat(work.path("@type").asString()).isEqualTo("CreativeWork");
    assertThat(work.path("license").asString()).isEqualTo("https://creativecommons.org/licenses/by-sa/4.0/");
    assertThat(work.at("/isBasedOn/0/license").asString())
        .isEqualTo("https://creativecommons.org/licenses/by-sa/3.0/igo/");
  }

  @Test
  void schemaOrg_workWithoutALicenseUri_hasNoLicense() {
    JsonNode work = SchemaOrg.of(LicensedWork.of("Notes", "A. Author", Licenses.ALL_RIGHTS_RESERVED));
    assertThat(work.has("license")).isFalse();
  }

  @Test
  void worldMap_policy_matchesGoldenFileWithTheVocabularies() {
    assertThat(text(OerWorldMap.write(PolicySamples.kazakhstan()))).isEqualTo(Golden.read("policy.oerworldmap.json"));
    JsonNode policy = OerWorldMap.of(PolicySamples.kazakhstan());
    assertThat(policy.path("@type").asString()).isEqualTo("Policy");
    assertThat(policy.at("/additionalType/0/@id").asString()).startsWith("https://oerworldmap.org/assets/json/policyTypes.json#");
    assertThat(policy.at("/primarySector/0/@id").asString()).startsWith("https://oerworldmap.org/assets/json/sectors.json#");
    assertThat(policy.at("/license/0/@id").asString()).isEqualTo("https://oerworldmap.org/assets/json/licenses.json#cc-by");
    assertThat(policy.path("status").asString()).isEqualTo("Proposed");
    assertThat(policy.at("/name/ru").asString()).isEqualTo("Национальная политика ООР Казахстана");
  }

  @Test
  void worldMap_everyGeneratedPolicy_hasTheRequiredNameAndUrl() {
    qt().withExamples(100).forAll(PolicySamples.drafts()).check(d -> {
      JsonNode policy = OerWorldMap.of(d);
      return policy.path("name").size() == d.title().languages().size()
          && policy.path("url").asString().startsWith("urn:uuid:")
          && policy.at("/location/0/address/addressCountry").asString().equals(d.country().code())
          && !policy.path("status").asString().isEmpty();
    });
  }

  @Test
  void worldMap_workshop_isAnEventWithTheRequiredFields() {
    assertThat(text(OerWorldMap.write(AgendaSamples.astana()))).isEqualTo(Golden.read("astana.oerworldmap.json"));
    qt().withExamples(100).forAll(AgendaSamples.workshops()).check(w -> {
      JsonNode event = OerWorldMap.of(w);
      return event.path("@type").asString().equals("Event") && event.has("name") && event.has("description")
          && event.has("startDate") && event.has("endDate") && event.has("location");
    });
  }

}
