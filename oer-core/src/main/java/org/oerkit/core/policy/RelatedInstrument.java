package org.oerkit.core.policy;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.oerkit.core.Texts;

/**
 * An existing law, programme or strategy a policy draft positions itself against (template section 3), with
 * the relation, such as Kazakhstan's State Education Development Programme 2011-2020 (Presidential Decree
 * No. 1118 of 7 December 2010).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RelatedInstrument {

  RelatedInstrument() {}

  /**
   * Obtains a related instrument with only a title and a relation.
   *
   * @param title  the title, as the instrument writes it, not blank
   * @param relation  how the draft relates to it, not null
   * @return the related instrument
   */
  public static RelatedInstrument of(String title, PolicyRelation relation) {
    return builder().title(title).relation(relation).build();
  }

  /**
   * Starts a builder.
   *
   * <p>Required: {@code title},
   * {@code relation}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
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
   * @return the title
   */
  public abstract String title();

  /**
   * Gets how the draft relates to the instrument.
   *
   * @return the relation
   */
  public abstract PolicyRelation relation();

  /**
   * Gets the official reference, such as a decree number.
   *
   * @return the reference, such as {@code "Presidential Decree No. 1118"}, or empty
   */
  public abstract Optional<String> reference();

  /**
   * Gets the year the instrument was adopted.
   *
   * @return the year, or empty
   */
  public abstract OptionalInt year();

  /**
   * Gets an address of the instrument's text.
   *
   * @return the address, or empty
   */
  public abstract Optional<String> url();

  @Value.Check
  void check() {
    Texts.requireTrimmed("RelatedInstrument", "title", title());
    reference().ifPresent(r -> Texts.requireTrimmed("RelatedInstrument", "reference", r));
    url().ifPresent(u -> Texts.requireTrimmed("RelatedInstrument", "url", u));
  }

  /**
   * Builds a {@link RelatedInstrument}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableRelatedInstrument.Builder {
    Builder() {}
  }
}
