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
    assertThat(run.out()).contains(file + ": /days/0/sessions/").doesNotContain("a valid");
  }

  @Test
  void validate_schemaErrors_areEachReportedWithTheirPointer() throws IOException {
    Path file = astana("\"venue\": \"Park Inn by Radisson\"", "\"venue\": 7");

    OerRun run = OerRun.of("json", "validate", file.toString());

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.out()).contains(file + ": /venue: ").endsWith("1 error\n");
    assertThat(run.err()).isEmpty();
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
    assertThat(run.errLine()).startsWith("oer json validate: ").contains("\"format\"").doesNotContain("\n");
  }

  @Test
  void validate_truncatedJson_isBadInputOnOneLine() throws IOException {
    Path file = dir.resolve("cut.json");
    Files.writeString(file, "{\"format\": \"oerkit/workshop/1\", \"id\":", StandardCharsets.UTF_8);

    OerRun run = OerRun.of("json", "validate", file.toString());

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.errLine()).startsWith("oer json validate: ").contains("line 1").doesNotContain("\n");
  }

  @Test
  void validate_missingFile_isBadInput() {
    OerRun run = OerRun.of("json", "validate", dir.resolve("none.json").toString());

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.errLine()).startsWith("oer json validate: no such file: ");
  }

  @Test
  void validate_noFile_isUsageError() {
    OerRun run = OerRun.of("json", "validate");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).isEqualTo("oer json validate: Missing required parameter: 'FILE'");
  }
}
