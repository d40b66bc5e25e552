package org.oerkit.core.instrument;

/**
 * One of the three monitoring provisions of the UNESCO Recommendation on OER (2019), paragraph 16 (a)-(c).
 *
 * <p>The summaries paraphrase the final text (adopted 25 November 2019, 40 C/32); its paragraph 16(a) speaks
 * of "research mechanisms", not of the "tools and indicators" of pre-adoption drafts.
 */
public enum MonitoringProvision {
  /** 16(a): research mechanisms to measure effectiveness and efficiency. */
  RESEARCH_MECHANISMS('a', "Research mechanisms to measure the effectiveness and efficiency of OER policies and "
      + "incentives against defined objectives"),
  /** 16(b): collect and disseminate progress, good practice and research. */
  PROGRESS_AND_PRACTICE('b', "Collect and disseminate progress, good practices, innovations and research reports "
      + "on OER, with UNESCO and the open education communities"),
  /** 16(c): monitor educational effectiveness and long-term financial efficiency. */
  EFFECTIVENESS_AND_EFFICIENCY('c', "Strategies to monitor the educational effectiveness and long-term financial "
      + "efficiency of OER with all stakeholders, linking findings to decision-making, transparency and "
      + "accountability");

  private final char letter;
  private final String summary;

  MonitoringProvision(char letter, String summary) {
    this.letter = letter;
    this.summary = summary;
  }

  /**
   * Gets the letter within paragraph 16.
   *
   * @return the letter
   */
  public char letter() {
    return letter;
  }

  /**
   * Gets the identifier.
   *
   * @return the identifier, such as {@code "16(a)"}
   */
  public String id() {
    return "16(" + letter + ")";
  }

  /**
   * Gets a paraphrase of the provision.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }
}
