package org.oerkit.core.markup;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.regex.Pattern;
import org.oerkit.core.DomainRuleException;

/**
 * An opaque sRGB colour of a picture, written as {@code #rrggbb}, with the WCAG contrast ratio of a pair.
 *
 * <p>Source: W3C, Web Content Accessibility Guidelines (WCAG) 2.2, definitions "relative luminance" and
 * "contrast ratio", and success criteria 1.4.3 (text: at least 4.5:1, large text 3:1) and 1.4.11 (graphical
 * objects and parts of user interface components: at least 3:1 against adjacent colours).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Colour {

  /** White, {@code #ffffff}. */
  public static final Colour WHITE = new Colour(0xffffff);
  /** Black, {@code #000000}. */
  public static final Colour BLACK = new Colour(0x000000);

  /** The contrast WCAG 2.2 success criterion 1.4.3 asks of normal text at level AA. */
  public static final double AA_TEXT = 4.5;
  /** The contrast WCAG 2.2 success criteria 1.4.3 (large text) and 1.4.11 (graphics) ask at level AA. */
  public static final double AA_GRAPHICS = 3.0;

  private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

  private final int rgb;

  private Colour(int rgb) {
    this.rgb = rgb;
  }

  /**
   * Obtains a colour from its {@code #rrggbb} form.
   *
   * @param text  the colour, such as {@code "#1a7f37"}, not null
   * @return the colour
   * @throws DomainRuleException if the text is not of the form {@code #rrggbb}
   */
  public static Colour parse(CharSequence text) {
    requireNonNull(text, "text");
    if (!HEX.matcher(text).matches()) {
      throw new DomainRuleException("Colour", "hex", "must be of the form #rrggbb", text.toString());
    }
    return new Colour(Integer.parseInt(text.toString().substring(1), 16));
  }

  /**
   * Gets the colour in the form {@code #rrggbb}, lower case.
   *
   * @return the colour as CSS and SVG write it
   */
  public String hex() {
    return String.format(Locale.ROOT, "#%06x", rgb);
  }

  /**
   * Gets the relative luminance, after WCAG 2.2: 0 for black, 1 for white.
   *
   * @return the luminance
   */
  public double relativeLuminance() {
    return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
  }

  private static double linear(int channel) {
    double c = (channel & 0xff) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /**
   * Gets the contrast ratio with another colour, after WCAG 2.2: from 1 (the same) to 21 (black on white).
   *
   * @param other  the other colour, not null
   * @return the ratio, at least 1
   */
  public double contrastRatio(Colour other) {
    requireNonNull(other, "other");
    double a = relativeLuminance();
    double b = other.relativeLuminance();
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Colour && ((Colour) obj).rgb == rgb;
  }

  @Override
  public int hashCode() {
    return rgb;
  }

  /**
   * Gets the colour in the form {@code #rrggbb}, which {@link #parse(CharSequence)} accepts.
   *
   * @return the colour
   */
  @Override
  public String toString() {
    return hex();
  }
}
