package org.oerkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerkit.json.OerJson;
import tools.jackson.databind.JsonNode;

class LicenseAuditCommandTest {

  private static final String JSONL = """
      {"title": "Algebra 1", "license": "CC BY 4.0", "source": "https://example.org/1"}
      {"title": "Biology", "license": "https://creativecommons.org/licenses/by-nc/4.0/"}
      this line is not JSON
      {"title": "Chemistry", "license": "cc-by"}
      {"title": "Drawing", "licence": "All rights reserved"}
      {"title": "Economics", "license": "CC-BY-SA-4.0"}
      """;

  @Test
  void audit_jsonLines_countsAndListsWithLineNumbers(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("records.jsonl");
    Files.writeString(file, JSONL);

    OerRun run = OerRun.of("license", "audit", file.toString(), "--mandate", "CC-BY-4.0,CC-BY-SA-4.0", "--json");

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.err()).contains(file + ":3: this line is not a JSON object");
    JsonNode node = OerJson.mapper().readTree(run.out());
    assertThat(node.get("records").asLong()).isEqualTo(5);
    assertThat(node.get("badLines").asLong()).isEqualTo(1);
    assertThat(node.at("/byLicense/CC-BY-4.0/count").asLong()).isEqualTo(1);
    assertThat(node.at("/byAnswer/ambiguous/share").asDouble()).isEqualTo(0.2);
    assertThat(node.at("/openness/UNESCO_2019/open/count").asLong()).isEqualTo(4);
    assertThat(node.at("/violations/count").asLong()).isEqualTo(3);
    assertThat(node.at("/violations/records/0/line").asLong()).isEqualTo(2);
    assertThat(node.at("/unresolved/records/0/line").asLong()).isEqualTo(4);
    assertThat(node.at("/unresolved/records/0/title").asString()).isEqualTo("Chemistry");
  }

  @Test
  void audit_csv_readsQuotedFieldsAndPrintsText(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("records.csv");
    Files.writeString(file, "title,author,license\n"
        + "\"Maps, old and new\",A. Author,\"CC BY-SA 4.0\"\n"
        + "\"A poem\nin two lines\",B. Author,FOO\n"
        + "Atlas,C. Author,CC0\n");

    OerRun run = OerRun.of("license", "audit", file.toString());

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.out()).contains("Records: 3").contains("CC-BY-SA-4.0").contains("CC0-1.0")
        .contains("Ambiguous or unknown: 1").contains("line 3: \"FOO\" unknown");
  }

  @Test
  void audit_csvOutput_hasOneRowPerCountAndFinding(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("records.jsonl");
    Files.writeString(file, JSONL);

    OerRun run = OerRun.of("license", "audit", file.toString(), "--format", "csv");

    assertThat(run.out()).startsWith("section,key,count,share,line,input,answer,candidates,reason\n")
        .contains("records,,5,1,,,,,").contains("license,CC-BY-4.0,1,0.200000,,,,,")
        .contains("unresolved,,,,4,cc-by,ambiguous,");
  }

  @Test
  void audit_csvWithoutLicenseColumn_saysSo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("records.csv");
    Files.writeString(file, "title,author\nA,B\n");

    OerRun run = OerRun.of("license", "audit", file.toString());

    assertThat(run.status()).isNotEqualTo(Oer.OK);
    assertThat(run.errLine()).isEqualTo(file + ":1: the file must start with a CSV header naming the column "
        + "\"license\"");
  }

  @Test
  void audit_standardInput_isJsonLines() throws Exception {
    java.io.InputStream stdin = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(JSONL.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      OerRun run = OerRun.of("license", "audit", "-", "--json");

      assertThat(OerJson.mapper().readTree(run.out()).get("records").asLong()).isEqualTo(5);
      assertThat(run.err()).contains("<stdin>:3: this line is not a JSON object");
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void audit_missingFile_namesIt_withoutProgressNoise(@TempDir Path dir) {
    OerRun run = OerRun.of("license", "audit", dir.resolve("none.jsonl").toString());

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.err()).isEqualTo(dir.resolve("none.jsonl") + ": no such file\n");
  }

  @Test
  void audit_formatJson_isTheSameAsJson(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("records.jsonl");
    Files.writeString(file, JSONL);

    assertThat(OerRun.of("license", "audit", file.toString(), "--format", "json").out())
        .isEqualTo(OerRun.of("license", "audit", file.toString(), "--json").out());
  }
}
