package org.oerkit.core.agenda;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;
import org.oerkit.core.Bounds;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Report;
import org.oerkit.core.Texts;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.Person;

/**
 * A workshop and its programme: "Expanding Open Educational Resources for Lifelong Learning in Kazakhstan",
 * Park Inn by Radisson, Astana, 11-13 December 2017, organized by the UNESCO Almaty Cluster Office.
 *
 * <p>The workshop holds what a UNESCO concept note says about an event: title, venue, city, country, the
 * IANA time zone of the venue, dates, organizers, partners and funders, background, objectives, the
 * profiles of the participants it is for, working languages, rooms, and the programme as {@link Day}s of
 * {@link Session}s. Times in the programme are local times of {@link #zone()}, turned into instants by the
 * zone's rules ({@code java.time.zone.ZoneRules}, from the IANA tz database): Astana in December 2017 is
 * {@code Asia/Almaty}, UTC+06:00, and Kazakhstan moved to UTC+05:00 on 2024-03-01 (tz 2024a).
 *
 * <p>A workshop is a valid value as soon as it is built; whether its programme is sound (no overlaps, no
 * person in two places, parts that fit) is a question for {@link #validate()}, which returns a report and
 * never throws. The identifier {@link #id()} and the sessions' identifiers give stable iCalendar UIDs.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Workshop {

  Workshop() {}

  /**
   * Starts a builder.
   *
   * <p>Required: {@code id}, {@code title}, {@code zone}, {@code startDate},
   * {@code endDate}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the stable identifier, from which iCalendar UIDs derive.
   *
   * @return the identifier, such as {@code "unesco-oer-kz-2017"}
   */
  public abstract String id();

  /**
   * Gets the title, in one or more languages.
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * Gets the venue, if known.
   *
   * @return the venue, such as {@code "Park Inn by Radisson"}, or empty
   */
  public abstract Optional<String> venue();

  /**
   * Gets the city, if known.
   *
   * @return the city, such as {@code "Astana"}, or empty
   */
  public abstract Optional<String> city();

  /**
   * Gets the country, if known.
   *
   * @return the country, such as {@link Country#KAZAKHSTAN}, or empty
   */
  public abstract Optional<Country> country();

  /**
   * Gets the IANA time zone of the venue, in which every time of the programme is read.
   *
   * @return the zone, a region id of the IANA database such as {@code Asia/Almaty}, never a fixed offset
   *     such as {@code +05:00} or {@code UTC+5}, which names no region
   */
  public abstract ZoneId zone();

  /**
   * Gets the first date of the workshop.
   *
   * @return the start date
   */
  public abstract LocalDate startDate();

  /**
   * Gets the last date of the workshop.
   *
   * @return the end date, not before the start date
   */
  public abstract LocalDate endDate();

  /**
   * Gets the organizers, in the source's order.
   *
   * @return the organizers, possibly empty
   */
  public abstract List<Organization> organizers();

  /**
   * Gets the partners, in the source's order.
   *
   * @return the partners, possibly empty
   */
  public abstract List<Organization> partners();

  /**
   * Gets the funders, in the source's order.
   *
   * @return the funders, possibly empty
   */
  public abstract List<Organization> funders();

  /**
   * Gets the background, one paragraph an element.
   *
   * @return the paragraphs, possibly empty
   */
  public abstract List<String> background();

  /**
   * Gets the objectives, in the source's order.
   *
   * @return the objectives, possibly empty
   */
  public abstract List<String> objectives();

  /**
   * Gets the profiles of the participants the workshop is for, such as "MoE officials from the departments
   * that are in charge of digital content development".
   *
   * @return the profiles, possibly empty
   */
  public abstract List<String> participantProfiles();

  /**
   * Gets the working languages.
   *
   * @return the languages, possibly empty
   */
  public abstract List<LanguageTag> languages();

  /**
   * Gets the references the source cites, such as the URLs of its footnotes.
   *
   * @return the references, possibly empty
   */
  public abstract List<String> references();

  /**
   * Gets the rooms or tracks; a workshop that names none has the one room {@link Room#PLENARY}.
   *
   * @return the rooms, possibly empty
   */
  public abstract List<Room> rooms();

  /**
   * Gets the days of the programme, in order.
   *
   * @return the days, possibly empty
   */
  public abstract List<Day> days();

  /**
   * Gets the revision number of the programme, written as the iCalendar {@code SEQUENCE}.
   *
   * @return the revision, 0 by default
   */
  @Value.Default
  public int revision() {
    return 0;
  }

  /**
   * Gets when the programme was last revised, written as the iCalendar {@code DTSTAMP}.
   *
   * @return the instant, or empty; the iCalendar export then uses the start of the first date in UTC
   */
  public abstract Optional<Instant> revisedAt();

  /**
   * Gets the rooms sessions can be in: {@link #rooms()}, or the plenary room alone if there are none.
   *
   * @return the rooms, not empty
   */
  public List<Room> effectiveRooms() {
    return rooms().isEmpty() ? ImmutableList.of(Room.PLENARY) : rooms();
  }

  /**
   * Finds a room by identifier.
   *
   * @param id  the identifier, not null
   * @return the room, or empty
   */
  public Optional<Room> room(String id) {
    requireNonNull(id, "id");
    return effectiveRooms().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * Gets the identifier of the room a session is in: its own, or the first room.
   *
   * @param session  the session, not null
   * @return the room identifier
   */
  public String roomOf(Session session) {
    return session.room().orElse(effectiveRooms().get(0).id());
  }

  /**
   * Gets the programme of one date.
   *
   * @param date  the date, not null
   * @return the day, or empty if the programme has none on that date
   */
  public Optional<Day> day(LocalDate date) {
    requireNonNull(date, "date");
    return days().stream().filter(d -> d.date().equals(date)).findFirst();
  }

  /**
   * Gets the programme of one day by its number, counting from 1.
   *
   * @param number  the number of the day, 1 for the first
   * @return the day, or empty if there is no such day
   */
  public Optional<Day> day(int number) {
    return number >= 1 && number <= days().size() ? Optional.of(days().get(number - 1)) : Optional.empty();
  }

  /**
   * Gets every session of the programme, day by day in the source's order.
   *
   * @return the sessions, possibly empty
   */
  public List<Session> sessions() {
    return days().stream().flatMap(d -> d.sessions().stream()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Finds a session by identifier.
   *
   * @param id  the identifier, not null
   * @return the first session with that identifier, or empty
   * @see Timeline#session(String)
   */
  public Optional<Session> session(String id) {
    return timeline().session(id).map(Slot::session);
  }

  /**
   * Gets the stable name-based UUID of the workshop: a version 5 UUID (RFC 9562 section 5.5) of
   * {@code "urn:oerkit:workshop:" + id()} in the URL name space. It is the same in every export.
   *
   * @return the UUID
   */
  public UUID uid() {
    return NameBasedUuid.ofUrn("workshop", id());
  }

  /**
   * Gets the programme placed in time: every session, part and breakout group with its day, its zoned
   * start and end and its stable UUID, and the questions asked of the programme (who moderates, minutes by
   * kind). Computed once, on first use.
   *
   * @return the timeline
   */
  @Value.Lazy
  public Timeline timeline() {
    return Timeline.of(this);
  }

  /**
   * Writes the programme in Markdown, a table per day; see {@link PrintedProgramme#markdown(Workshop)}.
   *
   * @return the Markdown text
   */
  public String toMarkdown() {
    return PrintedProgramme.markdown(this);
  }

  /**
   * Writes the programme as plain text; see {@link PrintedProgramme#plainText(Workshop)}.
   *
   * @return the text
   */
  public String toPlainText() {
    return PrintedProgramme.plainText(this);
  }

  /**
   * Checks the programme with {@link AgendaCheck#standard()}: overlaps, people in two places at once, parts
   * that do not fit, times outside the dates or across midnight, local times that do not exist, gaps.
   *
   * @return the report of findings, never an exception
   */
  public Report validate() {
    return AgendaCheck.standard().check(this);
  }

  @Value.Check
  void check() {
    Ids.require("Workshop", "id", id());
    Bounds.requireDate("Workshop", "startDate", startDate());
    Bounds.requireDate("Workshop", "endDate", endDate());
    // A fixed offset (+05:00, UTC+5) names no region; the format writes only IANA region ids (FORMAT.md).
    if (zone().normalized() instanceof ZoneOffset && !ZoneId.getAvailableZoneIds().contains(zone().getId())) {
      throw new DomainRuleException("Workshop", "zone", "must be an IANA region id such as \"Asia/Almaty\", not an "
          + "offset", zone().getId());
    }
    venue().ifPresent(v -> Texts.requireTrimmed("Workshop", "venue", v));
    city().ifPresent(c -> Texts.requireTrimmed("Workshop", "city", c));
    if (endDate().isBefore(startDate())) {
      throw new DomainRuleException("Workshop", "endDate", "must not be before the start date " + startDate(),
          endDate());
    }
    background().forEach(p -> Texts.requireTrimmed("Workshop", "background", p));
    objectives().forEach(o -> Texts.requireTrimmed("Workshop", "objectives", o));
    participantProfiles().forEach(p -> Texts.requireTrimmed("Workshop", "participantProfiles", p));
  }

  /**
   * Builds a {@link Workshop}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableWorkshop.Builder {
    Builder() {}

    /**
     * Sets the title in one language.
     *
     * @param language  the language of the title, not null
     * @param title  the title, not blank
     * @return this builder
     */
    public Builder title(LanguageTag language, String title) {
      return title(LocalizedText.of(language, title));
    }

    /**
     * Sets the time zone from its IANA identifier.
     *
     * @param zoneId  the identifier, such as {@code "Asia/Almaty"}, not null
     * @return this builder
     * @throws DomainRuleException if no time zone has this identifier; the message names the closest one
     */
    public Builder zone(String zoneId) {
      requireNonNull(zoneId, "zoneId");
      try {
        return zone(ZoneId.of(zoneId));
      } catch (DateTimeException e) {
        // Zone ids are at most about 30 characters: comparing a bounded prefix keeps the search linear.
        String wanted = zoneId.substring(0, Math.min(zoneId.length(), 64)).toLowerCase(Locale.ROOT);
        String closest = ZoneId.getAvailableZoneIds().stream()
            .min(Comparator.comparingInt((String id) -> Texts.editDistance(id.toLowerCase(Locale.ROOT), wanted, 128))
                .thenComparing(Comparator.naturalOrder()))
            .orElse("Asia/Almaty");
        throw new DomainRuleException("Workshop", "zone",
            "must be an IANA time zone id such as \"" + closest + "\"", zoneId, e);
      }
    }
  }
}
