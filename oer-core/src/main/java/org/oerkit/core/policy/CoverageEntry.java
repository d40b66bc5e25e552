package org.oerkit.core.policy;

import java.util.List;
import org.immutables.value.Value;
import org.oerkit.core.instrument.SubAction;

/**
 * One row of a {@link Coverage}: a sub-action, how far the draft addresses it, and where.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CoverageEntry {

  CoverageEntry() {}

  static CoverageEntry of(SubAction subAction, CoverageStatus status, List<String> evidence) {
    return ImmutableCoverageEntry.builder().subAction(subAction).status(status).evidence(evidence).build();
  }

  /**
   * Gets the sub-action.
   *
   * @return the sub-action
   */
  public abstract SubAction subAction();

  /**
   * Gets how far the draft addresses it.
   *
   * @return the status
   */
  public abstract CoverageStatus status();

  /**
   * Gets the parts of the draft that address it.
   *
   * @return the evidence, such as {@code "work plan action A2"}, empty when not addressed
   */
  public abstract List<String> evidence();
}
