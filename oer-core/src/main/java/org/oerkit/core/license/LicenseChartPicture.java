package org.oerkit.core.license;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oerkit.core.markup.Element;
import org.oerkit.core.markup.Html;
import org.oerkit.core.markup.Markup;
import org.oerkit.core.markup.Node;
import org.oerkit.core.markup.Palette;
import org.oerkit.core.markup.Svg;
import org.oerkit.core.markup.Swatch;

/**
 * Draws {@link LicenseChart}s: as SVG, a grid per chart with the licences' short names as row and column
 * headers, each cell filled green, yellow or dark grey with its symbol and word, the explanation as its
 * tooltip, and a legend; as HTML, the same as tables that read without the style sheet.
 */
final class LicenseChartPicture {

  private static final double MARGIN = 16;
  private static final double FONT = 12;
  private static final double TITLE_FONT = 16;
  private static final double COLUMN = 100;
  private static final double ROW = 28;
  private static final double HEADER = 54;
  private static final double GAP = 32;

  static final String SOURCES = "Computed by oerkit from the rules of the Creative Commons FAQ (the remix chart, the "
      + "adapter's licence chart and the collection table) and the ShareAlike clauses of the legal codes; not "
      + "transcribed from the charts.";

  private LicenseChartPicture() {}

  static Swatch swatch(LicenseChart.Mark mark) {
    switch (mark) {
      case GREEN:
        return Palette.GREEN;
      case YELLOW:
        return Palette.YELLOW;
      default:
        return Palette.GREY;
    }
  }

  private static String label(LicenseChart.Mark mark) {
    return mark.symbol() + " " + mark.word();
  }

  static String svg(List<LicenseChart> charts) {
    double width = 0;
    for (LicenseChart chart : charts) {
      width = Math.max(width, width(chart));
    }
    List<Node> parts = new ArrayList<>();
    double y = MARGIN;
    for (LicenseChart chart : charts) {
      Element.Builder group = Svg.group().classes("chart chart-" + chart.kind().name().toLowerCase(Locale.ROOT));
      y = draw(chart, y, group);
      parts.add(group.build());
      y += GAP;
    }
    double height = y - GAP + MARGIN;
    String title = charts.size() == 1 ? charts.get(0).kind().title() : "Creative Commons licence charts";
    Element svg = Svg.root(width, height).attr("font-family", Html.FONT_STACK)
        .add(Svg.title(title + " of " + names(charts.get(0).licenses())))
        .add(Element.of("desc", SOURCES))
        .add(Svg.rect(0, 0, width, height).attr("fill", Palette.PAPER.fill().hex()).build())
        .add(parts)
        .build();
    return Markup.svgDocument(svg);
  }

  private static double rowHeader(LicenseChart chart) {
    double widest = 120;
    for (License license : chart.licenses()) {
      widest = Math.max(widest, Svg.textWidth(license.shortName(), FONT) + 2 * Svg.INSET);
    }
    return Math.ceil(widest);
  }

  private static double width(LicenseChart chart) {
    double grid = rowHeader(chart) + chart.licenses().size() * COLUMN;
    double text = Math.max(Svg.textWidth(chart.kind().title() + ": " + chart.kind().question(), TITLE_FONT),
        Svg.textWidth(axes(chart), FONT));
    double legend = 0;
    for (LicenseChart.Mark mark : LicenseChart.Mark.values()) {
      legend = Math.max(legend, 96 + Svg.textWidth(mark.meaning(), FONT));
    }
    return Math.ceil(2 * MARGIN + Math.max(Math.max(grid, text), legend));
  }

  private static String axes(LicenseChart chart) {
    return "Rows: " + chart.kind().rowHeading().toLowerCase(Locale.ROOT) + ". Columns: "
        + chart.kind().columnHeading().toLowerCase(Locale.ROOT) + ".";
  }

