package org.oerkit.examples.bench;

import java.util.List;
import org.oerkit.core.license.CombinationMode;
import org.oerkit.core.license.Compatibility;
import org.oerkit.core.license.LicensedWork;

/**
 * The naive baseline of the licence benchmarks: every pair of works asked of the library in turn, whether
 * the two may be remixed into one adaptation, in O(n²) for n works. It counts the pairs that may not, as a
 * naive checker would list them, so it always looks at every pair.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NaivePairwise {

  private NaivePairwise() {}

  /**
   * Counts the pairs of works that may not be remixed together.
   *
   * @param works  the works, not null
   * @return the number of pairs whose licences forbid an adaptation of both
   */
  public static long incompatiblePairs(List<LicensedWork> works) {
    long incompatible = 0;
    for (int i = 0; i < works.size(); i++) {
      for (int j = i + 1; j < works.size(); j++) {
        Compatibility pair = Compatibility.of(CombinationMode.ADAPTATION,
            List.of(works.get(i).license(), works.get(j).license()));
        if (!pair.isAllowed()) {
          incompatible++;
        }
      }
    }
    return incompatible;
  }
}
