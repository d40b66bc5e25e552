package org.oerkit.core.instrument;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * One of the 18 competencies of the UNESCO ICT Competency Framework for Teachers, version 3 (2018): an
 * aspect at a level, such as "Digital Literacy" (Teacher Professional Learning at Knowledge Acquisition).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IctCompetency implements Serializable {

  private static final long serialVersionUID = 1L;

  private final IctCompetencyAspect aspect;
  private final IctCompetencyLevel level;

  private IctCompetency(IctCompetencyAspect aspect, IctCompetencyLevel level) {
    this.aspect = aspect;
    this.level = level;
  }

  /**
   * Obtains the competency of an aspect at a level.
   *
   * @param aspect  the aspect, not null
   * @param level  the level, not null
   * @return the competency
   */
  public static IctCompetency of(IctCompetencyAspect aspect, IctCompetencyLevel level) {
    return new IctCompetency(requireNonNull(aspect, "aspect"), requireNonNull(level, "level"));
  }

  /**
   * Gets the aspect.
   *
   * @return the aspect
   */
  public IctCompetencyAspect aspect() {
    return aspect;
  }

  /**
   * Gets the level.
   *
   * @return the level
   */
  public IctCompetencyLevel level() {
    return level;
  }

  /**
   * Gets the competency's name in the framework.
   *
   * @return the name, such as {@code "Digital Literacy"}
   */
  public String title() {
    return aspect.competency(level);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof IctCompetency && ((IctCompetency) obj).aspect == aspect && ((IctCompetency) obj).level == level;
  }

  @Override
  public int hashCode() {
    return aspect.hashCode() * 31 + level.hashCode();
  }

  /**
   * Formats the competency as {@code Aspect / Level: Name}.
   *
   * @return the competency as text
   */
  @Override
  public String toString() {
    return aspect.title() + " / " + level.title() + ": " + title();
  }
}
