package org.oerkit.core.policy;

/**
 * How central OER are to a policy, in the OER World Map ({@code scope}, vocabulary {@code policies.json}).
 */
public enum WorldMapScope implements WorldMapConcept {
  /** A policy about open education or OER. */
  DEDICATED("https://oerworldmap.org/assets/json/policies.json#dedicated", "Dedicated OE/OER policy"),
  /** An ICT policy with an OER component. */
  ICT("https://oerworldmap.org/assets/json/policies.json#ict", "ICT policy with OE/OER component"),
  /** An education policy with an OER component. */
  EDUCATIONAL("https://oerworldmap.org/assets/json/policies.json#educational", "Educational policy with OE/OER component"),
  /** An openness policy with an education component. */
  OPENNESS("https://oerworldmap.org/assets/json/policies.json#openness", "Openness policy with educational component"),
  /** A labour market policy with an OER component. */
  LABOUR_MARKET("https://oerworldmap.org/assets/json/policies.json#labourmarket", "Labour market policy with OE/OER component");

  private final String worldMapId;
  private final String label;

  WorldMapScope(String worldMapId, String label) {
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
