package org.oerkit.core.policy;

/**
 * The status of a policy in the OER World Map ({@code status}; the schema's three strings). {@link PolicyStatus} maps onto it.
 */
public enum WorldMapStatus implements WorldMapConcept {
  /** Proposed: drafted or under discussion. */
  PROPOSED("Proposed", "Proposed"),
  /** Current: in force. */
  CURRENT("Current", "Current"),
  /** Ended. */
  ENDED("Ended", "Ended");

  private final String worldMapId;
  private final String label;

  WorldMapStatus(String worldMapId, String label) {
    this.worldMapId = worldMapId;
    this.label = label;
  }

  @Override
  public String worldMapId() {
    return worldMapId;
  }

  @Override
  public String label() {
    return label;
  }
}
