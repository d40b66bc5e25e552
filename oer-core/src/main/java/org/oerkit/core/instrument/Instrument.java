package org.oerkit.core.instrument;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A reference instrument of the OER policy domain with the date it came into existence: a declaration,
 * action plan or recommendation adopted at a UNESCO congress or General Conference, or a UNESCO framework
 * publication.
 *
 * <p>A date is known to the day, or only to a period (a publication known only by its year, a declaration
 * adopted at a two-day congress on a day the sources read do not name): {@link #earliest()} and
 * {@link #latest()} bound it. A policy draft dated before {@link #earliest()} cannot have relied on the
 * instrument ({@link #postdates(LocalDate)}); the gap analysis reports such a draft.
 *
 * <p>Each constant names the source of its date and, where known, the address and licence of its text.
 */
public enum Instrument {
  /** The 2012 Paris OER Declaration. */
  PARIS_DECLARATION_2012("2012 Paris OER Declaration", "World OER Congress, UNESCO, Paris, 20-22 June 2012",
      LocalDate.of(2012, 6, 22), LocalDate.of(2012, 6, 22), "22 June 2012",
      "https://creativecommons.org.au/blog/2012/07/paris-oer-declaration-formally-adopted/ ; "
          + "https://en.wikipedia.org/wiki/UNESCO_2012_Paris_OER_Declaration",
      "https://en.wikipedia.org/wiki/UNESCO_2012_Paris_OER_Declaration", null),
  /** The Ljubljana OER Action Plan 2017. */
  LJUBLJANA_ACTION_PLAN_2017("Ljubljana OER Action Plan 2017",
      "2nd World OER Congress, UNESCO and the Government of Slovenia, Ljubljana, 18-20 September 2017",
      LocalDate.of(2017, 9, 20), LocalDate.of(2017, 9, 20), "20 September 2017",
      "UNESCO news release of 20 September 2017, \"Ljubljana OER Action Plan 2017 adopted to support quality "
          + "open educational resources\", https://webarchive.unesco.org/web/20171120052114/https://en.unesco.org/"
          + "news/ljubljana-oer-action-plan-2017-adopted-support-quality-open-educational-resources",
      "https://en.unesco.org/sites/default/files/ljubljana_oer_action_plan_2017.pdf", null),
  /** The UNESCO ICT Competency Framework for Teachers, version 3. */
  ICT_CFT_VERSION_3("UNESCO ICT Competency Framework for Teachers, version 3",
      "UNESCO, Paris, 2018, ISBN 978-92-3-100285-4",
      LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), "2018",
      "Imprint page: \"Version 3. Published in 2018 by the United Nations Educational, Scientific and Cultural "
          + "Organization\" (copy at https://ru.scribd.com/document/442000956/UNESCO-ICT-Competency-Framework-V3-pdf)",
      "https://ru.scribd.com/document/442000956/UNESCO-ICT-Competency-Framework-V3-pdf", "CC BY-SA 3.0 IGO"),
  /** The UNESCO Recommendation on Open Educational Resources (OER), 2019. */
  RECOMMENDATION_2019("UNESCO Recommendation on Open Educational Resources (OER)",
      "UNESCO General Conference, 40th session, Paris, document 40 C/32",
      LocalDate.of(2019, 11, 25), LocalDate.of(2019, 11, 25), "25 November 2019",
      "https://www.oerafrica.org/content/unesco-general-conference-adopts-oer-recommendation",
      "https://webarchive.unesco.org/web/20201205003805/http://portal.unesco.org/en/ev.php-URL_ID=49556"
          + "&URL_DO=DO_TOPIC&URL_SECTION=201.html", null),
  /** The Dubai Declaration on OER, 2024. */
  DUBAI_DECLARATION_2024("Dubai Declaration on Open Educational Resources (OER)",
      "3rd UNESCO World OER Congress, Dubai, 19-20 November 2024",
      LocalDate.of(2024, 11, 19), LocalDate.of(2024, 11, 20), "19-20 November 2024",
      "Congress dates: https://oerdynamiccoalition.org/dubai-declaration-oer/action-area-4-sustainability-models-oer ;"
          + " adoption at the congress: MBRF press report, November 2024, "
          + "http://online.flipbuilder.com/Monitoring/cwgf/files/basic-html/page114.html (the day is not stated)",
      "https://unesdoc.unesco.org/ark:/48223/pf0000392271", null);

  private final String title;
  private final String adoptedBy;
  private final LocalDate earliest;
  private final LocalDate latest;
  private final String date;
  private final String dateSource;
  private final String text;
  private final String textLicense;

  Instrument(String title, String adoptedBy, LocalDate earliest, LocalDate latest, String date, String dateSource,
      String text, String textLicense) {
    this.title = title;
    this.adoptedBy = adoptedBy;
    this.earliest = earliest;
    this.latest = latest;
    this.date = date;
    this.dateSource = dateSource;
    this.text = text;
    this.textLicense = textLicense;
  }

  /**
   * Gets the title.
   *
   * @return the title, such as {@code "Ljubljana OER Action Plan 2017"}
   */
  public String title() {
    return title;
  }

  /**
   * Gets the body or event that adopted or published the instrument.
   *
   * @return a phrase naming the body, the place and the dates
   */
  public String adoptedBy() {
    return adoptedBy;
  }

  /**
   * Gets the first day the instrument may have existed.
   *
   * @return the day of adoption, or the first day of the period it is known by
   */
  public LocalDate earliest() {
    return earliest;
  }

  /**
   * Gets the last day by which the instrument existed.
   *
   * @return the day of adoption, or the last day of the period it is known by
   */
  public LocalDate latest() {
    return latest;
  }

  /**
   * Gets the date as the sources give it.
   *
   * @return the date, such as {@code "25 November 2019"} or {@code "2018"}
   */
  public String date() {
    return date;
  }

  /**
   * Gets the public source of the date.
   *
   * @return a citation with its address
   */
  public String dateSource() {
    return dateSource;
  }

  /**
   * Gets an address of the instrument's text.
   *
   * @return the address
   */
  public String text() {
    return text;
  }

  /**
   * Gets the licence of the instrument's text, where its imprint states one.
   *
   * @return the licence, such as {@code "CC BY-SA 3.0 IGO"}, or empty where no source read states it
   */
  public Optional<String> textLicense() {
    return Optional.ofNullable(textLicense);
  }

  /**
   * Finds the instrument a title names, as a draft's list of related instruments writes it: "Ljubljana",
   * "Dubai Declaration", "Paris ... Declaration", "Recommendation on Open Educational Resources" or
   * "Recommendation on OER", "ICT Competency Framework for Teachers" with "version 3" or "V3".
   *
   * @param title  the title, not null
   * @return the instrument, or empty if the title names none of these
   */
  public static Optional<Instrument> findByTitle(String title) {
    String t = requireNonNull(title, "title").toLowerCase(java.util.Locale.ROOT);
    if (t.contains("ljubljana")) {
      return Optional.of(LJUBLJANA_ACTION_PLAN_2017);
    }
    if (t.contains("dubai declaration")) {
      return Optional.of(DUBAI_DECLARATION_2024);
    }
    if (t.contains("paris") && t.contains("declaration")) {
      return Optional.of(PARIS_DECLARATION_2012);
    }
    if (t.contains("recommendation on open educational resources") || t.contains("recommendation on oer")) {
      return Optional.of(RECOMMENDATION_2019);
    }
    if (t.contains("ict competency framework for teachers")
        && (t.contains("version 3") || t.matches(".*\\bv3\\b.*"))) {
      return Optional.of(ICT_CFT_VERSION_3);
    }
    return Optional.empty();
  }

  /**
   * Checks whether the instrument did not yet exist on a day.
   *
   * @param day  the day, such as the date of a policy draft, not null
   * @return true if the day is before {@link #earliest()}
   */
  public boolean postdates(LocalDate day) {
    return requireNonNull(day, "day").isBefore(earliest);
  }
}
