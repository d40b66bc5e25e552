package org.oerkit.core.policy;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.oerkit.core.Bounds;
import org.oerkit.core.Texts;

/**
 * A milestone of a work-plan action: what is reached, and by when.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Milestone {

  Milestone() {}

  /**
   * Obtains a milestone.
   *
   * @param title  what is reached, not blank
   * @param due  the date it is due, not null
   * @return the milestone
   */
  public static Milestone of(String title, LocalDate due) {
    return ImmutableMilestone.of(title, due);
  }

  /**
   * Gets what is reached.
   *
   * @return the title
   */
  @Value.Parameter
  public abstract String title();

  /**
   * Gets the date it is due.
   *
   * @return the due date
   */
  @Value.Parameter
  public abstract LocalDate due();

  @Value.Check
  void check() {
    Texts.requireTrimmed("Milestone", "title", title());
    Bounds.requireDate("Milestone", "due", due());
  }
}
