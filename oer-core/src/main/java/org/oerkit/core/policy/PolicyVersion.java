package org.oerkit.core.policy;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.oerkit.core.Bounds;
import org.oerkit.core.Texts;

/**
 * One version in a policy draft's history, such as "first draft" of 13 December 2017, agreed at the close of
 * the Astana workshop (concept note, Session 12: "Presentation and consensus of the first draft").
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PolicyVersion {

  PolicyVersion() {}

  /**
   * Obtains a version.
   *
   * @param label  the version label, such as {@code "0.1"} or {@code "first draft"}, not blank
   * @param date  the date, not null
   * @param status  the status the draft had at this version, not null
   * @return the version
   */
  public static PolicyVersion of(String label, LocalDate date, PolicyStatus status) {
    return builder().label(label).date(date).status(status).build();
  }

  /**
   * Starts a builder.
   *
   * <p>Required: {@code label}, {@code date},
   * {@code status}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the version label.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * Gets the date.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Gets the status at this version.
   *
   * @return the status
   */
  public abstract PolicyStatus status();

  /**
   * Gets a note on what changed.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    Texts.requireTrimmed("PolicyVersion", "label", label());
    Bounds.requireDate("PolicyVersion", "date", date());
    note().ifPresent(n -> Texts.requireTrimmed("PolicyVersion", "note", n));
  }

  /**
   * Builds a {@link PolicyVersion}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutablePolicyVersion.Builder {
    Builder() {}
  }
}
