package org.oerkit.core.policy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.oerkit.core.vocabulary.Money;

/**
 * The follow-up work plan of a policy draft (template section 8): its actions, in the draft's order.
 *
 * <p>Source: Astana 2017 concept note, Sessions 13 and 14.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class WorkPlan {

  private static final WorkPlan EMPTY = ImmutableWorkPlan.builder().build();

  WorkPlan() {}

  /**
   * Obtains a work plan of the given actions.
   *
   * @param actions  the actions, not null; two with one identifier are a finding of {@link GapAnalysis}
   * @return the work plan
   */
  public static WorkPlan of(List<WorkPlanAction> actions) {
    return ImmutableWorkPlan.builder().addAllActions(actions).build();
  }

  /**
   * Obtains a work plan of the given actions.
   *
   * @param actions  the actions, none null; two with one identifier are a finding of {@link GapAnalysis}
   * @return the work plan
   */
  public static WorkPlan of(WorkPlanAction... actions) {
    return of(List.of(actions));
  }

  /**
   * Obtains the empty work plan.
   *
   * @return a work plan with no actions
   */
  public static WorkPlan empty() {
    return EMPTY;
  }

  /**
   * Gets the actions, in the draft's order.
   *
   * @return the actions, possibly empty
   */
  public abstract List<WorkPlanAction> actions();

  /**
   * Finds an action by its identifier, the first if two share it.
   *
   * @param id  the identifier, not null
   * @return the action, or empty
   */
  public Optional<WorkPlanAction> action(String id) {
    requireNonNull(id, "id");
    return actions().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * Checks whether the plan has no actions.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return actions().isEmpty();
  }

  /**
   * Gets the total of the cost estimates, one total per currency, in order of first appearance.
   *
   * @return the totals by currency, empty if no action has a cost
   */
  public Map<Currency, Money> totalCost() {
    Map<Currency, Money> totals = new LinkedHashMap<>();
    for (WorkPlanAction action : actions()) {
      action.cost().ifPresent(c -> totals.merge(c.currency(), c, Money::plus));
    }
    return ImmutableMap.copyOf(totals);
  }
}
