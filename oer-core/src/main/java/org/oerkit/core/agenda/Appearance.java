package org.oerkit.core.agenda;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.oerkit.core.Bounds;

/**
 * One role in the programme and where it is held: "Lina Benete moderates Session 1 on 2017-12-11", "the
 * National OER Focal group facilitates the group work of Session 9".
 *
 * <p>The answers of {@link Timeline#appearancesOf(org.oerkit.core.vocabulary.Person)},
 * {@link Timeline#appearances(RoleKind)} and the like, in programme order. The part or the breakout group is
 * present when the role belongs to one rather than to the whole session.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Appearance {

  Appearance() {}

  /**
   * Starts a builder.
   *
   * <p>Required: {@code date}, {@code session},
   * {@code role}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the date of the session.
   *
   * @return the date, in the years {@value Bounds#MIN_YEAR} to {@value Bounds#MAX_YEAR} ({@link Bounds})
   */
  public abstract LocalDate date();

  /**
   * Gets the session.
   *
   * @return the session
   */
  public abstract Session session();

  /**
   * Gets the part the role belongs to, if it belongs to one.
   *
   * @return the part, or empty for a role in the whole session or in a group
   */
  public abstract Optional<Part> part();

  /**
   * Gets the breakout group the role belongs to, if it belongs to one.
   *
   * @return the group, or empty
   */
  public abstract Optional<BreakoutGroup> group();

  /**
   * Gets the role and its holder.
   *
   * @return the role
   */
  public abstract Role role();

  @Value.Check
  void check() {
    Bounds.requireDate("Appearance", "date", date());
  }

  /**
   * Formats the appearance on one line: date, time, session, part or group, and role.
   *
   * @return for example {@code "2017-12-11 10:00-10:30 Session 1: Global UNESCO ICT in Education Programme and
   *     OER Projects: Moderator: Lina Benete"}
   */
  @Override
  public String toString() {
    return date() + " " + session().time() + " " + session().fullTitle()
        + part().map(p -> " / " + p.title()).orElse("")
        + group().map(g -> " / " + g.name()).orElse("")
        + ": " + role().kind().label() + ": " + role().holder().name();
  }

  /**
   * Builds an {@link Appearance}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableAppearance.Builder {
    Builder() {}
  }
}
