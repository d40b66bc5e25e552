package org.oerkit.core.policy;

/**
 * Where a policy stands, from first draft to end, mapped onto the OER World Map's three statuses.
 *
 * <p>The World Map (schema {@code status}) knows only Proposed, Current and Ended; oerkit keeps the drafting
 * steps a focal group goes through. {@link #worldMapStatus()} maps to the World Map, and
 * {@link #from(WorldMapStatus)} maps back to the earliest status with that World Map status.
 */
public enum PolicyStatus {
  /** Being drafted, as at a drafting workshop. */
  DRAFT(WorldMapStatus.PROPOSED),
  /** Circulated for comment to stakeholders. */
  UNDER_CONSULTATION(WorldMapStatus.PROPOSED),
  /** Adopted by the competent body but not yet in force. */
  ADOPTED(WorldMapStatus.PROPOSED),
  /** In force. */
  IN_FORCE(WorldMapStatus.CURRENT),
  /** No longer in force. */
  ENDED(WorldMapStatus.ENDED);

  private final WorldMapStatus worldMapStatus;

  PolicyStatus(WorldMapStatus worldMapStatus) {
    this.worldMapStatus = worldMapStatus;
  }

  /**
   * Obtains the earliest status that has a World Map status.
   *
   * @param status  the World Map status, not null
   * @return {@link #DRAFT} for Proposed, {@link #IN_FORCE} for Current, {@link #ENDED} for Ended
   */
  public static PolicyStatus from(WorldMapStatus status) {
    java.util.Objects.requireNonNull(status, "status");
    for (PolicyStatus s : values()) {
      if (s.worldMapStatus == status) {
        return s;
      }
    }
    throw new AssertionError(status);
  }

  /**
   * Gets the World Map status.
   *
   * @return the status in the World Map's vocabulary
   */
  public WorldMapStatus worldMapStatus() {
    return worldMapStatus;
  }
}
