package org.oerkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * The pictures of the command line: the Kazakhstan draft's gap report, the draft compared with its neighbours,
 * and the Creative Commons 4.0 charts, against golden files. To update one after a deliberate change, run for
 * example {@code oer policy compare kazakhstan-draft kyrgyzstan-outline tajikistan-outline uzbekistan-outline
 * --format svg -o oer-examples/src/test/resources/org/oerkit/examples/golden/central-asia-coverage.svg} and
 * review the diff.
 */
class PicturesCommandTest {

  private static final String[] NEIGHBOURS = {"kazakhstan-draft", "kyrgyzstan-outline", "tajikistan-outline",
      "uzbekistan-outline"};

  private static String golden(String name) throws IOException {
    try (InputStream in = PicturesCommandTest.class.getResourceAsStream("/org/oerkit/examples/golden/" + name)) {
      assertThat(in).as("golden file " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
  }

  private static String[] compare(String format) {
    String[] args = new String[NEIGHBOURS.length + 4];
    args[0] = "policy";
    args[1] = "compare";
    System.arraycopy(NEIGHBOURS, 0, args, 2, NEIGHBOURS.length);
    args[args.length - 2] = "--format";
    args[args.length - 1] = format;
    return args;
  }

  @Test
  void workshopExport_html_astana_matchesTheGoldenFile() throws Exception {
    OerRun run = OerRun.of("workshop", "export", "astana-2017", "--format", "html");
    assertThat(run.out()).isEqualTo(golden("astana-2017.html"));
    assertThat(xml(run.out()).getElementsByTagName("h3").getLength()).isEqualTo(30);
  }

  @Test
  void workshopExport_svg_astana_matchesTheGoldenFile() throws Exception {
    OerRun run = OerRun.of("workshop", "export", "astana-2017", "--format", "svg");
    assertThat(run.out()).isEqualTo(golden("astana-2017.svg"));
    assertThat(xml(run.out()).getDocumentElement().getLocalName()).isEqualTo("svg");
  }

  @Test
  void policyGaps_html_kazakhstanDraft_matchesTheGoldenFile() throws Exception {
    OerRun run = OerRun.of("policy", "gaps", "kazakhstan-draft", "--format", "html");
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(golden("kazakhstan-gaps.html"));
    assertThat(xml(run.out()).getDocumentElement().getAttribute("lang")).isEqualTo("en");
  }

  @Test
  void policyGaps_html_outlineWithErrors_stillWritesThePageAndExitsOne() throws Exception {
    OerRun run = OerRun.of("policy", "gaps", "kyrgyzstan-outline", "--format", "html");
    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(xml(run.out()).getElementsByTagName("h1").item(0).getTextContent())
        .isEqualTo("Gap report: Kyrgyzstan");
  }

  @Test
  void policyCompare_svg_kazakhstanAndNeighbours_matchesTheGoldenFile() throws Exception {
    OerRun run = OerRun.of(compare("svg"));
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(golden("central-asia-coverage.svg"));
    assertThat(xml(run.out()).getDocumentElement().getLocalName()).isEqualTo("svg");
  }

  @Test
  void policyCompare_html_kazakhstanAndNeighbours_matchesTheGoldenFile() throws Exception {
    OerRun run = OerRun.of(compare("html"));
    assertThat(run.out()).isEqualTo(golden("central-asia-comparison.html"));
    assertThat(xml(run.out()).getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(1);
  }

  @Test
  void licenseChart_default_isTheCreativeCommonsSuiteAsSvg() throws Exception {
    OerRun run = OerRun.of("license", "chart");
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(golden("cc-4.0-charts.svg"));
  }

  @Test
  void licenseChart_html_isTheCreativeCommonsSuiteAsAPage() throws Exception {
    OerRun run = OerRun.of("license", "chart", "--format", "html");
    assertThat(run.out()).isEqualTo(golden("cc-4.0-charts.html"));
  }

  @Test
  void licenseChart_namedLicencesAndOneChart_drawsOnlyThose(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("remix.svg");
    OerRun run = OerRun.of("license", "chart", "CC-BY-SA-3.0-IGO", "CC BY 4.0", "--chart", "remix", "-o",
        file.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    String svg = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(xml(svg).getElementsByTagNameNS("http://www.w3.org/2000/svg", "g").getLength()).isGreaterThan(4);
    assertThat(svg).contains("CC BY-SA 3.0 IGO").doesNotContain("Adapter's licence chart");
  }

  @Test
  void licenseChart_unknownLicence_isBadInputOnOneLine() {
    OerRun run = OerRun.of("license", "chart", "CC-BY-9.0");
    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.errLine()).startsWith("oer license chart: ").doesNotContain("\n");
  }

  @Test
  void licenseChart_unknownChart_isUsageError() {
    OerRun run = OerRun.of("license", "chart", "--chart", "pie");
    assertThat(run.status()).isEqualTo(Oer.USAGE);
  }
}
