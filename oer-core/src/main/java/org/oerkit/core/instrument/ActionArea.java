package org.oerkit.core.instrument;

import java.util.List;

/**
 * One of the five areas of action of the UNESCO Recommendation on Open Educational Resources (2019).
 *
 * <p>The Recommendation (adopted 25 November 2019, document 40 C/32) names each area in paragraph 10, heads
 * the area's own paragraph (11 to 15) with a sometimes different name, and labels the matching objective in
 * paragraph 9 with a third; {@link #title()} is the paragraph 10 name and {@link #aliases()} holds the
 * others. {@link #subActions()} are the area's lettered sub-actions (6, 8, 6, 7 and 6: 33 in all).
 */
public enum ActionArea {
  /** Building capacity of stakeholders (paragraph 11, sub-actions (a)-(f)). */
  CAPACITY_BUILDING(11, "Building capacity of stakeholders to create, access, re-use, adapt and redistribute OER",
      List.of("Capacity building")),
  /** Developing supportive policy (paragraph 12, sub-actions (a)-(h)). */
  SUPPORTIVE_POLICY(12, "Developing supportive policy", List.of()),
  /** Encouraging inclusive and equitable quality OER (paragraph 13, sub-actions (a)-(f)). */
  INCLUSIVE_ACCESS(13, "Encouraging inclusive and equitable quality OER",
      List.of("Encouraging effective, inclusive and equitable access to quality OER",
          "Effective, inclusive and equitable access to quality OER")),
  /** Nurturing the creation of sustainability models for OER (paragraph 14, sub-actions (a)-(g)). */
  SUSTAINABILITY_MODELS(14, "Nurturing the creation of sustainability models for OER", List.of()),
  /** Facilitating international cooperation (paragraph 15, sub-actions (a)-(f)). */
  INTERNATIONAL_COOPERATION(15, "Facilitating international cooperation",
      List.of("Promoting and reinforcing international cooperation",
          "Fostering and facilitating international cooperation"));

  private final int paragraph;
  private final String title;
  private final List<String> aliases;

  ActionArea(int paragraph, String title, List<String> aliases) {
    this.paragraph = paragraph;
    this.title = title;
    this.aliases = aliases;
  }

  /**
   * Gets the area's number, 1 to 5, in the order of paragraph 10.
   *
   * @return the number
   */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * Gets the paragraph of the Recommendation that sets out the area's sub-actions.
   *
   * @return the paragraph, 11 to 15
   */
  public int paragraph() {
    return paragraph;
  }

  /**
   * Gets the name paragraph 10 gives the area.
   *
   * @return the name, such as {@code "Developing supportive policy"}
   */
  public String title() {
    return title;
  }

  /**
   * Gets the other names the area has: the heading of its paragraph and the objective label of paragraph 9,
   * where they differ from {@link #title()}.
   *
   * @return the other names, heading first, possibly empty
   */
  public List<String> aliases() {
    return aliases;
  }

  /**
   * Gets the area's lettered sub-actions, in the Recommendation's order.
   *
   * @return the sub-actions, such as 12(a) to 12(h)
   */
  public List<SubAction> subActions() {
    return SubAction.all().stream().filter(s -> s.area() == this).toList();
  }
}
