package org.oerkit.core.policy;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;
import org.oerkit.core.vocabulary.Organization;

/**
 * The national coordinating structure of a policy (template section 9): a lead body, its members, and the
 * division of responsibilities among them.
 *
 * <p>Source: Astana 2017 concept note, Session 13, "National coordinating structure for the development and
 * monitoring of OER policies and division of responsibilities of national OER Focus Group"; the concept
 * note's section 3 speaks of a national committee for OER policy whose members are designated by the
 * minister(s).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CoordinatingStructure {

  CoordinatingStructure() {}

  /**
   * Starts a builder.
   *
   * <p>Required: {@code lead}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the name of the structure.
   *
   * @return the name, such as {@code "National OER Committee"}, or empty
   */
  public abstract Optional<String> name();

  /**
   * Gets the lead body.
   *
   * @return the lead, such as a Ministry of Education and Science
   */
  public abstract Organization lead();

  /**
   * Gets the other members, not including the lead.
   *
   * @return the members, possibly empty
   */
  public abstract List<Organization> members();

  /**
   * Gets the division of responsibilities, each to the lead or a member.
   *
   * @return the responsibilities, possibly empty
   */
  public abstract List<Responsibility> responsibilities();

  /**
   * Checks whether an organization belongs to the structure, as lead or member.
   *
   * @param organization  the organization, not null
   * @return true if it is the lead or a member
   */
  public boolean includes(Organization organization) {
    requireNonNull(organization, "organization");
    return lead().equals(organization) || members().contains(organization);
  }

  @Value.Check
  void check() {
    name().ifPresent(n -> Texts.requireTrimmed("CoordinatingStructure", "name", n));
    if (members().contains(lead())) {
      throw new DomainRuleException("CoordinatingStructure", "members", "must not repeat the lead", lead().name());
    }
    if (members().stream().distinct().count() != members().size()) {
      throw new DomainRuleException("CoordinatingStructure", "members", "must not repeat a member",
          members().stream().map(Organization::name).toList().toString());
    }
  }

  /**
   * Builds a {@link CoordinatingStructure}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableCoordinatingStructure.Builder {
    Builder() {}
  }
}
