package org.oerkit.core.instrument;

/**
 * One of the three levels of the UNESCO ICT Competency Framework for Teachers, version 3 (2018,
 * ISBN 978-92-3-100285-4), in the framework's order.
 */
public enum IctCompetencyLevel {
  /** Knowledge Acquisition. */
  KNOWLEDGE_ACQUISITION("Knowledge Acquisition"),
  /** Knowledge Deepening. */
  KNOWLEDGE_DEEPENING("Knowledge Deepening"),
  /** Knowledge Creation. */
  KNOWLEDGE_CREATION("Knowledge Creation");

  private final String title;

  IctCompetencyLevel(String title) {
    this.title = title;
  }

  /**
   * Gets the level's name.
   *
   * @return the name, such as {@code "Knowledge Deepening"}
   */
  public String title() {
    return title;
  }
}
