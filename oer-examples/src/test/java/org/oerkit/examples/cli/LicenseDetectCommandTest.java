package org.oerkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerkit.json.OerJson;
import tools.jackson.databind.JsonNode;

class LicenseDetectCommandTest {

  @Test
  void detect_json_hasTheDocumentedFields() {
    OerRun run = OerRun.of("license", "detect", "CC BY 4", "--json");

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.err()).isEmpty();
    JsonNode node = OerJson.mapper().readTree(run.out());
    assertThat(node.propertyNames()).containsExactly("input", "answer", "license", "expression", "candidates",
        "confidence", "normalized", "explanation");
    assertThat(node.get("answer").asString()).isEqualTo("normalized");
    assertThat(node.get("license").asString()).isEqualTo("CC-BY-4.0");
    assertThat(node.get("normalized").toString()).contains("punctuation");
    assertThat(node.get("confidence").isNull()).isTrue();
  }

  @Test
  void detect_text_saysTheAnswerAndTheCandidates() {
    OerRun run = OerRun.of("license", "detect", "cc-by", "CC-BY-4.0 OR GPL-3.0-or-later");

    assertThat(run.out()).contains("\"cc-by\": ambiguous (candidates: CC-BY-4.0, CC-BY-3.0")
        .contains("\"CC-BY-4.0 OR GPL-3.0-or-later\": expression CC-BY-4.0 OR GPL-3.0-or-later");
  }

  @Test
  void detect_lines_printsOneJsonObjectPerLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("fields.txt");
    Files.writeString(file, "CC-BY-SA-4.0\nAll rights reserved\nFOO\nhttp://rightsstatements.org/vocab/InC/1.0/\n");

    OerRun run = OerRun.of("license", "detect", "--lines", file.toString(), "--json");

    String[] lines = run.out().split("\n");
    assertThat(lines).hasSize(4);
    assertThat(lines).extracting(l -> OerJson.mapper().readTree(l).get("answer").asString())
        .containsExactly("exact", "not-a-license", "unknown", "not-a-license");
  }

  @Test
  void detect_file_identifiesALegalText(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("LICENSE");
    Files.writeString(file, """
        MIT License

        Copyright (c) 2024 The OER Project

        Permission is hereby granted, free of charge, to any person obtaining a copy
        of this software and associated documentation files (the "Software"), to deal
        in the Software without restriction, including without limitation the rights
        to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
        copies of the Software, and to permit persons to whom the Software is
        furnished to do so, subject to the following conditions:

        The above copyright notice and this permission notice shall be included in all
        copies or substantial portions of the Software.

        THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
        OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
        SOFTWARE.
        """);

    JsonNode node = OerJson.mapper().readTree(OerRun.of("license", "detect", "--file", file.toString(), "--json")
        .out());

    assertThat(node.get("answer").asString()).isEqualTo("text");
    assertThat(node.get("license").asString()).isEqualTo("MIT");
    assertThat(node.get("confidence").asDouble()).isGreaterThan(0.9);
  }

  @Test
  void detect_withoutInput_isAUsageError() {
    assertThat(OerRun.of("license", "detect").status()).isEqualTo(Oer.USAGE);
  }
}