  private static double draw(LicenseChart chart, double top, Element.Builder out) {
    double y = top + TITLE_FONT;
    out.add(Svg.text(MARGIN, y, chart.kind().title() + ": " + chart.kind().question())
        .attr("font-size", TITLE_FONT).attr("font-weight", "bold").attr("fill", Palette.INK.hex()).build());
    y += 8 + FONT;
    out.add(Svg.text(MARGIN, y, axes(chart)).attr("font-size", FONT).attr("fill", Palette.MUTED.hex()).build());
    y += 10;
    double rowHeader = rowHeader(chart);
    List<License> licenses = chart.licenses();
    double x0 = MARGIN + rowHeader;
    out.add(Svg.box(MARGIN, y, rowHeader, HEADER, Palette.HEADER, chart.kind().rowHeading() + " (rows), "
        + chart.kind().columnHeading().toLowerCase(Locale.ROOT) + " (columns)",
        Svg.wrap("rows \u2193  columns \u2192", rowHeader - 2 * Svg.INSET, FONT, 2), FONT, true).build());
    for (int c = 0; c < licenses.size(); c++) {
      License column = licenses.get(c);
      out.add(Svg.box(x0 + c * COLUMN, y, COLUMN, HEADER, Palette.HEADER, column.shortName() + " (" + column.id() + ")",
          Svg.wrap(column.shortName(), COLUMN - 2 * Svg.INSET, FONT, 3), FONT, true).classes("box column").build());
    }
    y += HEADER;
    for (License row : licenses) {
      out.add(Svg.box(MARGIN, y, rowHeader, ROW, Palette.HEADER, row.shortName() + " (" + row.id() + ")",
          List.of(Svg.fit(row.shortName(), rowHeader - 2 * Svg.INSET, FONT)), FONT, false).classes("box row").build());
      for (int c = 0; c < licenses.size(); c++) {
        LicenseChart.Cell cell = chart.cell(row, licenses.get(c));
        out.add(Svg.box(x0 + c * COLUMN, y, COLUMN, ROW, swatch(cell.mark()), cell.explanation(),
            List.of(label(cell.mark())), FONT, true).classes("box cell " + cell.mark().name().toLowerCase(Locale.ROOT))
            .build());
      }
      y += ROW;
    }
    double gridTop = y - ROW * licenses.size() - HEADER;
    for (int c = 0; c <= licenses.size(); c++) {
      double x = x0 + c * COLUMN;
      out.add(Svg.line(x, gridTop, x, y).attr("stroke", paper()).build());
    }
    for (int r = 0; r <= licenses.size(); r++) {
      double lineY = gridTop + HEADER + r * ROW;
      out.add(Svg.line(MARGIN, lineY, x0 + licenses.size() * COLUMN, lineY).attr("stroke", paper()).build());
    }
    out.add(Svg.rect(MARGIN, gridTop, rowHeader + licenses.size() * COLUMN, ROW * licenses.size() + HEADER)
        .attr("fill", "none").attr("stroke", Palette.RULE.hex()).build());
    y += 12;
    for (LicenseChart.Mark mark : LicenseChart.Mark.values()) {
      out.add(Svg.box(MARGIN, y, 84, 22, swatch(mark), mark.word() + ": " + mark.meaning(), List.of(label(mark)),
          FONT, true).build());
      out.add(Svg.text(MARGIN + 96, y + 15, mark.meaning()).attr("font-size", FONT).attr("fill", Palette.INK.hex())
          .build());
      y += 26;
    }
    return y;
  }

  private static String paper() {
    return Palette.PAPER.fill().hex();
  }

