package org.oerkit.core.instrument;

import org.oerkit.core.monitoring.IndicatorFramework;

/**
 * A reference document that oerkit's catalogue needs but that no public source has yielded.
 *
 * <p>oerkit does not invent what it could not find: each constant says what is missing, what is known, and
 * how the user supplies the missing part as data.
 */
public enum MissingSource {
  /**
   * The field list of the UNESCO country OER policy template used at the Astana 2017 workshop. Known: the
   * ten sections and their guiding questions (concept note, Sessions 9-13). Supply the fields with
   * {@link PolicyTemplate#withFields(PolicySection, java.util.List)}.
   */
  TEMPLATE_FIELD_LIST("UNESCO country OER policy template: field list",
      "the ten sections and their guiding questions, from the Astana 2017 concept note",
      "PolicyTemplate.withFields(section, fields)"),
  /**
   * The indicator list of "OER: Indicators for National Adoption and Impact" (ISKME report of July 2017,
   * pilot evaluation by D. Orr, B. Janssen and F. Mulder), presented at Astana in Session 6. Known: the
   * project, its experts meeting of 15-16 November 2016 and its evaluation criteria. Supply the indicators
   * with {@link IndicatorFramework#withIndicators(java.util.List)}.
   */
  UNESCO_OER_INDICATOR_LIST("UNESCO OER indicators: indicator list",
      "the project and its evaluation criteria; the indicators themselves are not public",
      "IndicatorFramework.withIndicators(indicators)");

  private final String title;
  private final String known;
  private final String howToSupply;

  MissingSource(String title, String known, String howToSupply) {
    this.title = title;
    this.known = known;
    this.howToSupply = howToSupply;
  }

  /**
   * Gets what is missing.
   *
   * @return a title
   */
  public String title() {
    return title;
  }

  /**
   * Gets what is known from public sources.
   *
   * @return a phrase
   */
  public String known() {
    return known;
  }

  /**
   * Gets the method by which the user supplies the missing part.
   *
   * @return a method call, as text
   */
  public String howToSupply() {
    return howToSupply;
  }
}
