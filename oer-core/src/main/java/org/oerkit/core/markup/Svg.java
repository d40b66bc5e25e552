package org.oerkit.core.markup;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.oerkit.core.DomainRuleException;

/**
 * The SVG elements the pictures use, and the arithmetic of laying out text without a font at hand.
 *
 * <p>A picture cannot measure its text: the fonts belong to the viewer. {@link #textWidth(String, double)}
 * estimates a width from per-letter widths of DejaVu Sans, the widest common sans-serif of the
 * {@linkplain Html#FONT_STACK font stack}, so that text laid out by {@link #wrap} and {@link #fit} fits its
 * box in any of them; the browser check of the build measures the real boxes in Chromium.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Svg {

  private static final String ELLIPSIS = "\u2026";

  private Svg() {}

  /**
   * Starts a standalone SVG picture of the given size, in user units (CSS pixels).
   *
   * @param width  the width, positive
   * @param height  the height, positive
   * @return a builder with the namespace, the size and the view box set
   */
  public static Element.Builder root(double width, double height) {
    return Element.builder("svg").attr("xmlns", Markup.SVG_NAMESPACE).attr("version", "1.1")
        .attr("width", width).attr("height", height)
        .attr("viewBox", "0 0 " + number(width) + " " + number(height));
  }

  /**
   * Starts a rectangle.
   *
   * @param x  the left edge
   * @param y  the top edge
   * @param width  the width
   * @param height  the height
   * @return a builder
   */
  public static Element.Builder rect(double x, double y, double width, double height) {
    return Element.builder("rect").attr("x", x).attr("y", y).attr("width", width).attr("height", height);
  }

  /**
   * Starts a line.
   *
   * @param x1  the start's x
   * @param y1  the start's y
   * @param x2  the end's x
   * @param y2  the end's y
   * @return a builder
   */
  public static Element.Builder line(double x1, double y1, double x2, double y2) {
    return Element.builder("line").attr("x1", x1).attr("y1", y1).attr("x2", x2).attr("y2", y2);
  }

  /**
   * Starts a text element at the given baseline position.
   *
   * @param x  the x of the anchor
   * @param y  the y of the baseline
   * @param text  the text, plain, not null
   * @return a builder holding the text
   */
  public static Element.Builder text(double x, double y, String text) {
    return Element.builder("text").attr("x", x).attr("y", y).text(text);
  }

  /**
   * Starts a group.
   *
   * @return a builder
   */
  public static Element.Builder group() {
    return Element.builder("g");
  }

  /**
   * Obtains a {@code title} element: the accessible name of its parent, and its tooltip.
   *
   * @param text  the title, plain, not null
   * @return the element
   */
  public static Element title(String text) {
    return Element.of("title", text);
  }

  /**
   * Draws a box: a filled rectangle with lines of text inside it and a tooltip, as a group of class
   * {@code box} whose first shape is the rectangle, so that a check can tell that the text stays inside.
   *
   * @param x  the left edge
   * @param y  the top edge
   * @param width  the width
   * @param height  the height
   * @param swatch  the fill and the ink of the text, not null
   * @param tooltip  the title of the group: its accessible name and tooltip, not null
   * @param lines  the lines of text, laid out beforehand to fit (see {@link #wrap}), not null
   * @param fontSize  the font size of the text
   * @param centred  true to centre the lines, false to set them flush left with a small inset
   * @return a builder of the group, to which more shapes may be added
   */
  public static Element.Builder box(double x, double y, double width, double height, Swatch swatch, String tooltip,
      List<String> lines, double fontSize, boolean centred) {
    return box(x, y, width, height, swatch, swatch.fill().hex(), tooltip, lines, fontSize, centred);
  }

  /**
   * Draws a {@linkplain #box(double, double, double, double, Swatch, String, List, double, boolean) box} whose
   * rectangle is painted with a pattern, such as {@code url(#hatch)}, drawn in the swatch's fill.
   *
   * @param x  the left edge
   * @param y  the top edge
   * @param width  the width
   * @param height  the height
   * @param swatch  the fill the pattern is drawn in, and the ink of the text, not null
   * @param paint  the paint of the rectangle, not null
   * @param tooltip  the title of the group, not null
   * @param lines  the lines of text, not null
   * @param fontSize  the font size of the text
   * @param centred  true to centre the lines
   * @return a builder of the group
   */
  public static Element.Builder box(double x, double y, double width, double height, Swatch swatch, String paint,
      String tooltip, List<String> lines, double fontSize, boolean centred) {
    requireNonNull(swatch, "swatch");
    requireNonNull(paint, "paint");
    requireNonNull(lines, "lines");
    Element.Builder group = group().classes("box").add(title(tooltip))
        .add(rect(x, y, width, height).attr("fill", paint).build());
    if (!lines.isEmpty()) {
      group.add(lines(x, y, width, height, swatch, lines, fontSize, centred));
    }
    return group;
  }

  /**
   * Sets lines of text in a band, centred vertically in it, one {@code tspan} a line: the text of a
   * {@linkplain #box box}, or a second block of text further down the same box.
   *
   * @param x  the left edge of the band
   * @param y  the top edge of the band
   * @param width  the width of the band
   * @param height  the height of the band
   * @param swatch  the swatch whose ink the text takes, not null
   * @param lines  the lines, laid out beforehand to fit (see {@link #wrap}), not null
   * @param fontSize  the font size
   * @param centred  true to centre the lines, false to set them flush left with a small {@link #INSET}
   * @return the text element
   */
  public static Element lines(double x, double y, double width, double height, Swatch swatch, List<String> lines,
      double fontSize, boolean centred) {
    requireNonNull(swatch, "swatch");
    requireNonNull(lines, "lines");
    double lineHeight = lineHeight(fontSize);
    double top = y + (height - lines.size() * lineHeight) / 2;
    Element.Builder text = Element.builder("text").attr("font-size", fontSize)
        .attr("fill", swatch.ink().hex());
    double textX = centred ? x + width / 2 : x + INSET;
    if (centred) {
      text.attr("text-anchor", "middle");
    }
    for (int i = 0; i < lines.size(); i++) {
      text.add(Element.builder("tspan").attr("x", textX).attr("y", top + i * lineHeight + fontSize * 0.95)
          .text(lines.get(i)).build());
    }
    return text.build();
  }

  /** The inset of text set flush left in a {@linkplain #box box}. */
  public static final double INSET = 4;

  /**
   * Gets the height of a line of text in a {@linkplain #box box}.
   *
   * @param fontSize  the font size
   * @return the line height, 1.25 times the font size
   */
  public static double lineHeight(double fontSize) {
    return fontSize * 1.25;
  }

  /**
   * Writes a number as SVG and CSS read it: at most two decimals, a dot, no exponent, no trailing zeros,
   * whatever the default locale.
   *
   * @param value  the number, finite
   * @return the number as text, such as {@code "12.5"}
   * @throws DomainRuleException if the number is not finite
   */
  public static String number(double value) {
    if (!Double.isFinite(value)) {
      throw new DomainRuleException("Svg", "number", "must be finite", value);
    }
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }

  /**
   * Estimates the width of a line of text set in the font stack, erring on the wide side.
   *
   * @param text  the text, not null
   * @param fontSize  the font size, in user units
   * @return the estimated width, in user units
   */
  public static double textWidth(String text, double fontSize) {
    requireNonNull(text, "text");
    double em = 0;
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      em += advance(text.codePointAt(i));
    }
    return em * fontSize;
  }

  /**
   * The advance of a letter in DejaVu Sans, in em, grouped into a few classes and rounded up: DejaVu's
   * capitals are 0.6 to 0.77 em wide, its digits 0.64, its lower case 0.28 to 0.98.
   */
  private static double advance(int c) {
    if (" .,:;'!|ijlI()[]{}\u00b7".indexOf(c) >= 0) {
      return 0.34;
    }
    if ("ftr-/\u0456\u0457\u0458".indexOf(c) >= 0) {
      return 0.42;
    }
    if ("mwMW@%\u0416\u0428\u0429\u042e\u0436\u0448\u0449\u044e\u042b\u044b\u0424\u0444\u2014".indexOf(c) >= 0) {
      return 0.95;
    }
    if (Character.isUpperCase(c)) {
      return 0.74;
    }
    if (c > 0x2e80) {
      return 1.0;
    }
    return 0.64;
  }

  /**
   * Shortens a line of text to fit a width, ending it in an ellipsis where it had to be cut.
   *
   * @param text  the text, not null
   * @param width  the width available
   * @param fontSize  the font size
   * @return the text, or its longest prefix that fits with an ellipsis, possibly only the ellipsis
   */
  public static String fit(String text, double width, double fontSize) {
    requireNonNull(text, "text");
    if (textWidth(text, fontSize) <= width) {
      return text;
    }
    int end = text.length();
    while (end > 0 && textWidth(text.substring(0, end).strip() + ELLIPSIS, fontSize) > width) {
      end = text.offsetByCodePoints(end, -1);
    }
    return text.substring(0, end).strip() + ELLIPSIS;
  }

  /**
   * Breaks text into lines that fit a width, at spaces, in at most the given number of lines; the last line
   * ends in an ellipsis if the text did not fit.
   *
   * @param text  the text, not null
   * @param width  the width of a line
   * @param fontSize  the font size
   * @param maxLines  the most lines, at least 1
   * @return the lines, at least one
   * @throws DomainRuleException if {@code maxLines} is less than 1
   */
  public static List<String> wrap(String text, double width, double fontSize, int maxLines) {
    requireNonNull(text, "text");
    if (maxLines < 1) {
      throw new DomainRuleException("Svg", "maxLines", "must be at least 1", maxLines);
    }
    List<String> lines = new ArrayList<>();
    String[] words = text.strip().split("\\s+");
    StringBuilder line = new StringBuilder();
    int i = 0;
    for (; i < words.length; i++) {
      String candidate = line.length() == 0 ? words[i] : line + " " + words[i];
      if (line.length() > 0 && textWidth(candidate, fontSize) > width) {
        if (lines.size() == maxLines - 1) {
          break;
        }
        lines.add(fit(line.toString(), width, fontSize));
        line.setLength(0);
        line.append(words[i]);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    String last = line.toString();
    if (i < words.length) {
      StringBuilder rest = new StringBuilder(last);
      for (; i < words.length; i++) {
        rest.append(' ').append(words[i]);
      }
      last = rest.toString();
    }
    lines.add(fit(last, width, fontSize));
    return ImmutableList.copyOf(lines);
  }
}
