package org.oerkit.core.policy;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.oerkit.core.Texts;
import org.oerkit.core.instrument.SubAction;
import org.oerkit.core.vocabulary.LocalizedText;

/**
 * A strategy to encourage the use, re-use and sharing of OER (template section 6, Astana 2017 concept note,
 * Session 10), with the sub-actions of the UNESCO Recommendation on OER (2019) it addresses.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Strategy {

  Strategy() {}

  /**
   * Obtains a strategy with a title and the sub-actions it addresses.
   *
   * @param title  the title, not blank
   * @param subActions  the sub-actions addressed, none null
   * @return the strategy
   */
  public static Strategy of(String title, SubAction... subActions) {
    return builder().title(title).addSubActions(subActions).build();
  }

  /**
   * Starts a builder.
   *
   * <p>Required: {@code title}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the title.
   *
   * @return the title, such as {@code "National OER awareness campaign"}
   */
  public abstract String title();

  /**
   * Gets a description.
   *
   * @return the description, or empty
   */
  public abstract Optional<LocalizedText> description();

  /**
   * Gets the sub-actions of the 2019 Recommendation the strategy addresses.
   *
   * @return the sub-actions, possibly empty
   */
  public abstract Set<SubAction> subActions();

  @Value.Check
  void check() {
    Texts.requireTrimmed("Strategy", "title", title());
  }

  /**
   * Builds a {@link Strategy}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableStrategy.Builder {
    Builder() {}
  }
}
