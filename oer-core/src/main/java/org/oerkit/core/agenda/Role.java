package org.oerkit.core.agenda;

import java.util.Optional;
import org.immutables.value.Value;
import org.oerkit.core.Texts;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.Person;

/**
 * A role in a session, a part or a breakout group, and who holds it: "Moderator: Lina Benete",
 * "Presenter: Ministry of Education and Science", "Moderator: TBD".
 *
 * <p>The note keeps what the source adds to the role, such as "as group leaders" in "Facilitators:
 * National OER Focal group as group leaders". Roles follow Indico's person links (chairpersons, conveners,
 * speakers) and RFC 5545 section 3.2.16 participation roles.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Role {

  Role() {}

  /**
   * Obtains a role held by a holder.
   *
   * @param kind  the role, not null
   * @param holder  who holds it, not null
   * @return the role
   */
  public static Role of(RoleKind kind, RoleHolder holder) {
    return builder().kind(kind).holder(holder).build();
  }

  /**
   * Obtains a role held by a person.
   *
   * @param kind  the role, not null
   * @param person  the person, not null
   * @return the role
   */
  public static Role of(RoleKind kind, Person person) {
    return of(kind, RoleHolder.of(person));
  }

  /**
   * Obtains a role held by an organization or a group.
   *
   * @param kind  the role, not null
   * @param organization  the organization or group, not null
   * @return the role
   */
  public static Role of(RoleKind kind, Organization organization) {
    return of(kind, RoleHolder.of(organization));
  }

  /**
   * Obtains a role announced but not yet named ("Moderator: TBD").
   *
   * @param kind  the role, not null
   * @return the role
   */
  public static Role toBeAnnounced(RoleKind kind) {
    return of(kind, RoleHolder.toBeAnnounced());
  }

  /**
   * Obtains a moderator who is a person.
   *
   * @param person  the person, not null
   * @return the role
   */
  public static Role moderator(Person person) {
    return of(RoleKind.MODERATOR, person);
  }

  /**
   * Obtains a moderator that is an organization or a group.
   *
   * @param organization  the organization, not null
   * @return the role
   */
  public static Role moderator(Organization organization) {
    return of(RoleKind.MODERATOR, organization);
  }

  /**
   * Obtains a presenter who is a person.
   *
   * @param person  the person, not null
   * @return the role
   */
  public static Role presenter(Person person) {
    return of(RoleKind.PRESENTER, person);
  }

  /**
   * Obtains a presenter that is an organization or a group.
   *
   * @param organization  the organization, not null
   * @return the role
   */
  public static Role presenter(Organization organization) {
    return of(RoleKind.PRESENTER, organization);
  }

  /**
   * Obtains a facilitator who is a person.
   *
   * @param person  the person, not null
   * @return the role
   */
  public static Role facilitator(Person person) {
    return of(RoleKind.FACILITATOR, person);
  }

  /**
   * Obtains a facilitator that is an organization or a group.
   *
   * @param organization  the organization, not null
   * @return the role
   */
  public static Role facilitator(Organization organization) {
    return of(RoleKind.FACILITATOR, organization);
  }

  /**
   * Obtains a speaker who is a person.
   *
   * @param person  the person, not null
   * @return the role
   */
  public static Role speaker(Person person) {
    return of(RoleKind.SPEAKER, person);
  }

  /**
   * Obtains a speaker that is an organization.
   *
   * @param organization  the organization, not null
   * @return the role
   */
  public static Role speaker(Organization organization) {
    return of(RoleKind.SPEAKER, organization);
  }

  /**
   * Starts a builder.
   *
   * <p>Required: {@code kind},
   * {@code holder}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the role.
   *
   * @return the role kind, such as {@link RoleKind#MODERATOR}
   */
  public abstract RoleKind kind();

  /**
   * Gets who holds the role.
   *
   * @return the holder
   */
  public abstract RoleHolder holder();

  /**
   * Gets what the source adds to the role, if anything.
   *
   * @return the note, such as {@code "as group leaders"}, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns a copy with a note.
   *
   * @param note  the source's words, such as {@code "as group leaders"}, not blank
   * @return the role with the note
   */
  public Role withNote(String note) {
    return builder().from(this).note(note).build();
  }

  /**
   * Formats the role as a printed programme does: {@code "Moderator: Lina Benete, Education Programme
   * Specialist, UNESCO Almaty Cluster Office"}.
   *
   * @return the role as one line
   */
  public String line() {
    return kind().label() + ": " + holder().description() + note().map(n -> " " + n).orElse("");
  }

  @Value.Check
  void check() {
    note().ifPresent(n -> Texts.requireTrimmed("Role", "note", n));
  }

  /**
   * Builds a {@link Role}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableRole.Builder {
    Builder() {}
  }
}
