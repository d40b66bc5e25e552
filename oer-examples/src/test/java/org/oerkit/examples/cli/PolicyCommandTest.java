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
    assertThat(root.propertyNames()).containsExactly("template", "recommendation2019", "paris2012", "instruments",
        "ljubljana2017", "dubai2024", "ictCftVersion3");
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
    assertThat(run.errLine()).isEqualTo("oer policy reference: Unknown option '--yaml'; see 'oer policy reference "
        + "--help'");
  }

  @Test
  void show_example_printsMarkdownLabelledAsExample() {
    OerRun run = OerRun.of("policy", "show", "kazakhstan-draft");

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.out()).startsWith("# National Policy on Open Educational Resources of the Republic of Kazakhstan")
        .contains("not an official document").contains("## 5. Open licence to adopt")
        .contains("Default licence: CC BY 4.0").contains("Total: 127,000,000.00 KZT");
  }

  @Test
  void show_output_writesTheFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("kz.json");

    OerRun run = OerRun.of("policy", "show", "kazakhstan-draft", "--format", "json", "-o", file.toString());

    // As workshop export and license chart do: a file written with -o is not announced on standard output.
    assertThat(run.out()).isEmpty();
    assertThat(java.nio.file.Files.readString(file))
        .isEqualTo(OerRun.of("policy", "show", "kazakhstan-draft", "--format", "json").out());
  }

  @Test
  void show_missingFile_isBadInputOnOneLine() {
    OerRun run = OerRun.of("policy", "show", "no-such-draft.json");

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.errLine()).isEqualTo("no-such-draft.json: no such file");
  }

  @Test
  void show_unknownFormat_isUsageError() {
    OerRun run = OerRun.of("policy", "show", "kazakhstan-draft", "--format", "pdf");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).startsWith("oer policy show: Invalid value for option '--format'");
  }

  @Test
  void gaps_kazakhstanDraft_hasNoErrors_andExitsZero() {
    OerRun run = OerRun.of("policy", "gaps", "kazakhstan-draft");

    assertThat(run.status()).isEqualTo(Oer.OK);
    // The one warning is the anachronism KazakhstanDraft keeps on purpose: ICT CFT v3 (2018) in a 2017 draft.
    assertThat(run.out()).contains("[policy.sub-action-not-addressed]").contains("[policy.not-yet-adopted]")
        .endsWith("0 errors, 1 warning, 18 notes\n");
  }

  @Test
  void gaps_outline_hasErrors_andExitsOne() {
    OerRun run = OerRun.of("policy", "gaps", "kyrgyzstan-outline");

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.out()).contains("ERROR /sectionTexts/FUNDING [policy.section-missing] Section 10, \"Cost estimation"
        + " and sustainable funding\", has no text");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void gaps_json_isAListOfFindingsWithTheDocumentedFields() {
    OerRun run = OerRun.of("policy", "gaps", "kyrgyzstan-outline", "--json");

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    JsonNode list = OerJson.mapper().readTree(run.out());
    assertThat(list.isArray()).isTrue();
    assertThat(list).isNotEmpty();
    for (JsonNode finding : list) {
      assertThat(finding.propertyNames()).containsExactly("severity", "location", "rule", "source", "message");
    }
    assertThat(list.get(0).get("rule").asString()).startsWith("policy.");
  }

  @Test
  void compare_fourDrafts_sideBySide() {
    OerRun run = OerRun.of("policy", "compare", "kazakhstan-draft", "kyrgyzstan-outline", "tajikistan-outline",
        "uzbekistan-outline");

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.out()).startsWith("Comparison of 4 OER policy drafts").contains("KZ").contains("KG")
        .contains("TJ").contains("UZ").contains("CC-BY-4.0");
  }

  @Test
  void compare_noDraft_isUsageError() {
    OerRun run = OerRun.of("policy", "compare");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).startsWith("oer policy compare: Missing required parameter");
  }

  @Test
  void show_json_thenEveryCommand_readsTheFileBack(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path file = dir.resolve("kz.json");
    OerRun json = OerRun.of("policy", "show", "kazakhstan-draft", "--format", "json");
    java.nio.file.Files.writeString(file, json.out(), java.nio.charset.StandardCharsets.UTF_8);

    assertThat(json.out()).startsWith("{\n  \"format\": \"oerkit/policy-draft/1\"");
    assertThat(OerRun.of("policy", "show", file.toString()).out())
        .isEqualTo(OerRun.of("policy", "show", "kazakhstan-draft").out());
    assertThat(OerRun.of("policy", "gaps", file.toString()).out())
        .isEqualTo(OerRun.of("policy", "gaps", "kazakhstan-draft").out());
    assertThat(OerRun.of("policy", "compare", file.toString(), "uzbekistan-outline").status()).isEqualTo(Oer.OK);
  }

  @Test
  void gaps_fileThatIsAWorkshop_isBadInputOnOneLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    java.nio.file.Path file = dir.resolve("astana.json");
    OerRun.of("workshop", "export", "astana-2017", "--format", "json", "-o", file.toString());

    OerRun run = OerRun.of("policy", "gaps", file.toString());

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.errLine()).startsWith(file + ":").doesNotContain("\n");
  }

  @Test
  void convert_exampleToOwm_writesOnePolicyAndReportsTheLanguagesKeptAsKeywords() {
    OerRun run = OerRun.of("policy", "convert", "kazakhstan-draft", "--to", "owm");

    assertThat(run.status()).isEqualTo(Oer.OK);
    JsonNode policy = OerJson.mapper().readTree(run.out());
    assertThat(policy.path("@type").asString()).isEqualTo("Policy");
    assertThat(policy.path("inLanguage").size()).isLessThanOrEqualTo(1);
    assertThat(policy.at("/location/0/address/addressCountry").asString()).isEqualTo("KZ");
    assertThat(run.err().lines()).allMatch(l -> l.startsWith("oer policy convert: INFO /") || l.startsWith(
        "oer policy convert: WARNING /"));
  }

  @Test
  void convert_owmFileToJson_givesANativeDraftWithTheFindingsOnStandardError(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Path file = dir.resolve("policy.json");
    java.nio.file.Files.writeString(file, OerRun.of("policy", "convert", "kazakhstan-draft", "--to", "owm").out()
        .replace("\"@type\": \"Policy\",", "\"@type\": \"Policy\", \"contact\": \"oer@example.kz\","));

    OerRun run = OerRun.of("policy", "convert", file.toString(), "--to", "json");

    assertThat(run.status()).isEqualTo(Oer.OK);
    org.oerkit.core.policy.PolicyDraft draft = OerJson.read(run.out().getBytes(java.nio.charset.StandardCharsets.UTF_8),
        org.oerkit.core.policy.PolicyDraft.class);
    assertThat(draft.country().code()).isEqualTo("KZ");
    assertThat(run.errLine()).isEqualTo("oer policy convert: WARNING /contact [owm.not-carried] The \"contact\" of "
        + "this record is not kept.");
  }

  @Test
  void convert_standardInputToAFile_writesTheFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    byte[] native_ = OerRun.of("policy", "convert", "kyrgyzstan-outline", "--to", "json").out()
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.nio.file.Path out = dir.resolve("out.json");
    java.io.InputStream stdin = System.in;
    OerRun run;
    try {
      System.setIn(new java.io.ByteArrayInputStream(native_));
      run = OerRun.of("policy", "convert", "-", "--to", "owm", "-o", out.toString());
    } finally {
      System.setIn(stdin);
    }

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.out()).isEmpty();
    assertThat(OerJson.mapper().readTree(java.nio.file.Files.readAllBytes(out)).path("@type").asString())
        .isEqualTo("Policy");
  }

  @Test
  void convert_unreadableInput_isStatus1OnOneLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path file = dir.resolve("broken.json");
    java.nio.file.Files.writeString(file, "{\"@type\": \"Policy\", \"name\": ");

    OerRun broken = OerRun.of("policy", "convert", file.toString(), "--to", "json");
    OerRun missing = OerRun.of("policy", "convert", dir.resolve("none.json").toString(), "--to", "json");
    OerRun event = OerRun.of("policy", "convert", "astana-2017", "--to", "json");

    assertThat(broken.status()).isEqualTo(Oer.FINDINGS);
    assertThat(broken.errLine()).startsWith("oer policy convert: ").doesNotContain("\n");
    assertThat(missing.status()).isEqualTo(Oer.FINDINGS);
    assertThat(missing.errLine()).startsWith("oer policy convert: no such file").doesNotContain("\n");
    assertThat(event.status()).isEqualTo(Oer.FINDINGS);
  }

  @Test
  void convert_aWorkshopDocument_isRefusedAsNotAPolicy(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path file = dir.resolve("workshop.json");
    OerRun.of("workshop", "export", "astana-2017", "--format", "json", "-o", file.toString());

    OerRun run = OerRun.of("policy", "convert", file.toString(), "--to", "owm");

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.errLine()).contains("oerkit/workshop").contains("not a policy draft").doesNotContain("\n");
  }

  @Test
  void convert_withoutOrWithAnUnknownTarget_isAUsageError() {
    OerRun without = OerRun.of("policy", "convert", "kazakhstan-draft");
    OerRun unknown = OerRun.of("policy", "convert", "kazakhstan-draft", "--to", "xml");

    assertThat(without.status()).isEqualTo(Oer.USAGE);
    assertThat(without.errLine()).startsWith("oer policy convert: Missing required option: '--to=FORMAT'");
    assertThat(unknown.status()).isEqualTo(Oer.USAGE);
    assertThat(unknown.errLine()).startsWith("oer policy convert: Invalid value for option '--to'");
  }
}
