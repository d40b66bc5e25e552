package org.oerkit.core.instrument;

import java.util.Optional;

/**
 * A part of the Dubai Declaration on OER ({@link Instrument#DUBAI_DECLARATION_2024}), in the order of the
 * declaration, as far as public sources read for oerkit show its structure.
 *
 * <p>The declaration (UNESDOC pf0000392271, 12 pages) recalls the 2019 Recommendation, sets out how emerging
 * technologies and AI bear on OER, and groups its recommendations under the Recommendation's five
 * {@linkplain ActionArea areas of action}. The recommendations themselves are <em>not transcribed</em>: the
 * stored copies show the opening of each page only. {@link #summary()} is oerkit's short paraphrase of what
 * the cited source says about the part, never the declaration's wording.
 */
public enum DubaiDeclarationPart {
  /** The recall of the 2019 Recommendation and its five areas of action. */
  RECALL_OF_THE_RECOMMENDATION("The 2019 Recommendation on OER", null,
      "Recalls the 2019 Recommendation and its recommendations to Member States in five areas of action "
          + "(paraphrase).",
      "https://oerdynamiccoalition.org/dubai-declaration-oer/action-area-4-sustainability-models-oer"),
  /** The overview of the congress. */
  OVERVIEW("Overview", null,
      "Places the 3rd World OER Congress (Dubai, 19-20 November 2024) in the UN Secretary-General's Roadmap for "
          + "Digital Cooperation and Commitment 7 of Our Common Agenda (paraphrase).",
      "https://oerdynamiccoalition.org/dubai-declaration-oer/action-area-4-sustainability-models-oer"),
  /** Emerging technologies, intellectual property and the frameworks that inform OER policy. */
  EMERGING_TECHNOLOGIES("Emerging technologies, AI and intellectual property rights", null,
      "AI to create, detect, curate, translate and index OER; digital ledgers for provenance and lawful use; "
          + "legal frameworks behind technology; the Global Digital Compact and the ROAM-X principles "
          + "(paraphrase of the record's abstract).",
      "http://www.oerknowledgecloud.org/record2828"),
  /** Recommendations under area of action 1. */
  AREA_1_RECOMMENDATIONS("Capacity Building", ActionArea.CAPACITY_BUILDING,
      "Recommendations not transcribed. Heading as L. M. Campbell's paraphrase of the draft declaration names "
          + "it, first of five areas; the adopted text may differ.",
      "https://www.cuch.org/draft-dubai-declaration-on-oer-open-world_422870"),
  /** Recommendations under area of action 2. */
  AREA_2_RECOMMENDATIONS("Area of action 2 (developing supportive policy)", ActionArea.SUPPORTIVE_POLICY,
      "Recommendations and heading not transcribed; the area is named as in the 2019 Recommendation.",
      "https://lornamcampbell.org/higher-education/draft-dubai-declaration-on-oer"),
  /** Recommendations under area of action 3. */
  AREA_3_RECOMMENDATIONS("Area of action 3 (inclusive and equitable access to quality OER)",
      ActionArea.INCLUSIVE_ACCESS,
      "Recommendations and heading not transcribed; the area is named as in the 2019 Recommendation.",
      "https://lornamcampbell.org/higher-education/draft-dubai-declaration-on-oer"),
  /** Recommendations under area of action 4. */
  AREA_4_RECOMMENDATIONS("Action Area 4 - Sustainability Models", ActionArea.SUSTAINABILITY_MODELS,
      "Recommendations not transcribed. Heading as the OER Dynamic Coalition's page names it.",
      "https://oerdynamiccoalition.org/dubai-declaration-oer/action-area-4-sustainability-models-oer"),
  /** Recommendations under area of action 5. */
  AREA_5_RECOMMENDATIONS("Area of action 5 (international cooperation)", ActionArea.INTERNATIONAL_COOPERATION,
      "Recommendations and heading not transcribed; the area is named as in the 2019 Recommendation.",
      "https://lornamcampbell.org/higher-education/draft-dubai-declaration-on-oer");

  private final String title;
  private final ActionArea area;
  private final String summary;
  private final String source;

  DubaiDeclarationPart(String title, ActionArea area, String summary, String source) {
    this.title = title;
    this.area = area;
    this.summary = summary;
    this.source = source;
  }

  /**
   * Gets the part's heading, as the source names it, or a descriptive title where it does not.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Gets the area of action of the 2019 Recommendation the part's recommendations fall under.
   *
   * @return the area, or empty for the parts before the recommendations
   */
  public Optional<ActionArea> area() {
    return Optional.ofNullable(area);
  }

  /**
   * Gets oerkit's short paraphrase of what the source says of the part, or what is not available.
   *
   * @return a sentence, marked as a paraphrase
   */
  public String summary() {
    return summary;
  }

  /**
   * Gets the public source read for the part.
   *
   * @return an address
   */
  public String source() {
    return source;
  }
}
