package org.oerkit.core.policy;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.oerkit.core.instrument.Stakeholder;
import org.oerkit.core.vocabulary.LocalizedText;

/**
 * What a policy draft covers (template section 2): sectors of education, settings of learning and
 * stakeholder groups.
 *
 * <p>Sources: the template's section "scope" (Astana 2017 concept note, Session 9); sectors as the OER World
 * Map names them; stakeholders and settings as paragraph 4 of the UNESCO Recommendation on OER (2019).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scope {

  Scope() {}

  /**
   * Starts a builder.
   *
   * <p>Nothing is required: every attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the sectors of education covered.
   *
   * @return the sectors, in insertion order, possibly empty
   */
  public abstract Set<EducationSector> sectors();

  /**
   * Gets the settings of learning covered.
   *
   * @return the settings, such as formal and non-formal, possibly empty
   */
  public abstract Set<LearningMode> learningModes();

  /**
   * Gets the stakeholder groups the policy addresses.
   *
   * @return the stakeholders, possibly empty
   */
  public abstract Set<Stakeholder> stakeholders();

  /**
   * Gets a note on the scope, such as the geographic coverage.
   *
   * @return the note, or empty
   */
  public abstract Optional<LocalizedText> note();

  /**
   * Checks whether the scope says nothing: no sector, setting or stakeholder.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return sectors().isEmpty() && learningModes().isEmpty() && stakeholders().isEmpty();
  }

  /**
   * Builds a {@link Scope}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableScope.Builder {
    Builder() {}
  }
}
