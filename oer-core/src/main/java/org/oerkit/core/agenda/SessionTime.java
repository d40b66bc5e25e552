package org.oerkit.core.agenda;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;
import org.oerkit.core.Bounds;
import org.oerkit.core.DomainRuleException;

/**
 * When a session or a part takes place on its day, as far as the source says: a start and an end
 * ("09:00 - 09:30"), a start and a duration, a duration alone ("(20 min)"), a start alone ("18:30"), or
 * nothing at all.
 *
 * <p>What the source does not give stays empty: oerkit never invents a time. A time that an editor works out
 * from the context (a coffee break the source prints without a time, between a session that ends at 11:00
 * and one that starts at 11:15) is kept, but marked as inferred with {@link #isStartInferred()} or
 * {@link #isEndInferred()}, and validation reports it. Times are local times of the workshop's time zone;
 * {@link Workshop#zone()} turns them into instants.
 *
 * <p>A start and an end give the length {@code end - start}; an end that is not after the start gives a
 * non-positive length, which validation reports. A session that crosses midnight is written with a start and
 * a duration. When the source gives an end and a duration both, both are kept, and validation reports them if
 * they disagree. A duration is not negative and at most {@value Bounds#MAX_DURATION_DAYS} days
 * ({@link Bounds}), so that every programme can be placed on a calendar.
 *
 * <p>The canonical text, read back by {@link #parse(CharSequence)}, is {@code start[-end][/duration]}, with
 * {@code ?} for an unknown start and {@code ~} before an inferred time: {@code "09:00-09:30"},
 * {@code "14:15/PT20M"}, {@code "?/PT20M"}, {@code "~11:00-~11:15"}, {@code "18:30"}, {@code "?"}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SessionTime {

  private static final SessionTime UNKNOWN = builder().build();

  /** The longest text {@link #parse(CharSequence)} reads, in characters. */
  public static final int MAX_TEXT_LENGTH = 100;

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  SessionTime() {}

  /**
   * Obtains a time from a start and an end, as the source gives them.
   *
   * @param start  the start, not null
   * @param end  the end, not null
   * @return the time
   */
  public static SessionTime of(LocalTime start, LocalTime end) {
    return builder().start(start).end(end).build();
  }

  /**
   * Obtains a time from a start and a duration.
   *
   * @param start  the start, not null
   * @param duration  the duration, not null
   * @return the time
   */
  public static SessionTime of(LocalTime start, Duration duration) {
    return builder().start(start).duration(duration).build();
  }

  /**
   * Obtains a time with a start whose end the source does not give ("18:30 End of Day 1").
   *
   * @param start  the start, not null
   * @return the time
   */
  public static SessionTime startingAt(LocalTime start) {
    return builder().start(start).build();
  }

  /**
   * Obtains a time with a duration and no start, as a part of a session usually has ("(20 min)").
   *
   * @param duration  the duration, not null
   * @return the time
   */
  public static SessionTime lasting(Duration duration) {
    return builder().duration(duration).build();
  }

  /**
   * Obtains a time of some minutes and no start.
   *
   * @param minutes  the number of minutes
   * @return the time
   */
  public static SessionTime ofMinutes(long minutes) {
    return lasting(Duration.ofMinutes(minutes));
  }

  /**
   * Obtains the time of a session the source gives no time for.
   *
   * @return the unknown time
   */
  public static SessionTime unknown() {
    return UNKNOWN;
  }

  /**
   * Obtains a time from its canonical text, also accepting one-digit hours, spaces and the en dash of printed
   * programmes: {@code "9:00 – 9:10"}.
   *
   * @param text  the text, such as {@code "09:00-09:30"}, {@code "14:15/PT20M"} or {@code "~11:00-~11:15"},
   *     not null
   * @return the time
   * @throws DomainRuleException if the text is not in that form
   */
  public static SessionTime parse(CharSequence text) {
    requireNonNull(text, "text");
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new DomainRuleException("SessionTime", "text", "must be at most " + MAX_TEXT_LENGTH + " characters",
          text.toString());
    }
    Scanner scanner = new Scanner(text);
    String start = scanner.skipSpace().question() ? "?" : scanner.time();
    String end = scanner.skipSpace().dash() ? scanner.skipSpace().time() : null;
    String duration = scanner.skipSpace().slash() ? scanner.skipSpace().duration() : null;
    if (start == null || (end == null && scanner.dashed) || (duration == null && scanner.slashed)
        || !scanner.skipSpace().atEnd()) {
      throw new DomainRuleException("SessionTime", "text", "must look like \"09:00-09:30\", \"14:15/PT20M\""
          + " or \"?/PT20M\"", text.toString());
    }
    try {
      Builder builder = builder();
      if (!start.equals("?")) {
        builder.startInferred(start.startsWith("~")).start(localTime(start));
      }
      if (end != null) {
        builder.endInferred(end.startsWith("~")).end(localTime(end));
      }
      if (duration != null) {
        boolean inferred = duration.startsWith("~");
        builder.duration(Duration.parse(inferred ? duration.substring(1) : duration));
        if (inferred) {
          builder.endInferred(true);
        }
      }
      return builder.build();
    } catch (DateTimeParseException e) {
      throw new DomainRuleException("SessionTime", "text", "must hold valid times and an ISO 8601 duration",
          text.toString(), e);
    }
  }

  /**
   * Reads the canonical text in one pass: {@code start[-end][/duration]} with spaces ({@code \s}) between.
   */
  private static final class Scanner {
    private final CharSequence text;
    private int position;
    boolean dashed;
    boolean slashed;

    Scanner(CharSequence text) {
      this.text = text;
    }

    Scanner skipSpace() {
      while (position < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(position)) >= 0) {
        position++;
      }
      return this;
    }

    boolean atEnd() {
      return position == text.length();
    }

    private boolean accept(String characters) {
      if (position < text.length() && characters.indexOf(text.charAt(position)) >= 0) {
        position++;
        return true;
      }
      return false;
    }

    boolean question() {
      return accept("?");
    }

    boolean dash() {
      dashed = accept("-\u2013\u2014");
      return dashed;
    }

    boolean slash() {
      slashed = accept("/");
      return slashed;
    }

    /** Reads {@code ~?\d{1,2}:\d{2}}, or gives null and leaves the position somewhere in it. */
    String time() {
      int from = position;
      accept("~");
      int digits = 0;
      while (digits < 2 && accept("0123456789")) {
        digits++;
      }
      if (digits == 0 || !accept(":") || !accept("0123456789") || !accept("0123456789")) {
        return null;
      }
      return text.subSequence(from, position).toString();
    }

    /** Reads {@code ~?P\S+}, or gives null. */
    String duration() {
      int from = position;
      accept("~");
      if (!accept("P")) {
        return null;
      }
      int first = position;
      while (position < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(position)) < 0) {
        position++;
      }
      return position == first ? null : text.subSequence(from, position).toString();
    }
  }

  private static LocalTime localTime(String text) {
    String time = text.replace("~", "");
    return LocalTime.parse(time.length() == 4 ? "0" + time : time);
  }

  /**
   * Starts a builder.
   *
   * <p>Nothing is required: every attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the start, if known.
   *
   * @return the local start time, or empty
   */
  public abstract Optional<LocalTime> start();

  /**
   * Gets the end as the source gives it, if it does.
   *
   * @return the local end time, or empty
   */
  public abstract Optional<LocalTime> end();

  /**
   * Gets the duration as the source gives it, if it does ("(45 min)").
   *
   * @return the duration, not negative and at most {@value Bounds#MAX_DURATION_DAYS} days, or empty
   */
  public abstract Optional<Duration> duration();

  /**
   * Checks whether the start was worked out by an editor rather than given by the source.
   *
   * @return true if the start is inferred
   */
  @Value.Default
  public boolean isStartInferred() {
    return false;
  }

  /**
   * Checks whether the end (or the duration) was worked out by an editor rather than given by the source.
   *
   * @return true if the end is inferred
   */
  @Value.Default
  public boolean isEndInferred() {
    return false;
  }

  /**
   * Gets the length: the duration if given, else {@code end - start} if both are given.
   *
   * @return the length, possibly zero or negative for a wrong time, or empty if unknown
   */
  public Optional<Duration> length() {
    if (duration().isPresent()) {
      return duration();
    }
    if (start().isPresent() && end().isPresent()) {
      return Optional.of(Duration.between(start().get(), end().get()));
    }
    return Optional.empty();
  }

  /**
   * Checks whether the start and the length are both known, so that the time can be placed on a calendar.
   *
   * @return true if the start and the length are known
   */
  public boolean isKnown() {
    return start().isPresent() && length().isPresent();
  }

  /**
   * Checks whether the time is inferred in any part.
   *
   * @return true if the start or the end is inferred
   */
  public boolean isInferred() {
    return isStartInferred() || isEndInferred();
  }

  /**
   * Checks whether an end and a duration, when both are given with a start, agree.
   *
   * @return false only if start, end and duration are all given and {@code start + duration} is not the end
   */
  public boolean isConsistent() {
    if (start().isEmpty() || end().isEmpty() || duration().isEmpty()) {
      return true;
    }
    return start().get().plus(duration().get()).equals(end().get());
  }

  /**
   * Returns a copy whose given times are all marked as inferred.
   *
   * @return the inferred time
   */
  public SessionTime asInferred() {
    return builder().from(this)
        .startInferred(start().isPresent())
        .endInferred(end().isPresent() || duration().isPresent())
        .build();
  }

  @Value.Check
  void check() {
    if (isStartInferred() && start().isEmpty()) {
      throw new DomainRuleException("SessionTime", "startInferred", "needs a start", "true");
    }
    if (isEndInferred() && end().isEmpty() && duration().isEmpty()) {
      throw new DomainRuleException("SessionTime", "endInferred", "needs an end or a duration", "true");
    }
    duration().ifPresent(d -> Bounds.requireDuration("SessionTime", "duration", d));
    start().ifPresent(t -> requireWholeMinutes("start", t));
    end().ifPresent(t -> requireWholeMinutes("end", t));
  }

  private static void requireWholeMinutes(String attribute, LocalTime time) {
    if (!time.truncatedTo(ChronoUnit.MINUTES).equals(time)) {
      throw new DomainRuleException("SessionTime", attribute, "must be a whole minute", time);
    }
  }

  /**
   * Formats the time in its canonical form, such as {@code "09:00-09:30"}, {@code "?/PT20M"} or
   * {@code "~11:00-~11:15"}.
   *
   * @return the canonical text, as {@link #parse(CharSequence)} reads it
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(start().map(s -> (isStartInferred() ? "~" : "") + HH_MM.format(s)).orElse("?"));
    end().ifPresent(e -> text.append('-').append(isEndInferred() ? "~" : "").append(HH_MM.format(e)));
    duration().ifPresent(d -> text.append('/').append(isEndInferred() && end().isEmpty() ? "~" : "").append(d));
    return text.toString();
  }

  /**
   * Builds a {@link SessionTime}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableSessionTime.Builder {
    Builder() {}

    /**
     * Sets the duration in minutes.
     *
     * @param minutes  the number of minutes
     * @return this builder
     */
    public Builder minutes(long minutes) {
      return duration(Duration.ofMinutes(minutes));
    }
  }
}
