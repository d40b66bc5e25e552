package org.oerkit.core.agenda;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.oerkit.core.Texts;

/**
 * One of the groups that work in parallel inside a group-work session, each with its own facilitator, and
 * perhaps its own room, questions and expected outputs.
 *
 * <p>A group runs for the whole of its session. Indico links such parallel entries to their parent, and
 * RFC 5545 section 3.8.4.5 relates them with {@code RELATED-TO;RELTYPE=PARENT}; the iCalendar export does the
 * same. Validation checks that no person facilitates two groups at once and that a group's room is free.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BreakoutGroup {

  BreakoutGroup() {}

  /**
   * Obtains a group with an identifier and a name.
   *
   * @param id  the identifier, unique within its session, such as {@code "group-1"}, not null
   * @param name  the name to print, such as {@code "Group 1"}, not blank
   * @return the group
   */
  public static BreakoutGroup of(String id, String name) {
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
   * Gets the identifier, unique within the session.
   *
   * @return the identifier, such as {@code "group-1"}
   */
  public abstract String id();

  /**
   * Gets the name to print.
   *
   * @return the name, such as {@code "Group 1"}
   */
  public abstract String name();

  /**
   * Gets the topic, if the group has its own.
   *
   * @return the topic, or empty
   */
  public abstract Optional<String> topic();

  /**
   * Gets the room the group works in, if it leaves the session's room.
   *
   * @return the room identifier, or empty for the session's room
   */
  public abstract Optional<String> room();

  /**
   * Gets the roles, such as the facilitator and the rapporteur.
   *
   * @return the roles, possibly empty
   */
  public abstract List<Role> roles();

  /**
   * Gets the group's discussion questions.
   *
   * @return the questions, possibly empty
   */
  public abstract List<String> questions();

  /**
   * Gets the group's expected outputs.
   *
   * @return the expected outputs, possibly empty
   */
  public abstract List<String> expectedOutputs();

  @Value.Check
  void check() {
    Ids.require("BreakoutGroup", "id", id());
    Texts.requireTrimmed("BreakoutGroup", "name", name());
    topic().ifPresent(t -> Texts.requireTrimmed("BreakoutGroup", "topic", t));
    room().ifPresent(r -> Ids.require("BreakoutGroup", "room", r));
    questions().forEach(q -> Texts.requireTrimmed("BreakoutGroup", "questions", q));
    expectedOutputs().forEach(o -> Texts.requireTrimmed("BreakoutGroup", "expectedOutputs", o));
  }

  /**
   * Builds a {@link BreakoutGroup}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableBreakoutGroup.Builder {
    Builder() {}
  }
}
