package org.oerkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oerkit.json.OerJson;
import tools.jackson.databind.JsonNode;

class LicenseCommandTest {

  private static JsonNode json(OerRun run) {
    assertThat(run.err()).isEmpty();
    return OerJson.mapper().readTree(run.out());
  }

  @Test
  void show_json_hasExactlyTheDocumentedFields() {
    OerRun run = OerRun.of("license", "show", "CC-BY-SA-4.0", "--json");

    assertThat(run.status()).isEqualTo(Oer.OK);
    JsonNode node = json(run);
    assertThat(node.propertyNames()).containsExactly("id", "name", "uri", "version", "jurisdiction",
        "openUnesco2019", "freeCulturalWork", "openDefinition", "permits", "requires", "prohibits");
    assertThat(node.get("id").asString()).isEqualTo("CC-BY-SA-4.0");
    assertThat(node.get("name").asString()).isEqualTo("Attribution-ShareAlike 4.0 International");
    assertThat(node.get("uri").asString()).isEqualTo("https://creativecommons.org/licenses/by-sa/4.0/");
    assertThat(node.get("version").asString()).isEqualTo("4.0");
    assertThat(node.get("jurisdiction").isNull()).isTrue();
    assertThat(node.get("openUnesco2019").asBoolean()).isTrue();
    assertThat(node.get("freeCulturalWork").asBoolean()).isTrue();
    assertThat(node.get("requires").toString()).contains("ShareAlike").contains("Attribution");
    assertThat(node.get("prohibits")).isEmpty();
  }

  @Test
  void show_json_idIsNullWhereSpdxHasNone() {
    // SPDX lists no id for CC BY-ND 3.0 IGO (spdx/license-list-XML has CC-BY-3.0-IGO but not the ND variant).
    JsonNode node = json(OerRun.of("license", "show", "https://creativecommons.org/licenses/by-nd/3.0/igo/",
        "--json"));

    assertThat(node.get("id").isNull()).isTrue();
    assertThat(node.get("jurisdiction").asString()).isEqualTo("igo");
  }

  @Test
  void show_json_noDerivatives_isNotOpenUnderUnesco2019() {
    // UNESCO Recommendation on OER (2019), paragraph 1: an open licence permits adaptation.
    JsonNode node = json(OerRun.of("license", "show", "CC BY-ND 4.0", "--json"));

    assertThat(node.get("openUnesco2019").asBoolean()).isFalse();
    assertThat(node.get("freeCulturalWork").asBoolean()).isFalse();
  }

  @Test
  void show_name_isAccepted() {
    OerRun run = OerRun.of("license", "show", "Attribution 4.0 International");

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.out()).startsWith("Attribution 4.0 International (CC-BY-4.0)")
        .contains("Open under the UNESCO Recommendation on Open Educational Resources (2019)");
  }

  @Test
  void show_unknownLicense_isBadInputOnOneLine() {
    OerRun run = OerRun.of("license", "show", "https://creativecommons.org/licenses/by/3.0/kz/");

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLine()).startsWith("oer license show: License.text must name a known license")
        .doesNotContain("\n");
  }

  @Test
  void show_missingArgument_isUsageError() {
    OerRun run = OerRun.of("license", "show");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).isEqualTo("oer license show: Missing required parameter: 'LICENSE'");
  }
}
