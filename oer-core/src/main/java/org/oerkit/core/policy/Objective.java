package org.oerkit.core.policy;

import org.immutables.value.Value;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;
import org.oerkit.core.vocabulary.LocalizedText;

/**
 * A measurable objective of a policy draft (template section 1, "policy context, mission and objectives",
 * Astana 2017 concept note, Session 9), which {@linkplain MonitoringIndicator indicators} measure.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Objective {

  Objective() {}

  /**
   * Obtains an objective.
   *
   * @param id  the identifier, unique within the draft, such as {@code "O1"}
   * @param statement  the objective, as the draft words it, not null
   * @return the objective
   * @throws DomainRuleException if the identifier is malformed
   */
  public static Objective of(String id, LocalizedText statement) {
    return ImmutableObjective.of(id, statement);
  }

  /**
   * Gets the identifier.
   *
   * @return the identifier, such as {@code "O1"}
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Gets the objective, as the draft words it.
   *
   * @return the statement
   */
  @Value.Parameter
  public abstract LocalizedText statement();

  @Value.Check
  void check() {
    if (!Texts.isIdentifier(id(), ".-", false)) {
      throw new DomainRuleException("Objective", "id", "must be letters and digits separated by single dots or hyphens,"
          + " such as \"O1\", at most " + Texts.MAX_IDENTIFIER_LENGTH + " characters", id());
    }
  }
}
