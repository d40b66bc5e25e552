package org.oerkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oerkit.json.OerJson;
import tools.jackson.databind.JsonNode;

class PolicyCommandTest {

  @Test
  void reference_json_hasExactlyTheDocumentedFields() {
    OerRun run = OerRun.of("policy", "reference", "--json");

    assertThat(run.status()).isEqualTo(Oer.OK);
    JsonNode root = OerJson.mapper().readTree(run.out());
    assertThat(root.propertyNames()).containsExactly("template", "recommendation2019", "paris2012");
    JsonNode section = root.get("template").get("sections").get(0);
    assertThat(section.propertyNames()).containsExactly("id", "title", "questions");
    assertThat(root.get("template").get("sections")).hasSize(10);
    JsonNode recommendation = root.get("recommendation2019");
    assertThat(recommendation.propertyNames()).containsExactly("definitions", "areas", "monitoring");
    JsonNode area = recommendation.get("areas").get(0);
    assertThat(area.propertyNames()).containsExactly("number", "name", "aliases", "subActions");
    assertThat(area.get("subActions").get(0).propertyNames()).containsExactly("id", "summary");
    assertThat(recommendation.get("areas")).hasSize(5);
    assertThat(root.get("paris2012")).hasSize(10);
  }

  @Test
  void reference_json_countsThe33SubActionsOfThe2019Recommendation() {
    // UNESCO Recommendation on OER (2019), paragraphs 11 to 15: 33 sub-actions in five areas.
    JsonNode root = OerJson.mapper().readTree(OerRun.of("policy", "reference", "--json").out());
    int subActions = 0;
    for (JsonNode area : root.get("recommendation2019").get("areas")) {
      subActions += area.get("subActions").size();
    }

    assertThat(subActions).isEqualTo(33);
    assertThat(root.get("recommendation2019").get("areas").get(1).get("subActions").get(0).get("id").asString())
        .isEqualTo("12(a)");
  }

  @Test
  void reference_text_listsTemplateSectionsAndAreas() {
    OerRun run = OerRun.of("policy", "reference");

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.out()).contains("UNESCO OER Country Policy template").contains("Developing supportive policy")
        .contains("12(a)").contains("2012 Paris OER Declaration");
  }

  @Test
  void reference_unknownOption_isUsageError() {
    OerRun run = OerRun.of("policy", "reference", "--yaml");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).isEqualTo("oer policy reference: Unknown option: '--yaml'");
  }
}
