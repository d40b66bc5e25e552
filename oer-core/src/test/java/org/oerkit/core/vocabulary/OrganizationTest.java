package org.oerkit.core.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.MissingAttributesException;

/** Organizations as the Astana 2017 concept note names them. */
class OrganizationTest {

  private static final Organization UNESCO = Organization.builder()
      .name("United Nations Educational, Scientific and Cultural Organization")
      .acronym("UNESCO")
      .kind(OrganizationKind.UNESCO)
      .build();

  private static final Organization ALMATY_OFFICE = Organization.builder()
      .name("UNESCO Almaty Cluster Office")
      .kind(OrganizationKind.UNESCO)
      .parent(UNESCO)
      .build();

  @Test
  void parent_makesTheClusterOfficePartOfUnesco() {
    assertThat(ALMATY_OFFICE.isPartOf(UNESCO)).isTrue();
    assertThat(ALMATY_OFFICE.isPartOf(ALMATY_OFFICE)).isTrue();
    assertThat(UNESCO.isPartOf(ALMATY_OFFICE)).isFalse();
    assertThat(ALMATY_OFFICE.ancestors()).containsExactly(UNESCO);
  }

  @Test
  void workingGroup_isAnOrganizationOfItsOwnKind() {
    Organization focalGroup = Organization.builder()
        .name("National OER Focal group")
        .kind(OrganizationKind.WORKING_GROUP)
        .country(Country.KAZAKHSTAN)
        .build();
    assertThat(focalGroup.kind()).isEqualTo(OrganizationKind.WORKING_GROUP);
    assertThat(focalGroup.country()).contains(Country.KAZAKHSTAN);
    assertThat(focalGroup.parent()).isEmpty();
  }

  @Test
  void displayName_addsTheAcronym() {
    assertThat(UNESCO.displayName())
        .isEqualTo("United Nations Educational, Scientific and Cultural Organization (UNESCO)");
    assertThat(ALMATY_OFFICE.displayName()).isEqualTo("UNESCO Almaty Cluster Office");
  }

  @Test
  void name_blank_isRefused() {
    assertThatThrownBy(() -> Organization.of("  ", OrganizationKind.NGO))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("Organization.name must not be blank, was \"  \"");
  }

  @Test
  void name_untrimmed_isRefused() {
    assertThatThrownBy(() -> Organization.of("Ministry of Education and Science ", OrganizationKind.MINISTRY))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Organization.name must not start or end with white space");
  }

  @Test
  void build_withoutKind_failsNamingTheAttribute() {
    assertThatThrownBy(() -> Organization.builder().name("Library").build())
        .isInstanceOf(MissingAttributesException.class)
        .hasMessage("Organization needs kind: set it on the builder before build()");
  }

  @Test
  void equals_comparesEveryAttribute() {
    new EqualsTester()
        .addEqualityGroup(ALMATY_OFFICE, Organization.builder().from(ALMATY_OFFICE).build())
        .addEqualityGroup(Organization.builder().from(ALMATY_OFFICE).parent(java.util.Optional.empty()).build())
        .addEqualityGroup(UNESCO)
        .testEquals();
  }
}