  private static String names(List<License> licenses) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < licenses.size(); i++) {
      out.append(i == 0 ? "" : i == licenses.size() - 1 ? " and " : ", ").append(licenses.get(i).shortName());
    }
    return out.toString();
  }

  static String html(List<LicenseChart> charts) {
    List<Node> body = new ArrayList<>();
    String title = charts.size() == 1 ? charts.get(0).kind().title() : "Creative Commons licence charts";
    body.add(Element.builder("header").add(Element.of("h1", title),
        Element.of("p", "For " + names(charts.get(0).licenses()) + ". " + SOURCES)).build());
    Element.Builder main = Element.builder("main");
    for (LicenseChart chart : charts) {
      main.add(section(chart));
    }
    main.add(legend());
    body.add(main.build());
    return Markup.htmlDocument(Html.page("en", title, CSS, body));
  }

  private static Element section(LicenseChart chart) {
    String id = chart.kind().name().toLowerCase(Locale.ROOT);
    Element.Builder head = Element.builder("tr").add(Element.builder("th").attr("scope", "col")
        .classes("corner").text(chart.kind().rowHeading() + " \u2193 / " + chart.kind().columnHeading() + " \u2192")
        .build());
    for (License column : chart.licenses()) {
      head.add(Element.builder("th").attr("scope", "col").attr("title", column.id()).text(column.shortName()).build());
    }
    Element.Builder rows = Element.builder("tbody");
    for (License row : chart.licenses()) {
      Element.Builder tr = Element.builder("tr")
          .add(Element.builder("th").attr("scope", "row").attr("title", row.id()).text(row.shortName()).build());
      for (License column : chart.licenses()) {
        LicenseChart.Cell cell = chart.cell(row, column);
        tr.add(Element.builder("td").classes(cell.mark().name().toLowerCase(Locale.ROOT))
            .attr("title", cell.explanation()).text(label(cell.mark())).build());
      }
      rows.add(tr.build());
    }
    Element table = Element.builder("table").attr("aria-labelledby", id + "-title")
        .add(Element.builder("thead").add(head.build()).build(), rows.build()).build();
    return Element.builder("section").attr("id", id)
        .add(Element.builder("h2").attr("id", id + "-title").text(chart.kind().title()).build(),
            Element.of("p", chart.kind().question() + " Hover over a cell, or read its title, for the reason."),
            Element.builder("div").classes("scroll").add(table).build())
        .build();
  }

  private static Element legend() {
    Element.Builder list = Element.builder("dl").classes("legend");
    for (LicenseChart.Mark mark : LicenseChart.Mark.values()) {
      list.add(Element.builder("dt").classes(mark.name().toLowerCase(Locale.ROOT)).text(label(mark)).build(),
          Element.of("dd", mark.meaning()));
    }
    return Element.builder("section").attr("id", "legend").add(Element.of("h2", "Legend"), list.build()).build();
  }

  private static final String CSS = String.join("\n",
      "body { font-family: " + Html.FONT_STACK + "; color: " + Palette.INK.hex() + "; background: "
          + Palette.PAPER.fill().hex() + "; margin: 1.5rem; line-height: 1.4; }",
      "h1 { font-size: 1.5rem; margin: 0 0 0.5rem; }",
      "h2 { font-size: 1.2rem; margin: 1.5rem 0 0.25rem; }",
      ".scroll { overflow-x: auto; max-width: 100%; }",
      "table { border-collapse: collapse; }",
      "th, td { border: 1px solid " + Palette.RULE.hex() + "; padding: 0.3rem 0.5rem; text-align: center; }",
      "th { background: " + Palette.HEADER.fill().hex() + "; font-weight: bold; }",
      "th[scope=row] { text-align: left; white-space: nowrap; }",
      "thead th + th { width: 6.5em; }",
      "th.corner { font-weight: normal; font-size: 0.85rem; text-align: left; }",
      ".green { background: " + Palette.GREEN.fill().hex() + "; color: " + Palette.GREEN.ink().hex() + "; }",
      ".yellow { background: " + Palette.YELLOW.fill().hex() + "; color: " + Palette.YELLOW.ink().hex() + "; }",
      ".grey { background: " + Palette.GREY.fill().hex() + "; color: " + Palette.GREY.ink().hex() + "; }",
      "td { white-space: nowrap; }",
      "dl.legend { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 0.75rem; }",
      "dl.legend dt { padding: 0.1rem 0.5rem; text-align: center; }",
      "dl.legend dd { margin: 0; }",
      "@media print { body { margin: 0; } .scroll { overflow: visible; } }",
      "");
}
