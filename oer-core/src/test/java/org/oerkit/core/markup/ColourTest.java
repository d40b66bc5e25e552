package org.oerkit.core.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;

class ColourTest {

  // Source: WCAG 2.2, "contrast ratio": from 1:1 to 21:1 (black on white).
  @Test
  void contrastRatio_blackOnWhite_is21() {
    assertThat(Colour.BLACK.contrastRatio(Colour.WHITE)).isCloseTo(21, within(1e-9));
    assertThat(Colour.WHITE.contrastRatio(Colour.WHITE)).isCloseTo(1, within(1e-9));
  }

  // Source: WebAIM contrast checker and the WCAG 2.2 understanding document of 1.4.3: #767676 is the lightest
  // grey that passes 4.5:1 on white (4.54:1), #777777 fails (4.48:1).
  @Test
  void contrastRatio_greysOnWhite_areTheKnownValues() {
    assertThat(Colour.parse("#767676").contrastRatio(Colour.WHITE)).isCloseTo(4.54, within(0.01));
    assertThat(Colour.parse("#777777").contrastRatio(Colour.WHITE)).isCloseTo(4.48, within(0.01));
  }

  @Test
  void palette_everySwatchPassesAaForNormalText() {
    for (Swatch swatch : Palette.swatches()) {
      assertThat(swatch.contrastRatio()).as(swatch.toString()).isGreaterThanOrEqualTo(Colour.AA_TEXT);
    }
  }

  @Test
  void palette_mutedInkPassesAaOnEveryLightFill() {
    for (Swatch swatch : Palette.swatches()) {
      if (swatch.ink().equals(Palette.INK)) {
        assertThat(swatch.fill().contrastRatio(Palette.MUTED)).as("muted on " + swatch.fill())
            .isGreaterThanOrEqualTo(Colour.AA_TEXT);
      }
    }
  }

  @Test
  void palette_alertFrameAndRulesAreVisibleOnPaper() {
    assertThat(Palette.ALERT_RULE.contrastRatio(Colour.WHITE)).isGreaterThanOrEqualTo(Colour.AA_GRAPHICS);
    assertThat(Palette.RULE.contrastRatio(Colour.WHITE)).isGreaterThanOrEqualTo(Colour.AA_GRAPHICS);
  }

  @Test
  void swatch_lowContrast_isRefused() {
    assertThatThrownBy(() -> Swatch.of(Colour.parse("#ffe46b"), Colour.WHITE))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageStartingWith("Swatch.ink must contrast with the fill #ffe46b by at least 4.5:1");
  }

  @Test
  void parse_notHex_isRefused() {
    assertThatThrownBy(() -> Colour.parse("green")).isInstanceOf(DomainRuleException.class)
        .hasMessage("Colour.hex must be of the form #rrggbb, was \"green\"");
  }

  @Test
  void parse_hex_roundTrips() {
    assertThat(Colour.parse("#1A7F37").hex()).isEqualTo("#1a7f37");
    assertThat(Colour.parse("#1a7f37").toString()).isEqualTo("#1a7f37");
  }

  @Test
  void equals_isByValue() {
    new EqualsTester()
        .addEqualityGroup(Colour.parse("#ffffff"), Colour.WHITE)
        .addEqualityGroup(Colour.BLACK)
        .addEqualityGroup(Swatch.of(Colour.WHITE, Colour.BLACK), Swatch.of(Colour.parse("#ffffff"), Colour.BLACK))
        .testEquals();
  }
}
