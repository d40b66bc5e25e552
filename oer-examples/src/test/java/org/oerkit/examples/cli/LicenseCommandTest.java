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

  @Test
  void combine_json_hasExactlyTheDocumentedFields() {
    // Creative Commons FAQ, remix chart: BY, BY-SA and CC0 may be remixed, and the result is BY-SA.
    OerRun run = OerRun.of("license", "combine", "CC-BY-SA-4.0", "CC0-1.0", "CC-BY-4.0", "--json");

    assertThat(run.status()).isEqualTo(Oer.OK);
    JsonNode node = json(run);
    assertThat(node.propertyNames()).containsExactly("allowed", "licenses", "reasons");
    assertThat(node.get("allowed").asBoolean()).isTrue();
    assertThat(node.get("licenses").get(0).asString()).isEqualTo("CC-BY-SA-4.0");
    assertThat(node.get("reasons")).isEmpty();
  }

  @Test
  void combine_shareAlikeWithNonCommercial_isRefusedWithReasons_andExitsOne() {
    // Creative Commons FAQ, remix chart: BY-SA and BY-NC may not be remixed.
    OerRun run = OerRun.of("license", "combine", "CC BY-SA 4.0", "CC BY-NC 4.0", "--json");

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    JsonNode node = json(run);
    assertThat(node.get("allowed").asBoolean()).isFalse();
    assertThat(node.get("licenses")).isEmpty();
    assertThat(node.get("reasons")).isNotEmpty();
    assertThat(node.get("reasons").get(0).propertyNames()).containsExactly("severity", "location", "rule",
        "source", "message");
  }

  @Test
  void combine_collection_allowsWhatAnAdaptationRefuses() {
    // Creative Commons FAQ, collection table: BY-NC and BY-ND works may be collected in a NonCommercial collection.
    OerRun run = OerRun.of("license", "combine", "--mode", "collection", "CC-BY-SA-4.0", "CC-BY-NC-4.0",
        "CC-BY-ND-4.0");

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.out()).contains("may be combined into a collection").contains("CC-BY-NC-4.0");
  }

  @Test
  void combine_text_refusal_namesTheRule() {
    OerRun run = OerRun.of("license", "combine", "CC-BY-SA-4.0", "CC-BY-NC-4.0");

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.out()).contains("may not be combined into one adaptation").contains("3(b)");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void combine_unknownMode_isUsageError() {
    OerRun run = OerRun.of("license", "combine", "--mode", "mashup", "CC-BY-4.0");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).startsWith("oer license combine: Invalid value for option '--mode'");
  }

  @Test
  void combine_noLicense_isUsageError() {
    OerRun run = OerRun.of("license", "combine");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).startsWith("oer license combine: Missing required parameter");
  }

  @Test
  void combine_unknownLicense_isBadInput() {
    OerRun run = OerRun.of("license", "combine", "CC-BY-4.0", "CC-BY-9.0");

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.errLine()).startsWith("oer license combine: License.text must name a known license");
  }

  @Test
  void adapt_json_hasExactlyTheDocumentedFields() {
    OerRun run = OerRun.of("license", "adapt", "CC-BY-4.0", "CC-BY-SA-4.0", "--json");

    assertThat(run.status()).isEqualTo(Oer.OK);
    JsonNode node = json(run);
    assertThat(node.propertyNames()).containsExactly("allowed", "recommended", "reasons");
    assertThat(node.get("allowed").asBoolean()).isTrue();
    assertThat(node.get("recommended").asBoolean()).isTrue();
  }

  @Test
  void adapt_yellowCell_isAllowedButNotRecommended() {
    // Creative Commons FAQ, adapter's license chart: BY-NC adapted under BY-SA is a yellow cell.
    JsonNode node = json(OerRun.of("license", "adapt", "CC-BY-NC-4.0", "CC-BY-SA-4.0", "--json"));

    assertThat(node.get("allowed").asBoolean()).isTrue();
    assertThat(node.get("recommended").asBoolean()).isFalse();
    assertThat(node.get("reasons").get(0).get("severity").asString()).isEqualTo("WARNING");
  }

  @Test
  void adapt_noDerivatives_isRefused_andExitsOne() {
    OerRun run = OerRun.of("license", "adapt", "CC-BY-ND-4.0", "CC-BY-4.0");

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.out()).startsWith("An adaptation of CC-BY-ND-4.0 material may not be released under CC-BY-4.0.");
  }

  @Test
  void adapt_oneArgument_isUsageError() {
    OerRun run = OerRun.of("license", "adapt", "CC-BY-4.0");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).isEqualTo("oer license adapt: Missing required parameter: 'TO'");
  }
}
