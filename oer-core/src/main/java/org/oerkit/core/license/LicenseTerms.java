package org.oerkit.core.license;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a licence permits, requires and prohibits, in Creative Commons' ccREL vocabulary.
 *
 * <p>The terms of every Creative Commons tool are those of its RDF description ({@code cc:permits},
 * {@code cc:requires}, {@code cc:prohibits} in {@code docs/licenses/<unit>/<version>/rdf} of
 * {@code creativecommons/cc-legal-tools-data}); for example BY-SA permits Reproduction, Distribution and
 * DerivativeWorks and requires Notice, Attribution and ShareAlike. A user-defined licence states its own.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LicenseTerms {

  /** The ccREL namespace, {@code http://creativecommons.org/ns#}. */
  static final String CC_NAMESPACE = "http://creativecommons.org/ns#";

  LicenseTerms() {}

  /**
   * Obtains terms from the three sets.
   *
   * @param permits  the permissions, not null
   * @param requires  the requirements, not null
   * @param prohibits  the prohibitions, not null
   * @return the terms
   */
  public static LicenseTerms of(
      Set<Permission> permits, Set<Requirement> requires, Set<Prohibition> prohibits) {
    return builder().permits(sorted(permits)).requires(sorted(requires)).prohibits(sorted(prohibits)).build();
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
   * Gets the permissions ({@code cc:permits}).
   *
   * @return the permissions, possibly empty
   */
  public abstract Set<Permission> permits();

  /**
   * Gets the requirements ({@code cc:requires}).
   *
   * @return the requirements, possibly empty
   */
  public abstract Set<Requirement> requires();

  /**
   * Gets the prohibitions ({@code cc:prohibits}).
   *
   * @return the prohibitions, possibly empty
   */
  public abstract Set<Prohibition> prohibits();

  /**
   * Checks whether the terms grant a permission.
   *
   * @param permission  the permission, not null
   * @return true if granted
   */
  public boolean permits(Permission permission) {
    return permits().contains(requireNonNull(permission, "permission"));
  }

  /**
   * Checks whether the terms impose a requirement.
   *
   * @param requirement  the requirement, not null
   * @return true if imposed
   */
  public boolean requires(Requirement requirement) {
    return requires().contains(requireNonNull(requirement, "requirement"));
  }

  /**
   * Checks whether the terms prohibit a use.
   *
   * @param prohibition  the prohibition, not null
   * @return true if prohibited
   */
  public boolean prohibits(Prohibition prohibition) {
    return prohibits().contains(requireNonNull(prohibition, "prohibition"));
  }

  /**
   * Checks whether adaptations may be shared ({@code cc:DerivativeWorks} is permitted).
   *
   * @return true unless the terms are NoDerivatives or grant nothing
   */
  public boolean allowsAdaptation() {
    return permits(Permission.DERIVATIVE_WORKS);
  }

  /**
   * Checks whether commercial use is allowed ({@code cc:CommercialUse} is not prohibited).
   *
   * @return true unless the terms are NonCommercial
   */
  public boolean allowsCommercialUse() {
    return !prohibits(Prohibition.COMMERCIAL_USE);
  }

  /**
   * Checks whether adaptations must carry the same or compatible terms ({@code cc:ShareAlike}).
   *
   * @return true for ShareAlike and copyleft terms
   */
  public boolean requiresShareAlike() {
    return requires(Requirement.SHARE_ALIKE);
  }

  /**
   * Checks whether credit must be given ({@code cc:Attribution}).
   *
   * @return true if attribution is required
   */
  public boolean requiresAttribution() {
    return requires(Requirement.ATTRIBUTION);
  }

  private static <E extends Enum<E>> Set<E> sorted(Set<E> set) {
    // Keep the declaration order of the enum, so that toString and JSON are stable.
    return set.isEmpty() ? Set.of() : EnumSet.copyOf(set);
  }

  /**
   * Builds {@link LicenseTerms}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableLicenseTerms.Builder {
    Builder() {}
  }
}
