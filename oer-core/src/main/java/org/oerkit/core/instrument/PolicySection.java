package org.oerkit.core.instrument;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Optional;

/**
 * One of the ten sections of the UNESCO country OER policy template, in the template's order.
 *
 * <p>The template document itself has not been found in any public source; the sections are those the
 * focal group drafted, one after the other, in the group sessions of the Astana 2017 workshop (concept note
 * "Expanding Open Educational Resources for Lifelong Learning in Kazakhstan", Astana, 11-13 December 2017,
 * Sessions 8 to 14), cited by {@link #source()}. {@link PolicyTemplate#unescoCountryTemplate()} holds the
 * guiding questions, worded for any country.
 */
public enum PolicySection {
  /** Policy context, mission and objectives (concept note, Session 9). */
  CONTEXT("context", "Policy context, mission and objectives", "Session 9"),
  /** Scope of the policy (concept note, Session 9). */
  SCOPE("scope", "Scope", "Session 9"),
  /** Positioning against existing policies (concept note, Sessions 8 and 9). */
  POSITIONING("positioning", "Positioning against existing policies", "Sessions 8 and 9"),
  /** Curriculum and material to be openly licensed (concept note, Session 10). */
  MATERIALS("materials", "Curriculum and material to be openly licensed", "Session 10"),
  /** The open licence to adopt (concept note, Session 10). */
  LICENSE("license", "Open licence to adopt", "Session 10"),
  /** Strategies to encourage use, re-use and sharing (concept note, Session 10). */
  STRATEGIES("strategies", "Strategies for use, re-use and sharing", "Session 10"),
  /** Institutional capacity building (concept note, Session 11). */
  CAPACITY_BUILDING("capacity-building", "Institutional capacity building", "Session 11"),
  /** Follow-up work plan (concept note, Sessions 13 and 14). */
  WORK_PLAN("work-plan", "Follow-up work plan", "Sessions 13 and 14"),
  /** National coordinating structure and division of responsibilities (concept note, Session 13). */
  COORDINATION("coordination", "National coordinating structure and responsibilities", "Session 13"),
  /** Cost estimation and sustainable funding strategies (concept note, Session 13). */
  FUNDING("funding", "Cost estimation and sustainable funding", "Session 13");

  /** The only public record of the template's sections. */
  private static final String CONCEPT_NOTE = "Astana 2017 concept note";

  private final String id;
  private final String title;
  private final String source;

  PolicySection(String id, String title, String sessions) {
    this.id = id;
    this.title = title;
    this.source = CONCEPT_NOTE + ", " + sessions;
  }

  /**
   * Finds a section by its identifier.
   *
   * @param id  the identifier, such as {@code "work-plan"}, not null
   * @return the section, or empty if no section has that identifier
   */
  public static Optional<PolicySection> findById(String id) {
    requireNonNull(id, "id");
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  /**
   * Gets the stable identifier, lower-case words joined by hyphens.
   *
   * @return the identifier, such as {@code "capacity-building"}
   */
  public String id() {
    return id;
  }

  /**
   * Gets the position in the template, from 1 to 10.
   *
   * @return the section number
   */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * Gets the title, in English.
   *
   * @return the title, such as {@code "Institutional capacity building"}
   */
  public String title() {
    return title;
  }

  /**
   * Gets the public source of the section: the template document itself is not public, and the sessions
   * of the Astana 2017 concept note that drafted the section are the only record of it.
   *
   * @return a citation, such as {@code "Astana 2017 concept note, Sessions 8 and 9"}
   */
  public String source() {
    return source;
  }

  /**
   * Gets a label for reports: the number and the title.
   *
   * @return the label, such as {@code "section 7 Institutional capacity building"}
   */
  public String label() {
    return "section " + number() + " " + title;
  }
}
