package org.oerkit.core.agenda;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.oerkit.core.Texts;

/**
 * A part of a session, with its own title, time and people: "OER Initiatives in Kyrgyzstan (20 min),
 * Presenters: Ulanbek Mambetakunov, Lira Samykbayeva".
 *
 * <p>A part usually has a duration and no start, as Indico's sub-contributions have; its place in the
 * session is its place in the list. A part may also have its own kind ("Group discussion and policy drafting
 * (1 hr 15 min)" is group work inside a session), discussion questions and expected outputs. Validation
 * checks that the parts fit their session.
 *
 * <p>A part may have parts of its own, as an Indico contribution has sub-contributions: the Astana session
 * part "OER Initiatives in Kazakhstan" holds a country report and a country example, each with its clock
 * time. The parts of a part lie inside it, in time as in the list.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Part {

  Part() {}

  /**
   * Obtains a part with a title and nothing else.
   *
   * @param title  the title as the source writes it, not blank
   * @return the part
   */
  public static Part of(String title) {
    return builder().title(title).build();
  }

  /**
   * Obtains a part with a title and a duration, as in "OER Initiatives in Kyrgyzstan (20 min)".
   *
   * @param title  the title as the source writes it, not blank
   * @param duration  the duration, not null
   * @return the part
   */
  public static Part of(String title, Duration duration) {
    return builder().title(title).time(SessionTime.lasting(duration)).build();
  }

  /**
   * Starts a builder.
   *
   * <p>Required: {@code title}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the title, as the source writes it.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Gets the kind of the part, if it differs from that of its session or the source says it.
   *
   * @return the kind, such as {@link SessionKind#GROUP_DISCUSSION}, or empty
   */
  public abstract Optional<SessionKind> kind();

  /**
   * Gets the time, as far as the source gives it; usually a duration only.
   *
   * @return the time, {@link SessionTime#unknown()} by default
   */
  @Value.Default
  public SessionTime time() {
    return SessionTime.unknown();
  }

  /**
   * Gets the roles, in the source's order.
   *
   * @return the roles, possibly empty
   */
  public abstract List<Role> roles();

  /**
   * Gets a description, if the source has one.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Gets the discussion questions, in the source's order.
   *
   * @return the questions, possibly empty
   */
  public abstract List<String> questions();

  /**
   * Gets the expected outputs, such as "first draft of the national OER policy".
   *
   * @return the expected outputs, possibly empty
   */
  public abstract List<String> expectedOutputs();

  /**
   * Gets the parts of this part, in the source's order, such as the country report and the country example
   * of "OER Initiatives in Kazakhstan".
   *
   * @return the parts, possibly empty
   */
  public abstract List<Part> parts();

  /**
   * Gets every role in the part: its own, then those of its parts, depth first.
   *
   * @return the roles, possibly empty
   */
  public List<Role> allRoles() {
    ImmutableList.Builder<Role> all = ImmutableList.builder();
    all.addAll(roles());
    parts().forEach(p -> all.addAll(p.allRoles()));
    return all.build();
  }

  /**
   * Gets every discussion question: the part's, then its parts', depth first.
   *
   * @return the questions, possibly empty
   */
  public List<String> allQuestions() {
    ImmutableList.Builder<String> all = ImmutableList.builder();
    all.addAll(questions());
    parts().forEach(p -> all.addAll(p.allQuestions()));
    return all.build();
  }

  @Value.Check
  void check() {
    Texts.requireTrimmed("Part", "title", title());
    description().ifPresent(d -> Texts.requireTrimmed("Part", "description", d));
    questions().forEach(q -> Texts.requireTrimmed("Part", "questions", q));
    expectedOutputs().forEach(o -> Texts.requireTrimmed("Part", "expectedOutputs", o));
  }

  /**
   * Builds a {@link Part}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutablePart.Builder {
    Builder() {}

    /**
     * Sets the time from its canonical text, such as {@code "?/PT20M"} or {@code "14:35-14:55"}.
     *
     * @param text  the time, as {@link SessionTime#parse(CharSequence)} reads it
     * @return this builder
     */
    public Builder time(String text) {
      return time(SessionTime.parse(text));
    }

    /**
     * Sets the time to a duration in minutes, with no start.
     *
     * @param minutes  the number of minutes
     * @return this builder
     */
    public Builder minutes(long minutes) {
      return time(SessionTime.ofMinutes(minutes));
    }
  }
}
