package org.oerkit.core.policy;

/**
 * The settings of learning a policy covers, as paragraph 4 of the UNESCO Recommendation on OER (2019) names
 * them, and as the Astana 2017 concept note speaks of "formal and non-formal" learning in a lifelong
 * perspective.
 */
public enum LearningMode {
  /** Formal education. */
  FORMAL,
  /** Non-formal education. */
  NON_FORMAL,
  /** Informal learning. */
  INFORMAL
}
