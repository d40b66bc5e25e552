package org.oerkit.core.policy;

import java.util.Set;
import org.immutables.value.Value;

/**
 * How the OER World Map describes a policy: type, scope, status, spatial coverage, focus, sectors and
 * licence codes, each from the World Map's closed vocabularies.
 *
 * <p>Source: the {@code Policy} type of the OER World Map schema ({@code hbz/oerworldmap:public/json/schema.json}:
 * {@code additionalType}, {@code scope}, {@code status}, {@code spatialCoverage}, {@code focus},
 * {@code primarySector}/{@code secondarySector}, {@code license}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class WorldMapDescription {

  WorldMapDescription() {}

  /**
   * Starts a builder.
   *
   * <p>Required: {@code type}, {@code scope}, {@code status},
   * {@code spatialCoverage}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Describes a draft for the World Map: its status, sectors and licence codes come from the draft, the rest
   * from the caller.
   *
   * @param draft  the draft, not null
   * @param type  the policy type, not null
   * @param scope  how central OER are to the policy, not null
   * @param spatialCoverage  the level the policy applies at, not null
   * @param focus  what the policy is about, not null
   * @return the description, with the draft's World Map status, its scope's sectors and the World Map codes
   *     of its default and allowed licences
   */
  public static WorldMapDescription from(PolicyDraft draft, PolicyType type, WorldMapScope scope,
      SpatialCoverage spatialCoverage, Set<PolicyFocus> focus) {
    Builder b = builder().type(type).scope(scope).spatialCoverage(spatialCoverage).addAllFocus(focus)
        .status(draft.status().worldMapStatus());
    draft.scope().ifPresent(s -> b.addAllSectors(s.sectors()));
    draft.licenseMandate().ifPresent(m -> m.allowed().forEach(l -> b.addLicenses(WorldMapLicense.of(l))));
    return b.build();
  }

  /**
   * Gets the policy type ({@code additionalType}).
   *
   * @return the type
   */
  public abstract PolicyType type();

  /**
   * Gets the scope: how central OER are to the policy.
   *
   * @return the scope
   */
  public abstract WorldMapScope scope();

  /**
   * Gets the status.
   *
   * @return the status
   */
  public abstract WorldMapStatus status();

  /**
   * Gets the level the policy applies at.
   *
   * @return the spatial coverage, such as national
   */
  public abstract SpatialCoverage spatialCoverage();

  /**
   * Gets what the policy is about.
   *
   * @return the focus, possibly empty
   */
  public abstract Set<PolicyFocus> focus();

  /**
   * Gets the sectors, the primary one first.
   *
   * @return the sectors, possibly empty
   */
  public abstract Set<EducationSector> sectors();

  /**
   * Gets the licence codes the policy names.
   *
   * @return the licence codes, possibly empty
   */
  public abstract Set<WorldMapLicense> licenses();

  /**
   * Builds a {@link WorldMapDescription}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableWorldMapDescription.Builder {
    Builder() {}
  }
}
