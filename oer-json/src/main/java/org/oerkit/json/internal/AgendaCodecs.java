package org.oerkit.json.internal;

import java.util.Optional;
import org.oerkit.core.agenda.Appearance;
import org.oerkit.core.agenda.BreakoutGroup;
import org.oerkit.core.agenda.Day;
import org.oerkit.core.agenda.Part;
import org.oerkit.core.agenda.Role;
import org.oerkit.core.agenda.RoleHolder;
import org.oerkit.core.agenda.RoleKind;
import org.oerkit.core.agenda.Room;
import org.oerkit.core.agenda.Session;
import org.oerkit.core.agenda.SessionKind;
import org.oerkit.core.agenda.SessionTime;
import org.oerkit.core.agenda.Workshop;

/**
 * The codecs of {@code org.oerkit.core.agenda}: a workshop document with its days, sessions, parts,
 * roles, breakout groups and rooms.
 *
 * <p>Times are ISO 8601 local times ({@code "09:30"}) in the workshop's IANA {@code zone}; lengths are
 * ISO 8601 durations ({@code "PT45M"}); kinds of sessions and roles are their kebab-case ids
 * ({@code "coffee-break"}, {@code "moderator"}). A role is flat: its kind, then exactly one of
 * {@code person}, {@code organization} or {@code announcement}, then an optional note.
 */
public final class AgendaCodecs {

  /** The format of a workshop document. */
  public static final String WORKSHOP_FORMAT = "oerkit/workshop/1";

  /** The identifiers of workshops, sessions, groups and rooms, as the agenda package requires them. */
  static final Codec<String> IDENTIFIER = Codecs.matching(Codecs.IDENTIFIER,
      "an identifier of letters and digits separated by single dots, hyphens or underscores, such as \"d1-opening\"");

  private static final String KEBAB = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

  /** A kind of session, written as its id such as {@code "coffee-break"}. */
  public static final Codec<SessionKind> SESSION_KIND = Codecs.text(SessionKind.class,
      "a kind of session in lower-case words joined by hyphens, such as \"coffee-break\"", SessionKind::of,
      SessionKind::id, Codecs.pattern(KEBAB));

  /** A kind of role, written as its id such as {@code "moderator"}. */
  public static final Codec<RoleKind> ROLE_KIND = Codecs.text(RoleKind.class,
      "a kind of role in lower-case words joined by hyphens, such as \"moderator\"", RoleKind::of, RoleKind::id,
      Codecs.pattern(KEBAB));

  /** When a session or part happens: start, end and duration, each optional, with inference marks. */
  public static final ObjectCodec<SessionTime, SessionTime.Builder> SESSION_TIME =
      ObjectCodec.of(SessionTime.class, SessionTime::builder, SessionTime.Builder::build)
          .optional("start", Codecs.TIME, SessionTime::start, SessionTime.Builder::start)
          .optional("end", Codecs.TIME, SessionTime::end, SessionTime.Builder::end)
          .optional("duration", Codecs.DURATION, SessionTime::duration, SessionTime.Builder::duration)
          .defaulted("startInferred", Codecs.BOOLEAN, SessionTime::isStartInferred,
              SessionTime.Builder::startInferred, false)
          .defaulted("endInferred", Codecs.BOOLEAN, SessionTime::isEndInferred, SessionTime.Builder::endInferred,
              false)
          .build();

  /** A role: its kind, who holds it, and a note. */
  public static final ObjectCodec<Role, RoleParts> ROLE =
      ObjectCodec.of(Role.class, RoleParts::new, RoleParts::build)
          .required("kind", ROLE_KIND, Role::kind, (b, v) -> b.kind = v)
          .optional("person", VocabularyCodecs.PERSON, r -> r.holder().person(), (b, v) -> b.holder.person(v))
          .optional("organization", VocabularyCodecs.ORGANIZATION, r -> r.holder().organization(),
              (b, v) -> b.holder.organization(v))
          .optional("announcement", Codecs.TRIMMED_STRING, r -> r.holder().announcement(),
              (b, v) -> b.holder.announcement(v))
          .optional("note", Codecs.TRIMMED_STRING, Role::note, (b, v) -> b.note = Optional.of(v))
          .exactlyOneOf("person", "organization", "announcement")
          .build();

