package org.oerkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerkit.json.OerJson;
import tools.jackson.databind.JsonNode;

class JsonCommandTest {

  @TempDir
  Path dir;

  private Path astana(String from, String to) throws IOException {
    Path file = dir.resolve("astana.json");
    OerRun.of("workshop", "export", "astana-2017", "--format", "json", "-o", file.toString());
    Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace(from, to), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void validate_exportedWorkshop_isValid() throws IOException {
    Path file = astana("", "");

    OerRun run = OerRun.of("json", "validate", file.toString());

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.out()).isEqualTo(file + ": a valid oerkit/workshop/1 document\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validate_exportedPolicyDraft_isValid() throws IOException {
    Path file = dir.resolve("draft.json");
    Files.writeString(file, OerRun.of("policy", "show", "kazakhstan-draft", "--format", "json").out(),
        StandardCharsets.UTF_8);

    OerRun run = OerRun.of("json", "validate", file.toString());

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.out()).contains("a valid oerkit/policy-draft/1 document");
  }

  @Test
  void validate_overlappingSessions_reportsTheChecksErrorsLikeWorkshopCheck() throws IOException {
    Path file = astana("\"end\": \"09:30\"", "\"end\": \"09:40\"");

    OerRun run = OerRun.of("json", "validate", file.toString());
    OerRun check = OerRun.of("workshop", "check", file.toString());

    assertThat(check.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.out()).containsPattern(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: /days/0/sessions/")
        .doesNotContain("a valid");
  }

  @Test
  void validate_schemaErrors_areEachReportedWithTheirPointer() throws IOException {
    Path file = astana("\"venue\": \"Park Inn by Radisson\"", "\"venue\": 7");

    OerRun run = OerRun.of("json", "validate", file.toString());

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.out()).isEqualTo(file + ":7:12: /venue: Expected text here, but found a number.\n1 error\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validate_unknownProperty_isPointedAtItself_inTheReadersWords() throws IOException {
    Path file = astana("\"city\": \"Astana\",", "\"city\": \"Astana\", \"bogus\": 1,");

    OerRun run = OerRun.of("json", "validate", file.toString(), "--json");

    JsonNode error = OerJson.mapper().readTree(run.out()).get("errors").get(0);
    assertThat(error.get("pointer").asString()).isEqualTo("/bogus");
    assertThat(error.get("line").asInt()).isEqualTo(8);
    assertThat(error.get("message").asString()).startsWith("\"bogus\" is not a property of")
        .contains("check its spelling").doesNotContain("schema");
  }

  @Test
  void validate_everySchemaError_isInTheSameVoice_withoutRegexOrLongLists() throws IOException {
    Path file = astana("\"startDate\": \"2017-12-11\"", "\"startDate\": \"2017-13-11\", \"bogus\": 1");
    Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8)
        .replace("\"zone\": \"Asia/Almaty\"", "\"zone\": \"Asia/Almati\""), StandardCharsets.UTF_8);

    OerRun run = OerRun.of("json", "validate", file.toString());

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.out()).contains(file + ":10:11: /zone: \"Asia/Almati\" is not a time-zone id")
        .contains(file + ":11:3: /startDate: \"2017-13-11\" is not a date written YYYY-MM-DD")
        .contains(file + ":11:30: /bogus: \"bogus\" is not a property")
        .doesNotContain("(document)").doesNotContain("Africa/").doesNotContain("^").doesNotContain("schema")
        .endsWith("3 errors\n");
  }

  @Test
  void validate_standardInput_isNamedStdin() throws IOException {
    Path file = astana("\"venue\": \"Park Inn by Radisson\"", "\"venue\": 7");
    java.io.InputStream stdin = System.in;
    try {
      System.setIn(Files.newInputStream(file));
      OerRun run = OerRun.of("json", "validate", "-");

      assertThat(run.out()).startsWith("<stdin>:7:12: /venue: ");
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void validate_directory_saysItIsADirectory() {
    OerRun run = OerRun.of("json", "validate", dir.toString());

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.errLine()).isEqualTo(dir + ": is a directory; name a file");
  }

  @Test
  void validate_unreadableFile_withJson_isStillTheDocumentedJson() {
    OerRun run = OerRun.of("json", "validate", dir.resolve("none.json").toString(), "--json");

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    JsonNode node = OerJson.mapper().readTree(run.out());
    assertThat(node.propertyNames()).containsExactly("valid", "format", "errors");
    assertThat(node.get("valid").asBoolean()).isFalse();
    assertThat(node.get("errors").get(0).get("message").asString()).isEqualTo("no such file");
  }

  @Test
  void validate_domainRule_isReportedWithItsPointer_asJson() throws IOException {
    Path file = astana("\"endDate\": \"2017-12-13\"", "\"endDate\": \"2017-12-01\"");

    OerRun run = OerRun.of("json", "validate", file.toString(), "--json");

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    JsonNode node = OerJson.mapper().readTree(run.out());
    assertThat(node.propertyNames()).containsExactly("valid", "format", "errors");
    assertThat(node.get("valid").asBoolean()).isFalse();
    assertThat(node.get("format").asString()).isEqualTo("oerkit/workshop/1");
    assertThat(node.get("errors").get(0).get("pointer").asString()).isEqualTo("/endDate");
    assertThat(node.get("errors").get(0).get("message").asString()).contains("must not be before the start date");
  }

  @Test
  void validate_notAnOerkitDocument_isBadInputOnOneLine() throws IOException {
    Path file = dir.resolve("other.json");
    Files.writeString(file, "{\"a\": 1}", StandardCharsets.UTF_8);

    OerRun run = OerRun.of("json", "validate", file.toString());

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.errLine()).startsWith(file + ":1:").contains("\"format\"").doesNotContain("\n");
  }

  @Test
  void validate_truncatedJson_isAnErrorOfTheDocument() throws IOException {
    Path file = dir.resolve("cut.json");
    Files.writeString(file, "{\"format\": \"oerkit/workshop/1\", \"id\":", StandardCharsets.UTF_8);

    OerRun run = OerRun.of("json", "validate", file.toString());

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.out()).startsWith(file + ":1:").contains("cut off").endsWith("\n1 error\n");
  }

  @Test
  void validate_missingFile_isBadInput() {
    OerRun run = OerRun.of("json", "validate", dir.resolve("none.json").toString());

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.errLine()).isEqualTo(dir.resolve("none.json") + ": no such file");
  }

  @Test
  void validate_noFile_isUsageError() {
    OerRun run = OerRun.of("json", "validate");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).isEqualTo("oer json validate: Missing required parameter: 'FILE'");
  }
}
