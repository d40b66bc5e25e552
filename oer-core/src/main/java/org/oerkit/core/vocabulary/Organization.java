package org.oerkit.core.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;

/**
 * An organization: a ministry, a UNESCO office, a university, a library, an NGO, or a group such as a
 * "National OER Focal group".
 *
 * <p>An organization may be part of another: the "UNESCO Almaty Cluster Office" is part of UNESCO, and
 * {@link #parent()} says so. The name is kept as the source writes it. The spelling follows schema.org's
 * {@code Organization} ({@code name}, {@code alternateName} for the acronym, {@code parentOrganization}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Organization {

  Organization() {}

  /**
   * Obtains an organization of a kind, with no acronym, country or parent.
   *
   * @param name  the name as the source writes it, not blank
   * @param kind  the kind of body, not null
   * @return the organization
   * @throws DomainRuleException if the name is blank or has white space at its ends
   */
  public static Organization of(String name, OrganizationKind kind) {
    return builder().name(name).kind(kind).build();
  }

  /**
   * Starts a builder.
   *
   * <p>Required: {@code name},
   * {@code kind}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the name, as the source writes it.
   *
   * @return the name, such as {@code "UNESCO Almaty Cluster Office"}
   */
  public abstract String name();

  /**
   * Gets the acronym or short name, if any.
   *
   * @return the acronym, such as {@code "IITE"}, or empty
   */
  public abstract Optional<String> acronym();

  /**
   * Gets the kind of body.
   *
   * @return the kind
   */
  public abstract OrganizationKind kind();

  /**
   * Gets the country the organization belongs to, if it belongs to one.
   *
   * @return the country, or empty for an international body
   */
  public abstract Optional<Country> country();

  /**
   * Gets the organization this one is part of, if any.
   *
   * @return the parent, such as UNESCO for the UNESCO Almaty Cluster Office, or empty
   */
  public abstract Optional<Organization> parent();

  /**
   * Gets the chain of organizations this one is part of, nearest first.
   *
   * @return the ancestors, empty for a top-level organization
   */
  public List<Organization> ancestors() {
    List<Organization> chain = new ArrayList<>();
    Optional<Organization> next = parent();
    while (next.isPresent()) {
      chain.add(next.get());
      next = next.get().parent();
    }
    return List.copyOf(chain);
  }

  /**
   * Checks whether this organization is the other one or is part of it, directly or indirectly.
   *
   * @param other  the possible parent, not null
   * @return true if this is {@code other} or one of its parts
   */
  public boolean isPartOf(Organization other) {
    return equals(other) || ancestors().contains(other);
  }

  /**
   * Gets the name followed by the acronym in parentheses where there is one.
   *
   * @return a display name, such as {@code "Institute for Information Technologies in Education (IITE)"}
   */
  public String displayName() {
    return acronym().map(a -> name() + " (" + a + ")").orElse(name());
  }

  @Value.Check
  void check() {
    Texts.requireTrimmed("Organization", "name", name());
    acronym().ifPresent(a -> Texts.requireTrimmed("Organization", "acronym", a));
    if (parent().isPresent() && parent().get().isPartOf(this)) {
      throw new DomainRuleException("Organization", "parent", "must not make the organization part of itself",
          parent().get().name());
    }
  }

  /**
   * Builds an {@link Organization}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }
}
