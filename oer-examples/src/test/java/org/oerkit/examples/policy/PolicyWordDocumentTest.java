package org.oerkit.examples.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.core.instrument.PolicySection;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class PolicyWordDocumentTest {

  private static final PolicyDraft DRAFT = KazakhstanDraft.draft();
  private static final byte[] DOCX = docx(DRAFT);

  static byte[] docx(PolicyDraft draft) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PolicyWordDocument.write(draft, out);
    return out.toByteArray();
  }

  private static List<String> headings(XWPFDocument doc, String style) {
    return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText)
        .collect(Collectors.toList());
  }

  private static List<List<String>> cells(XWPFTable table) {
    return table.getRows().stream()
        .map(r -> r.getTableCells().stream().map(XWPFTableCell::getText).collect(Collectors.toList()))
        .collect(Collectors.toList());
  }

  @Test
  void write_titlePage_hasTitleCountryStatusAndDate() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DOCX))) {
      List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.toList());

      assertThat(headings(doc, "Title")).containsExactly(
          "National Policy on Open Educational Resources of the Republic of Kazakhstan (illustrative first draft)");
      assertThat(texts.subList(1, 4)).containsExactly("Kazakhstan", "Status: draft", "Date: 2017-12-13 (First draft)");
    }
  }

  @Test
  void write_headings_oneForEachTemplateSectionThenIndicators() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DOCX))) {
      List<String> expected = new java.util.ArrayList<>();
      for (PolicySection s : PolicySection.values()) {
        expected.add(s.number() + ". " + s.title());
      }
      expected.add("Objectives and indicators");

      assertThat(headings(doc, "Heading1")).containsExactlyElementsOf(expected);
      assertThat(headings(doc, "Heading2")).contains("Licence mandate", "Work plan");
      assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue())
          .isZero();
    }
  }

  @Test
  void write_licenceMandate_namesDefaultAndAlternative() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DOCX))) {
      List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.toList());

      assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("Default licence: ").contains("CC-BY-4.0"));
      assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("Also allowed: ").contains("CC-BY-SA-4.0"));
    }
  }

  @Test
  void write_workPlan_isATableWithCostsFundingAndTotal() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DOCX))) {
      List<List<String>> plan = doc.getTables().stream().map(PolicyWordDocumentTest::cells)
          .filter(t -> t.get(0).get(0).equals("Action")).findFirst().orElseThrow();

      assertThat(plan.get(0)).containsExactly("Action", "Lead", "From", "To", "Cost", "Funding");
      assertThat(plan).hasSize(DRAFT.workPlan().actions().size() + 2);
      assertThat(plan.get(plan.size() - 1)).containsExactly("Total", "", "", "", "127,000,000.00 KZT", "");
      assertThat(plan.subList(1, plan.size() - 1)).allSatisfy(row -> {
        assertThat(row.get(4)).endsWith(" KZT");
        assertThat(row.get(5)).isNotEqualTo("-");
      });
    }
  }

  @Test
  void write_indicators_isATableWithBaselinesAndTargets() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DOCX))) {
      List<List<String>> indicators = doc.getTables().stream().map(PolicyWordDocumentTest::cells)
          .filter(t -> t.get(0).get(0).equals("Indicator")).findFirst().orElseThrow();

      assertThat(indicators.get(0)).containsExactly("Indicator", "Objectives", "Unit", "Baseline", "Target");
      assertThat(indicators).hasSize(DRAFT.indicators().size() + 1);
      assertThat(indicators.get(1).get(0)).startsWith(DRAFT.indicators().get(0).id() + ": ");
    }
  }

  @Test
  void write_readWithTheJdkAlone_hasTheSameTextHeadingsAndTables() {
    OoxmlParts parts = OoxmlParts.read(DOCX);
    Document body = parts.xml("word/document.xml");
    Document styles = parts.xml("word/styles.xml");
    String text = OoxmlParts.elements(body, OoxmlParts.WORDPROCESSING, "t").stream().map(Element::getTextContent)
        .collect(Collectors.joining("\n"));
    long heading1 = OoxmlParts.elements(body, OoxmlParts.WORDPROCESSING, "pStyle").stream()
        .filter(e -> "Heading1".equals(e.getAttributeNS(OoxmlParts.WORDPROCESSING, "val"))).count();
    List<String> styleIds = OoxmlParts.elements(styles, OoxmlParts.WORDPROCESSING, "style").stream()
        .map(e -> e.getAttributeNS(OoxmlParts.WORDPROCESSING, "styleId")).collect(Collectors.toList());

    assertThat(parts.names()).contains("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml");
    assertThat(text).contains("Republic of Kazakhstan", "Status: draft", "Date: 2017-12-13",
        "8. " + PolicySection.WORK_PLAN.title(), "127,000,000.00 KZT");
    assertThat(heading1).isEqualTo(PolicySection.values().length + 1);
    assertThat(styleIds).contains("Title", "Heading1", "Heading2");
    assertThat(OoxmlParts.elements(body, OoxmlParts.WORDPROCESSING, "tbl")).hasSize(3);
  }

  @Test
  void write_sectionWithoutText_saysNotYetDrafted() throws IOException {
    PolicyDraft outline = CentralAsiaDrafts.uzbekistan();
    PolicySection missing = java.util.Arrays.stream(PolicySection.values())
        .filter(s -> outline.sectionText(s).isEmpty()).findFirst().orElseThrow();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(outline)))) {
      List<XWPFParagraph> paragraphs = doc.getParagraphs();
      int at = paragraphs.stream().map(XWPFParagraph::getText).collect(Collectors.toList())
          .indexOf(missing.number() + ". " + missing.title());

      assertThat(paragraphs.get(at + 1).getText()).isEqualTo("Not yet drafted.");
      assertThat(paragraphs.get(at + 1).getRuns().get(0).isItalic()).isTrue();
    }
  }
}
