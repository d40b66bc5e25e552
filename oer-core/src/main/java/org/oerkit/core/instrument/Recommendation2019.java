package org.oerkit.core.instrument;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The UNESCO Recommendation on Open Educational Resources (OER), as a catalogue of typed values.
 *
 * <p>Adopted by the General Conference at its 40th session on 25 November 2019 (document 40 C/32). It has
 * four {@linkplain Definition definitions} (paragraphs 1-4), five {@linkplain ActionArea areas of action}
 * (paragraph 10) with 33 {@linkplain SubAction sub-actions} (paragraphs 11-15) and three
 * {@linkplain MonitoringProvision monitoring provisions} (paragraph 16). Member States report on it every four
 * years (operative paragraph 4; first consolidated report to the 42nd General Conference, 2023).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Recommendation2019 {

  /** The title. */
  public static final String TITLE = "Recommendation on Open Educational Resources (OER)";
  /** The short citation used in rule sources. */
  public static final String CITATION = "UNESCO Recommendation on OER (2019)";
  /** The document number of the General Conference. */
  public static final String DOCUMENT = "40 C/32";
  /** The date of adoption, as {@link Instrument#RECOMMENDATION_2019} records it with its source. */
  public static final LocalDate ADOPTED = Instrument.RECOMMENDATION_2019.earliest();
  /** The official page (UNESCO legal instruments, web archive). */
  public static final String SOURCE = "https://webarchive.unesco.org/web/20201205003805/http://portal.unesco.org/"
      + "en/ev.php-URL_ID=49556&URL_DO=DO_TOPIC&URL_SECTION=201.html";
  /** The interval, in years, at which Member States report on the Recommendation. */
  public static final int REPORTING_CYCLE_YEARS = 4;

  private Recommendation2019() {}

  /**
   * Gets the four definitions, in paragraph order.
   *
   * @return the definitions
   */
  public static List<Definition> definitions() {
    return Arrays.asList(Definition.values());
  }

  /**
   * Gets the five areas of action, in the order of paragraph 10.
   *
   * @return the areas
   */
  public static List<ActionArea> areas() {
    return Arrays.asList(ActionArea.values());
  }

  /**
   * Gets the 33 sub-actions, in the Recommendation's order.
   *
   * @return the sub-actions
   */
  public static List<SubAction> subActions() {
    return SubAction.all();
  }

  /**
   * Gets the three monitoring provisions of paragraph 16.
   *
   * @return the provisions
   */
  public static List<MonitoringProvision> monitoring() {
    return Arrays.asList(MonitoringProvision.values());
  }
}
