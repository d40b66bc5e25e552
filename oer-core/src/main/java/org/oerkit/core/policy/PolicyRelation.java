package org.oerkit.core.policy;

/**
 * How a policy draft relates to an existing law or strategy (template section 3, "where to position the
 * newly developed OER policies and strategies (required changes in existing policies)", Astana 2017 concept
 * note, Session 9). {@link #IS_BASED_ON} follows the OER World Map's {@code isBasedOn}.
 */
public enum PolicyRelation {
  /** The draft implements the instrument. */
  IMPLEMENTS,
  /** The draft requires the instrument to be amended. */
  AMENDS,
  /** The draft is aligned with the instrument. */
  ALIGNS_WITH,
  /** The draft replaces the instrument. */
  SUPERSEDES,
  /** The draft conflicts with the instrument, a conflict to resolve. */
  CONFLICTS_WITH,
  /** The draft is based on the instrument. */
  IS_BASED_ON
}
