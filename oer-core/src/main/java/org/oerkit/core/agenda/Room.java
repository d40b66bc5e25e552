package org.oerkit.core.agenda;

import java.util.Optional;
import org.immutables.value.Value;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;

/**
 * A room or a track of a programme: a place where one session runs at a time.
 *
 * <p>A programme that names no rooms has one, the plenary room {@link #PLENARY}; a session that names no room
 * is in the workshop's first room. Rooms follow the {@code rooms} of the c3voc {@code schedule.json} schema
 * (a name and a guid) and Indico's rooms; frab and pretalx forbid or warn about two sessions at once in one
 * room, and so does {@link AgendaCheck}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Room {

  /** The one room of a programme that names none. */
  public static final Room PLENARY = of("plenary", "Plenary");

  Room() {}

  /**
   * Obtains a room.
   *
   * @param id  the identifier that sessions refer to, such as {@code "plenary"}, not null
   * @param name  the name to print, such as {@code "Astana Hall"}, not blank
   * @return the room
   * @throws DomainRuleException if the identifier is malformed or the name blank
   */
  public static Room of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  /**
   * Starts a builder.
   *
   * <p>Required: {@code id},
   * {@code name}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the identifier that sessions and breakout groups refer to.
   *
   * @return the identifier
   */
  public abstract String id();

  /**
   * Gets the name to print.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Gets the number of seats, if known.
   *
   * @return the capacity, or empty
   */
  public abstract Optional<Integer> capacity();

  @Value.Check
  void check() {
    Ids.require("Room", "id", id());
    Texts.requireTrimmed("Room", "name", name());
    capacity().ifPresent(c -> {
      if (c <= 0) {
        throw new DomainRuleException("Room", "capacity", "must be positive", c);
      }
    });
  }

  /**
   * Builds a {@link Room}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableRoom.Builder {
    Builder() {}
  }
}
