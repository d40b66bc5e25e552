package org.oerkit.core.policy;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;

/**
 * An indicator of a policy draft's monitoring and evaluation: what is measured, for which objectives, from
 * which baseline to which target.
 *
 * <p>Source: paragraph 16(a) of the UNESCO Recommendation on OER (2019), "mechanisms to measure the
 * effectiveness and efficiency of OER policies ... against defined objectives".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MonitoringIndicator {

  MonitoringIndicator() {}

  /**
   * Starts a builder.
   *
   * <p>Required: {@code id},
   * {@code name}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the identifier, unique within the draft.
   *
   * @return the identifier, such as {@code "I1"}
   */
  public abstract String id();

  /**
   * Gets what is measured.
   *
   * @return the name, such as {@code "Share of textbooks openly licensed"}
   */
  public abstract String name();

  /**
   * Gets the identifiers of the objectives the indicator measures.
   *
   * @return the objective identifiers, possibly empty
   */
  public abstract Set<String> objectives();

  /**
   * Gets the unit.
   *
   * @return the unit, such as {@code "%"}, or empty
   */
  public abstract Optional<String> unit();

  /**
   * Gets the baseline.
   *
   * @return the baseline, or empty
   */
  public abstract Optional<Measurement> baseline();

  /**
   * Gets the target.
   *
   * @return the target, or empty
   */
  public abstract Optional<Measurement> target();

  @Value.Check
  void check() {
    if (!Texts.isIdentifier(id(), ".-", false)) {
      throw new DomainRuleException("MonitoringIndicator", "id", "must be letters and digits separated by single dots or hyphens,"
          + " such as \"I1\", at most " + Texts.MAX_IDENTIFIER_LENGTH + " characters", id());
    }
    Texts.requireTrimmed("MonitoringIndicator", "name", name());
    unit().ifPresent(u -> Texts.requireTrimmed("MonitoringIndicator", "unit", u));
  }

  /**
   * Builds a {@link MonitoringIndicator}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableMonitoringIndicator.Builder {
    Builder() {}
  }
}
