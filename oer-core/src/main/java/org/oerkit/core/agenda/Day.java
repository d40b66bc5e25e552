package org.oerkit.core.agenda;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.oerkit.core.Bounds;
import org.oerkit.core.Texts;

/**
 * One day of a workshop programme and its sessions, in the source's order: "11 December 2017, Day 1".
 *
 * <p>The day may say when it ends ("18:30 End of Day 1"), which is kept in {@link #closesAt()}; a session
 * may still follow, such as the reception at 19:00. Days follow the {@code days} of the c3voc
 * {@code schedule.json} schema (index, date, day start and end).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Day {

  Day() {}

  /**
   * Obtains a day with a date and sessions.
   *
   * @param date  the date, not null
   * @param sessions  the sessions in the source's order, not null
   * @return the day
   */
  public static Day of(LocalDate date, Session... sessions) {
    return builder().date(date).addSessions(sessions).build();
  }

  /**
   * Starts a builder.
   *
   * <p>Required: {@code date}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the date.
   *
   * @return the date, such as 2017-12-11, in the years {@value Bounds#MIN_YEAR} to {@value Bounds#MAX_YEAR}
   */
  public abstract LocalDate date();

  /**
   * Gets the label the source gives the day, if any.
   *
   * @return the label, such as {@code "Day 1"}, or empty
   */
  public abstract Optional<String> label();

  /**
   * Gets the time the source says the day ends, if it says so ("18:30 End of Day 1").
   *
   * @return the local time, or empty
   */
  public abstract Optional<LocalTime> closesAt();

  /**
   * Gets the sessions, in the source's order.
   *
   * @return the sessions, possibly empty
   */
  public abstract List<Session> sessions();

  /**
   * Finds a session of this day by identifier.
   *
   * @param id  the identifier, not null
   * @return the first session with that identifier, or empty
   */
  public Optional<Session> session(String id) {
    requireNonNull(id, "id");
    return sessions().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    Bounds.requireDate("Day", "date", date());
    label().ifPresent(l -> Texts.requireTrimmed("Day", "label", l));
  }

  /**
   * Builds a {@link Day}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableDay.Builder {
    Builder() {}
  }
}
