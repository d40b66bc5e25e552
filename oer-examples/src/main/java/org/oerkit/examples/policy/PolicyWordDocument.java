package org.oerkit.examples.policy;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.oerkit.core.policy.LicenseMandate;
import org.oerkit.core.policy.MonitoringIndicator;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.core.instrument.PolicySection;
import org.oerkit.core.policy.WorkPlanAction;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.Money;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A policy draft as a Word document (DOCX, written with Apache POI's XWPF) that a ministry can circulate and
 * edit: a title page with the title, the country, the status and the date of the latest version; then one
 * heading per section of the template with its text, the licence mandate under section 5, the work plan as a
 * table with costs and funding under section 8, and the objectives and indicators at the end.
 *
 * <p>Headings use the styles "Title", "Heading1" and "Heading2", defined in the document with outline levels,
 * so that Word's and LibreOffice's navigation panes and tables of contents find them. Text is in English
 * where the draft has English, otherwise in the draft's original language.
 */
public final class PolicyWordDocument {

  /** The width of the text between the margins of POI's default page (US Letter, 1-inch margins). */
  private static final int TEXT_WIDTH_TWIPS = 9360;

  private PolicyWordDocument() {}

  /**
   * Writes a draft.
   *
   * @param draft  the draft, not null
   * @param out  where to write the document, not closed, not null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(PolicyDraft draft, OutputStream out) {
    requireNonNull(draft, "draft");
    requireNonNull(out, "out");
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFStyles styles = doc.createStyles();
      style(styles, "Title", "Title", -1, 44);
      style(styles, "Heading1", "heading 1", 0, 32);
      style(styles, "Heading2", "heading 2", 1, 26);
      titlePage(draft, doc);
      for (PolicySection section : PolicySection.values()) {
        heading(doc, "Heading1", section.number() + ". " + section.title());
        draft.sectionText(section).ifPresentOrElse(t -> text(doc, t.in(LanguageTag.ENGLISH)),
            () -> italic(doc, "Not yet drafted."));
        details(draft, section, doc);
      }
      if (!draft.objectives().isEmpty() || !draft.indicators().isEmpty()) {
        heading(doc, "Heading1", "Objectives and indicators");
        draft.objectives().forEach(o -> text(doc, o.id() + ": " + o.statement().in(LanguageTag.ENGLISH)));
        if (!draft.indicators().isEmpty()) {
          List<List<String>> rows = new ArrayList<>();
          rows.add(List.of("Indicator", "Objectives", "Unit", "Baseline", "Target"));
          for (MonitoringIndicator i : draft.indicators()) {
            rows.add(List.of(i.id() + ": " + i.name(), String.join(", ", i.objectives()), i.unit().orElse("-"),
                i.baseline().map(b -> b.value().toPlainString() + " (" + b.year() + ")").orElse("-"),
                i.target().map(t -> t.value().toPlainString() + " (" + t.year() + ")").orElse("-")));
          }
          table(doc, rows, 30, 20, 10, 20, 20);
        }
      }
      doc.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void titlePage(PolicyDraft draft, XWPFDocument doc) {
    XWPFParagraph title = doc.createParagraph();
    title.setStyle("Title");
    title.setAlignment(ParagraphAlignment.CENTER);
    title.setSpacingBefore(2400);
    title.createRun().setText(draft.title().in(LanguageTag.ENGLISH));
    centered(doc, draft.country().name(), true);
    centered(doc, "Status: " + PolicyTables.words(draft.status().name()), false);
    draft.latestVersion().ifPresent(v -> {
      centered(doc, "Date: " + v.date() + " (" + v.label() + ")", false);
      v.note().ifPresent(n -> centered(doc, n, false));
    });
    draft.draftingBody().ifPresent(b -> centered(doc, "Drafted by " + b.displayName(), false));
    if (draft.startYear().isPresent() || draft.endYear().isPresent()) {
      centered(doc, "Horizon: " + draft.startYear().map(Object::toString).orElse("?") + "-"
          + draft.endYear().map(Object::toString).orElse("?"), false);
    }
    doc.createParagraph().createRun().addBreak(BreakType.PAGE);
  }

  private static void details(PolicyDraft draft, PolicySection section, XWPFDocument doc) {
    switch (section) {
      case LICENSE -> draft.licenseMandate().ifPresent(m -> licenseMandate(m, doc));
      case COORDINATION -> draft.coordination().ifPresent(c -> {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Body", "Responsibility"));
        c.responsibilities().forEach(r -> rows.add(List.of(r.organization().displayName(), r.duty())));
        if (rows.size() > 1) {
          heading(doc, "Heading2", "Coordinating structure: " + c.name().orElse(c.lead().displayName()));
          table(doc, rows, 40, 60);
        }
      });
      case WORK_PLAN -> {
        if (!draft.workPlan().isEmpty()) {
          heading(doc, "Heading2", "Work plan");
          List<List<String>> rows = new ArrayList<>();
          rows.add(List.of("Action", "Lead", "From", "To", "Cost", "Funding"));
          for (WorkPlanAction a : draft.workPlan().actions()) {
            rows.add(List.of(a.id() + ": " + a.title(), a.lead().map(l -> l.displayName()).orElse("-"),
                a.start().map(Object::toString).orElse("-"), a.end().map(Object::toString).orElse("-"),
                a.cost().map(Money::format).orElse("-"),
                a.funding().isEmpty() ? "-" : a.funding().stream()
                    .map(f -> PolicyTables.words(f.kind().name()) + f.funder().map(o -> " (" + o.displayName() + ")")
                        .orElse("") + f.amount().map(x -> ": " + x.format()).orElse(""))
                    .collect(Collectors.joining("; "))));
          }
          draft.workPlan().totalCost().values()
              .forEach(t -> rows.add(List.of("Total", "", "", "", t.format(), "")));
          table(doc, rows, 26, 17, 11, 11, 17, 18);
        }
      }
      default -> { }
    }
  }

  private static void licenseMandate(LicenseMandate m, XWPFDocument doc) {
    heading(doc, "Heading2", "Licence mandate");
    text(doc, "Default licence: " + m.defaultLicense().shortName() + " (" + m.defaultLicense().id() + ")"
        + m.defaultLicense().uri().map(u -> ", " + u).orElse(""));
    m.alternatives().forEach(a -> text(doc, "Also allowed: " + a.shortName() + " (" + a.id() + ")"));
    if (!m.translatedInto().isEmpty()) {
      text(doc, "Licence text available in: " + m.translatedInto().stream().map(LanguageTag::toString)
          .collect(Collectors.joining(", ")));
    }
  }

  private static void heading(XWPFDocument doc, String style, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(style);
    p.createRun().setText(text);
  }

  private static void text(XWPFDocument doc, String text) {
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        doc.createParagraph().createRun().setText(line);
      }
    }
  }

  private static void italic(XWPFDocument doc, String text) {
    XWPFRun run = doc.createParagraph().createRun();
    run.setItalic(true);
    run.setText(text);
  }

  private static void centered(XWPFDocument doc, String text, boolean bold) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    XWPFRun run = p.createRun();
    run.setBold(bold);
    run.setFontSize(bold ? 16 : 12);
    run.setText(text);
  }

  /** A table over the text width, its columns in the given percentages, its first row the header. */
  private static void table(XWPFDocument doc, List<List<String>> rows, int... percents) {
    XWPFTable table = doc.createTable(rows.size(), rows.get(0).size());
    table.setWidth("100%");
    CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
        : table.getCTTbl().addNewTblGrid();
    for (int c = 0; c < percents.length; c++) {
      BigInteger twips = BigInteger.valueOf(TEXT_WIDTH_TWIPS * percents[c] / 100);
      if (c < grid.sizeOfGridColArray()) {
        grid.getGridColArray(c).setW(twips);
      } else {
        grid.addNewGridCol().setW(twips);
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).size(); c++) {
        XWPFTableCell cell = table.getRow(r).getCell(c);
        cell.setWidth(percents[c] + "%");
        XWPFRun run = cell.getParagraphs().get(0).createRun();
        run.setBold(r == 0);
        run.setFontSize(9);
        run.setText(rows.get(r).get(c));
      }
    }
    table.getRow(0).setRepeatHeader(true);
    doc.createParagraph();
  }

  private static void style(XWPFStyles styles, String id, String name, int outlineLevel, int halfPoints) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal(name);
    style.addNewQFormat();
    CTPPrGeneral paragraph = style.addNewPPr();
    paragraph.addNewKeepNext();
    paragraph.addNewSpacing().setBefore(BigInteger.valueOf(outlineLevel < 0 ? 0 : 240));
    if (outlineLevel >= 0) {
      paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
    }
    CTRPr run = style.addNewRPr();
    run.addNewB();
    run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    styles.addStyle(new XWPFStyle(style, styles));
  }
}
