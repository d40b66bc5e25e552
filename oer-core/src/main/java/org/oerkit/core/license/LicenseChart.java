package org.oerkit.core.license;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Finding;

/**
 * One of the three compatibility charts of the Creative Commons FAQ, computed by {@link Compatibility} for any
 * licences, not transcribed: the remix chart, the adapter's license chart, or the collection chart.
 *
 * <p>Each cell is green, yellow or dark grey as Creative Commons draws them ({@link Mark}), with the sentence
 * that explains it: for a refusal or a yellow cell the reason {@link Compatibility} gives and the source of its
 * rule. For the Creative Commons 4.0 suite ({@link #creativeCommonsSuite()}) the cells are those of the FAQ's
 * charts; for other licences, such as the 3.0 IGO licences of UNESCO publications or a national licence, they
 * follow the same rules. {@link #toSvg(List)} and {@link #toHtml(List)} draw charts as standalone files.
 *
 * <p>Sources: Creative Commons FAQ, "Can I combine material under different Creative Commons licenses in my
 * work?" (the remix chart, {@code faq/CC_License_Compatibility_Chart.png} in {@code creativecommons/faq}), "If I
 * derive or adapt material offered under a Creative Commons license, which CC license(s) can I use?" (the
 * adapter's license chart), and "If I create a collection that includes a work offered under a CC license, which
 * CC license(s) can I use for my collection?" (the collection table).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LicenseChart {

  /** Which chart. */
  public enum Kind {
    /** May works under the two licences be remixed into one adaptation? Rows and columns are the works. */
    REMIX("Remix chart", "May works under these two licences be combined into one adaptation?",
        "Licence of one work", "Licence of the other work"),
    /** May material under the row's licence be adapted and the adaptation released under the column's? */
    ADAPTER("Adapter's licence chart", "Which licence may an adaptation carry?",
        "Licence of the material", "Licence of the adaptation"),
    /** May a work under the row's licence be included, unmodified, in a collection under the column's? */
    COLLECTION("Collection chart", "Which licence may a collection carry?",
        "Licence of a work in the collection", "Licence of the collection");

    private final String title;
    private final String question;
    private final String rowHeading;
    private final String columnHeading;

    Kind(String title, String question, String rowHeading, String columnHeading) {
      this.title = title;
      this.question = question;
      this.rowHeading = rowHeading;
      this.columnHeading = columnHeading;
    }

    /**
     * Gets the name of the chart.
     *
     * @return the title, such as {@code "Remix chart"}
     */
    public String title() {
      return title;
    }

    /**
     * Gets the question the chart answers.
     *
     * @return the question
     */
    public String question() {
      return question;
    }

    /**
     * Gets what the rows are.
     *
     * @return the heading of the rows
     */
    public String rowHeading() {
      return rowHeading;
    }

    /**
     * Gets what the columns are.
     *
     * @return the heading of the columns
     */
    public String columnHeading() {
      return columnHeading;
    }
  }

  /** The colour of a cell, as Creative Commons draws it, with the symbol and word that say the same. */
  public enum Mark {
    /** Green: allowed. */
    GREEN("\u2713", "yes", "allowed"),
    /** Yellow: technically permitted, but Creative Commons does not recommend it. */
    YELLOW("!", "caution", "permitted, but Creative Commons does not recommend it"),
    /** Dark grey: not allowed. */
    GREY("\u2717", "no", "not allowed");

    private final String symbol;
    private final String word;
    private final String meaning;

    Mark(String symbol, String word, String meaning) {
      this.symbol = symbol;
      this.word = word;
      this.meaning = meaning;
    }

    /**
     * Gets the symbol drawn in the cell.
     *
     * @return {@code "✓"}, {@code "!"} or {@code "✗"}
     */
    public String symbol() {
      return symbol;
    }

    /**
     * Gets the word drawn in the cell beside the symbol.
     *
     * @return {@code "yes"}, {@code "caution"} or {@code "no"}
     */
    public String word() {
      return word;
    }

    /**
     * Gets what the mark means, for the legend.
     *
     * @return the meaning
     */
    public String meaning() {
      return meaning;
    }
  }

  /** One cell: its mark and the sentence that explains it. */
  public static final class Cell {
    private final Mark mark;
    private final String explanation;

    private Cell(Mark mark, String explanation) {
      this.mark = mark;
      this.explanation = explanation;
    }

    /**
     * Gets the mark.
     *
     * @return the mark
     */
    public Mark mark() {
      return mark;
    }

    /**
     * Gets the explanation, with the source of the rule where a rule refuses or warns.
     *
     * @return one or more sentences
     */
    public String explanation() {
      return explanation;
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Cell && ((Cell) obj).mark == mark && ((Cell) obj).explanation.equals(explanation);
    }

    @Override
    public int hashCode() {
      return mark.hashCode() * 31 + explanation.hashCode();
    }

    @Override
    public String toString() {
      return mark + ": " + explanation;
    }
  }

  private static final List<License> SUITE = List.of(Licenses.PDM_1_0, Licenses.CC0_1_0, Licenses.CC_BY_4_0,
      Licenses.CC_BY_SA_4_0, Licenses.CC_BY_NC_4_0, Licenses.CC_BY_ND_4_0, Licenses.CC_BY_NC_SA_4_0,
      Licenses.CC_BY_NC_ND_4_0);

  private final Kind kind;
  private final List<License> licenses;
  private final List<List<Cell>> cells;

  private LicenseChart(Kind kind, List<License> licenses, List<List<Cell>> cells) {
    this.kind = kind;
    this.licenses = licenses;
    this.cells = cells;
  }

  /**
   * Gets the licences of the Creative Commons charts: the Public Domain Mark, CC0 and the six 4.0 licences, in
   * the remix chart's order.
   *
   * @return the eight tools
   */
  public static List<License> creativeCommonsSuite() {
    return SUITE;
  }

  /**
   * Computes a chart for the given licences, which are both its rows and its columns.
   *
   * @param kind  which chart, not null
   * @param licenses  the licences, in the order to draw them, repeats dropped, not empty, not null
   * @return the chart
   * @throws DomainRuleException if no licence is given
   */
  public static LicenseChart of(Kind kind, List<License> licenses) {
    requireNonNull(kind, "kind");
    requireNonNull(licenses, "licenses");
    List<License> distinct = ImmutableList.copyOf(new LinkedHashSet<>(licenses));
    if (distinct.isEmpty()) {
      throw new DomainRuleException("LicenseChart", "licenses", "must name at least one licence", "[]");
    }
    ImmutableList.Builder<List<Cell>> rows = ImmutableList.builder();
    for (License row : distinct) {
      rows.add(distinct.stream().map(column -> cell(kind, row, column)).collect(ImmutableList.toImmutableList()));
    }
    return new LicenseChart(kind, distinct, rows.build());
  }

  /**
   * Computes the three charts, remix, adapter's and collection, for the given licences.
   *
   * @param licenses  the licences, not empty, not null
   * @return the three charts
   * @throws DomainRuleException if no licence is given
   */
  public static List<LicenseChart> all(List<License> licenses) {
    return List.of(of(Kind.REMIX, licenses), of(Kind.ADAPTER, licenses), of(Kind.COLLECTION, licenses));
  }

  private static Cell cell(Kind kind, License row, License column) {
    switch (kind) {
      case REMIX: {
        Compatibility answer = Compatibility.adaptation(row, column);
        String pair = row.shortName() + " and " + column.shortName();
        if (!answer.isAllowed()) {
          return new Cell(Mark.GREY, pair + " may not be remixed. " + reasons(answer));
        }
        String carry = " The remix may carry " + names(answer.recommendedLicenses().isEmpty()
            ? answer.licenses() : answer.recommendedLicenses()) + ".";
        return answer.isRecommended()
            ? new Cell(Mark.GREEN, pair + " may be remixed." + carry)
            : new Cell(Mark.YELLOW, pair + " may be remixed, but no licence for the remix is recommended." + carry);
      }
      case ADAPTER: {
        Compatibility answer = Compatibility.adapt(row, column);
        String what = "An adaptation of " + row.shortName() + " material under " + column.shortName();
        if (!answer.isAllowed()) {
          return new Cell(Mark.GREY, what + " is not allowed. " + reasons(answer));
        }
        return answer.isRecommended()
            ? new Cell(Mark.GREEN, what + " is allowed.")
            : new Cell(Mark.YELLOW, what + " is permitted, but not recommended. " + reasons(answer));
      }
      default: {
        Compatibility answer = Compatibility.of(CombinationMode.COLLECTION, List.of(row), List.of(column));
        String what = "A collection under " + column.shortName() + " that includes a " + row.shortName() + " work";
        if (!answer.isAllowed()) {
          return new Cell(Mark.GREY, what + " is not allowed. " + reasons(answer));
        }
        return answer.isRecommended()
            ? new Cell(Mark.GREEN, what + " is allowed.")
            : new Cell(Mark.YELLOW, what + " is permitted, but not recommended. " + reasons(answer));
      }
    }
  }

  private static String reasons(Compatibility answer) {
    return answer.reasons().findings().stream().map(LicenseChart::sentence).distinct()
        .collect(Collectors.joining(" "));
  }

  private static String sentence(Finding finding) {
    String message = finding.message().endsWith(".") ? finding.message() : finding.message() + ".";
    return message + " (" + finding.source() + ")";
  }

  private static String names(List<License> licenses) {
    return licenses.stream().map(License::shortName).collect(Collectors.joining(", "));
  }

  /**
   * Gets which chart this is.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Gets the licences of the rows and the columns, in order.
   *
   * @return the licences
   */
  public List<License> licenses() {
    return licenses;
  }

  /**
   * Gets one cell.
   *
   * @param row  the licence of the row, not null
   * @param column  the licence of the column, not null
   * @return the cell
   * @throws DomainRuleException if either licence is not in the chart
   */
  public Cell cell(License row, License column) {
    return cells.get(index("row", row)).get(index("column", column));
  }

  private int index(String attribute, License license) {
    int index = licenses.indexOf(requireNonNull(license, attribute));
    if (index < 0) {
      throw new DomainRuleException("LicenseChart", attribute, "must be one of the chart's licences "
          + licenses.stream().map(License::id).collect(Collectors.toList()), license.id());
    }
    return index;
  }

  /**
   * Draws charts as one standalone SVG picture, one above the other, each with its legend.
   *
   * @param charts  the charts, not empty, not null
   * @return the SVG file, to be stored as UTF-8
   * @throws DomainRuleException if no chart is given
   */
  public static String toSvg(List<LicenseChart> charts) {
    return LicenseChartPicture.svg(checked(charts));
  }

  /**
   * Draws charts as one standalone HTML page, a table per chart with its legend.
   *
   * @param charts  the charts, not empty, not null
   * @return the HTML page, to be stored as UTF-8
   * @throws DomainRuleException if no chart is given
   */
  public static String toHtml(List<LicenseChart> charts) {
    return LicenseChartPicture.html(checked(charts));
  }

  private static List<LicenseChart> checked(List<LicenseChart> charts) {
    requireNonNull(charts, "charts");
    if (charts.isEmpty()) {
      throw new DomainRuleException("LicenseChart", "charts", "must hold at least one chart", "[]");
    }
    return ImmutableList.copyOf(charts);
  }

  /**
   * Formats the chart as text, one line per row, such as {@code CC-BY-4.0: ✓ ✓ ! ✗}.
   *
   * @return the chart as text
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(kind.title()).append(" of ")
        .append(licenses.stream().map(License::id).collect(Collectors.toList()));
    for (int r = 0; r < licenses.size(); r++) {
      out.append('\n').append(licenses.get(r).id()).append(':');
      cells.get(r).forEach(c -> out.append(' ').append(c.mark().symbol()));
    }
    return out.toString();
  }
}
