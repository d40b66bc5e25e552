package org.oerkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.instrument.SubAction;
import org.oerkit.core.markup.Markup;
import org.oerkit.core.markup.Pictures;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PolicyPicturesTest {

  private static final List<PolicyDraft> DRAFTS = List.of(Drafts.complete().build(), Drafts.kyrgyzstan(),
      Drafts.tajikistan(), Drafts.uzbekistan());
  private static final PolicyComparison COMPARISON = GapAnalysis.standard().compare(DRAFTS);

  private static List<Element> groups(Document svg, String classPrefix) {
    NodeList all = svg.getElementsByTagNameNS(Markup.SVG_NAMESPACE, "g");
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element group = (Element) all.item(i);
      if (group.getAttribute("class").startsWith(classPrefix)) {
        found.add(group);
      }
    }
    return found;
  }

  private static String title(Element group) {
    return group.getElementsByTagNameNS(Markup.SVG_NAMESPACE, "title").item(0).getTextContent();
  }

  @Test
  void coverageHeatmap_centralAsia_matchesTheGoldenFile() {
    Pictures.assertGolden(PolicyPicturesTest.class, "coverage-central-asia.svg",
        PolicyPictures.coverageHeatmap(COMPARISON));
  }

  @Test
  void comparisonPage_centralAsia_matchesTheGoldenFile() {
    Pictures.assertGolden(PolicyPicturesTest.class, "comparison-central-asia.html",
        PolicyPictures.comparisonPage(COMPARISON));
  }

  @Test
  void gapReport_completeDraft_matchesTheGoldenFile() {
    Pictures.assertGolden(PolicyPicturesTest.class, "gaps-complete.html",
        PolicyPictures.gapReport(GapAnalysis.standard(), Drafts.complete().build()));
  }

  @Test
  void coverageHeatmap_hasACellPerSubActionAndDraftWithItsWordAndTitle() {
    Document svg = Pictures.parse(PolicyPictures.coverageHeatmap(COMPARISON));
    List<Element> cells = groups(svg, "box cell");
    assertThat(cells).hasSize(SubAction.all().size() * DRAFTS.size());
    for (Element cell : cells) {
      assertThat(cell.getTextContent()).containsPattern("(P planned|S stated|\u2013 none)$");
      assertThat(title(cell)).matches("(Kazakhstan|Kyrgyzstan|Tajikistan|Uzbekistan), 1[1-5]\\([a-z]\\): .+");
    }
  }

  @Test
  void coverageHeatmap_cellNotAddressed_hasTheFindingAsItsTitle() {
    Document svg = Pictures.parse(PolicyPictures.coverageHeatmap(COMPARISON));
    Coverage kyrgyzstan = COMPARISON.coverages().get(1);
    CoverageEntry gap = kyrgyzstan.entries().stream().filter(e -> !e.status().isAddressed()).findFirst()
        .orElseThrow();
    String expected = "Kyrgyzstan, " + gap.subAction().id() + ": none. ";
    assertThat(groups(svg, "box cell not-addressed")).extracting(PolicyPicturesTest::title)
        .anySatisfy(t -> assertThat(t).startsWith(expected).contains("(UNESCO"));
  }

  @Test
  void coverageHeatmap_groupsTheSubActionsUnderTheFiveAreas() {
    Document svg = Pictures.parse(PolicyPictures.coverageHeatmap(COMPARISON));
    assertThat(groups(svg, "box area")).filteredOn(g -> g.getAttribute("class").equals("box area"))
        .extracting(g -> title(g).substring(0, 6)).containsExactly("Area 1", "Area 2", "Area 3", "Area 4", "Area 5");
  }

  @Test
  void gapReport_parsesAsXhtmlAndListsEveryFindingWithItsRule() {
    PolicyDraft draft = Drafts.kyrgyzstan();
    Document html = Pictures.parse(PolicyPictures.gapReport(GapAnalysis.standard(), draft));
    int findings = GapAnalysis.standard().analyze(draft).findings().size();
    NodeList tables = html.getElementsByTagName("table");
    int rows = 0;
    for (int i = 0; i < tables.getLength(); i++) {
      Element table = (Element) tables.item(i);
      if (table.getAttribute("class").equals("findings")) {
        rows += table.getElementsByTagName("tbody").item(0).getChildNodes().getLength();
      }
    }
    assertThat(rows).isEqualTo(findings);
    assertThat(html.getDocumentElement().getAttribute("lang")).isEqualTo("en");
  }

  @Test
  void gapReport_draftTitle_keepsItsLanguage() {
    PolicyDraft draft = Drafts.complete().title(org.oerkit.core.vocabulary.LocalizedText.of(
        org.oerkit.core.vocabulary.LanguageTag.KAZAKH, "Ашық білім беру ресурстары саясаты")).build();
    String html = PolicyPictures.gapReport(GapAnalysis.standard(), draft);
    assertThat(html).contains("<cite lang=\"kk\" xml:lang=\"kk\">Ашық білім беру ресурстары саясаты</cite>");
  }

  // Issue 16: "SVGs parse as XML and validate as SVG 1.1 or 2 structure where a schema is at hand".
  @Test
  void coverageHeatmap_isValidAgainstTheSvg11Dtd() {
    Pictures.validateSvg11(PolicyPictures.coverageHeatmap(COMPARISON));
  }

  @Test
  void comparisonPage_parsesAsXhtmlInTheJdkParser() {
    Document html = Pictures.parse(PolicyPictures.comparisonPage(COMPARISON));
    assertThat(html.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
  }
}
