package org.oerkit.core.policy;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oerkit.core.Report;
import org.oerkit.core.instrument.ActionArea;
import org.oerkit.core.instrument.SubAction;

/** The coverage matrix agrees with a brute-force oracle over random drafts. */
class CoveragePropertyTest {

  private static PolicyDraft draft(List<Integer> planned, List<Integer> stated) {
    PolicyDraft.Builder b = PolicyDraftTest.minimal();
    List<WorkPlanAction> actions = new java.util.ArrayList<>();
    for (int i = 0; i < planned.size(); i++) {
      actions.add(WorkPlanAction.builder().id("A" + i).title("Action " + i)
          .addSubActions(SubAction.all().get(planned.get(i))).build());
    }
    for (int i = 0; i < stated.size(); i++) {
      b.addStrategies(Strategy.of("Strategy " + i, SubAction.all().get(stated.get(i))));
    }
    return b.workPlan(WorkPlan.of(actions)).build();
  }

  @Test
  void coverage_agreesWithTheOracle() {
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, 32)).ofSizeBetween(0, 12),
            lists().of(integers().between(0, 32)).ofSizeBetween(0, 12))
        .check((planned, stated) -> {
          Coverage coverage = GapAnalysis.standard().coverage(draft(planned, stated));
          Set<Integer> p = new HashSet<>(planned);
          Set<Integer> s = new HashSet<>(stated);
          for (int i = 0; i < 33; i++) {
            CoverageStatus expected = p.contains(i) ? CoverageStatus.PLANNED
                : s.contains(i) ? CoverageStatus.STATED : CoverageStatus.NOT_ADDRESSED;
            if (coverage.entries().get(i).status() != expected) {
              return false;
            }
          }
          Set<Integer> union = new HashSet<>(p);
          union.addAll(s);
          return coverage.addressed() == union.size();
        });
  }

  @Test
  void coverageFindings_areOneAreaWarningOrOneNotePerGap() {
    qt().withExamples(100)
        .forAll(lists().of(integers().between(0, 32)).ofSizeBetween(0, 12))
        .check(stated -> {
          PolicyDraft d = draft(List.of(), stated);
          Report report = GapAnalysis.standard().analyze(d);
          Coverage coverage = GapAnalysis.standard().coverage(d);
          int expected = 0;
          for (ActionArea area : ActionArea.values()) {
            int gaps = area.subActions().size() - coverage.addressed(area);
            expected += gaps == area.subActions().size() ? 1 : gaps;
          }
          return report.findings("policy.area-not-addressed").size()
              + report.findings("policy.sub-action-not-addressed").size() == expected;
        });
  }
}
