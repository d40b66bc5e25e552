package org.oerkit.core.markup;

import static java.util.Objects.requireNonNull;

import org.oerkit.core.DomainRuleException;

/**
 * A fill and the ink of the text written on it, a pair that passes WCAG 2.2 AA contrast for normal text
 * (at least 4.5:1, success criterion 1.4.3): a swatch that would not is refused when it is made.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Swatch {

  private final Colour fill;
  private final Colour ink;

  private Swatch(Colour fill, Colour ink) {
    this.fill = fill;
    this.ink = ink;
  }

  /**
   * Obtains a swatch.
   *
   * @param fill  the background, not null
   * @param ink  the colour of text on it, not null
   * @return the swatch
   * @throws DomainRuleException if the contrast of ink and fill is below {@link Colour#AA_TEXT}
   */
  public static Swatch of(Colour fill, Colour ink) {
    requireNonNull(fill, "fill");
    requireNonNull(ink, "ink");
    double ratio = fill.contrastRatio(ink);
    if (ratio < Colour.AA_TEXT) {
      throw new DomainRuleException("Swatch", "ink", "must contrast with the fill " + fill
          + " by at least 4.5:1 (WCAG 2.2 AA), was " + Svg.number(ratio) + ":1 for", ink.hex());
    }
    return new Swatch(fill, ink);
  }

  /**
   * Gets the background.
   *
   * @return the fill
   */
  public Colour fill() {
    return fill;
  }

  /**
   * Gets the colour of text on the fill.
   *
   * @return the ink
   */
  public Colour ink() {
    return ink;
  }

  /**
   * Gets the contrast ratio of ink and fill.
   *
   * @return the ratio, at least 4.5
   */
  public double contrastRatio() {
    return fill.contrastRatio(ink);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Swatch && ((Swatch) obj).fill.equals(fill) && ((Swatch) obj).ink.equals(ink);
  }

  @Override
  public int hashCode() {
    return fill.hashCode() * 31 + ink.hashCode();
  }

  /**
   * Formats the swatch as {@code ink on fill}, such as {@code #1a1a1a on #ffffff}.
   *
   * @return the swatch as text
   */
  @Override
  public String toString() {
    return ink + " on " + fill;
  }
}
