package org.oerkit.core.monitoring;

/**
 * The kind of answer a {@link Question} takes.
 *
 * <p>The kinds cover UNESCO's reporting questionnaire on the 2019 Recommendation (yes or no, "If yes, please
 * provide details", free text) and the numbers and choices of survey questionnaires such as COL's 2017
 * survey of governments' OER policies.
 */
public enum AnswerType {
  /** Yes or no, optionally with details. */
  YES_NO,
  /** A number. */
  NUMBER,
  /** Exactly one of the question's choices. */
  SINGLE_CHOICE,
  /** One or more of the question's choices. */
  MULTI_CHOICE,
  /** Free text. */
  TEXT
}
