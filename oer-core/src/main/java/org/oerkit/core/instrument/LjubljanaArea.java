package org.oerkit.core.instrument;

/**
 * One of the five areas of the Ljubljana OER Action Plan 2017, adopted at the 2nd World OER Congress
 * (Ljubljana, 18-20 September 2017), which recommends {@value #ACTION_COUNT} actions across them.
 *
 * <p>Source: UNESCO news release "Ljubljana OER Action Plan 2017 adopted" (web archive, 20 November 2017)
 * and the plan's text on oercongress.org. The number of actions per area is not recorded here: no public
 * source read for oerkit gives it; {@link LjubljanaActionPlan} says what was searched for the actions, and
 * {@link Instrument#LJUBLJANA_ACTION_PLAN_2017} gives the date of adoption with its source.
 */
public enum LjubljanaArea {
  /** Area 1. */
  BUILDING_CAPACITY("Building capacity of users to find, re-use, create and share OER"),
  /** Area 2. */
  LANGUAGE_AND_CULTURE("Language and cultural issues"),
  /** Area 3. */
  INCLUSIVE_ACCESS("Ensuring inclusive and equitable access to quality OER"),
  /** Area 4. */
  SUSTAINABILITY_MODELS("Developing sustainability models"),
  /** Area 5. */
  SUPPORTIVE_POLICY("Developing supportive policy environments");

  /** The number of recommended actions in the plan, across the five areas. */
  public static final int ACTION_COUNT = 41;

  private final String title;

  LjubljanaArea(String title) {
    this.title = title;
  }

  /**
   * Gets the area's number, 1 to 5.
   *
   * @return the number
   */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * Gets the area's name.
   *
   * @return the name
   */
  public String title() {
    return title;
  }
}
