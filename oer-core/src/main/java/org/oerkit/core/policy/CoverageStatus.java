package org.oerkit.core.policy;

/**
 * How far a policy draft addresses one sub-action of the 2019 Recommendation.
 */
public enum CoverageStatus {
  /** A work-plan action addresses it: it is planned. */
  PLANNED("P"),
  /** A strategy or another part of the draft addresses it, but no work-plan action does. */
  STATED("S"),
  /** Nothing in the draft addresses it. */
  NOT_ADDRESSED("-");

  private final String mark;

  CoverageStatus(String mark) {
    this.mark = mark;
  }

  /**
   * Gets the one-character mark used in matrices.
   *
   * @return {@code "P"}, {@code "S"} or {@code "-"}
   */
  public String mark() {
    return mark;
  }

  /**
   * Checks whether the draft addresses the sub-action at all.
   *
   * @return true if planned or stated
   */
  public boolean isAddressed() {
    return this != NOT_ADDRESSED;
  }
}
