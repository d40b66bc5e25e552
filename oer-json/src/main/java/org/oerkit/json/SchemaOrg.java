package org.oerkit.json;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.oerkit.core.agenda.NameBasedUuid;
import org.oerkit.core.agenda.BreakoutGroup;
import org.oerkit.core.agenda.Part;
import org.oerkit.core.agenda.Role;
import org.oerkit.core.agenda.RoleKind;
import org.oerkit.core.agenda.Room;
import org.oerkit.core.agenda.Session;
import org.oerkit.core.agenda.SessionKind;
import org.oerkit.core.agenda.Slot;
import org.oerkit.core.agenda.Timeline;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.license.License;
import org.oerkit.core.license.LicensedWork;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.Person;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports workshops and licensed works as schema.org JSON-LD, the form search engines and many
 * repositories read (schema.org release 30.0: {@code Event}, {@code EducationEvent}, {@code CreativeWork}).
 *
 * <ul>
 *   <li>A workshop is an {@code EducationEvent} with {@code startDate} and {@code endDate} (the start of its
 *       first timed session and the end of its last, as date-times with the workshop zone's offset, when they
 *       fall on its first and last days; else those days as dates), {@code location} (a {@code Place} with a {@code PostalAddress}),
 *       {@code organizer}, {@code contributor} (partners), {@code funder}, {@code inLanguage} and
 *       {@code teaches} (its objectives). Each session with a known start is a {@code subEvent}: an
 *       {@code EducationEvent}, a {@code FoodEvent} for meals and coffee breaks, or a {@code SocialEvent} for
 *       receptions, with offset date-times in the workshop's zone, an ISO 8601 {@code duration}, its subtitle
 *       as {@code disambiguatingDescription}, the room as {@code location}, and its people through the
 *       {@code Role} pattern ({@code performer}, {@code organizer} or {@code contributor} wrapped in a role
 *       with its {@code roleName}). A session's parts (to any depth) and breakout groups are its own
 *       {@code subEvent}s, placed by the workshop's {@link Timeline}, each with its own people.</li>
 *   <li>Every property is one that schema.org (release 30.0) defines on the node's type or a supertype
 *       ({@code Thing}, {@code Event}, {@code Place}, {@code Role}).</li>
 *   <li>A licensed work is a {@code CreativeWork} with its {@code license} as the licence's URI, its
 *       authors as {@code creditText}, its {@code inLanguage} and {@code url}, and the works it was adapted
 *       from as {@code isBasedOn}.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SchemaOrg {

  /** The JSON-LD context of schema.org. */
  public static final String CONTEXT = "https://schema.org";

  private static final DateTimeFormatter OFFSET_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> FOOD = Set.of(SessionKind.COFFEE_BREAK.id(), SessionKind.LUNCH.id(),
      SessionKind.DINNER.id());
  private static final Set<String> ORGANIZING = Set.of(RoleKind.ORGANIZER.id());
  private static final Set<String> PERFORMING = Set.of(RoleKind.MODERATOR.id(), RoleKind.CHAIR.id(),
      RoleKind.MASTER_OF_CEREMONIES.id(), RoleKind.PRESENTER.id(), RoleKind.SPEAKER.id(),
      RoleKind.KEYNOTE_SPEAKER.id(), RoleKind.PANELLIST.id(), RoleKind.DISCUSSANT.id(), RoleKind.FACILITATOR.id());

  private SchemaOrg() {}

  /**
   * Exports a workshop as a JSON-LD document.
   *
   * @param workshop  the workshop, not null
   * @return the document, indented
   */
  public static byte[] write(Workshop workshop) {
    return OerJson.write(of(workshop));
  }

  /**
   * Exports a licensed work as a JSON-LD document.
   *
   * @param work  the work, not null
   * @return the document, indented
   */
  public static byte[] write(LicensedWork work) {
    return OerJson.write(of(work));
  }

  /**
   * Exports a workshop as a JSON-LD tree.
   *
   * @param workshop  the workshop, not null
   * @return the tree, a new mutable object
   */
  public static ObjectNode of(Workshop workshop) {
    requireNonNull(workshop, "workshop");
    UUID namespace = workshop.uid();
    ObjectNode event = NODES.objectNode();
    event.put("@context", CONTEXT);
    event.put("@type", "EducationEvent");
    event.put("@id", "urn:uuid:" + namespace);
    event.put("identifier", workshop.id());
    event.put("name", workshop.title().original());
    if (workshop.title().languages().size() > 1) {
      ArrayNode alternates = event.putArray("alternateName");
      workshop.title().asMap().values().stream().skip(1).forEach(alternates::add);
    }
    Timeline timeline = workshop.timeline();
    List<Slot> timed = timeline.sessions().stream().filter(s -> s.start().isPresent()).toList();
    // The first session's start and the last session's end when they fall on the workshop's first and last
    // days; otherwise the days themselves, so that the event never looks shorter than the workshop.
    event.put("startDate", timed.stream().map(s -> s.start().get()).min(Comparator.naturalOrder())
        .filter(t -> t.toLocalDate().equals(workshop.startDate()))
        .map(OFFSET_DATE_TIME::format).orElse(workshop.startDate().toString()));
    event.put("endDate", timed.stream().flatMap(s -> s.end().stream()).max(Comparator.naturalOrder())
        .filter(t -> t.toLocalDate().equals(workshop.endDate()))
        .map(OFFSET_DATE_TIME::format).orElse(workshop.endDate().toString()));
    if (workshop.venue().isPresent() || workshop.city().isPresent() || workshop.country().isPresent()) {
      ObjectNode place = event.putObject("location");
      place.put("@type", "Place");
      workshop.venue().ifPresent(v -> place.put("name", v));
      ObjectNode address = place.putObject("address");
      address.put("@type", "PostalAddress");
      workshop.city().ifPresent(c -> address.put("addressLocality", c));
      workshop.country().ifPresent(c -> address.put("addressCountry", c.code()));
    }
    organizations(event, "organizer", workshop.organizers());
    organizations(event, "contributor", workshop.partners());
    organizations(event, "funder", workshop.funders());
    if (!workshop.languages().isEmpty()) {
      ArrayNode languages = event.putArray("inLanguage");
      workshop.languages().forEach(l -> languages.add(l.toString()));
    }
    if (!workshop.objectives().isEmpty()) {
      ArrayNode teaches = event.putArray("teaches");
      workshop.objectives().forEach(teaches::add);
    }
    if (!workshop.background().isEmpty()) {
      event.put("description", String.join("\n\n", workshop.background()));
    }
    ArrayNode sub = NODES.arrayNode();
    for (Slot slot : timed) {
      sub.add(session(workshop, timeline, slot));
    }
    if (!sub.isEmpty()) {
      event.set("subEvent", sub);
    }
    return event;
  }

  /** A session, a part or a breakout group as an event, with its parts and groups as its sub-events. */
  private static ObjectNode session(Workshop workshop, Timeline timeline, Slot slot) {
    Session session = slot.session();
    ObjectNode event = NODES.objectNode();
    // A part without a kind of its own is a contribution to its session, not another meal or reception.
    String kind = slot.part().isPresent() ? slot.part().get().kind().map(SessionKind::id).orElse("")
        : session.kind().id();
    event.put("@type", slot.group().isPresent() ? "EducationEvent" : FOOD.contains(kind) ? "FoodEvent"
        : kind.equals(SessionKind.RECEPTION.id()) ? "SocialEvent" : "EducationEvent");
    event.put("@id", "urn:uuid:" + slot.uid());
    List<Role> roles;
    Optional<Room> room;
    if (slot.part().isPresent()) {
      Part part = slot.part().get();
      event.put("name", part.title());
      part.description().ifPresent(d -> event.put("description", d));
      roles = part.roles();
      room = Optional.empty();
    } else if (slot.group().isPresent()) {
      BreakoutGroup group = slot.group().get();
      event.put("name", group.name());
      group.topic().ifPresent(t -> event.put("description", t));
      roles = group.roles();
      room = group.room().flatMap(workshop::room);
    } else {
      event.put("name", session.fullTitle());
      session.subtitle().ifPresent(s -> event.put("disambiguatingDescription", s));
      session.description().ifPresent(d -> event.put("description", d));
      roles = session.roles();
      room = Optional.of(workshop.room(workshop.roomOf(session)).orElse(workshop.effectiveRooms().get(0)));
    }
    slot.start().ifPresent(start -> event.put("startDate", OFFSET_DATE_TIME.format(start)));
    slot.end().ifPresent(end -> event.put("endDate", OFFSET_DATE_TIME.format(end)));
    slot.length().ifPresent(length -> event.put("duration", length.toString()));
    room.ifPresent(r -> {
      ObjectNode place = event.putObject("location");
      place.put("@type", "Room");
      place.put("name", r.name());
      r.capacity().ifPresent(c -> place.put("maximumAttendeeCapacity", c));
    });
    roles(event, roles);
    ArrayNode sub = NODES.arrayNode();
    for (Slot child : timeline.partsOf(slot)) {
      sub.add(session(workshop, timeline, child));
    }
    if (slot.kind() == Slot.Kind.SESSION) {
      for (Slot child : timeline.groupsOf(slot)) {
        sub.add(session(workshop, timeline, child));
      }
    }
    if (!sub.isEmpty()) {
      event.set("subEvent", sub);
    }
    return event;
  }

  /** The people of an event through the {@code Role} pattern: the property holds a role that holds the person. */
  private static void roles(ObjectNode event, List<Role> roles) {
    for (Role role : roles) {
      if (!role.holder().isNamed()) {
        continue;
      }
      String property = ORGANIZING.contains(role.kind().id()) ? "organizer"
          : PERFORMING.contains(role.kind().id()) ? "performer" : "contributor";
      ArrayNode holders = event.has(property) ? (ArrayNode) event.get(property) : event.putArray(property);
      ObjectNode wrapper = holders.addObject();
      wrapper.put("@type", property.equals("performer") ? "PerformanceRole" : "Role");
      wrapper.put("roleName", role.kind().id());
      role.note().ifPresent(n -> wrapper.put("description", n));
      role.holder().person().ifPresent(p -> wrapper.set(property, person(p)));
      role.holder().organization().ifPresent(o -> wrapper.set(property, organization(o)));
    }
  }

  private static void organizations(ObjectNode node, String property, List<Organization> organizations) {
    if (!organizations.isEmpty()) {
      ArrayNode array = node.putArray(property);
      organizations.forEach(o -> array.add(organization(o)));
    }
  }

  static ObjectNode person(Person person) {
    ObjectNode node = NODES.objectNode();
    node.put("@type", "Person");
    node.put("name", person.name());
    person.familyName().ifPresent(f -> node.put("familyName", f));
    person.honorific().ifPresent(h -> node.put("honorificPrefix", h));
    person.position().ifPresent(p -> node.put("jobTitle", p));
    if (!person.affiliations().isEmpty()) {
      ArrayNode affiliations = node.putArray("affiliation");
      person.affiliations().forEach(o -> affiliations.add(organization(o)));
    }
    return node;
  }

  static ObjectNode organization(Organization organization) {
    ObjectNode node = NODES.objectNode();
    node.put("@type", organizationType(organization));
    node.put("name", organization.name());
    organization.acronym().ifPresent(a -> node.put("alternateName", a));
    organization.country().ifPresent(c -> {
      ObjectNode address = node.putObject("address");
      address.put("@type", "PostalAddress");
      address.put("addressCountry", c.code());
    });
    organization.parent().ifPresent(p -> node.set("parentOrganization", organization(p)));
    return node;
  }

  /** The schema.org subtype of {@code Organization} for each kind, as {@code OrganizationKind} documents. */
  private static String organizationType(Organization organization) {
    switch (organization.kind()) {
      case MINISTRY:
      case GOVERNMENT_AGENCY:
        return "GovernmentOrganization";
      case UNIVERSITY:
        return "CollegeOrUniversity";
      case SCHOOL:
        return "EducationalOrganization";
      case LIBRARY:
        return "Library";
      case RESEARCH_INSTITUTE:
        return "ResearchOrganization";
      case NGO:
        return "NGO";
      case COMPANY:
        return "Corporation";
      default:
        return "Organization";
    }
  }

  /**
   * Exports a licensed work as a JSON-LD tree.
   *
   * @param work  the work, not null
   * @return the tree, a new mutable object
   */
  public static ObjectNode of(LicensedWork work) {
    requireNonNull(work, "work");
    ObjectNode node = creativeWork(work);
    ObjectNode root = NODES.objectNode();
    root.put("@context", CONTEXT);
    root.setAll(node);
    return root;
  }

  private static ObjectNode creativeWork(LicensedWork work) {
    ObjectNode node = NODES.objectNode();
    node.put("@type", "CreativeWork");
    work.title().ifPresent(t -> node.put("name", t));
    if (!work.authors().isEmpty()) {
      node.put("creditText", String.join(", ", work.authors()));
    }
    work.source().ifPresent(s -> node.put("url", s.toString()));
    licenseUri(work.license()).ifPresent(u -> node.put("license", u.toString()));
    work.language().map(LanguageTag::toString).ifPresent(l -> node.put("inLanguage", l));
    if (!work.adaptedFrom().isEmpty()) {
      ArrayNode basedOn = node.putArray("isBasedOn");
      work.adaptedFrom().forEach(w -> basedOn.add(creativeWork(w)));
    }
    work.changes().ifPresent(c -> node.put("description", c));
    return node;
  }

  /** The licence's URI: its canonical URI, else its legal code; none for "all rights reserved" or "unspecified". */
  static Optional<URI> licenseUri(License license) {
    return license.uri().or(license::legalCode);
  }
}
