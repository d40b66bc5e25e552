package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.markup.Pictures;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LicenseChartTest {

  private static final List<License> SUITE = LicenseChart.creativeCommonsSuite();
  private static final List<String> LABELS = List.of("PDM", "CC0", "BY", "BY-SA", "BY-NC", "BY-ND", "BY-NC-SA",
      "BY-NC-ND");
  private static final Map<LicenseChart.Mark, String> LETTER = Map.of(
      LicenseChart.Mark.GREEN, "G", LicenseChart.Mark.YELLOW, "Y", LicenseChart.Mark.GREY, "X");

  private static String row(LicenseChart.Kind kind, String label) {
    LicenseChart chart = LicenseChart.of(kind, SUITE);
    License row = SUITE.get(LABELS.indexOf(label));
    return SUITE.stream().map(c -> LETTER.get(chart.cell(row, c).mark())).collect(Collectors.joining(" "));
  }

  // Source: Creative Commons FAQ, "Can I combine material under different Creative Commons licenses in my work?",
  // chart faq/CC_License_Compatibility_Chart.png in creativecommons/faq: G a check mark, X a cross.
  // Columns: PDM CC0 BY BY-SA BY-NC BY-ND BY-NC-SA BY-NC-ND.
  @ParameterizedTest(name = "remix chart row {0}")
  @CsvSource({
      "PDM,      G G G G G X G X",
      "CC0,      G G G G G X G X",
      "BY,       G G G G G X G X",
      "BY-SA,    G G G G X X X X",
      "BY-NC,    G G G X G X G X",
      "BY-ND,    X X X X X X X X",
      "BY-NC-SA, G G G X G X G X",
      "BY-NC-ND, X X X X X X X X"})
  void remix_creativeCommonsSuite_isTheFaqChart(String label, String marks) {
    assertThat(row(LicenseChart.Kind.REMIX, label)).isEqualTo(marks);
  }

  // Source: Creative Commons FAQ, "If I derive or adapt material offered under a Creative Commons license, which
  // CC license(s) can I use?": G green, Y yellow, X dark grey; the PD column is CC0's. The Public Domain Mark
  // cannot be applied to new material, so its column is grey throughout.
  @ParameterizedTest(name = "adapter's chart row {0}")
  @CsvSource({
      "PDM,      X G G G G G G G",
      "CC0,      X G G G G G G G",
      "BY,       X Y G G G G G G",
      "BY-SA,    X X X G X X X X",
      "BY-NC,    X Y Y Y G Y G G",
      "BY-ND,    X X X X X X X X",
      "BY-NC-SA, X X X X X X G X",
      "BY-NC-ND, X X X X X X X X"})
  void adapter_creativeCommonsSuite_isTheFaqChart(String label, String marks) {
    assertThat(row(LicenseChart.Kind.ADAPTER, label)).isEqualTo(marks);
  }

  // Source: Creative Commons FAQ, "If I create a collection that includes a work offered under a CC license...":
  // a NonCommercial work only in a NonCommercial collection; CC0 licenses a commercial collection.
  @ParameterizedTest(name = "collection chart row {0}")
  @CsvSource({
      "PDM,      X G G G G G G G",
      "BY,       X G G G G G G G",
      "BY-SA,    X G G G G G G G",
      "BY-ND,    X G G G G G G G",
      "BY-NC,    X X X X G X G G",
      "BY-NC-SA, X X X X G X G G",
      "BY-NC-ND, X X X X G X G G"})
  void collection_creativeCommonsSuite_isTheFaqTable(String label, String marks) {
    assertThat(row(LicenseChart.Kind.COLLECTION, label)).isEqualTo(marks);
  }

  @Test
  void cell_refusal_explainsWithTheRuleAndItsSource() {
    LicenseChart remix = LicenseChart.of(LicenseChart.Kind.REMIX, SUITE);
    LicenseChart.Cell cell = remix.cell(Licenses.CC_BY_SA_4_0, Licenses.CC_BY_NC_4_0);
    assertThat(cell.mark()).isEqualTo(LicenseChart.Mark.GREY);
    assertThat(cell.explanation()).startsWith("CC BY-SA 4.0 and CC BY-NC 4.0 may not be remixed.")
        .contains("(Creative Commons");
  }

  @Test
  void cell_allowedRemix_namesTheLicencesTheRemixMayCarry() {
    LicenseChart remix = LicenseChart.of(LicenseChart.Kind.REMIX, SUITE);
    assertThat(remix.cell(Licenses.CC_BY_4_0, Licenses.CC_BY_SA_4_0).explanation())
        .isEqualTo("CC BY 4.0 and CC BY-SA 4.0 may be remixed. The remix may carry CC BY-SA 4.0, FAL 1.3.");
  }

  @Test
  void creativeCommonsSuite_isThePublicDomainToolsAndTheSix40Licences_inTheRemixChartsOrder() {
    assertThat(LicenseChart.creativeCommonsSuite()).containsExactly(Licenses.PDM_1_0, Licenses.CC0_1_0,
        Licenses.CC_BY_4_0, Licenses.CC_BY_SA_4_0, Licenses.CC_BY_NC_4_0, Licenses.CC_BY_ND_4_0,
        Licenses.CC_BY_NC_SA_4_0, Licenses.CC_BY_NC_ND_4_0);
  }

  @Test
  void cell_equalsACellOfTheSameMarkAndExplanation() {
    LicenseChart remix = LicenseChart.of(LicenseChart.Kind.REMIX, SUITE);
    LicenseChart again = LicenseChart.of(LicenseChart.Kind.REMIX, List.of(Licenses.CC_BY_4_0, Licenses.CC_BY_ND_4_0));

    new EqualsTester()
        .addEqualityGroup(remix.cell(Licenses.CC_BY_4_0, Licenses.CC_BY_4_0),
            again.cell(Licenses.CC_BY_4_0, Licenses.CC_BY_4_0))
        .addEqualityGroup(remix.cell(Licenses.CC_BY_4_0, Licenses.CC_BY_SA_4_0))
        .addEqualityGroup(remix.cell(Licenses.CC_BY_4_0, Licenses.CC_BY_ND_4_0),
            again.cell(Licenses.CC_BY_4_0, Licenses.CC_BY_ND_4_0))
        .addEqualityGroup(LicenseChart.of(LicenseChart.Kind.ADAPTER, SUITE).cell(Licenses.CC_BY_NC_4_0,
            Licenses.CC_BY_4_0))
        .testEquals();
  }

  @Test
  void cell_toString_isTheMarkAndTheExplanation() {
    LicenseChart.Cell cell = LicenseChart.of(LicenseChart.Kind.REMIX, SUITE).cell(Licenses.CC_BY_SA_4_0,
        Licenses.CC_BY_NC_4_0);

    assertThat(cell).hasToString("GREY: " + cell.explanation());
  }

  @Test
  void toString_isTheTitleThenARowOfSymbolsPerLicence() {
    LicenseChart chart = LicenseChart.of(LicenseChart.Kind.ADAPTER,
        List.of(Licenses.CC_BY_4_0, Licenses.CC_BY_NC_4_0, Licenses.CC_BY_ND_4_0));

    assertThat(chart).hasToString("Adapter's licence chart of [CC-BY-4.0, CC-BY-NC-4.0, CC-BY-ND-4.0]\n"
        + "CC-BY-4.0: \u2713 \u2713 \u2713\n"
        + "CC-BY-NC-4.0: ! \u2713 !\n"
        + "CC-BY-ND-4.0: \u2717 \u2717 \u2717");
  }

  @Test
  void cell_licenceNotInTheChart_isRefused() {
    LicenseChart chart = LicenseChart.of(LicenseChart.Kind.REMIX, List.of(Licenses.CC_BY_4_0));
    assertThatThrownBy(() -> chart.cell(Licenses.CC_BY_4_0, Licenses.GPL_3_0))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("LicenseChart.column must be one of the chart's licences")
        .hasMessageContaining("GPL-3.0-only");
  }

  @Test
  void of_noLicence_isRefused() {
    assertThatThrownBy(() -> LicenseChart.of(LicenseChart.Kind.REMIX, List.of()))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("LicenseChart.licenses must name at least one licence, was \"[]\"");
  }

  @Test
  void of_repeatedLicences_drawsEachOnce() {
    LicenseChart chart = LicenseChart.of(LicenseChart.Kind.REMIX,
        List.of(Licenses.CC_BY_4_0, Licenses.CC_BY_SA_3_0_IGO, Licenses.CC_BY_4_0));
    assertThat(chart.licenses()).containsExactly(Licenses.CC_BY_4_0, Licenses.CC_BY_SA_3_0_IGO);
  }

  @Test
  void toSvg_creativeCommonsSuite_matchesTheGoldenFile() {
    Pictures.assertGolden(LicenseChartTest.class, "cc-4.0-charts.svg", LicenseChart.toSvg(LicenseChart.all(SUITE)));
  }

  @Test
  void toHtml_creativeCommonsSuite_matchesTheGoldenFile() {
    Pictures.assertGolden(LicenseChartTest.class, "cc-4.0-charts.html",
        LicenseChart.toHtml(LicenseChart.all(SUITE)));
  }

  @Test
  void toSvg_everyCellHasItsExplanationAsTitleAndAWordBesideTheColour() {
    Document svg = Pictures.parse(LicenseChart.toSvg(List.of(LicenseChart.of(LicenseChart.Kind.ADAPTER, SUITE))));
    NodeList groups = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
    int cells = 0;
    for (int i = 0; i < groups.getLength(); i++) {
      Element group = (Element) groups.item(i);
      if (group.getAttribute("class").startsWith("box cell")) {
        cells++;
        assertThat(group.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
            .contains("adaptation");
        assertThat(group.getTextContent()).containsPattern("(yes|caution|no)$");
      }
    }
    assertThat(cells).isEqualTo(64);
  }

  @Test
  void toHtml_parsesAsXhtmlWithALanguageAndATablePerChart() {
    Document html = Pictures.parse(LicenseChart.toHtml(LicenseChart.all(SUITE)));
    assertThat(html.getDocumentElement().getAttribute("lang")).isEqualTo("en");
    assertThat(html.getElementsByTagName("table").getLength()).isEqualTo(3);
    assertThat(html.getElementsByTagName("td").getLength()).isEqualTo(3 * 64);
  }

  @Test
  void toSvg_isTheSameUnderAnyLocale() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG-u-nu-arab"));
      String arabic = LicenseChart.toSvg(LicenseChart.all(SUITE));
      java.util.Locale.setDefault(java.util.Locale.GERMANY);
      assertThat(LicenseChart.toSvg(LicenseChart.all(SUITE))).isEqualTo(arabic);
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  // Issue 16: "SVGs parse as XML and validate as SVG 1.1 or 2 structure where a schema is at hand".
  @Test
  void toSvg_everyChart_isValidAgainstTheSvg11Dtd() {
    Pictures.validateSvg11(LicenseChart.toSvg(LicenseChart.all(SUITE)));
    for (LicenseChart.Kind kind : LicenseChart.Kind.values()) {
      Pictures.validateSvg11(LicenseChart.toSvg(List.of(LicenseChart.of(kind, SUITE))));
    }
  }
}
