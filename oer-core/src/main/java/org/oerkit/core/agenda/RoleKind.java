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
 * The part someone plays in a session: moderator, presenter, facilitator, speaker, chair, rapporteur.
 *
 * <p>The set is open. {@link #defaults()} lists the roles that workshop programmes print ("Moderator:",
 * "Presenters:", "Facilitators:", "Speakers:"), after Indico's chairpersons, conveners and speakers, frab's
 * moderator and speaker, and schedule2's SPEAKER, MODERATOR and CONTRIBUTOR; {@link #of(String)} accepts any
 * other identifier in lower-case kebab form. Each role maps to an RFC 5545 section 3.2.16 participation role
 * ({@code ROLE=} parameter of {@code ATTENDEE}). Two role kinds are equal when their identifiers are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RoleKind implements Comparable<RoleKind>, Serializable {

  private static final long serialVersionUID = 1L;

  /** Leads a session and gives the floor ("Moderator: Lina Benete"). */
  public static final RoleKind MODERATOR = new RoleKind("moderator", "CHAIR");
  /** Chairs a session or a meeting. */
  public static final RoleKind CHAIR = new RoleKind("chair", "CHAIR");
  /** Master of ceremonies of an opening or a closing. */
  public static final RoleKind MASTER_OF_CEREMONIES = new RoleKind("master-of-ceremonies", "CHAIR");
  /** Presents a topic ("Presenter: Fengchun Miao"). */
  public static final RoleKind PRESENTER = new RoleKind("presenter", "REQ-PARTICIPANT");
  /** Speaks, for example in opening or closing remarks ("Speakers: Ministry of Education and Science"). */
  public static final RoleKind SPEAKER = new RoleKind("speaker", "REQ-PARTICIPANT");
  /** Gives a keynote address. */
  public static final RoleKind KEYNOTE_SPEAKER = new RoleKind("keynote-speaker", "REQ-PARTICIPANT");
  /** Sits on a panel. */
  public static final RoleKind PANELLIST = new RoleKind("panellist", "REQ-PARTICIPANT");
  /** Responds to a presentation. */
  public static final RoleKind DISCUSSANT = new RoleKind("discussant", "REQ-PARTICIPANT");
  /** Leads group work ("Facilitators: National OER Focal group as group leaders"). */
  public static final RoleKind FACILITATOR = new RoleKind("facilitator", "REQ-PARTICIPANT");
  /** Records and reports the results of a session or a group. */
  public static final RoleKind RAPPORTEUR = new RoleKind("rapporteur", "REQ-PARTICIPANT");
  /** Interprets between the working languages. */
  public static final RoleKind INTERPRETER = new RoleKind("interpreter", "NON-PARTICIPANT");
  /** Organizes the session without taking part in it. */
  public static final RoleKind ORGANIZER = new RoleKind("organizer", "NON-PARTICIPANT");
  /** Takes part without a leading role. */
  public static final RoleKind PARTICIPANT = new RoleKind("participant", "OPT-PARTICIPANT");

  private static final List<RoleKind> DEFAULTS = ImmutableList.of(MODERATOR, CHAIR, MASTER_OF_CEREMONIES,
      PRESENTER, SPEAKER, KEYNOTE_SPEAKER, PANELLIST, DISCUSSANT, FACILITATOR, RAPPORTEUR, INTERPRETER,
      ORGANIZER, PARTICIPANT);

  private static final Map<String, RoleKind> BY_ID =
      DEFAULTS.stream().collect(ImmutableMap.toImmutableMap(RoleKind::id, Function.identity()));

  private final String id;
  private final String iCalendarRole;

  private RoleKind(String id, String iCalendarRole) {
    this.id = id;
    this.iCalendarRole = iCalendarRole;
  }

  /**
   * Obtains a role kind from its identifier: one of the {@link #defaults()} or a new role.
   *
   * @param id  the identifier in lower-case kebab form, such as {@code "moderator"} or
   *     {@code "note-taker"}, not null
   * @return the role kind; a default one if the identifier is one of theirs
   * @throws DomainRuleException if the identifier is not lower-case words separated by hyphens
   */
  public static RoleKind of(String id) {
    requireNonNull(id, "id");
    RoleKind known = BY_ID.get(id);
    if (known != null) {
      return known;
    }
    if (!Kinds.isKebab(id)) {
      throw new DomainRuleException("RoleKind", "id", "must be lower-case words separated by hyphens, at most "
          + Texts.MAX_IDENTIFIER_LENGTH + " characters", id);
    }
    return new RoleKind(id, "REQ-PARTICIPANT");
  }

  /**
   * Gets the documented default role kinds.
   *
   * @return the default role kinds
   */
  public static List<RoleKind> defaults() {
    return DEFAULTS;
  }

  /**
   * Gets the identifier.
   *
   * @return the identifier, such as {@code "moderator"}
   */
  public String id() {
    return id;
  }

  /**
   * Gets an English label for printed programmes, made from the identifier.
   *
   * @return the label, such as {@code "Moderator"} or {@code "Master of ceremonies"}
   */
  public String label() {
    return Kinds.label(id);
  }

  /**
   * Gets the RFC 5545 section 3.2.16 participation role: {@code CHAIR} for those who lead,
   * {@code REQ-PARTICIPANT} for those who speak or facilitate (and for role kinds made with
   * {@link #of(String)}), {@code OPT-PARTICIPANT} for participants and {@code NON-PARTICIPANT} for
   * organizers and interpreters.
   *
   * @return the value of the {@code ROLE} parameter
   */
  public String iCalendarRole() {
    return iCalendarRole;
  }

  @Override
  public int compareTo(RoleKind other) {
    return id.compareTo(other.id);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RoleKind && ((RoleKind) obj).id.equals(id);
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
