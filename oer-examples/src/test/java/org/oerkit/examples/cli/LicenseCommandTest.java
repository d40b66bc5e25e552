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
  void licence_isAnAliasOfLicense() {
    OerRun british = OerRun.of("licence", "show", "CC-BY-4.0", "--json");
    OerRun american = OerRun.of("license", "show", "CC-BY-4.0", "--json");

    assertThat(british.status()).isEqualTo(Oer.OK);
    assertThat(json(british)).isEqualTo(json(american));
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
    assertThat(run.errLine()).startsWith("oer license show: \"https://creativecommons.org/licenses/by/3.0/kz/\" "
        + "must name a known license").doesNotContain("License.text").doesNotContain("\n");
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
    assertThat(node.propertyNames()).containsExactly("allowed", "licenses", "recommended", "permitted", "reasons");
    assertThat(node.get("allowed").asBoolean()).isTrue();
    assertThat(node.get("licenses").get(0).asString()).isEqualTo("CC-BY-SA-4.0");
    assertThat(node.get("recommended").get(0).asString()).isEqualTo("CC-BY-SA-4.0");
    assertThat(node.get("reasons")).isEmpty();
  }

  // Creative Commons FAQ, adapter's license chart: BY-NC material adapted under BY is yellow, under BY-NC green.
  @Test
  void combine_byAndByNc_json_separatesRecommendedFromPermittedWithReasons() {
    OerRun run = OerRun.of("license", "combine", "CC-BY-4.0", "CC-BY-NC-4.0", "--json");

    JsonNode node = json(run);
    assertThat(node.get("recommended").get(0).asString()).isEqualTo("CC-BY-NC-4.0");
    JsonNode first = node.get("permitted").get(0);
    assertThat(first.get("license").asString()).isEqualTo("CC-BY-4.0");
    assertThat(first.get("reasons").get(0).get("message").asString()).contains("permitted but not recommended");
  }

  @Test
  void combine_byAndByNc_text_saysWhichIsRecommended() {
    OerRun run = OerRun.of("license", "combine", "CC-BY-4.0", "CC-BY-NC-4.0");

    assertThat(run.out()).contains("Recommended (green in Creative Commons' chart): CC-BY-NC-4.0")
        .contains("Technically permitted, not recommended (yellow): CC-BY-4.0");
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
    assertThat(run.errLine()).startsWith("oer license combine: \"CC-BY-9.0\" must name a known license");
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

  private static final String[] WORK = {"license", "attribute", "--title", "Informatics, Grade 7", "--author",
      "Aigerim Nurlanovna", "--source", "https://example.org/informatics-7", "--license", "CC-BY-SA-4.0"};

  private static String[] work(String... more) {
    String[] args = java.util.Arrays.copyOf(WORK, WORK.length + more.length);
    System.arraycopy(more, 0, args, WORK.length, more.length);
    return args;
  }

  @Test
  void attribute_english_isTasl() {
    // CC wiki, "Best practices for attribution": Title, Author, Source, License.
    OerRun run = OerRun.of(work());

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.out()).contains("Informatics, Grade 7").contains("Aigerim Nurlanovna")
        .contains("https://example.org/informatics-7").contains("CC BY-SA 4.0");
  }

  @Test
  void attribute_russianAndKazakh_areInTheirLanguage_andKazakhSaysItIsUnofficial() {
    OerRun ru = OerRun.of(work("--lang", "ru"));
    OerRun kk = OerRun.of(work("--lang", "kk"));

    assertThat(ru.out()).contains("лицензии").contains("CC BY-SA 4.0");
    assertThat(kk.out()).contains("лицензиясы").contains("Ресми емес аударма");
  }

  @Test
  void attribute_html_marksTheLicenseLink() {
    OerRun run = OerRun.of(work("--format", "html"));

    assertThat(run.out()).contains("rel=\"license\"").contains("<a href=\"https://example.org/informatics-7\">");
  }

  @Test
  void attribute_markdown_linksTheTitle() {
    OerRun run = OerRun.of(work("--format", "markdown"));

    assertThat(run.out()).contains("](https://example.org/informatics-7)");
  }

  @Test
  void attribute_relativeSource_isBadInput() {
    OerRun run = OerRun.of("license", "attribute", "--title", "T", "--author", "A", "--source", "informatics-7",
        "--license", "CC0-1.0");

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.errLine()).isEqualTo("oer license attribute: \"informatics-7\" must be an absolute URL");
  }

  @Test
  void attribute_unknownLanguage_isUsageError() {
    OerRun run = OerRun.of(work("--lang", "de"));

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).startsWith("oer license attribute: Invalid value for option '--lang'")
        .contains("'de' is not one of en, ru, kk");
  }

  // Issue 14: an attribution for an adaptation the licence forbids comes with a warning, not silently.
  // Source: BY-ND 4.0 legal code section 2(a)(1)(B); the adapter's license chart's BY-ND row.
  @Test
  void attribute_adaptationOfNoDerivativesMaterial_isWrittenWithTheErrorOnStandardError_andExitsOne() {
    OerRun run = OerRun.of(work("--from-title", "Informatics lecture", "--from-author", "C. Lecturer",
        "--from-license", "CC-BY-ND-4.0", "--changes", "Translated into Kazakh"));

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.out()).contains("Changes: Translated into Kazakh.")
        .contains("Adapted from “Informatics lecture” by C. Lecturer, licensed under CC BY-ND 4.0");
    assertThat(run.errLine()).startsWith("oer license attribute: error at /license: “Informatics, Grade 7” adapts "
        + "CC BY-ND 4.0 material under CC BY-SA 4.0: ").contains("(Creative Commons FAQ").doesNotContain("\n");
  }

  @Test
  void attribute_allowedAdaptation_printsNothingOnStandardError() {
    OerRun run = OerRun.of(work("--from-title", "Lecture", "--from-license", "CC-BY-4.0",
        "--from-source", "https://example.org/lecture", "--changes", "Shortened"));

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Adapted from “Lecture” (https://example.org/lecture), licensed under CC BY 4.0");
  }

  // Source: the adapter's license chart: BY material adapted under CC0 is a yellow cell.
  @Test
  void attribute_yellowCell_isAWarning_andExitsZero() {
    OerRun run = OerRun.of("license", "attribute", "--title", "T", "--author", "A", "--source",
        "https://example.org/t", "--license", "CC0-1.0", "--from-license", "CC-BY-4.0", "--changes", "Cut");

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.errLine()).startsWith("oer license attribute: warning at /license: “T” adapts CC BY 4.0 material "
        + "under CC0 1.0: ");
  }

  @Test
  void attribute_adaptationWithoutChanges_isBadInput() {
    OerRun run = OerRun.of(work("--from-license", "CC-BY-4.0"));

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.errLine()).startsWith("oer license attribute: \"Informatics, Grade 7\" must say what was changed");
  }

  @Test
  void attribute_fromTitleWithoutFromLicense_isUsageError() {
    OerRun run = OerRun.of(work("--from-title", "Lecture"));

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).endsWith("name its licence with --from-license");
  }

  @Test
  void attribute_missingTitle_isUsageError() {
    OerRun run = OerRun.of("license", "attribute", "--author", "A", "--source", "https://example.org",
        "--license", "CC0-1.0");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).startsWith("oer license attribute: Missing required option: '--title=TITLE'");
  }

  @Test
  void choose_followsTheChooserTable() {
    // cc.engine classic chooser: (share alike, commercial) BY-SA; (no, no) BY-NC-ND; (yes, yes) BY.
    assertThat(OerRun.of("license", "choose", "--adaptations", "share-alike", "--commercial", "yes").out())
        .startsWith("CC-BY-SA-4.0  Attribution-ShareAlike 4.0 International");
    assertThat(OerRun.of("license", "choose", "--adaptations", "no", "--commercial", "no").out())
        .startsWith("CC-BY-NC-ND-4.0");
    assertThat(OerRun.of("license", "choose", "--adaptations", "yes", "--commercial", "yes").out())
        .startsWith("CC-BY-4.0");
  }

  @Test
  void choose_json_isTheLicense() {
    JsonNode node = json(OerRun.of("license", "choose", "--adaptations", "yes", "--commercial", "no", "--json"));

    assertThat(node.get("id").asString()).isEqualTo("CC-BY-NC-4.0");
  }

  @Test
  void choose_badAnswer_isUsageError() {
    OerRun run = OerRun.of("license", "choose", "--adaptations", "maybe", "--commercial", "yes");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).isEqualTo("oer license choose: Invalid value for option '--adaptations': expected yes, "
        + "no or share-alike, was 'maybe'");
  }

  @Test
  void choose_missingQuestion_isUsageError() {
    OerRun run = OerRun.of("license", "choose", "--adaptations", "yes");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).startsWith("oer license choose: Missing required option: '--commercial=ANSWER'");
  }
}
