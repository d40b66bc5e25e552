package org.oerkit.examples.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.oerkit.core.Report;
import org.oerkit.core.policy.GapAnalysis;
import org.oerkit.core.policy.PolicyComparison;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.core.instrument.SubAction;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class PolicySpreadsheetTest {

  private static final PolicyDraft DRAFT = KazakhstanDraft.draft();
  private static final Report REPORT = GapAnalysis.standard().analyze(DRAFT);
  private static final PolicyComparison COMPARISON = GapAnalysis.standard().compare(List.of(DRAFT,
      CentralAsiaDrafts.kyrgyzstan(), CentralAsiaDrafts.tajikistan(), CentralAsiaDrafts.uzbekistan()));

  private static byte[] gaps() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PolicySpreadsheet.write(DRAFT, REPORT, GapAnalysis.standard().coverage(DRAFT), out);
    return out.toByteArray();
  }

  private static byte[] comparison() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PolicySpreadsheet.write(COMPARISON, out);
    return out.toByteArray();
  }

  private static List<List<String>> values(XSSFSheet sheet) {
    List<List<String>> rows = new ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      row.forEach(c -> cells.add(c.getStringCellValue()));
      rows.add(cells);
    }
    return rows;
  }

  @Test
  void gaps_findingsSheet_hasHeaderThenOneRowPerFinding() throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(gaps()))) {
      List<List<String>> rows = values(book.getSheet(PolicySpreadsheet.FINDINGS));

      assertThat(rows.get(0)).containsExactly("Country", "Severity", "Rule", "Location", "Finding",
          "Source of the rule");
      assertThat(rows).hasSize(REPORT.findings().size() + 1);
      assertThat(rows.get(1)).containsExactly("KZ", REPORT.findings().get(0).severity().toString(),
          REPORT.findings().get(0).rule().id(), REPORT.findings().get(0).location(),
          REPORT.findings().get(0).message(), REPORT.findings().get(0).rule().source());
    }
  }

  @Test
  void gaps_coverageSheet_hasOneRowPerSubActionWithEvidence() throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(gaps()))) {
      List<List<String>> rows = values(book.getSheet(PolicySpreadsheet.COVERAGE));

      assertThat(rows.get(0)).containsExactly("Sub-action", "Area", "Summary (paraphrase)", "Paragraph", "KZ",
          "Evidence");
      assertThat(rows).hasSize(SubAction.all().size() + 1);
      assertThat(rows.stream().skip(1).map(r -> r.get(0))).containsExactlyElementsOf(
          SubAction.all().stream().map(SubAction::id).collect(Collectors.toList()));
      List<String> repository = rows.stream().filter(r -> r.get(0).equals("11(d)")).findFirst().orElseThrow();
      assertThat(repository.get(4)).isEqualTo("planned");
      assertThat(repository.get(5)).contains("work plan action repository");
    }
  }

  @Test
  void comparison_coverageSheet_isSubActionsByCountries() throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(comparison()))) {
      List<List<String>> rows = values(book.getSheet(PolicySpreadsheet.COVERAGE));
      List<List<String>> findings = values(book.getSheet(PolicySpreadsheet.FINDINGS));

      assertThat(rows.get(0)).containsExactly("Sub-action", "Area", "Summary (paraphrase)", "Paragraph", "KZ", "KG",
          "TJ", "UZ");
      assertThat(rows).hasSize(SubAction.all().size() + 1);
      assertThat(findings).hasSize(1 + COMPARISON.reports().stream().mapToInt(r -> r.findings().size()).sum());
      assertThat(findings.stream().skip(1).map(r -> r.get(0)).distinct()).containsExactly("KZ", "KG", "TJ", "UZ");
    }
  }

  @Test
  void sheets_haveFrozenHeaderAndAutoFilter() throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(comparison()))) {
      for (XSSFSheet sheet : List.of(book.getSheet(PolicySpreadsheet.FINDINGS),
          book.getSheet(PolicySpreadsheet.COVERAGE))) {
        assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
            .isEqualTo("A1:" + (char) ('A' + sheet.getRow(0).getLastCellNum() - 1) + (sheet.getLastRowNum() + 1));
        assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
      }
    }
  }

  @Test
  void comparison_readWithTheJdkAlone_hasSheetsFrozenPanesFiltersAndText() {
    OoxmlParts parts = OoxmlParts.read(comparison());
    Document workbook = parts.xml("xl/workbook.xml");
    Document strings = parts.xml("xl/sharedStrings.xml");
    List<String> sheetNames = OoxmlParts.elements(workbook, OoxmlParts.SPREADSHEET, "sheet").stream()
        .map(e -> e.getAttribute("name")).collect(Collectors.toList());
    List<String> shared = OoxmlParts.elements(strings, OoxmlParts.SPREADSHEET, "t").stream()
        .map(Element::getTextContent).collect(Collectors.toList());

    assertThat(sheetNames).containsExactly("Findings", "Coverage");
    for (String part : List.of("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml")) {
      Document sheet = parts.xml(part);
      Element pane = OoxmlParts.elements(sheet, OoxmlParts.SPREADSHEET, "pane").get(0);
      assertThat(pane.getAttribute("state")).as(part).isEqualTo("frozen");
      assertThat(Double.parseDouble(pane.getAttribute("ySplit"))).as(part).isEqualTo(1.0);
      assertThat(OoxmlParts.elements(sheet, OoxmlParts.SPREADSHEET, "autoFilter")).as(part).hasSize(1);
    }
    assertThat(OoxmlParts.elements(parts.xml("xl/worksheets/sheet2.xml"), OoxmlParts.SPREADSHEET, "row"))
        .hasSize(SubAction.all().size() + 1);
    assertThat(shared).contains("Sub-action", "Source of the rule", "KZ", "UZ", "12(a)", "not addressed");
  }
}
