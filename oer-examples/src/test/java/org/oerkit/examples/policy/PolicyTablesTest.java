package org.oerkit.examples.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.policy.GapAnalysis;
import org.oerkit.core.policy.PolicyComparison;
import org.oerkit.core.instrument.SubAction;

class PolicyTablesTest {

  /** An RFC 4180 reader written for the test, independent of {@link Rfc4180}. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        if (c == '\n' || c == '\r') {
          throw new AssertionError("bare line break outside quotes at " + i);
        }
        field.append(c);
      }
    }
    assertThat(row).as("text after the last CRLF").isEmpty();
    return rows;
  }

  @Test
  void csv_quotesCommasQuotesAndLineBreaks_only() {
    String csv = PolicyTables.csv(List.of(List.of("a", "b"), List.of("x, y", "say \"no\"\nthen"),
        List.of("plain", "")));

    assertThat(csv).isEqualTo("a,b\r\n\"x, y\",\"say \"\"no\"\"\nthen\"\r\nplain,\r\n");
    assertThat(parse(csv)).containsExactly(List.of("a", "b"), List.of("x, y", "say \"no\"\nthen"),
        List.of("plain", ""));
  }

  @Test
  void csv_ofComparisonCoverage_readsBackAsTheTable() {
    PolicyComparison comparison = GapAnalysis.standard().compare(List.of(KazakhstanDraft.draft(),
        CentralAsiaDrafts.kyrgyzstan()));
    List<List<String>> table = PolicyTables.coverage(comparison);

    List<List<String>> read = parse(PolicyTables.csv(table));

    assertThat(read).isEqualTo(table);
    assertThat(read).hasSize(SubAction.all().size() + 1);
    assertThat(read.get(0)).endsWith("KZ", "KG");
  }

  @Test
  void csv_ofFindings_readsBackWithOneRowPerFinding() {
    var draft = KazakhstanDraft.draft();
    var report = GapAnalysis.standard().analyze(draft);

    List<List<String>> read = parse(PolicyTables.csv(PolicyTables.findings(draft, report)));

    assertThat(read).hasSize(report.findings().size() + 1);
    assertThat(read.subList(1, read.size())).allSatisfy(r -> assertThat(r).hasSize(6).first().isEqualTo("KZ"));
  }
}
