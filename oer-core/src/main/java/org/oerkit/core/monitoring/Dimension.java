package org.oerkit.core.monitoring;

import org.immutables.value.Value;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;

/**
 * A dimension of an {@link IndicatorFramework}, such as an area of action of the 2019 Recommendation or one
 * of its monitoring provisions.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Dimension {

  Dimension() {}

  /**
   * Obtains a dimension.
   *
   * @param id  the identifier, unique within the framework, such as {@code "AA2"} or {@code "16(a)"}
   * @param title  the title, not blank
   * @param source  the public source, not blank
   * @return the dimension
   */
  public static Dimension of(String id, String title, String source) {
    return ImmutableDimension.of(id, title, source);
  }

  /**
   * Gets the identifier.
   *
   * @return the identifier, such as {@code "AA2"}
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Gets the title.
   *
   * @return the title
   */
  @Value.Parameter
  public abstract String title();

  /**
   * Gets the public source.
   *
   * @return a citation
   */
  @Value.Parameter
  public abstract String source();

  @Value.Check
  void check() {
    if (!Texts.isWord(id())) {
      throw new DomainRuleException("Dimension", "id", "must be one word of at most " + Texts.MAX_IDENTIFIER_LENGTH
          + " characters", id());
    }
    Texts.requireTrimmed("Dimension", "title", title());
    Texts.requireTrimmed("Dimension", "source", source());
  }
}
