package org.oerkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A draft's OER World Map description ({@code Policy} of {@code hbz/oerworldmap:public/json/schema.json}). */
class WorldMapDescriptionTest {

  private static final WorldMapDescription KZ = WorldMapDescription.from(Drafts.complete().build(),
      PolicyType.POLICY_DOCUMENT, WorldMapScope.DEDICATED, SpatialCoverage.NATIONAL,
      Set.of(PolicyFocus.CONTENT));

  @Test
  void from_takesStatusSectorsAndLicencesFromTheDraft() {
    assertThat(KZ.status()).isEqualTo(WorldMapStatus.PROPOSED);
    assertThat(KZ.sectors()).containsExactly(EducationSector.SCHOOL, EducationSector.HIGHER_EDUCATION);
    assertThat(KZ.licenses()).containsExactly(WorldMapLicense.CC_BY, WorldMapLicense.CC_BY_SA);
    assertThat(KZ.type()).isEqualTo(PolicyType.POLICY_DOCUMENT);
    assertThat(KZ.spatialCoverage().label()).isEqualTo("National");
  }

  @Test
  void from_draftInForce_isCurrent() {
    WorldMapDescription d = WorldMapDescription.from(Drafts.complete().status(PolicyStatus.IN_FORCE).build(),
        PolicyType.LEGISLATION, WorldMapScope.EDUCATIONAL, SpatialCoverage.NATIONAL, Set.of());
    assertThat(d.status()).isEqualTo(WorldMapStatus.CURRENT);
  }

  @Test
  void from_draftWithoutScopeOrLicence_hasNoSectorsOrLicences() {
    WorldMapDescription d = WorldMapDescription.from(PolicyDraftTest.minimal().build(), PolicyType.OTHER,
        WorldMapScope.DEDICATED, SpatialCoverage.INSTITUTIONAL, Set.of());
    assertThat(d.sectors()).isEmpty();
    assertThat(d.licenses()).isEmpty();
  }

  @Test
  void equals_comparesEveryAttribute() {
    new EqualsTester()
        .addEqualityGroup(KZ, WorldMapDescription.builder().from(KZ).build())
        .addEqualityGroup(WorldMapDescription.builder().from(KZ).type(PolicyType.STRATEGY_DOCUMENT).build())
        .addEqualityGroup(WorldMapDescription.builder().from(KZ).focus(Set.of()).build())
        .testEquals();
  }
}
