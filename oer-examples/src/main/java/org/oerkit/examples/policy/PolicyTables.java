package org.oerkit.examples.policy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.oerkit.core.Finding;
import org.oerkit.core.Report;
import org.oerkit.core.policy.Coverage;
import org.oerkit.core.policy.PolicyComparison;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.core.instrument.SubAction;

/**
 * The tables a gap report or a comparison becomes in a spreadsheet: one row per finding, and the coverage
 * matrix with one row per sub-action of the 2019 Recommendation and one column per country. The first row of
 * each table is its header. {@link PolicySpreadsheet} writes them as XLSX, {@link #csv(List)} as RFC 4180
 * CSV.
 */
public final class PolicyTables {

  private PolicyTables() {}

  /**
   * Gets the findings of one draft, one row per finding.
   *
   * @param draft  the draft analysed, not null
   * @param report  its gap report, not null
   * @return the header and the rows
   */
  public static List<List<String>> findings(PolicyDraft draft, Report report) {
    requireNonNull(draft, "draft");
    return findings(List.of(draft), List.of(report));
  }

  /**
   * Gets the findings of every draft of a comparison, one row per finding, drafts in column order.
   *
   * @param comparison  the comparison, not null
   * @return the header and the rows
   */
  public static List<List<String>> findings(PolicyComparison comparison) {
    return findings(comparison.drafts(), comparison.reports());
  }

  private static List<List<String>> findings(List<PolicyDraft> drafts, List<Report> reports) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Country", "Severity", "Rule", "Location", "Finding", "Source of the rule"));
    for (int i = 0; i < drafts.size(); i++) {
      String country = drafts.get(i).country().code();
      for (Finding f : reports.get(i).findings()) {
        rows.add(List.of(country, f.severity().toString(), f.rule().id(), f.location(), f.message(),
            f.rule().source()));
      }
    }
    return ImmutableList.copyOf(rows);
  }

  /**
   * Gets the coverage matrix of one draft: one row per sub-action.
   *
   * @param coverage  the draft's coverage, not null
   * @return the header and the rows
   */
  public static List<List<String>> coverage(Coverage coverage) {
    requireNonNull(coverage, "coverage");
    return coverage(List.of(coverage));
  }

  /**
   * Gets the coverage matrix of a comparison: one row per sub-action, one column per country.
   *
   * @param comparison  the comparison, not null
   * @return the header and the rows
   */
  public static List<List<String>> coverage(PolicyComparison comparison) {
    return coverage(comparison.coverages());
  }

  private static List<List<String>> coverage(List<Coverage> coverages) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("Sub-action", "Area", "Summary (paraphrase)", "Paragraph"));
    coverages.forEach(c -> header.add(c.country().code()));
    if (coverages.size() == 1) {
      header.add("Evidence");
    }
    rows.add(header);
    for (SubAction s : SubAction.all()) {
      List<String> row = new ArrayList<>(List.of(s.id(), String.valueOf(s.area().number()), s.summary(), s.source()));
      coverages.forEach(c -> row.add(words(c.entry(s).status().name())));
      if (coverages.size() == 1) {
        row.add(String.join("; ", coverages.get(0).entry(s).evidence()));
      }
      rows.add(row);
    }
    return ImmutableList.copyOf(rows);
  }

  /**
   * Formats a table as RFC 4180 CSV.
   *
   * @param table  the header and the rows, not null
   * @return the text, every record ending in CRLF
   */
  public static String csv(List<List<String>> table) {
    return Rfc4180.format(requireNonNull(table, "table"));
  }

  static String words(String constant) {
    return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
