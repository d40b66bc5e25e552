package org.oerkit.core.markup;

import java.util.List;

/**
 * The colours of every oerkit picture, each a {@link Swatch} that passes WCAG 2.2 AA contrast: the three
 * cells of the Creative Commons charts (green, yellow, dark grey), reused for the coverage heatmap
 * (planned, stated, not addressed), and the boxes of the programme.
 *
 * <p>Colour is never the only signal: every cell also carries a symbol or a word, and the legend of each
 * picture explains both.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Palette {

  /** The ink of ordinary text. */
  public static final Colour INK = Colour.parse("#1a1a1a");
  /** The ink of secondary text (times, organizations), still AA on white and on the light fills. */
  public static final Colour MUTED = Colour.parse("#4a4a4a");
  /** The colour of lines and frames. */
  public static final Colour RULE = Colour.parse("#767676");

  /** Text on the page. */
  public static final Swatch PAPER = Swatch.of(Colour.WHITE, INK);
  /** Secondary text on the page. */
  public static final Swatch PAPER_MUTED = Swatch.of(Colour.WHITE, MUTED);
  /** Headers of tables and charts. */
  public static final Swatch HEADER = Swatch.of(Colour.parse("#e6e6e6"), INK);
  /** The green cell of the Creative Commons charts: may be used. */
  public static final Swatch GREEN = Swatch.of(Colour.parse("#9fd89a"), INK);
  /** The yellow cell: permitted, but Creative Commons does not recommend it. */
  public static final Swatch YELLOW = Swatch.of(Colour.parse("#ffe46b"), INK);
  /** The dark grey cell: may not be used. */
  public static final Swatch GREY = Swatch.of(Colour.parse("#555555"), Colour.WHITE);
  /** Nothing there: a sub-action no draft addresses, an empty slot; light, so that what is there stands out. */
  public static final Swatch ABSENT = Swatch.of(Colour.parse("#f3f3f3"), MUTED);
  /** A session of a programme. */
  public static final Swatch SESSION = Swatch.of(Colour.parse("#dbeaf7"), INK);
  /** A break of a programme, also hatched. */
  public static final Swatch BREAK = Swatch.of(Colour.parse("#eeeeee"), INK);
  /** A finding to look at: an overlap, an error. */
  public static final Swatch ALERT = Swatch.of(Colour.parse("#fde4e1"), Colour.parse("#8b1a10"));
  /** Faint lines between rows, decoration only. */
  public static final Colour SEPARATOR = Colour.parse("#d4d4d4");
  /** The frame of an alert. */
  public static final Colour ALERT_RULE = Colour.parse("#b3261e");

  private Palette() {}

  /**
   * Gets every swatch of the palette, for tests and legends.
   *
   * @return the swatches
   */
  public static List<Swatch> swatches() {
    return List.of(PAPER, PAPER_MUTED, HEADER, GREEN, YELLOW, GREY, ABSENT, SESSION, BREAK, ALERT);
  }
}
