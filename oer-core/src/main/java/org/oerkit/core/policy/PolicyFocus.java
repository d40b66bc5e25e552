package org.oerkit.core.policy;

/**
 * What a policy is about, in the OER World Map ({@code focus}; the schema's fourteen strings).
 */
public enum PolicyFocus implements WorldMapConcept {
  /** Pedagogy. */
  PEDAGOGY("Pedagogy", "Pedagogy"),
  /** Recognition. */
  RECOGNITION("Recognition", "Recognition"),
  /** Content. */
  CONTENT("Content", "Content"),
  /** Quality. */
  QUALITY("Quality", "Quality"),
  /** Infrastructure. */
  INFRASTRUCTURE("Infrastructure", "Infrastructure"),
  /** Strategy. */
  STRATEGY("Strategy", "Strategy"),
  /** Awareness raising (the World Map spells it "Awareness Rising"). */
  AWARENESS_RAISING("Awareness Rising", "Awareness Rising"),
  /** Capacity building. */
  CAPACITY_BUILDING("Capacity Building", "Capacity Building"),
  /** Collaboration. */
  COLLABORATION("Collaboration", "Collaboration"),
  /** Research. */
  RESEARCH("Research", "Research"),
  /** Legal framework. */
  LEGAL_FRAMEWORK("Legal Framework", "Legal Framework"),
  /** Funding. */
  FUNDING("Funding", "Funding"),
  /** Access. */
  ACCESS("Access", "Access"),
  /** Policy making. */
  POLICY_MAKING("Policy Making", "Policy Making");

  private final String worldMapId;
  private final String label;

  PolicyFocus(String worldMapId, String label) {
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
