package org.oerkit.core.monitoring;

import java.util.Optional;
import org.immutables.value.Value;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;

/**
 * An indicator of an {@link IndicatorFramework}: what is measured, in which dimension, in what unit.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Indicator {

  Indicator() {}

  /**
   * Starts a builder.
   *
   * <p>Required: {@code id}, {@code dimension},
   * {@code name}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the identifier, unique within the framework.
   *
   * @return the identifier
   */
  public abstract String id();

  /**
   * Gets the identifier of the dimension the indicator belongs to.
   *
   * @return the dimension identifier, such as {@code "AA2"}
   */
  public abstract String dimension();

  /**
   * Gets what is measured.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Gets the unit.
   *
   * @return the unit, or empty
   */
  public abstract Optional<String> unit();

  /**
   * Gets the public source of the indicator, where the user knows it.
   *
   * @return a citation, or empty
   */
  public abstract Optional<String> source();

  @Value.Check
  void check() {
    if (!Texts.isWord(id())) {
      throw new DomainRuleException("Indicator", "id", "must be one word of at most " + Texts.MAX_IDENTIFIER_LENGTH
          + " characters", id());
    }
    Texts.requireTrimmed("Indicator", "name", name());
  }

  /**
   * Builds an {@link Indicator}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
