package org.oerkit.core.agenda;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;

/**
 * A session of a workshop day: "Session 5: OER Initiatives in Central Asia", 14:15-16:10, moderated by
 * Svetlana Knyazeva, with four parts and a coffee break inside it.
 *
 * <p>A session has a stable {@link #id()}, unique within its workshop, from which the iCalendar UID and the
 * JSON identity derive; an optional {@link #label()} as printed ("Session 5"); a title; a {@link SessionKind};
 * a {@link SessionTime} that may be unknown or inferred; a room; {@link Part}s with their own titles,
 * durations and people; {@link Role}s; discussion questions; expected outputs ("first draft of the national
 * OER policy"); and {@link BreakoutGroup}s that work in parallel.
 *
 * <p>A session may be interrupted by a break and continue after it: the break is a session of its own, and
 * {@link #interruptedBy()} names it. The break then does not overlap the session, and the session's
 * {@link #netLength(Day)} leaves it out. Indico models the same with breaks inside session blocks.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Session {

  Session() {}

  /**
   * Obtains a session with an identifier, a kind, a title and a time.
   *
   * @param id  the identifier, unique within the workshop, such as {@code "d1-registration"}, not null
   * @param kind  the kind, not null
   * @param title  the title as the source writes it, not blank
   * @param time  the time, not null
   * @return the session
   */
  public static Session of(String id, SessionKind kind, String title, SessionTime time) {
    return builder().id(id).kind(kind).title(title).time(time).build();
  }

  /**
   * Starts a builder.
   *
   * <p>Required: {@code id},
   * {@code title}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the identifier, stable and unique within the workshop.
   *
   * @return the identifier, such as {@code "session-5"}
   */
  public abstract String id();

  /**
   * Gets the number or label the source prints before the title, if any.
   *
   * @return the label, such as {@code "Session 5"}, or empty
   */
  public abstract Optional<String> label();

  /**
   * Gets the title, as the source writes it.
   *
   * @return the title, such as {@code "OER Initiatives in Central Asia"}
   */
  public abstract String title();

  /**
   * Gets the subtitle or theme the source prints under the title, if any.
   *
   * @return the subtitle, such as {@code "The role of OER in achieving SDG 4"}, or empty
   */
  public abstract Optional<String> subtitle();

  /**
   * Gets the kind of session.
   *
   * @return the kind, {@link SessionKind#OTHER} by default
   */
  @Value.Default
  public SessionKind kind() {
    return SessionKind.OTHER;
  }

  /**
   * Gets the time, as far as the source gives it.
   *
   * @return the time, {@link SessionTime#unknown()} by default
   */
  @Value.Default
  public SessionTime time() {
    return SessionTime.unknown();
  }

  /**
   * Gets the room, if the session is not in the workshop's first room.
   *
   * @return the room identifier, or empty for the first (plenary) room
   */
  public abstract Optional<String> room();

  /**
   * Gets a description, if the source has one.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Gets the roles of the whole session, in the source's order.
   *
   * @return the roles, possibly empty
   */
  public abstract List<Role> roles();

  /**
   * Gets the parts, in the source's order.
   *
   * @return the parts, possibly empty
   */
  public abstract List<Part> parts();

  /**
   * Gets the discussion questions of the whole session.
   *
   * @return the questions, possibly empty
   */
  public abstract List<String> questions();

  /**
   * Gets the expected outputs of the whole session.
   *
   * @return the expected outputs, possibly empty
   */
  public abstract List<String> expectedOutputs();

  /**
   * Gets the breakout groups that work in parallel during the session.
   *
   * @return the groups, possibly empty
   */
  public abstract List<BreakoutGroup> groups();

  /**
   * Gets the identifiers of the sessions (breaks) that interrupt this one on the same day.
   *
   * @return the identifiers, possibly empty
   */
  public abstract List<String> interruptedBy();

  /**
   * Gets the title with the label, as a printed programme writes it.
   *
   * @return the full title, such as {@code "Session 5: OER Initiatives in Central Asia"}
   */
  public String fullTitle() {
    return label().map(l -> l + ": " + title()).orElse(title());
  }

  /**
   * Gets the length of the session, from its start to its end, if known.
   *
   * @return the length, or empty
   */
  public Optional<Duration> length() {
    return time().length();
  }

  /**
   * Gets every role in the session: its own, then those of its parts (and their parts, depth first), then
   * those of its groups.
   *
   * @return the roles, possibly empty
   */
  public List<Role> allRoles() {
    ImmutableList.Builder<Role> all = ImmutableList.builder();
    all.addAll(roles());
    parts().forEach(p -> all.addAll(p.allRoles()));
    groups().forEach(g -> all.addAll(g.roles()));
    return all.build();
  }

  /**
   * Gets every discussion question: the session's, then its parts' (depth first), then its groups'.
   *
   * @return the questions, possibly empty
   */
  public List<String> allQuestions() {
    ImmutableList.Builder<String> all = ImmutableList.builder();
    all.addAll(questions());
    parts().forEach(p -> all.addAll(p.allQuestions()));
    groups().forEach(g -> all.addAll(g.questions()));
    return all.build();
  }

  /**
   * Gets the length of the session less the breaks that interrupt it, given the day it is on.
   *
   * @param day  the day the session is on, which holds the interrupting breaks, not null
   * @return the net length, or empty if the session's length is unknown
   */
  public Optional<Duration> netLength(Day day) {
    requireNonNull(day, "day");
    Optional<Duration> length = length();
    if (length.isEmpty()) {
      return length;
    }
    Duration net = length.get();
    for (String id : interruptedBy()) {
      Optional<Duration> pause = day.session(id).flatMap(Session::length);
      if (pause.isPresent()) {
        net = net.minus(pause.get());
      }
    }
    return Optional.of(net);
  }

  @Value.Check
  void check() {
    Ids.require("Session", "id", id());
    label().ifPresent(l -> Texts.requireTrimmed("Session", "label", l));
    Texts.requireTrimmed("Session", "title", title());
    subtitle().ifPresent(t -> Texts.requireTrimmed("Session", "subtitle", t));
    room().ifPresent(r -> Ids.require("Session", "room", r));
    description().ifPresent(d -> Texts.requireTrimmed("Session", "description", d));
    questions().forEach(q -> Texts.requireTrimmed("Session", "questions", q));
    expectedOutputs().forEach(o -> Texts.requireTrimmed("Session", "expectedOutputs", o));
    interruptedBy().forEach(i -> Ids.require("Session", "interruptedBy", i));
    if (interruptedBy().contains(id())) {
      throw new DomainRuleException("Session", "interruptedBy", "must not name the session itself",
          id());
    }
  }

  /**
   * Builds a {@link Session}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableSession.Builder {
    Builder() {}

    /**
     * Sets the time from its canonical text, such as {@code "09:00-09:30"}.
     *
     * @param text  the time, as {@link SessionTime#parse(CharSequence)} reads it
     * @return this builder
     */
    public Builder time(String text) {
      return time(SessionTime.parse(text));
    }
  }
}
