package org.oerkit.core.agenda;

import java.util.Optional;
import org.immutables.value.Value;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.OrganizationKind;
import org.oerkit.core.vocabulary.Person;

/**
 * Who holds a {@link Role}: a person, an organization ("Ministry of Education and Science"), a group
 * ("National OER Focal group", an organization of kind {@link OrganizationKind#WORKING_GROUP}), or nobody yet
 * ("Moderator: TBD").
 *
 * <p>A role announced but not yet named is not a person: it has no name to print but the source's words
 * ({@code "TBD"}), it is never booked twice and it never becomes an iCalendar attendee. Exactly one of
 * {@link #person()}, {@link #organization()} and {@link #announcement()} is present. The distinction
 * follows schema.org, whose {@code performer} and {@code organizer} take a {@code Person} or an
 * {@code Organization}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RoleHolder {

  /** What kind of holder a {@link RoleHolder} is. */
  public enum Kind {
    /** A person. */
    PERSON,
    /** An organization, such as a ministry. */
    ORGANIZATION,
    /** A group: an organization of kind {@link OrganizationKind#WORKING_GROUP}. */
    GROUP,
    /** Announced but not yet named ("TBD"). */
    TO_BE_ANNOUNCED
  }

  RoleHolder() {}

  /**
   * Obtains a holder that is a person.
   *
   * @param person  the person, not null
   * @return the holder
   */
  public static RoleHolder of(Person person) {
    return builder().person(person).build();
  }

  /**
   * Obtains a holder that is an organization or a group.
   *
   * @param organization  the organization, not null
   * @return the holder
   */
  public static RoleHolder of(Organization organization) {
    return builder().organization(organization).build();
  }

  /**
   * Obtains a holder announced but not yet named, written "TBD".
   *
   * @return the holder
   */
  public static RoleHolder toBeAnnounced() {
    return toBeAnnounced("TBD");
  }

  /**
   * Obtains a holder announced but not yet named, in the source's words.
   *
   * @param announcement  the source's words, such as {@code "TBD"} or {@code "to be confirmed"}, not blank
   * @return the holder
   * @throws DomainRuleException if the words are blank
   */
  public static RoleHolder toBeAnnounced(String announcement) {
    return builder().announcement(announcement).build();
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
   * Gets the person holding the role, if a person does.
   *
   * @return the person, or empty
   */
  public abstract Optional<Person> person();

  /**
   * Gets the organization or group holding the role, if one does.
   *
   * @return the organization, or empty
   */
  public abstract Optional<Organization> organization();

  /**
   * Gets the source's words for a holder not yet named, such as {@code "TBD"}.
   *
   * @return the words, or empty if the holder is named
   */
  public abstract Optional<String> announcement();

  /**
   * Gets what kind of holder this is.
   *
   * @return the kind
   */
  public Kind kind() {
    if (person().isPresent()) {
      return Kind.PERSON;
    }
    if (organization().isPresent()) {
      return organization().get().kind() == OrganizationKind.WORKING_GROUP ? Kind.GROUP : Kind.ORGANIZATION;
    }
    return Kind.TO_BE_ANNOUNCED;
  }

  /**
   * Checks whether the holder is named, a person or an organization, rather than announced.
   *
   * @return true unless the holder is to be announced
   */
  public boolean isNamed() {
    return announcement().isEmpty();
  }

  /**
   * Gets the name to print: the person's full name, the organization's name, or the announcement.
   *
   * @return the name, such as {@code "Lina Benete"} or {@code "TBD"}
   */
  public String name() {
    return person().map(Person::fullName)
        .or(() -> organization().map(Organization::name))
        .orElseGet(() -> announcement().orElseThrow());
  }

  /**
   * Gets the identity of the holder, the one answer to "is this the same holder?" in the queries and checks
   * of a programme ({@link Timeline#appearancesOf(Person)}, {@link Timeline#whoHolds(RoleKind)}, the
   * double-booking check of {@link AgendaCheck}). A programme writes the same person several times, once with
   * a position and once without, so {@link #equals(Object)}, which compares everything, is too strict: two
   * people are the same when their names, as written ({@link Person#name()}), are; two organizations when
   * their names are; an announcement ("TBD") is nobody and is the same only as the same words.
   *
   * @return the identity, such as {@code "person:Lina Benete"}, {@code "organization:UNESCO"} or
   *     {@code "announcement:TBD"}
   */
  public String identity() {
    return person().map(p -> "person:" + p.name())
        .or(() -> organization().map(o -> "organization:" + o.name()))
        .orElseGet(() -> "announcement:" + announcement().orElseThrow());
  }

  /**
   * Gets the name with the position and affiliations, as a printed programme writes a person:
   * "Lina Benete, Education Programme Specialist, UNESCO Almaty Cluster Office".
   *
   * @return the name and description
   */
  public String description() {
    if (person().isEmpty()) {
      return name();
    }
    StringBuilder text = new StringBuilder(name());
    person().get().position().ifPresent(p -> text.append(", ").append(p));
    person().get().affiliations().forEach(o -> text.append(", ").append(o.name()));
    return text.toString();
  }

  @Value.Check
  void check() {
    int present = (person().isPresent() ? 1 : 0) + (organization().isPresent() ? 1 : 0)
        + (announcement().isPresent() ? 1 : 0);
    if (present != 1) {
      throw new DomainRuleException("RoleHolder", "person", "must be exactly one of a person, an organization"
          + " or an announcement", present + " given");
    }
    announcement().ifPresent(a -> Texts.requireTrimmed("RoleHolder", "announcement", a));
  }

  /**
   * Builds a {@link RoleHolder}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableRoleHolder.Builder {
    Builder() {}
  }
}
