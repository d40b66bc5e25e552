package org.oerkit.core.policy;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.immutables.value.Value;
import org.oerkit.core.instrument.ActionArea;
import org.oerkit.core.instrument.SubAction;
import org.oerkit.core.vocabulary.Country;

/**
 * The coverage matrix of one policy draft against the 33 sub-actions of the 2019 UNESCO Recommendation on
 * OER: for each, whether the draft plans it in its work plan, states it elsewhere, or does not address it.
 *
 * <p>The 2019 "Guidelines on the development of OER policies" (UNESCO/COL) make such a gap analysis a phase
 * of policy design. A draft addresses a sub-action where a work-plan action or a strategy names it; two
 * parts of a draft address one by their nature: open licensing of publicly funded materials (12(a)) and
 * capacity-building measures (11(b)).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Coverage {

  Coverage() {}

  /**
   * Gets the country of the draft.
   *
   * @return the country
   */
  public abstract Country country();

  /**
   * Gets the 33 rows, in the Recommendation's order.
   *
   * @return the entries
   */
  public abstract List<CoverageEntry> entries();

  /**
   * Gets the row of one sub-action.
   *
   * @param subAction  the sub-action, not null
   * @return the entry
   */
  public CoverageEntry entry(SubAction subAction) {
    requireNonNull(subAction, "subAction");
    return entries().get(SubAction.all().indexOf(subAction));
  }

  /**
   * Counts the sub-actions of an area that the draft addresses.
   *
   * @param area  the area, not null
   * @return the number planned or stated
   */
  public int addressed(ActionArea area) {
    requireNonNull(area, "area");
    return (int) entries().stream().filter(e -> e.subAction().area() == area && e.status().isAddressed()).count();
  }

  /**
   * Counts the sub-actions the draft addresses.
   *
   * @return the number planned or stated, out of 33
   */
  public int addressed() {
    return (int) entries().stream().filter(e -> e.status().isAddressed()).count();
  }

  /**
   * Formats the matrix as text: one line a sub-action with its mark and evidence, one line per area with
   * its count.
   *
   * @return the matrix
   */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append("Coverage of the 2019 Recommendation: ").append(country().name()).append(" (")
        .append(country().code()).append(")\n");
    for (ActionArea area : ActionArea.values()) {
      out.append("Area ").append(area.number()).append(" ").append(area.title()).append(": ")
          .append(addressed(area)).append('/').append(area.subActions().size()).append('\n');
      for (CoverageEntry e : entries()) {
        if (e.subAction().area() == area) {
          out.append("  ").append(String.format("%-6s", e.subAction().id())).append(e.status().mark());
          if (!e.evidence().isEmpty()) {
            out.append("  ").append(String.join("; ", e.evidence()));
          }
          out.append('\n');
        }
      }
    }
    out.append("Addressed: ").append(addressed()).append('/').append(entries().size())
        .append(" (P planned in the work plan, S stated, - not addressed)\n");
    return out.toString();
  }
}
