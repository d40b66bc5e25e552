package org.oerkit.core.policy;

/**
 * A sector of education a policy covers, as the OER World Map's sectors ({@code primarySector}/{@code secondarySector}, vocabulary {@code sectors.json}).
 */
public enum EducationSector implements WorldMapConcept {
  /** Early childhood education. */
  EARLY_CHILDHOOD("https://oerworldmap.org/assets/json/sectors.json#earlyChildhood", "Early Childhood Education"),
  /** School education (primary and secondary). */
  SCHOOL("https://oerworldmap.org/assets/json/sectors.json#school", "School"),
  /** Higher education. */
  HIGHER_EDUCATION("https://oerworldmap.org/assets/json/sectors.json#higherEd", "Higher Education"),
  /** Technical and vocational education and training. */
  VOCATIONAL("https://oerworldmap.org/assets/json/sectors.json#vocational", "Vocational Education"),
  /** Further (adult, continuing) education. */
  FURTHER("https://oerworldmap.org/assets/json/sectors.json#further", "Further Education"),
  /** All sectors. */
  CROSS_SECTOR("https://oerworldmap.org/assets/json/sectors.json#general", "Cross-sector");

  private final String worldMapId;
  private final String label;

  EducationSector(String worldMapId, String label) {
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
