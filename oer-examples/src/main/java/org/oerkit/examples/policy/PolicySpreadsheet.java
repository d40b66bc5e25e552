package org.oerkit.examples.policy;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.oerkit.core.Report;
import org.oerkit.core.policy.Coverage;
import org.oerkit.core.policy.PolicyComparison;
import org.oerkit.core.policy.PolicyDraft;

/**
 * A gap report or a comparison as an Excel workbook (XLSX, written with Apache POI's XSSF): a sheet
 * "Findings" with one row per finding and a sheet "Coverage" with one row per sub-action, each with a bold
 * header row, the header frozen, an auto-filter over the table and columns sized to their text.
 */
public final class PolicySpreadsheet {

  /** The name of the sheet of findings. */
  public static final String FINDINGS = "Findings";
  /** The name of the sheet of the coverage matrix. */
  public static final String COVERAGE = "Coverage";

  private static final int MAX_COLUMN_CHARS = 60;

  private PolicySpreadsheet() {}

  /**
   * Writes the gap report of one draft.
   *
   * @param draft  the draft, not null
   * @param report  its gap report, not null
   * @param coverage  its coverage, not null
   * @param out  where to write the workbook, not closed, not null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(PolicyDraft draft, Report report, Coverage coverage, OutputStream out) {
    write(PolicyTables.findings(draft, report), PolicyTables.coverage(coverage), out);
  }

  /**
   * Writes a comparison of drafts.
   *
   * @param comparison  the comparison, not null
   * @param out  where to write the workbook, not closed, not null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(PolicyComparison comparison, OutputStream out) {
    write(PolicyTables.findings(comparison), PolicyTables.coverage(comparison), out);
  }

  private static void write(List<List<String>> findings, List<List<String>> coverage, OutputStream out) {
    requireNonNull(out, "out");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle header = workbook.createCellStyle();
      XSSFFont bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      CellStyle wrapped = workbook.createCellStyle();
      wrapped.setWrapText(true);
      sheet(workbook.createSheet(FINDINGS), findings, header, wrapped);
      sheet(workbook.createSheet(COVERAGE), coverage, header, wrapped);
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sheet(Sheet sheet, List<List<String>> table, CellStyle header, CellStyle wrapped) {
    int columns = table.get(0).size();
    int[] widths = new int[columns];
    for (int r = 0; r < table.size(); r++) {
      Row row = sheet.createRow(r);
      List<String> values = table.get(r);
      for (int c = 0; c < columns; c++) {
        String value = values.get(c);
        var cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(r == 0 ? header : wrapped);
        widths[c] = Math.max(widths[c], Math.min(MAX_COLUMN_CHARS, value.length()));
      }
    }
    for (int c = 0; c < columns; c++) {
      sheet.setColumnWidth(c, (Math.max(widths[c], 6) + 2) * 256);
    }
    // Wrapped cells need their rows tall enough: spreadsheet programs keep the stored height.
    for (int r = 1; r < table.size(); r++) {
      int lines = 1;
      for (int c = 0; c < columns; c++) {
        int width = Math.max(widths[c], 6);
        lines = Math.max(lines, (table.get(r).get(c).length() + width - 1) / width);
      }
      sheet.getRow(r).setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, table.size() - 1, 0, columns - 1));
    // Printed or exported to PDF: landscape, one page wide, the header row on every page.
    sheet.getPrintSetup().setLandscape(true);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
  }
}