  /** Who holds a role: exactly one of a person, an organization or an announcement such as "TBD". */
  public static final ObjectCodec<RoleHolder, RoleHolder.Builder> ROLE_HOLDER =
      ObjectCodec.of(RoleHolder.class, RoleHolder::builder, RoleHolder.Builder::build)
          .optional("person", VocabularyCodecs.PERSON, RoleHolder::person, RoleHolder.Builder::person)
          .optional("organization", VocabularyCodecs.ORGANIZATION, RoleHolder::organization,
              RoleHolder.Builder::organization)
          .optional("announcement", Codecs.TRIMMED_STRING, RoleHolder::announcement, RoleHolder.Builder::announcement)
          .exactlyOneOf("person", "organization", "announcement")
          .build();

  /** A room. */
  public static final ObjectCodec<Room, Room.Builder> ROOM =
      ObjectCodec.of(Room.class, Room::builder, Room.Builder::build)
          .required("id", IDENTIFIER, Room::id, Room.Builder::id)
          .required("name", Codecs.TRIMMED_STRING, Room::name, Room.Builder::name)
          .optional("capacity", Codecs.POSITIVE_INT, Room::capacity, Room.Builder::capacity)
          .build();

  /** A part of a session, such as one presentation of a panel. */
  public static final ObjectCodec<Part, Part.Builder> PART =
      ObjectCodec.of(Part.class, Part::builder, Part.Builder::build)
          .required("title", Codecs.TRIMMED_STRING, Part::title, Part.Builder::title)
          .optional("kind", SESSION_KIND, Part::kind, Part.Builder::kind)
          .defaulted("time", SESSION_TIME, Part::time, Part.Builder::time, SessionTime.unknown())
          .list("roles", ROLE, Part::roles, Part.Builder::addAllRoles)
          .optional("description", Codecs.TRIMMED_STRING, Part::description, Part.Builder::description)
          .list("questions", Codecs.TRIMMED_STRING, Part::questions, Part.Builder::addAllQuestions)
          .list("expectedOutputs", Codecs.TRIMMED_STRING, Part::expectedOutputs, Part.Builder::addAllExpectedOutputs)
          .list("parts", new LazyCodec<>(Part.class, () -> AgendaCodecs.PART), Part::parts, Part.Builder::addAllParts)
          .build();

  /** A breakout group working in parallel with others. */
  public static final ObjectCodec<BreakoutGroup, BreakoutGroup.Builder> BREAKOUT_GROUP =
      ObjectCodec.of(BreakoutGroup.class, BreakoutGroup::builder, BreakoutGroup.Builder::build)
          .required("id", IDENTIFIER, BreakoutGroup::id, BreakoutGroup.Builder::id)
          .required("name", Codecs.TRIMMED_STRING, BreakoutGroup::name, BreakoutGroup.Builder::name)
          .optional("topic", Codecs.TRIMMED_STRING, BreakoutGroup::topic, BreakoutGroup.Builder::topic)
          .optional("room", IDENTIFIER, BreakoutGroup::room, BreakoutGroup.Builder::room)
          .list("roles", ROLE, BreakoutGroup::roles, BreakoutGroup.Builder::addAllRoles)
          .list("questions", Codecs.TRIMMED_STRING, BreakoutGroup::questions, BreakoutGroup.Builder::addAllQuestions)
          .list("expectedOutputs", Codecs.TRIMMED_STRING, BreakoutGroup::expectedOutputs,
              BreakoutGroup.Builder::addAllExpectedOutputs)
          .build();

  /** A session of a day's programme. */
  public static final ObjectCodec<Session, Session.Builder> SESSION =
      ObjectCodec.of(Session.class, Session::builder, Session.Builder::build)
          .required("id", IDENTIFIER, Session::id, Session.Builder::id)
          .optional("label", Codecs.TRIMMED_STRING, Session::label, Session.Builder::label)
          .required("title", Codecs.TRIMMED_STRING, Session::title, Session.Builder::title)
          .optional("subtitle", Codecs.TRIMMED_STRING, Session::subtitle, Session.Builder::subtitle)
          .defaulted("kind", SESSION_KIND, Session::kind, Session.Builder::kind)
          .defaulted("time", SESSION_TIME, Session::time, Session.Builder::time, SessionTime.unknown())
          .optional("room", IDENTIFIER, Session::room, Session.Builder::room)
          .optional("description", Codecs.TRIMMED_STRING, Session::description, Session.Builder::description)
          .list("roles", ROLE, Session::roles, Session.Builder::addAllRoles)
          .list("parts", PART, Session::parts, Session.Builder::addAllParts)
          .list("questions", Codecs.TRIMMED_STRING, Session::questions, Session.Builder::addAllQuestions)
          .list("expectedOutputs", Codecs.TRIMMED_STRING, Session::expectedOutputs,
              Session.Builder::addAllExpectedOutputs)
          .list("groups", BREAKOUT_GROUP, Session::groups, Session.Builder::addAllGroups)
          .list("interruptedBy", IDENTIFIER, Session::interruptedBy, Session.Builder::addAllInterruptedBy)
          .build();

