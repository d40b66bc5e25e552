package org.oerkit.core.agenda;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;

/**
 * What kind of session a programme slot is: a registration, a plenary presentation, a coffee break, group
 * discussion and drafting.
 *
 * <p>The set is open. {@link #defaults()} lists the kinds that UNESCO OER workshop programmes use (the
 * Astana 2017 concept note uses all but the keynote, the panel, the dinner and "other"); {@link #of(String)}
 * accepts any other identifier in lower-case kebab form, such as {@code "excursion"}. The default list
 * follows the session types of the c3voc {@code schedule.json} schema (a free string such as
 * {@code "talk"} or {@code "workshop"}), Indico's timetable entry types (session block, contribution, break)
 * and the break kinds of schedule2 ({@code MetaEvent} BREAK). Two kinds are equal when their identifiers
 * are.
 *
 * <p>The canonical text is the identifier, which {@link #of(String)} reads back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SessionKind implements Comparable<SessionKind>, Serializable {

  private static final long serialVersionUID = 1L;

  /** Registration of participants ("09:00 - 09:30 Registration"). */
  public static final SessionKind REGISTRATION = new SessionKind("registration", Category.PLENARY);
  /** An opening session, with opening or welcome remarks. */
  public static final SessionKind OPENING = new SessionKind("opening", Category.PLENARY);
  /** A keynote address. */
  public static final SessionKind KEYNOTE = new SessionKind("keynote", Category.PLENARY);
  /** A presentation to all participants, the default kind of a numbered workshop session. */
  public static final SessionKind PLENARY_PRESENTATION = new SessionKind("plenary-presentation", Category.PLENARY);
  /** A panel of several speakers with a moderator. */
  public static final SessionKind PANEL = new SessionKind("panel", Category.PLENARY);
  /** A discussion of all participants in plenary. */
  public static final SessionKind PLENARY_DISCUSSION = new SessionKind("plenary-discussion", Category.PLENARY);
  /** Group discussion and drafting, in breakout groups: the working form of a policy workshop. */
  public static final SessionKind GROUP_DISCUSSION = new SessionKind("group-discussion", Category.GROUP_WORK);
  /** The presentation of the results of group work in plenary. */
  public static final SessionKind GROUP_RESULTS = new SessionKind("group-results", Category.PLENARY);
  /** A recap of the results of the previous day. */
  public static final SessionKind RECAP = new SessionKind("recap", Category.PLENARY);
  /** A coffee or tea break. */
  public static final SessionKind COFFEE_BREAK = new SessionKind("coffee-break", Category.BREAK);
  /** A lunch break. */
  public static final SessionKind LUNCH = new SessionKind("lunch", Category.BREAK);
  /** A dinner. */
  public static final SessionKind DINNER = new SessionKind("dinner", Category.BREAK);
  /** A briefing of the press. */
  public static final SessionKind PRESS_BRIEFING = new SessionKind("press-briefing", Category.PLENARY);
  /** The group photo. */
  public static final SessionKind GROUP_PHOTO = new SessionKind("group-photo", Category.BREAK);
  /** A reception, a social event. */
  public static final SessionKind RECEPTION = new SessionKind("reception", Category.BREAK);
  /** A meeting of a few participants with officials, such as "Meeting with high-level MOE officials". */
  public static final SessionKind MEETING = new SessionKind("meeting", Category.PLENARY);
  /** The synthesis of a workshop. */
  public static final SessionKind SYNTHESIS = new SessionKind("synthesis", Category.PLENARY);
  /** The closing session. */
  public static final SessionKind CLOSING = new SessionKind("closing", Category.PLENARY);
  /** Any other kind of session. */
  public static final SessionKind OTHER = new SessionKind("other", Category.PLENARY);

  private static final List<SessionKind> DEFAULTS = ImmutableList.of(REGISTRATION, OPENING, KEYNOTE,
      PLENARY_PRESENTATION, PANEL, PLENARY_DISCUSSION, GROUP_DISCUSSION, GROUP_RESULTS, RECAP, COFFEE_BREAK,
      LUNCH, DINNER, PRESS_BRIEFING, GROUP_PHOTO, RECEPTION, MEETING, SYNTHESIS, CLOSING, OTHER);

  private static final Map<String, SessionKind> BY_ID =
      DEFAULTS.stream().collect(ImmutableMap.toImmutableMap(SessionKind::id, Function.identity()));

  private enum Category { PLENARY, GROUP_WORK, BREAK }

  private final String id;
  private final Category category;

  private SessionKind(String id, Category category) {
    this.id = id;
    this.category = category;
  }

  /**
   * Obtains a session kind from its identifier: one of the {@link #defaults()} or a new kind.
   *
   * @param id  the identifier in lower-case kebab form, such as {@code "coffee-break"} or {@code "excursion"},
   *     not null
   * @return the kind; a default kind if the identifier is one of theirs
   * @throws DomainRuleException if the identifier is not lower-case words separated by hyphens
   */
  public static SessionKind of(String id) {
    requireNonNull(id, "id");
    SessionKind known = BY_ID.get(id);
    if (known != null) {
      return known;
    }
    if (!Kinds.isKebab(id)) {
      throw new DomainRuleException("SessionKind", "id", "must be lower-case words separated by hyphens, at most "
          + Texts.MAX_IDENTIFIER_LENGTH + " characters", id);
    }
    return new SessionKind(id, Category.PLENARY);
  }

  /**
   * Gets the documented default kinds, in the order a programme usually meets them.
   *
   * @return the default kinds
   */
  public static List<SessionKind> defaults() {
    return DEFAULTS;
  }

  /**
   * Gets the identifier.
   *
   * @return the identifier, such as {@code "coffee-break"}
   */
  public String id() {
    return id;
  }

  /**
   * Gets an English label for printed programmes, made from the identifier.
   *
   * @return the label, such as {@code "Coffee break"}
   */
  public String label() {
    return Kinds.label(id);
  }

  /**
   * Checks whether this kind is a break or a social event (coffee break, lunch, dinner, group photo,
   * reception), not programme work. Kinds made with {@link #of(String)} are not breaks.
   *
   * @return true for a break
   */
  public boolean isBreak() {
    return category == Category.BREAK;
  }

  /**
   * Checks whether this kind is group work: {@link #GROUP_DISCUSSION}.
   *
   * @return true for group work
   */
  public boolean isGroupWork() {
    return category == Category.GROUP_WORK;
  }

  @Override
  public int compareTo(SessionKind other) {
    return id.compareTo(other.id);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SessionKind && ((SessionKind) obj).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /**
   * Gets the identifier.
   *
   * @return the identifier, as {@link #of(String)} reads it
   */
  @Override
  public String toString() {
    return id;
  }

  private Object readResolve() {
    return of(id);
  }
}
