package org.oerkit.core.policy;

/**
 * The level a policy applies at, in the OER World Map ({@code spatialCoverage}; the schema's ten strings).
 */
public enum SpatialCoverage implements WorldMapConcept {
  /** Several countries. */
  MULTI_NATIONAL("Multi-national", "Multi-national"),
  /** One country. */
  NATIONAL("National", "National"),
  /** Several states of a country. */
  MULTI_STATE("Multi-state", "Multi-state"),
  /** One state of a country. */
  STATE("State", "State"),
  /** Several regions. */
  MULTI_REGIONAL("Multi-regional", "Multi-regional"),
  /** A region or locality. */
  REGIONAL("Regional/Local", "Regional/Local"),
  /** Several institutions. */
  MULTI_INSTITUTIONAL("Multi-Institutional", "Multi-Institutional"),
  /** One institution. */
  INSTITUTIONAL("Institutional", "Institutional"),
  /** Several departments of an institution. */
  MULTI_DEPARTMENTAL("Multi-departmental", "Multi-departmental"),
  /** One department. */
  DEPARTMENTAL("Departmental", "Departmental");

  private final String worldMapId;
  private final String label;

  SpatialCoverage(String worldMapId, String label) {
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
