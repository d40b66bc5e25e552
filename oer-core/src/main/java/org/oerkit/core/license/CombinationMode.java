package org.oerkit.core.license;

/**
 * How works are put together, the first question of compatibility.
 *
 * <p>Source: Creative Commons FAQ, "Can I combine material under different Creative Commons licenses in my
 * work?": "If the combination does not create an adaptation, then you may combine any CC-licensed content
 * so long as you provide attribution and comply with the NonCommercial restriction if it applies"; the 3.0
 * legal code, section 1(b): "A work that constitutes a Collection will not be considered an Adaptation".
 */
public enum CombinationMode {
  /**
   * One adaptation (a remix): the works are translated, altered, arranged or transformed into one new work
   * (4.0 legal code section 1(a), "Adapted Material"). The remix chart and the ShareAlike rules apply.
   */
  ADAPTATION,
  /**
   * A collection: each work is included in its entirety and unmodified, as a separate and independent work
   * (3.0 legal code section 1(b)). Only attribution and NonCommercial restrictions apply.
   */
  COLLECTION
}
