package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The licence links and the text {@link Html} reads from a snippet: the links of the HTML Living Standard
 * ("Link type license") and of ccREL ({@code cc:license}), the attribute syntax of the HTML Living Standard
 * ("Before attribute value state" and the value states after it).
 */
class HtmlTest {

  private static final String BY = "https://creativecommons.org/licenses/by/4.0/";

  @Test
  void licenseLinks_ofTheChooserSnippet_isItsLicenceHref() {
    // The snippet the Creative Commons chooser (chooser.creativecommons.org) gives for CC BY 4.0.
    String snippet = "<p xmlns:cc=\"http://creativecommons.org/ns#\">This work is licensed under <a href=\"" + BY
        + "?ref=chooser-v1\" target=\"_blank\" rel=\"license noopener noreferrer\" style=\"display:inline-block;\">"
        + "CC BY 4.0<img style=\"height:22px!important\" src=\"https://mirrors.creativecommons.org/presskit/icons/"
        + "cc.svg?ref=chooser-v1\"></a></p>";

    assertThat(Html.licenseLinks(snippet)).containsExactly(BY + "?ref=chooser-v1");
  }

  @Test
  void licenseLinks_ofATagAtTheStart_isRead() {
    assertThat(Html.licenseLinks("<a rel=\"license\" href=\"" + BY + "\">CC BY</a>")).containsExactly(BY);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"license", "cc:license", "dc:license", "dct:license", "dcterms:license", "LICENSE",
      "nofollow license", "  license  external"})
  void licenseLinks_readsEveryRelThatHoldsALicenceLinkType(String rel) {
    assertThat(Html.licenseLinks("<p><a rel=\"" + rel + "\" href=\"" + BY + "\">CC BY</a></p>")).containsExactly(BY);
  }

  @ParameterizedTest(name = "rel=\"{0}\"")
  @ValueSource(strings = {"nofollow", "licenses", "xlicense", "cc:licensed", ""})
  void licenseLinks_skipsLinksOfOtherTypes(String rel) {
    assertThat(Html.licenseLinks("<p><a rel=\"" + rel + "\" href=\"" + BY + "\">CC BY</a></p>")).isEmpty();
  }

  @Test
  void licenseLinks_readsLinkElementsAndTagsBrokenAcrossLines() {
    String html = "<head><link rel=\"license\" href=\"" + BY + "\"><link\nrel=\"license\"\nhref=\"" + BY
        + "deed.ru\"><link\trel=license href=" + BY + "legalcode\r\n/></head><body><a\r\nrel=\"license\" href=\""
        + BY + "legalcode.de\">BY</a></body>";

    assertThat(Html.licenseLinks(html))
        .containsExactly(BY, BY + "deed.ru", BY + "legalcode", BY + "legalcode.de");
  }

  @Test
  void licenseLinks_skipsOtherTagsWhoseNameStartsLikeAOrLink() {
    String html = "<abbr rel=\"license\" href=\"" + BY + "\">BY</abbr><linker rel=\"license\" href=\"" + BY
        + "\"><a>plain</a><link>";

    assertThat(Html.licenseLinks(html)).isEmpty();
  }

  @Test
  void licenseLinks_readsSingleQuotedUnquotedAndSpacedValues() {
    String html = "<a rel='license' href='" + BY + "'>1</a><a rel=license href=" + BY + ">2</a>"
        + "<a rel = \"license\" href =  '" + BY + "deed.de'>3</a><a rel=license href=" + BY + "deed.fr />4</a>";

    assertThat(Html.licenseLinks(html)).containsExactly(BY, BY, BY + "deed.de", BY + "deed.fr");
  }

  @Test
  void licenseLinks_ofAnUnquotedUrl_keepsItsSlashes() {
    // HTML Living Standard, "Attribute value (unquoted) state": only white space or ">" ends the value.
    assertThat(Html.licenseLinks("<a href=" + BY + " rel=license>CC BY 4.0</a>")).containsExactly(BY);
  }

  @Test
  void licenseLinks_ofAQuoteLeftOpen_readsToTheEndOfTheTag() {
    assertThat(Html.licenseLinks("<a rel=license href=\"" + BY + ">CC BY</a>")).containsExactly(BY);
  }

  @Test
  void licenseLinks_decodesAmpersandsInTheHref() {
    assertThat(Html.licenseLinks("<a rel=license href=\"" + BY + "?a=1&amp;b=2\">BY</a>"))
        .containsExactly(BY + "?a=1&b=2");
  }

  @Test
  void licenseLinks_readsTheAttributeWhoseWholeNameMatches() {
    String html = "<a data-rel=\"nofollow\" rel=\"license\" data-href=\"https://example.org/\" href=\"" + BY
        + "\">BY</a><a xrel=\"license\" href=\"" + BY + "\">not a link</a>";

    assertThat(Html.licenseLinks(html)).containsExactly(BY);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"<a href=\"" + BY + "\" rel>", "<a href=\"" + BY + "\" rel  >", "<a href=\"" + BY
      + "\" rel=>", "<a href=\"" + BY + "\" rel = >", "<a rel=license href>", "<a rel=license href=>",
      "<a rel=license href=\"\">", "<a rel=license href=\"  \">", "<a rel=license>", "<a href=\"" + BY + "\">"})
  void licenseLinks_ofALinkWithoutARelOrAnHref_isEmpty(String html) {
    assertThat(Html.licenseLinks(html + "CC BY</a> and more text")).isEmpty();
  }

  @Test
  void licenseLinks_goesOnAfterAnEmptyTag_andStopsAtATagLeftOpen() {
    String html = "a <> b <a rel=license href=" + BY + ">BY</a> and <a rel=license href=" + BY + "deed.de";

    assertThat(Html.licenseLinks(html)).containsExactly(BY);
  }

  @Test
  void licenseLinks_readsTheFirst32Links() {
    String html = IntStream.rangeClosed(1, 40).mapToObj(i -> "<a rel=license href=" + BY + "?n=" + i + ">" + i + "</a>")
        .collect(Collectors.joining());

    assertThat(Html.licenseLinks(html)).hasSize(32).startsWith(BY + "?n=1").endsWith(BY + "?n=32");
  }

  @Test
  void licenseLinks_afterTextWhoseLowerCaseIsLonger_readsTheRightCharacters() {
    // "İ" (U+0130) lower-cases to two characters in Locale.ROOT; tag names are matched in ASCII.
    String html = "İSTANBUL İZMİR İNÖNÜ <a rel=\"license\" href=\"" + BY + "\">CC BY 4.0</a>";

    assertThat(Html.licenseLinks(html)).containsExactly(BY);
  }

  @Test
  void text_replacesEachTagByASpace_andKeepsAGreaterThanSignOutsideTags() {
    assertThat(Html.text("<p>3 > 2 and <b>CC</b> BY</p>")).isEqualTo(" 3 > 2 and  CC  BY ");
  }

  @Test
  void text_decodesTheCommonEntities_eachOnce() {
    assertThat(Html.text("&copy; 2024 A&amp;B, &quot;OER&quot;&nbsp;&#39;x&#39; &amp;copy;"))
        .isEqualTo("© 2024 A&B, \"OER\" 'x' &copy;");
  }
}
