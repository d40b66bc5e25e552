package org.oerkit.core.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;
import org.w3c.dom.Document;

class MarkupTest {

  @Test
  void escape_markupCharactersInText_becomeReferences() {
    assertThat(Element.of("p", "a < b & c > d \"e\"").toString()).isEqualTo("<p>a &lt; b &amp; c &gt; d \"e\"</p>");
  }

  @Test
  void escape_quotesAndLineBreaksInAttributes_becomeReferences() {
    assertThat(Element.builder("g").attr("title", "\"x\"\n&y").build().toString())
        .isEqualTo("<g title=\"&quot;x&quot;&#10;&amp;y\"/>");
  }

  @Test
  void escape_charactersXmlForbids_becomeTheReplacementCharacter() {
    assertThat(Markup.escape("a\u0000b\u001bc\uD800d\uFFFF")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFD");
  }

  @Test
  void escape_cyrillicAndSupplementaryLetters_areWrittenAsThemselves() {
    assertThat(Markup.escape("Қазақстан \uD835\uDC00")).isEqualTo("Қазақстан \uD835\uDC00");
  }

  @Test
  void escape_textFromAnyUser_alwaysParsesBackToTheSameText() {
    String nasty = "<script>alert('x')</script> & \"quotes\" ]]> \u0416 \t tab";
    Document page = Pictures.parse(Markup.htmlDocument(Html.page("en", nasty, "p { color: black; }",
        List.of(Element.builder("p").attr("title", nasty).text(nasty).build()))));
    org.w3c.dom.Element p = (org.w3c.dom.Element) page.getElementsByTagName("p").item(0);
    assertThat(p.getTextContent()).isEqualTo(nasty);
    assertThat(p.getAttribute("title")).isEqualTo(nasty);
    assertThat(page.getElementsByTagName("script").getLength()).isZero();
  }

  @Test
  void write_emptyHtmlElement_getsAnEndTagAndAVoidOneClosesItself() {
    assertThat(Element.builder("div").add(Element.of("br"), Element.of("span")).build().toString())
        .isEqualTo("<div><br/><span></span></div>");
  }

  @Test
  void write_emptySvgElement_closesItself() {
    assertThat(Element.builder("svg").add(Element.of("rect"), Element.of("g")).build().toString())
        .isEqualTo("<svg><rect/><g/></svg>");
  }

  @Test
  void write_attributes_keepTheirOrderAndAReplacedOneItsPlace() {
    assertThat(Element.builder("rect").attr("y", 1).attr("x", 2).attr("y", 3.456).build().toString())
        .isEqualTo("<rect y=\"3.46\" x=\"2\"/>");
  }

  @Test
  void builder_invalidName_isRefused() {
    assertThatThrownBy(() -> Element.builder("1p")).isInstanceOf(DomainRuleException.class)
        .hasMessage("Element.name must be an XML name such as \"rect\" or \"aria-label\", was \"1p\"");
    assertThatThrownBy(() -> Element.builder("p").attr("on click", "x")).isInstanceOf(DomainRuleException.class)
        .hasMessageStartingWith("Element.attribute must be an XML name");
  }

  @Test
  void build_styleWithMarkupCharacters_isRefused() {
    assertThatThrownBy(() -> Element.of("style", "p { content: \"<\"; }")).isInstanceOf(DomainRuleException.class)
        .hasMessageStartingWith("Element.children of a style element must be text without '<' or '&'");
  }

  @Test
  void htmlDocument_withoutLanguage_isRefused() {
    Element html = Element.builder("html").attr("xmlns", Markup.XHTML_NAMESPACE).build();
    assertThatThrownBy(() -> Markup.htmlDocument(html)).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Markup.html must be an html element with xmlns=");
  }

  @Test
  void htmlDocument_page_startsWithTheDoctypeAndParsesAsXml() {
    String page = Markup.htmlDocument(Html.page("kk", "Бағдарлама", "h1 { margin: 0; }",
        List.of(Element.of("h1", "Бағдарлама"))));
    assertThat(page).startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"kk\" "
        + "xml:lang=\"kk\"><head><meta charset=\"utf-8\"/>").endsWith("</html>\n");
    assertThat(Pictures.parse(page).getElementsByTagName("h1").item(0).getTextContent()).isEqualTo("Бағдарлама");
  }

  @Test
  void svgDocument_withoutNamespace_isRefused() {
    assertThatThrownBy(() -> Markup.svgDocument(Element.of("svg"))).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Markup.svg must be an svg element with xmlns=");
  }

  @Test
  void textContent_isTheTextOfTheWholeTree() {
    assertThat(Element.of("p", Node.text("a "), Element.of("b", "b"), Node.text(" c")).textContent())
        .isEqualTo("a b c");
  }

  @Test
  void equals_isByNameAttributesAndChildren() {
    new EqualsTester()
        .addEqualityGroup(Element.of("p", "x"), Element.builder("p").text("x").build())
        .addEqualityGroup(Element.of("p", "y"))
        .addEqualityGroup(Element.builder("p").attr("class", "a").text("x").build())
        .addEqualityGroup(Element.of("div", "x"))
        .addEqualityGroup(Node.text("x"))
        .testEquals();
  }
}
