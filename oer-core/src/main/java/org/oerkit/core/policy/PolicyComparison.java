package org.oerkit.core.policy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oerkit.core.Report;
import org.oerkit.core.Severity;
import org.oerkit.core.instrument.ActionArea;
import org.oerkit.core.instrument.PolicySection;
import org.oerkit.core.instrument.SubAction;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.Money;

/**
 * Several policy drafts side by side, such as the drafts of the four Central Asian countries the Astana 2017
 * workshop brought together (concept note, Session 15: "Proposed Follow-up National Activities in
 * Kyrgyzstan, Tajikistan, and Uzbekistan"), for a researcher comparing them.
 *
 * <p>Each draft gets a column: its status, which template sections it has written, its work plan, its
 * monitoring, how many sub-actions of the 2019 Recommendation it addresses per area, and the counts of its
 * gap-analysis findings; then one row per sub-action with each draft's coverage mark.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyComparison {

  private final List<PolicyDraft> drafts;
  private final List<Report> reports;
  private final List<Coverage> coverages;

  private PolicyComparison(List<PolicyDraft> drafts, List<Report> reports, List<Coverage> coverages) {
    this.drafts = drafts;
    this.reports = reports;
    this.coverages = coverages;
  }

  static PolicyComparison of(GapAnalysis analysis, List<PolicyDraft> drafts) {
    List<PolicyDraft> copy = ImmutableList.copyOf(drafts);
    return new PolicyComparison(copy,
        copy.stream().map(analysis::analyze).collect(ImmutableList.toImmutableList()),
        copy.stream().map(analysis::coverage).collect(ImmutableList.toImmutableList()));
  }

  /**
   * Gets the drafts, in column order.
   *
   * @return the drafts
   */
  public List<PolicyDraft> drafts() {
    return drafts;
  }

  /**
   * Gets the gap-analysis report of each draft, in column order.
   *
   * @return the reports
   */
  public List<Report> reports() {
    return reports;
  }

  /**
   * Gets the coverage of each draft, in column order.
   *
   * @return the coverages
   */
  public List<Coverage> coverages() {
    return coverages;
  }

  /**
   * Formats the comparison as a text table, one column per draft headed by its country code.
   *
   * @return the table, ending in a new line
   */
  public String format() {
    List<String[]> rows = new ArrayList<>(summaryRows());
    rows.add(null);
    rows.add(row("Sub-action (P planned, S stated)", i -> drafts.get(i).country().code()));
    for (SubAction s : SubAction.all()) {
      rows.add(row(s.id(), i -> coverages.get(i).entry(s).status().mark()));
    }
    return render(rows);
  }

  /**
   * The rows of the summary above the sub-actions, the first naming the columns: shared by the text table and
   * the HTML page ({@link PolicyPictures}).
   */
  List<String[]> summaryRows() {
    List<String[]> rows = new ArrayList<>();
    rows.add(row("", i -> drafts.get(i).country().code()));
    rows.add(row("Status", i -> drafts.get(i).status().toString()));
    rows.add(row("Languages", i -> drafts.get(i).languages().isEmpty() ? "-"
        : drafts.get(i).languages().stream().map(LanguageTag::toString).collect(Collectors.joining(","))));
    rows.add(row("Horizon", i -> drafts.get(i).startYear().map(Object::toString).orElse("?") + "-"
        + drafts.get(i).endYear().map(Object::toString).orElse("?")));
    rows.add(row("Sections with text", i -> drafts.get(i).sectionTexts().size() + "/" + PolicySection.values().length));
    for (PolicySection s : PolicySection.values()) {
      rows.add(row(String.format("%2d %s", s.number(), s.title()),
          i -> drafts.get(i).sectionText(s).isPresent() ? "text" : "-"));
    }
    rows.add(row("Publicly funded materials open", i -> drafts.get(i).openMaterials()
        .map(m -> m.isPubliclyFundedOpen() ? "yes" : "no").orElse("-")));
    rows.add(row("Default licence", i -> drafts.get(i).licenseMandate().map(m -> m.defaultLicense().id()
        + (m.defaultLicense().isOpen() ? "" : " (not open)")).orElse("-")));
    rows.add(row("Strategies", i -> String.valueOf(drafts.get(i).strategies().size())));
    rows.add(row("Work-plan actions", i -> String.valueOf(drafts.get(i).workPlan().actions().size())));
    rows.add(row("Actions without lead", i -> String.valueOf(drafts.get(i).workPlan().actions().stream()
        .filter(a -> a.lead().isEmpty()).count())));
    rows.add(row("Total cost", i -> {
      Map<Currency, Money> totals = drafts.get(i).workPlan().totalCost();
      return totals.isEmpty() ? "-" : totals.values().stream().map(Money::format).collect(Collectors.joining(" + "));
    }));
    rows.add(row("Objectives", i -> String.valueOf(drafts.get(i).objectives().size())));
    rows.add(row("Indicators", i -> String.valueOf(drafts.get(i).indicators().size())));
    rows.add(row("Sub-actions addressed", i -> coverages.get(i).addressed() + "/" + SubAction.all().size()));
    for (ActionArea a : ActionArea.values()) {
      rows.add(row("  Area " + a.number() + " (para. " + a.paragraph() + ")",
          i -> coverages.get(i).addressed(a) + "/" + a.subActions().size()));
    }
    rows.add(row("Errors", i -> String.valueOf(reports.get(i).count(Severity.ERROR))));
    rows.add(row("Warnings", i -> String.valueOf(reports.get(i).count(Severity.WARNING))));
    rows.add(row("Notes", i -> String.valueOf(reports.get(i).count(Severity.INFO))));
    return rows;
  }

  private String[] row(String label, Function<Integer, String> cell) {
    String[] r = new String[drafts.size() + 1];
    r[0] = label;
    for (int i = 0; i < drafts.size(); i++) {
      r[i + 1] = cell.apply(i);
    }
    return r;
  }

  private String render(List<String[]> rows) {
    int columns = drafts.size() + 1;
    int[] width = new int[columns];
    for (String[] r : rows) {
      if (r != null) {
        for (int c = 0; c < columns; c++) {
          width[c] = Math.max(width[c], r[c].length());
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("Comparison of ").append(drafts.size()).append(" OER policy drafts\n");
    for (PolicyDraft d : drafts) {
      out.append(d.country().code()).append("  ").append(d.country().name()).append(": ")
          .append(d.title().original()).append('\n');
    }
    out.append('\n');
    for (String[] r : rows) {
      if (r == null) {
        out.append('\n');
        continue;
      }
      StringBuilder line = new StringBuilder(String.format("%-" + width[0] + "s", r[0]));
      for (int c = 1; c < columns; c++) {
        line.append("  ").append(String.format("%-" + width[c] + "s", r[c]));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
