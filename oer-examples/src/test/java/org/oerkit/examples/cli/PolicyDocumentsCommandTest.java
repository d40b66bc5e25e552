package org.oerkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerkit.json.OerJson;
import tools.jackson.databind.JsonNode;

/** The document formats of {@code oer policy show}, {@code gaps} and {@code compare}, and the reference catalogue. */
class PolicyDocumentsCommandTest {

  @TempDir
  Path dir;

  @Test
  void show_docx_writesAWordDocumentOfTheDraft() throws IOException {
    Path file = dir.resolve("kz.docx");

    OerRun run = OerRun.of("policy", "show", "kazakhstan-draft", "--format", "docx", "-o", file.toString());

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.out()).isEqualTo("Wrote " + file + "\n");
    try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getParagraphs().get(0).getText()).startsWith("National Policy on Open Educational Resources");
    }
  }

  @Test
  void show_docxWithoutOutput_isUsageError() {
    OerRun run = OerRun.of("policy", "show", "kazakhstan-draft", "--format", "docx");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).isEqualTo(
        "oer policy show: --format docx writes a binary document: name the file with --output FILE");
  }

  @Test
  void gaps_xlsx_writesFindingsAndCoverageSheets() throws IOException {
    Path file = dir.resolve("kg.xlsx");

    OerRun run = OerRun.of("policy", "gaps", "kyrgyzstan-outline", "--format", "xlsx", "--output", file.toString());

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
      assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Findings");
      assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Coverage");
      assertThat(book.getSheetAt(1).getLastRowNum()).isEqualTo(33);
    }
  }

  @Test
  void compare_csv_isTheCoverageMatrixOnStandardOutput() {
    OerRun run = OerRun.of("policy", "compare", "kazakhstan-draft", "uzbekistan-outline", "--format", "csv");

    assertThat(run.status()).isEqualTo(Oer.OK);
    String[] lines = run.out().split("\r\n", -1);
    assertThat(lines[0]).isEqualTo("Sub-action,Area,Summary (paraphrase),Paragraph,KZ,UZ");
    assertThat(lines).hasSize(33 + 2);
    assertThat(lines[lines.length - 1]).isEmpty();
  }

  @Test
  void compare_csvFindings_toFile_hasOneRowPerFinding() throws IOException {
    Path file = dir.resolve("findings.csv");

    OerRun run = OerRun.of("policy", "compare", "kazakhstan-draft", "uzbekistan-outline", "--format", "csv",
        "--table", "findings", "-o", file.toString());

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(Files.readString(file)).startsWith("Country,Severity,Rule,Location,Finding,Source of the rule\r\n")
        .contains("\r\nUZ,ERROR,policy.section-missing,");
  }

  @Test
  void gaps_unknownFormat_isUsageError() {
    OerRun run = OerRun.of("policy", "gaps", "kazakhstan-draft", "--format", "ods");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).startsWith("oer policy gaps: Invalid value for option '--format'");
  }

  @Test
  void reference_text_listsInstrumentsLjubljanaDubaiAndIctCft() {
    OerRun run = OerRun.of("policy", "reference");

    assertThat(run.out()).contains("20 September 2017  Ljubljana OER Action Plan 2017")
        .contains("2018  UNESCO ICT Competency Framework for Teachers, version 3")
        .contains("(CC BY-SA 3.0 IGO)")
        .contains("41 recommended actions in five areas:").contains("5. Developing supportive policy environments")
        .contains("Actions: not available.")
        .contains("Dubai Declaration on Open Educational Resources (OER), its parts:")
        .contains("Teacher Professional Learning").contains("Teacher as Innovator");
  }

  @Test
  void reference_json_givesEveryInstrumentItsDateAndSource() {
    JsonNode root = OerJson.mapper().readTree(OerRun.of("policy", "reference", "--json").out());

    assertThat(root.get("instruments")).hasSize(5);
    for (JsonNode instrument : root.get("instruments")) {
      assertThat(instrument.get("earliest").asString()).as(instrument.get("id").asString()).isNotBlank();
      assertThat(instrument.get("dateSource").asString()).contains("http");
    }
    assertThat(root.get("ljubljana2017").get("actionCount").asInt()).isEqualTo(41);
    assertThat(root.get("ljubljana2017").get("transcribedActions").asInt()).isZero();
    assertThat(root.get("dubai2024")).hasSize(8);
    assertThat(root.get("ictCftVersion3")).hasSize(6);
    assertThat(root.get("ictCftVersion3").get(5).get("competencies").get("Knowledge Creation").asString())
        .isEqualTo("Teacher as Innovator");
  }

  // Issue 16: a text document goes to standard output or to its -o file by one rule (Output.write), whatever
  // the command: the file holds exactly what standard output would have, and nothing else is printed.
  @Test
  void gapsHtml_withOutput_writesWhatStandardOutputWouldHold_likeEveryTextDocument() throws IOException {
    Path file = dir.resolve("gaps.html");
    OerRun toFile = OerRun.of("policy", "gaps", "kazakhstan-draft", "--format", "html", "-o", file.toString());
    OerRun toOut = OerRun.of("policy", "gaps", "kazakhstan-draft", "--format", "html");
    Path chart = dir.resolve("chart.svg");
    OerRun chartToFile = OerRun.of("license", "chart", "-o", chart.toString());

    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(toOut.out());
    assertThat(chartToFile.out()).isEqualTo(toFile.out());
    assertThat(Files.readString(chart, java.nio.charset.StandardCharsets.UTF_8)).startsWith("<?xml");
  }
}
