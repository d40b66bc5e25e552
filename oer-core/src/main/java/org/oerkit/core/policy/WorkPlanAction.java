package org.oerkit.core.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.oerkit.core.Bounds;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;
import org.oerkit.core.instrument.PolicySection;
import org.oerkit.core.instrument.SubAction;
import org.oerkit.core.vocabulary.Money;
import org.oerkit.core.vocabulary.Organization;

/**
 * One action of a policy's follow-up work plan (template section 8): one lead organization, partners, start
 * and end, milestones, deliverables, indicators, a cost estimate and its funding sources.
 *
 * <p>Source: Astana 2017 concept note, Sessions 13 and 14 ("Follow-up Strategies and Work Plan", "division of
 * responsibilities", "Cost estimation and sustainable funding strategies"); sub-action 12(a) of the UNESCO
 * Recommendation on OER (2019) asks for financial and human resources for implementation and evaluation.
 *
 * <p>An action has at most one lead by construction; a missing lead, a cost with no funding source and dates
 * out of order are findings of the {@link GapAnalysis}, not errors, because a draft in a workshop is still a
 * draft.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class WorkPlanAction {

  WorkPlanAction() {}

  /**
   * Starts a builder.
   *
   * <p>Required: {@code id},
   * {@code title}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the identifier, unique within the work plan.
   *
   * @return the identifier, such as {@code "A1"}
   */
  public abstract String id();

  /**
   * Gets the title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Gets the one organization that leads the action.
   *
   * @return the lead, or empty if the draft names none
   */
  public abstract Optional<Organization> lead();

  /**
   * Gets the partner organizations.
   *
   * @return the partners, not including the lead, possibly empty
   */
  public abstract List<Organization> partners();

  /**
   * Gets the start date.
   *
   * @return the start, or empty
   */
  public abstract Optional<LocalDate> start();

  /**
   * Gets the end date.
   *
   * @return the end, or empty
   */
  public abstract Optional<LocalDate> end();

  /**
   * Gets the milestones.
   *
   * @return the milestones, possibly empty
   */
  public abstract List<Milestone> milestones();

  /**
   * Gets the deliverables.
   *
   * @return the deliverables, possibly empty
   */
  public abstract List<String> deliverables();

  /**
   * Gets the indicators by which progress is measured.
   *
   * @return the indicators, as the draft words them, possibly empty
   */
  public abstract List<String> indicators();

  /**
   * Gets the cost estimate.
   *
   * @return the cost, not negative, or empty
   */
  public abstract Optional<Money> cost();

  /**
   * Gets the funding sources.
   *
   * @return the sources, possibly empty
   */
  public abstract List<FundingSource> funding();

  /**
   * Gets the template sections the action implements.
   *
   * @return the sections, possibly empty
   */
  public abstract Set<PolicySection> sections();

  /**
   * Gets the sub-actions of the 2019 Recommendation the action addresses.
   *
   * @return the sub-actions, possibly empty
   */
  public abstract Set<SubAction> subActions();

  @Value.Check
  void check() {
    if (!Texts.isIdentifier(id(), ".-", false)) {
      throw new DomainRuleException("WorkPlanAction", "id", "must be letters and digits separated by single dots or hyphens,"
          + " such as \"A1\", at most " + Texts.MAX_IDENTIFIER_LENGTH + " characters", id());
    }
    Texts.requireTrimmed("WorkPlanAction", "title", title());
    start().ifPresent(d -> Bounds.requireDate("WorkPlanAction", "start", d));
    end().ifPresent(d -> Bounds.requireDate("WorkPlanAction", "end", d));
    if (lead().isPresent() && partners().contains(lead().get())) {
      throw new DomainRuleException("WorkPlanAction", "partners", "must not include the lead", lead().get().name());
    }
    if (cost().isPresent() && cost().get().isNegative()) {
      throw new DomainRuleException("WorkPlanAction", "cost", "must not be negative", cost().get().toString());
    }
    deliverables().forEach(d -> Texts.requireTrimmed("WorkPlanAction", "deliverables", d));
    indicators().forEach(i -> Texts.requireTrimmed("WorkPlanAction", "indicators", i));
  }

  /**
   * Builds a {@link WorkPlanAction}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableWorkPlanAction.Builder {
    Builder() {}
  }
}
