package org.oerkit.core.policy;

/**
 * The type of a policy document in the OER World Map ({@code additionalType}, vocabulary {@code policyTypes.json}).
 */
public enum PolicyType implements WorldMapConcept {
  /** Legislation. */
  LEGISLATION("https://oerworldmap.org/assets/json/policyTypes.json#legislation", "Legislation"),
  /** A policy document. */
  POLICY_DOCUMENT("https://oerworldmap.org/assets/json/policyTypes.json#policyDocument", "Policy document"),
  /** A strategy document. */
  STRATEGY_DOCUMENT("https://oerworldmap.org/assets/json/policyTypes.json#strategyDocument", "Strategy document"),
  /** A call for proposals, tenders or grants. */
  CALL_FOR_TENDER("https://oerworldmap.org/assets/json/policyTypes.json#callForTender", "Call for tender"),
  /** Any other type. */
  OTHER("https://oerworldmap.org/assets/json/policyTypes.json#other", "Other");

  private final String worldMapId;
  private final String label;

  PolicyType(String worldMapId, String label) {
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
