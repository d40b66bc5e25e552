package org.oerkit.examples.cli;

import org.oerkit.core.Finding;
import org.oerkit.core.Report;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A report's findings as the JSON list that {@code --json} prints. */
final class Findings {

  private Findings() {}

  /**
   * Converts a report to a list of {@code {"severity", "location", "rule", "source", "message"}}.
   *
   * @param report  the report
   * @return the list, in report order
   */
  static ArrayNode json(Report report) {
    ArrayNode list = Json.array();
    for (Finding finding : report.findings()) {
      ObjectNode node = list.addObject();
      node.put("severity", finding.severity().name());
      node.put("location", finding.location());
      node.put("rule", finding.rule().id());
      node.put("source", finding.source());
      node.put("message", finding.message());
    }
    return list;
  }
}
