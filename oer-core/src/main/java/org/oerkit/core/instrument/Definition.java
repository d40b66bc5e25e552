package org.oerkit.core.instrument;

/**
 * One of the four definitions of section I ("Definition and scope") of the UNESCO Recommendation on OER
 * (2019), paragraphs 1 to 4.
 *
 * <p>There are exactly four; the final text has no separate definition of "OER infrastructure", a phrase
 * that occurs only in sub-action 12(h). The summaries paraphrase the final text (40 C/32).
 */
public enum Definition {
  /** Paragraph 1: open educational resources. */
  OER(1, "Open educational resources", "Learning, teaching and research materials in any format and medium that "
      + "reside in the public domain or are under copyright and released under an open license, that permit "
      + "no-cost access, re-use, re-purpose, adaptation and redistribution by others"),
  /** Paragraph 2: open license. */
  OPEN_LICENSE(2, "Open license", "A license that respects the intellectual property rights of the copyright owner "
      + "and grants the public the rights to access, re-use, re-purpose, adapt and redistribute educational "
      + "materials"),
  /** Paragraph 3: information and communication technologies. */
  ICT(3, "Information and communication technologies", "Technologies with the potential to give effective, "
      + "equitable and inclusive access to OER, anytime and anywhere, including for persons with disabilities and "
      + "marginalized groups, advancing gender equality and innovative pedagogy"),
  /** Paragraph 4: stakeholders, in formal, non-formal and informal settings. */
  STAKEHOLDERS(4, "Stakeholders", "Those in formal, non-formal and informal education who create, use, adapt, "
      + "support or fund OER; paragraph 4 lists them (see Stakeholder)");

  private final int paragraph;
  private final String term;
  private final String summary;

  Definition(int paragraph, String term, String summary) {
    this.paragraph = paragraph;
    this.term = term;
    this.summary = summary;
  }

  /**
   * Gets the paragraph of section I.
   *
   * @return the paragraph, 1 to 4
   */
  public int paragraph() {
    return paragraph;
  }

  /**
   * Gets the term defined.
   *
   * @return the term, such as {@code "Open license"}
   */
  public String term() {
    return term;
  }

  /**
   * Gets a paraphrase of the definition.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }
}
