package org.oerkit.core.policy;

import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.oerkit.core.Texts;
import org.oerkit.core.instrument.IctCompetency;
import org.oerkit.core.instrument.Stakeholder;

/**
 * How a policy draft builds institutional capacity (template section 7): the measures, who they train, and
 * the competencies of the UNESCO ICT Competency Framework for Teachers (version 3) they build.
 *
 * <p>Sources: Astana 2017 concept note, Session 11 ("How to reflect the use and creation of OER in ICT
 * Competency Standard for Teachers"; "Training and support to educators and teacher education institutions
 * in developing and using OER"); sub-actions 11(b) and 11(f) of the UNESCO Recommendation on OER (2019).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CapacityBuilding {

  CapacityBuilding() {}

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
   * Gets the measures, as the draft words them.
   *
   * @return the measures, such as {@code "In-service training on OER for 5,000 teachers"}, possibly empty
   */
  public abstract List<String> measures();

  /**
   * Gets the stakeholder groups trained.
   *
   * @return the groups, such as teachers and teacher trainers, possibly empty
   */
  public abstract Set<Stakeholder> audiences();

  /**
   * Gets the competencies of the ICT Competency Framework for Teachers that the measures build.
   *
   * @return the competencies, possibly empty
   */
  public abstract Set<IctCompetency> competencies();

  /**
   * Checks whether the draft links its capacity building to the ICT Competency Framework for Teachers.
   *
   * @return true if at least one competency is named
   */
  public boolean isLinkedToIctFramework() {
    return !competencies().isEmpty();
  }

  @Value.Check
  void check() {
    measures().forEach(m -> Texts.requireTrimmed("CapacityBuilding", "measures", m));
  }

  /**
   * Builds a {@link CapacityBuilding}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableCapacityBuilding.Builder {
    Builder() {}
  }
}
