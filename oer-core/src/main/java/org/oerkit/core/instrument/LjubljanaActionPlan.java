package org.oerkit.core.instrument;

import java.util.Arrays;
import java.util.List;

/**
 * The Ljubljana OER Action Plan 2017 ({@link Instrument#LJUBLJANA_ACTION_PLAN_2017}), as far as its public
 * text could be read for oerkit: its five {@linkplain LjubljanaArea areas} and the number of its recommended
 * actions, {@value LjubljanaArea#ACTION_COUNT}.
 *
 * <p>The wording and numbering of the 41 actions are <em>not available</em> here: none of them is
 * transcribed, and none is paraphrased in their place. {@link #ACTIONS_NOT_AVAILABLE} says what was
 * searched. The five area names come from UNESCO's news release of 20 September 2017 and the congress site
 * (https://oercongress.org/woerc-actionplan), which both list them in this order; the count of 41 comes
 * from the same release ("presents 41 recommended actions").
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LjubljanaActionPlan {

  /** What was searched for the text of the 41 actions, and why it is not transcribed. */
  public static final String ACTIONS_NOT_AVAILABLE = "The wording and numbering of the 41 actions (and the "
      + "number of actions per area) are not available: the stored copies of the Wikisource transcription "
      + "(https://en.wikisource.org/wiki/Ljubljana_OER_action_plan_2017) and of the congress page "
      + "(https://oercongress.org/woerc-actionplan) show only the introduction and the area names; UNESCO's PDF "
      + "(https://en.unesco.org/sites/default/files/ljubljana_oer_action_plan_2017.pdf) is not stored; no public "
      + "repository quoting the actions was found (searched 1 December 2026: pages, docs and code corpora, "
      + "exact-string search of public repositories).";

  private LjubljanaActionPlan() {}

  /**
   * Gets the five areas, in the plan's order.
   *
   * @return the areas
   */
  public static List<LjubljanaArea> areas() {
    return Arrays.asList(LjubljanaArea.values());
  }

  /**
   * Gets the number of recommended actions the plan presents.
   *
   * @return 41
   */
  public static int actionCount() {
    return LjubljanaArea.ACTION_COUNT;
  }

  /**
   * Gets the number of actions whose text oerkit holds.
   *
   * @return 0: see {@link #ACTIONS_NOT_AVAILABLE}
   */
  public static int transcribedActionCount() {
    return 0;
  }
}
