package org.oerkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.license.Licenses;

/**
 * The OER World Map's closed vocabularies, pinned to {@code hbz/oerworldmap:public/json/schema.json} and
 * {@code hbz/oerworldmap-ui:src/json/{policies,policyTypes,sectors,licenses}.json}.
 */
class WorldMapConceptTest {

  private static <E extends Enum<E> & WorldMapConcept> void assertRoundTrips(Class<E> vocabulary) {
    for (E e : vocabulary.getEnumConstants()) {
      assertThat(WorldMapConcept.of(vocabulary, e.worldMapId())).isSameAs(e);
    }
  }

  @Test
  void everyVocabulary_mapsBothWays() {
    assertRoundTrips(PolicyType.class);
    assertRoundTrips(WorldMapScope.class);
    assertRoundTrips(WorldMapStatus.class);
    assertRoundTrips(SpatialCoverage.class);
    assertRoundTrips(PolicyFocus.class);
    assertRoundTrips(EducationSector.class);
    assertRoundTrips(WorldMapLicense.class);
  }

  @Test
  void vocabularies_haveTheWorldMapsSizes() {
    assertThat(PolicyType.values()).hasSize(5);
    assertThat(WorldMapScope.values()).hasSize(5);
    assertThat(WorldMapStatus.values()).hasSize(3);
    assertThat(SpatialCoverage.values()).hasSize(10);
    assertThat(PolicyFocus.values()).hasSize(14);
    assertThat(EducationSector.values()).hasSize(6);
    assertThat(WorldMapLicense.values()).hasSize(15);
  }

  @Test
  void identifiers_areTheConceptUris() {
    assertThat(EducationSector.HIGHER_EDUCATION.worldMapId())
        .isEqualTo("https://oerworldmap.org/assets/json/sectors.json#higherEd");
    assertThat(EducationSector.CROSS_SECTOR.worldMapId())
        .isEqualTo("https://oerworldmap.org/assets/json/sectors.json#general");
    assertThat(WorldMapScope.LABOUR_MARKET.worldMapId())
        .isEqualTo("https://oerworldmap.org/assets/json/policies.json#labourmarket");
    assertThat(PolicyType.STRATEGY_DOCUMENT.label()).isEqualTo("Strategy document");
    assertThat(WorldMapLicense.CC_BY_NC_ND.worldMapId())
        .isEqualTo("https://oerworldmap.org/assets/json/licenses.json#by-nc-nd");
    assertThat(SpatialCoverage.REGIONAL.worldMapId()).isEqualTo("Regional/Local");
    assertThat(PolicyFocus.AWARENESS_RAISING.label()).isEqualTo("Awareness Rising");
  }

  @Test
  void of_unknownIdentifier_isRefused() {
    assertThatThrownBy(() -> WorldMapConcept.of(SpatialCoverage.class, "Global"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("SpatialCoverage.worldMapId must be an identifier of the OER World Map vocabulary, was \"Global\"");
    assertThat(WorldMapConcept.find(PolicyType.class, "law")).isEmpty();
  }

  @Test
  void policyStatus_mapsOntoTheThreeWorldMapStatuses() {
    assertThat(List.of(PolicyStatus.values())).extracting(PolicyStatus::worldMapStatus).containsExactly(
        WorldMapStatus.PROPOSED, WorldMapStatus.PROPOSED, WorldMapStatus.PROPOSED, WorldMapStatus.CURRENT,
        WorldMapStatus.ENDED);
    for (WorldMapStatus s : WorldMapStatus.values()) {
      assertThat(PolicyStatus.from(s).worldMapStatus()).isEqualTo(s);
    }
    assertThat(PolicyStatus.from(WorldMapStatus.PROPOSED)).isEqualTo(PolicyStatus.DRAFT);
  }

  @Test
  void worldMapLicense_ofLicense_usesTheLicencesWorldMapCode() {
    assertThat(WorldMapLicense.of(Licenses.CC_BY_4_0)).isEqualTo(WorldMapLicense.CC_BY);
    assertThat(WorldMapLicense.of(Licenses.CC_BY_NC_ND_3_0_IGO)).isEqualTo(WorldMapLicense.CC_BY_NC_ND);
    assertThat(WorldMapLicense.of(Licenses.CC0_1_0)).isEqualTo(WorldMapLicense.CC0);
    assertThat(WorldMapLicense.of(Licenses.ALL_RIGHTS_RESERVED)).isEqualTo(WorldMapLicense.COPYRIGHT);
    assertThat(WorldMapLicense.of(Licenses.UNSPECIFIED)).isEqualTo(WorldMapLicense.UNSPECIFIED);
  }
}
