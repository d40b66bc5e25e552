package org.oerkit.core.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;

class SvgTest {

  @Test
  void number_isWrittenWithADotAndAtMostTwoDecimals() {
    assertThat(Svg.number(12.0)).isEqualTo("12");
    assertThat(Svg.number(0.125)).isEqualTo("0.13");
    assertThat(Svg.number(-0.001)).isEqualTo("0");
    assertThat(Svg.number(1234567.5)).isEqualTo("1234567.5");
  }

  @Test
  void number_doesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("de-DE"));
      String german = Svg.number(1.5);
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      assertThat(Svg.number(1.5)).isEqualTo(german).isEqualTo("1.5");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void number_notFinite_isRefused() {
    assertThatThrownBy(() -> Svg.number(Double.NaN)).isInstanceOf(DomainRuleException.class)
        .hasMessage("Svg.number must be finite, was NaN");
  }

  @Test
  void number_parsesBackWithinHalfAHundredth() {
    qt().forAll(doubles().between(-1e6, 1e6))
        .check(v -> Math.abs(Double.parseDouble(Svg.number(v)) - v) <= 0.005 + 1e-9);
  }

  @Test
  void fit_textThatFits_isUnchanged() {
    assertThat(Svg.fit("Day 1", 100, 12)).isEqualTo("Day 1");
  }

  @Test
  void fit_longText_isCutWithAnEllipsisWithinTheWidth() {
    String fitted = Svg.fit("Expanding OER for Lifelong Learning in Kazakhstan", 100, 12);
    assertThat(fitted).endsWith("\u2026").startsWith("Expanding");
    assertThat(Svg.textWidth(fitted, 12)).isLessThanOrEqualTo(100);
  }

  @Test
  void wrap_everyLineFitsAndNoWordIsLostBeforeTheLastLine() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 120), integers().between(1, 5))
        .check((text, lines) -> {
          List<String> wrapped = Svg.wrap(text, 80, 12, lines);
          boolean fits = wrapped.stream().allMatch(l -> Svg.textWidth(l, 12) <= 80);
          String joined = String.join(" ", wrapped);
          boolean kept = joined.endsWith("\u2026")
              || joined.replaceAll("\u2026", "").replaceAll("\\s+", " ").strip()
                  .equals(text.strip().replaceAll("\\s+", " "))
              || wrapped.stream().anyMatch(l -> l.endsWith("\u2026"));
          return wrapped.size() <= lines && !wrapped.isEmpty() && fits && kept;
        });
  }

  @Test
  void wrap_cyrillicTitle_breaksAtSpaces() {
    assertThat(Svg.wrap("Ашық білім беру ресурстары", 110, 12, 3)).containsExactly("Ашық білім", "беру",
        "ресурстары");
  }

  @Test
  void wrap_noLine_isRefused() {
    assertThatThrownBy(() -> Svg.wrap("x", 10, 12, 0)).isInstanceOf(DomainRuleException.class)
        .hasMessage("Svg.maxLines must be at least 1, was 0");
  }

  @Test
  void box_isAGroupOfClassBoxWithItsTitleRectangleAndText() {
    assertThat(Svg.box(0, 0, 100, 20, Palette.GREEN, "tip", List.of("yes"), 12, true).build().toString())
        .isEqualTo("<g class=\"box\"><title>tip</title><rect x=\"0\" y=\"0\" width=\"100\" height=\"20\" "
            + "fill=\"#9fd89a\"/><text font-size=\"12\" fill=\"#1a1a1a\" text-anchor=\"middle\"><tspan x=\"50\" "
            + "y=\"13.9\">yes</tspan></text></g>");
  }

  // The DTD check of the pictures' tests refuses what SVG 1.1 does not define, so that its silence means something.
  @Test
  void validateSvg11_attributeOrElementSvg11DoesNotDefine_fails() {
    String valid = Markup.svgDocument(Svg.root(10, 10).add(Svg.rect(0, 0, 5, 5).build()).build());
    String attribute = Markup.svgDocument(Svg.root(10, 10).add(Svg.rect(0, 0, 5, 5).attr("lang", "en").build()).build());
    String element = Markup.svgDocument(Svg.root(10, 10).add(Element.of("p", "text")).build());

    Pictures.validateSvg11(valid);
    assertThatThrownBy(() -> Pictures.validateSvg11(attribute)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("lang");
    assertThatThrownBy(() -> Pictures.validateSvg11(element)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"p\"");
  }
}
