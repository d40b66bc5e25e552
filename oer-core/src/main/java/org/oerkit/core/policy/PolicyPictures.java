package org.oerkit.core.policy;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oerkit.core.Finding;
import org.oerkit.core.Report;
import org.oerkit.core.Rule;
import org.oerkit.core.Severity;
import org.oerkit.core.instrument.ActionArea;
import org.oerkit.core.instrument.PolicySection;
import org.oerkit.core.instrument.SubAction;
import org.oerkit.core.markup.Element;
import org.oerkit.core.markup.Html;
import org.oerkit.core.markup.Markup;
import org.oerkit.core.markup.Node;
import org.oerkit.core.markup.Palette;
import org.oerkit.core.markup.Svg;
import org.oerkit.core.markup.Swatch;
import org.oerkit.core.vocabulary.LocalizedText;

/**
 * The pictures of the policy area, for the policy makers who look at a chart before they read a report: the
 * gap report of a draft as an HTML page, and the coverage heatmap of several drafts (sub-actions of the 2019
 * Recommendation × countries) as SVG, alone or in an HTML page with the comparison table.
 *
 * <p>The heatmap groups the 33 sub-actions under the five areas of action, each area headed by how many of its
 * sub-actions each draft addresses; a cell is green and reads "P planned" where a work-plan action addresses the
 * sub-action, yellow "S stated" where only a strategy or a section does, dark grey "– none" where nothing does,
 * and its title (tooltip) is the finding of the gap analysis for that cell, or the parts of the draft that
 * address it. Labels are English; the draft's own title keeps its language.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyPictures {

  private static final double MARGIN = 16;
  private static final double FONT = 11;
  private static final double TITLE_FONT = 16;
  private static final double LABEL = 400;
  private static final double CELL = 112;
  private static final double ROW = 22;
  private static final double AREA_ROW = 26;
  private static final double HEADER = 40;

  private PolicyPictures() {}

  /**
   * Draws the coverage heatmap of the compared drafts as a standalone SVG picture.
   *
   * @param comparison  the comparison, not null
   * @return the SVG file, to be stored as UTF-8
   */
  public static String coverageHeatmap(PolicyComparison comparison) {
    return Markup.svgDocument(heatmap(requireNonNull(comparison, "comparison")));
  }

  /**
   * Writes the comparison of drafts as a standalone HTML page: the coverage heatmap, then the summary table.
   *
   * @param comparison  the comparison, not null
   * @return the HTML page, to be stored as UTF-8
   */
  public static String comparisonPage(PolicyComparison comparison) {
    requireNonNull(comparison, "comparison");
    List<Node> body = new ArrayList<>();
    String title = "Comparison of " + comparison.drafts().size() + " OER policy drafts";
    Element.Builder drafts = Element.builder("ul");
    for (PolicyDraft draft : comparison.drafts()) {
      drafts.add(Element.builder("li").text(draft.country().name() + " (" + draft.country().code() + "): ")
          .add(inLanguage("span", draft.title())).build());
    }
    body.add(Element.builder("header").add(Element.of("h1", title), drafts.build()).build());
    Element.Builder main = Element.builder("main");
    main.add(Element.builder("section").attr("id", "coverage").add(Element.of("h2", "Coverage of the 2019 "
            + "Recommendation"),
        Element.of("p", "Each cell says how far a draft addresses a sub-action; its title (tooltip) gives the "
            + "finding of the gap analysis or the parts of the draft that address it."),
        Element.builder("figure").add(Element.builder("div").classes("scroll").add(heatmap(comparison)).build(),
            Element.of("figcaption", "Sub-actions of the 2019 UNESCO Recommendation on OER (rows, grouped by area "
                + "of action) by draft (columns).")).build()).build());
    List<String[]> rows = comparison.summaryRows();
    Element.Builder head = Element.builder("tr").add(Element.builder("th").attr("scope", "col").text("").build());
    for (PolicyDraft draft : comparison.drafts()) {
      head.add(Element.builder("th").attr("scope", "col").attr("title", draft.country().name())
          .text(draft.country().code()).build());
    }
    Element.Builder tbody = Element.builder("tbody");
    for (String[] row : rows.subList(1, rows.size())) {
      Element.Builder tr = Element.builder("tr").add(Element.builder("th").attr("scope", "row")
          .text(row[0].strip()).build());
      for (int c = 1; c < row.length; c++) {
        tr.add(Element.of("td", row[c]));
      }
      tbody.add(tr.build());
    }
    main.add(Element.builder("section").attr("id", "summary").add(Element.of("h2", "The drafts side by side"),
        Element.builder("div").classes("scroll").add(Element.builder("table").classes("summary")
            .add(Element.builder("thead").add(head.build()).build(), tbody.build()).build()).build()).build());
    body.add(main.build());
    body.add(footer());
    return Markup.htmlDocument(Html.page("en", title, CSS, body));
  }

  /**
   * Writes the gap report of a draft as a standalone HTML page: the findings by severity, each with its rule and
   * the rule's source, then the coverage of the 2019 Recommendation area by area, then the template's sections.
   *
   * @param analysis  the gap analysis, such as {@link GapAnalysis#standard()}, not null
   * @param draft  the draft, not null
   * @return the HTML page, to be stored as UTF-8
   */
  public static String gapReport(GapAnalysis analysis, PolicyDraft draft) {
    requireNonNull(analysis, "analysis");
    requireNonNull(draft, "draft");
    Report report = analysis.analyze(draft);
    Coverage coverage = analysis.coverage(draft);
    String title = "Gap report: " + draft.country().name();
    List<Node> body = new ArrayList<>();
    body.add(Element.builder("header").add(
        Element.of("h1", title),
        Element.builder("p").classes("draft").add(inLanguage("cite", draft.title())).build(),
        Element.of("p", "Status: " + draft.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ". Compared with the UNESCO country OER policy template and "
            + "the 2019 UNESCO Recommendation on OER."),
        Element.of("p", Element.builder("strong").text(count(report, Severity.ERROR, "error") + ", "
            + count(report, Severity.WARNING, "warning") + ", " + count(report, Severity.INFO, "note")).build(),
            Node.text("; " + coverage.addressed() + " of " + coverage.entries().size()
                + " sub-actions of the Recommendation addressed."))).build());
    Element.Builder main = Element.builder("main");
    Element.Builder findings = Element.builder("section").attr("id", "findings").add(Element.of("h2", "Findings"));
    for (Severity severity : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
      List<Finding> some = report.filter(f -> f.severity() == severity).findings();
      String heading = severity == Severity.ERROR ? "Errors" : severity == Severity.WARNING ? "Warnings" : "Notes";
      findings.add(Element.of("h3", heading + " (" + some.size() + ")"));
      if (some.isEmpty()) {
        findings.add(Element.of("p", "None."));
        continue;
      }
      Element.Builder tbody = Element.builder("tbody");
      for (Finding finding : some) {
        tbody.add(Element.builder("tr").classes(severity.name().toLowerCase(Locale.ROOT)).add(
            Element.of("td", severityLabel(severity)),
            Element.of("td", Element.of("code", finding.location())),
            Element.of("td", finding.message()),
            Element.builder("td").add(Element.of("code", finding.rule().id()), Element.of("br"),
                Node.text(finding.source())).build()).build());
      }
      findings.add(Element.builder("table").classes("findings").add(
          Element.of("thead", Element.of("tr", th("Severity"), th("Where"), th("Finding"), th("Rule and source"))),
          tbody.build()).build());
    }
    main.add(findings.build());
    Element.Builder areas = Element.builder("section").attr("id", "coverage")
        .add(Element.of("h2", "Coverage of the 2019 Recommendation"));
    for (ActionArea area : ActionArea.values()) {
      areas.add(Element.of("h3", "Area " + area.number() + " (paragraph " + area.paragraph() + "): " + area.title()
          + " \u2014 " + coverage.addressed(area) + " of " + area.subActions().size() + " addressed"));
      Element.Builder list = Element.builder("tbody");
      for (CoverageEntry entry : coverage.entries()) {
        if (entry.subAction().area() == area) {
          list.add(Element.builder("tr").add(
              Element.of("td", entry.subAction().id()),
              Element.of("td", entry.subAction().summary()),
              Element.builder("td").classes(statusClass(entry.status())).text(statusLabel(entry.status())).build(),
              Element.of("td", entry.evidence().isEmpty() ? "\u2014" : String.join("; ", entry.evidence())))
              .build());
        }
      }
      areas.add(Element.builder("table").classes("coverage").add(
          Element.of("thead", Element.of("tr", th("Sub-action"), th("What it asks"), th("Status"), th("Where"))),
          list.build()).build());
    }
    main.add(areas.build());
    Element.Builder sections = Element.builder("ul");
    for (PolicySection section : PolicySection.values()) {
      boolean written = draft.sectionText(section).isPresent();
      sections.add(Element.builder("li").add(Element.of("strong", written ? "written" : "missing"),
          Node.text(": " + section.number() + ". " + section.title())).build());
    }
    main.add(Element.builder("section").attr("id", "template").add(Element.of("h2", "Sections of the template"),
        sections.build()).build());
    main.add(legend());
    body.add(main.build());
    body.add(footer());
    return Markup.htmlDocument(Html.page("en", title, CSS, body));
  }

  private static Element th(String text) {
    return Element.builder("th").attr("scope", "col").text(text).build();
  }

  private static Element inLanguage(String name, LocalizedText text) {
    String language = text.originalLanguage().toString();
    return Element.builder(name).attr("lang", language).attr("xml:lang", language).text(text.original()).build();
  }

  private static String count(Report report, Severity severity, String noun) {
    int n = report.count(severity);
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String severityLabel(Severity severity) {
    return severity == Severity.ERROR ? "\u2717 error" : severity == Severity.WARNING ? "! warning" : "note";
  }

  private static Element footer() {
    return Element.builder("footer").add(Element.of("p", "Written by oerkit from the draft and the reference "
        + "catalogue: the UNESCO country OER policy template and the UNESCO Recommendation on Open Educational "
        + "Resources (OER), 25 November 2019, paragraphs 11 to 15.")).build();
  }

  private static Element legend() {
    Element.Builder list = Element.builder("dl").classes("legend");
    for (CoverageStatus status : CoverageStatus.values()) {
      list.add(Element.builder("dt").classes(statusClass(status)).text(statusLabel(status)).build(),
          Element.of("dd", statusMeaning(status)));
    }
    return Element.builder("section").attr("id", "legend").add(Element.of("h2", "Legend"), list.build()).build();
  }

  static String statusLabel(CoverageStatus status) {
    switch (status) {
      case PLANNED:
        return "P planned";
      case STATED:
        return "S stated";
      default:
        return "\u2013 none";
    }
  }

  private static String statusMeaning(CoverageStatus status) {
    switch (status) {
      case PLANNED:
        return "a work-plan action addresses the sub-action";
      case STATED:
        return "a strategy or a section of the draft addresses it, but no work-plan action does";
      default:
        return "nothing in the draft addresses it";
    }
  }

  private static String statusClass(CoverageStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static Swatch swatch(CoverageStatus status) {
    switch (status) {
      case PLANNED:
        return Palette.GREEN;
      case STATED:
        return Palette.YELLOW;
      default:
        return Palette.ABSENT;
    }
  }

  private static Element heatmap(PolicyComparison comparison) {
    List<PolicyDraft> drafts = comparison.drafts();
    double width = Math.ceil(2 * MARGIN + LABEL + drafts.size() * CELL);
    List<Node> shapes = new ArrayList<>();
    double y = MARGIN + TITLE_FONT;
    String title = "Coverage of the 2019 UNESCO Recommendation on OER";
    shapes.add(Svg.text(MARGIN, y, Svg.fit(title, width - 2 * MARGIN, TITLE_FONT)).attr("font-size", TITLE_FONT)
        .attr("font-weight", "bold").attr("fill", Palette.INK.hex()).build());
    y += 8;
    double x0 = MARGIN + LABEL;
    shapes.add(Svg.box(MARGIN, y, LABEL, HEADER, Palette.HEADER, "Sub-action of the Recommendation, by area of action",
        List.of("Sub-action (paragraph)"), FONT, false).build());
    for (int c = 0; c < drafts.size(); c++) {
      PolicyDraft draft = drafts.get(c);
      shapes.add(Svg.box(x0 + c * CELL, y, CELL, HEADER, Palette.HEADER, draft.country().name() + ": "
          + draft.title().original(), List.of(Svg.fit(draft.country().name(), CELL - 2 * Svg.INSET, FONT),
          draft.country().code()), FONT, true).classes("box column").build());
    }
    y += HEADER;
    List<Double> rowLines = new ArrayList<>();
    for (ActionArea area : ActionArea.values()) {
      shapes.add(Svg.box(MARGIN, y, LABEL, AREA_ROW, Palette.HEADER, "Area " + area.number() + " (paragraph "
          + area.paragraph() + "): " + area.title(), List.of(Svg.fit(area.number() + ". " + area.title(),
          LABEL - 2 * Svg.INSET, FONT)), FONT, false).classes("box area").build());
      for (int c = 0; c < drafts.size(); c++) {
        Coverage coverage = comparison.coverages().get(c);
        shapes.add(Svg.box(x0 + c * CELL, y, CELL, AREA_ROW, Palette.HEADER, drafts.get(c).country().name()
            + ", area " + area.number() + ": " + coverage.addressed(area) + " of " + area.subActions().size()
            + " sub-actions addressed", List.of(coverage.addressed(area) + " of " + area.subActions().size()),
            FONT, true).classes("box area-count").build());
      }
      y += AREA_ROW;
      for (SubAction subAction : area.subActions()) {
        shapes.add(Svg.box(MARGIN, y, LABEL, ROW, Palette.PAPER, subAction.id() + ": " + subAction.summary(),
            List.of(Svg.fit(subAction.id() + "  " + subAction.summary(), LABEL - 2 * Svg.INSET, FONT)), FONT, false)
            .classes("box row").build());
        for (int c = 0; c < drafts.size(); c++) {
          CoverageEntry entry = comparison.coverages().get(c).entry(subAction);
          shapes.add(Svg.box(x0 + c * CELL, y, CELL, ROW, swatch(entry.status()),
              cellTitle(drafts.get(c), comparison.reports().get(c), entry), List.of(statusLabel(entry.status())),
              FONT, true).classes("box cell " + statusClass(entry.status())).build());
        }
        y += ROW;
        rowLines.add(y);
      }
    }
    double gridTop = MARGIN + TITLE_FONT + 8;
    for (double lineY : rowLines) {
      shapes.add(Svg.line(MARGIN, lineY, x0 + drafts.size() * CELL, lineY).attr("stroke", Palette.SEPARATOR.hex())
          .build());
    }
    for (int c = 0; c <= drafts.size(); c++) {
      shapes.add(Svg.line(x0 + c * CELL, gridTop, x0 + c * CELL, y).attr("stroke", Palette.PAPER.fill().hex())
          .build());
    }
    shapes.add(Svg.rect(MARGIN, gridTop, LABEL + drafts.size() * CELL, y - gridTop).attr("fill", "none")
        .attr("stroke", Palette.RULE.hex()).build());
    y += 14;
    for (CoverageStatus status : CoverageStatus.values()) {
      shapes.add(Svg.box(MARGIN, y, CELL, ROW, swatch(status), statusLabel(status) + ": " + statusMeaning(status),
          List.of(statusLabel(status)), FONT, true).build());
      shapes.add(Svg.text(MARGIN + CELL + 10, y + 15, Svg.fit(statusMeaning(status), width - 2 * MARGIN - CELL - 10,
          FONT)).attr("font-size", FONT).attr("fill", Palette.INK.hex()).build());
      y += ROW + 4;
    }
    double height = Math.ceil(y + MARGIN);
    StringBuilder countries = new StringBuilder();
    for (PolicyDraft draft : drafts) {
      countries.append(countries.length() == 0 ? "" : ", ").append(draft.country().name());
    }
    return Svg.root(width, height).attr("font-family", Html.FONT_STACK)
        .add(Svg.title(title + ": " + countries))
        .add(Element.of("desc", "Rows: the 33 sub-actions of paragraphs 11 to 15, grouped by area of action. "
            + "Columns: the drafts. P planned in the work plan, S stated only, \u2013 not addressed."))
        .add(Svg.rect(0, 0, width, height).attr("fill", Palette.PAPER.fill().hex()).build())
        .add(shapes)
        .build();
  }

  /** The title of a cell: the finding of the gap analysis for it, or the parts of the draft that address it. */
  private static String cellTitle(PolicyDraft draft, Report report, CoverageEntry entry) {
    SubAction subAction = entry.subAction();
    String head = draft.country().name() + ", " + subAction.id() + ": " + statusLabel(entry.status()).substring(2)
        + ". ";
    Optional<Finding> finding = finding(report, PolicyRules.subActionNotAddressed(subAction))
        .or(() -> finding(report, PolicyRules.areaNotAddressed(subAction.area())));
    if (finding.isPresent()) {
      return head + finding.get().message() + " (" + finding.get().source() + ")";
    }
    return head + (entry.evidence().isEmpty() ? "" : "Addressed by " + String.join("; ", entry.evidence()) + ".");
  }

  private static Optional<Finding> finding(Report report, Rule rule) {
    return report.findings().stream().filter(f -> f.rule().equals(rule)).findFirst();
  }

  private static final String CSS = String.join("\n",
      "body { font-family: " + Html.FONT_STACK + "; color: " + Palette.INK.hex() + "; background: "
          + Palette.PAPER.fill().hex() + "; margin: 1.5rem; line-height: 1.4; max-width: 70rem; }",
      "h1 { font-size: 1.5rem; margin: 0 0 0.5rem; }",
      "h2 { font-size: 1.25rem; margin: 1.75rem 0 0.5rem; }",
      "h3 { font-size: 1.05rem; margin: 1.25rem 0 0.4rem; }",
      ".scroll { overflow-x: auto; max-width: 100%; }",
      "figure { margin: 0; }",
      "figcaption { color: " + Palette.MUTED.hex() + "; font-size: 0.9rem; }",
      "table { border-collapse: collapse; width: 100%; }",
      "table.summary { width: auto; }",
      "th, td { border: 1px solid " + Palette.RULE.hex() + "; padding: 0.25rem 0.5rem; text-align: left; "
          + "vertical-align: top; overflow-wrap: break-word; }",
      "th { background: " + Palette.HEADER.fill().hex() + "; }",
      "tr.error td:first-child { background: " + Palette.ALERT.fill().hex() + "; color: " + Palette.ALERT.ink().hex()
          + "; font-weight: bold; }",
      "tr.warning td:first-child { background: " + Palette.YELLOW.fill().hex() + "; }",
      "td.planned, dt.planned { background: " + Palette.GREEN.fill().hex() + "; }",
      "td.stated, dt.stated { background: " + Palette.YELLOW.fill().hex() + "; }",
      "td.not-addressed, dt.not-addressed { background: " + Palette.ABSENT.fill().hex() + "; color: "
          + Palette.ABSENT.ink().hex() + "; }",
      "td:nth-child(3) { white-space: nowrap; }",
      "table.findings td:nth-child(3) { white-space: normal; }",
      "table.findings td:first-child { white-space: nowrap; }",
      "table.findings td:nth-child(2) { min-width: 7em; }",
      "table.findings td:nth-child(4) { width: 17em; }",
      "dl.legend { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 0.75rem; }",
      "dl.legend dt { padding: 0.1rem 0.5rem; }",
      "dl.legend dd { margin: 0; }",
      "footer { margin-top: 2rem; color: " + Palette.MUTED.hex() + "; font-size: 0.9rem; }",
      "@media print { body { margin: 0; max-width: none; } .scroll { overflow: visible; } "
          + "h2, h3 { break-after: avoid; } tr { break-inside: avoid; } }",
      "");
}