  /** A day of the programme. */
  public static final ObjectCodec<Day, Day.Builder> DAY =
      ObjectCodec.of(Day.class, Day::builder, Day.Builder::build)
          .required("date", Codecs.DATE, Day::date, Day.Builder::date)
          .optional("label", Codecs.TRIMMED_STRING, Day::label, Day.Builder::label)
          .optional("closesAt", Codecs.TIME, Day::closesAt, Day.Builder::closesAt)
          .list("sessions", SESSION, Day::sessions, Day.Builder::addAllSessions)
          .build();

  /** Where a person appears in a programme: the day, the session, and the part or group, with the role. */
  public static final ObjectCodec<Appearance, Appearance.Builder> APPEARANCE =
      ObjectCodec.of(Appearance.class, Appearance::builder, Appearance.Builder::build)
          .required("date", Codecs.DATE, Appearance::date, Appearance.Builder::date)
          .required("session", SESSION, Appearance::session, Appearance.Builder::session)
          .optional("part", PART, Appearance::part, Appearance.Builder::part)
          .optional("group", BREAKOUT_GROUP, Appearance::group, Appearance.Builder::group)
          .required("role", ROLE, Appearance::role, Appearance.Builder::role)
          .build();

  /** A workshop: the root of a workshop document. */
  public static final ObjectCodec<Workshop, Workshop.Builder> WORKSHOP =
      ObjectCodec.of(Workshop.class, Workshop::builder, Workshop.Builder::build)
          .format(WORKSHOP_FORMAT)
          .required("id", IDENTIFIER, Workshop::id, Workshop.Builder::id)
          .required("title", VocabularyCodecs.LOCALIZED_TEXT, Workshop::title, Workshop.Builder::title)
          .optional("venue", Codecs.TRIMMED_STRING, Workshop::venue, Workshop.Builder::venue)
          .optional("city", Codecs.TRIMMED_STRING, Workshop::city, Workshop.Builder::city)
          .optional("country", VocabularyCodecs.COUNTRY, Workshop::country, Workshop.Builder::country)
          .required("zone", Codecs.ZONE, Workshop::zone, Workshop.Builder::zone)
          .required("startDate", Codecs.DATE, Workshop::startDate, Workshop.Builder::startDate)
          .required("endDate", Codecs.DATE, Workshop::endDate, Workshop.Builder::endDate)
          .list("organizers", VocabularyCodecs.ORGANIZATION, Workshop::organizers, Workshop.Builder::addAllOrganizers)
          .list("partners", VocabularyCodecs.ORGANIZATION, Workshop::partners, Workshop.Builder::addAllPartners)
          .list("funders", VocabularyCodecs.ORGANIZATION, Workshop::funders, Workshop.Builder::addAllFunders)
          .list("background", Codecs.TRIMMED_STRING, Workshop::background, Workshop.Builder::addAllBackground)
          .list("objectives", Codecs.TRIMMED_STRING, Workshop::objectives, Workshop.Builder::addAllObjectives)
          .list("participantProfiles", Codecs.TRIMMED_STRING, Workshop::participantProfiles,
              Workshop.Builder::addAllParticipantProfiles)
          .list("languages", VocabularyCodecs.LANGUAGE_TAG, Workshop::languages, Workshop.Builder::addAllLanguages)
          .list("references", Codecs.STRING, Workshop::references, Workshop.Builder::addAllReferences)
          .list("rooms", ROOM, Workshop::rooms, Workshop.Builder::addAllRooms)
          .list("days", DAY, Workshop::days, Workshop.Builder::addAllDays)
          .defaulted("revision", Codecs.INT, Workshop::revision, Workshop.Builder::revision, 0)
          .optional("revisedAt", Codecs.INSTANT, Workshop::revisedAt, Workshop.Builder::revisedAt)
          .build();

  private AgendaCodecs() {}

  /** The parts of a role, gathered before {@link Role} and {@link RoleHolder} check them. */
  static final class RoleParts {
    RoleKind kind;
    final RoleHolder.Builder holder = RoleHolder.builder();
    Optional<String> note = Optional.empty();

    Role build() {
      return Role.builder().kind(kind).holder(holder.build()).note(note).build();
    }
  }
}
