package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.vocabulary.Country;

class JurisdictionTest {

  // Source: cc-legal-tools-data README "Jurisdiction Code" and https://creativecommons.org/licenses/list.en.
  @Test
  void ofPort_igo_hasNoCountry() {
    assertThat(Jurisdiction.ofPort("igo").country()).isEmpty();
    assertThat(Jurisdiction.ofPort("IGO").name()).isEqualTo("Intergovernmental Organization");
    assertThat(Jurisdiction.IGO.isCreativeCommonsPort()).isTrue();
  }

  @Test
  void ofPort_ukAndScotland_areInTheUnitedKingdom() {
    assertThat(Jurisdiction.ofPort("uk").country()).contains(Country.of("GB"));
    assertThat(Jurisdiction.ofPort("uk").name()).isEqualTo("UK: England & Wales");
    assertThat(Jurisdiction.ofPort("scotland").country()).contains(Country.of("GB"));
  }

  @Test
  void ofPort_de_isGermany() {
    Jurisdiction de = Jurisdiction.ofPort("de");
    assertThat(de.code()).isEqualTo("de");
    assertThat(de.toString()).isEqualTo("de");
    assertThat(de.country()).contains(Country.of("DE"));
  }

  @Test
  void ofPort_kz_isRefusedBecauseThereIsNoKazakhPort() {
    assertThatThrownBy(() -> Jurisdiction.ofPort("kz"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Jurisdiction.code must be a Creative Commons port")
        .hasMessageContaining("was \"kz\"");
    assertThat(Jurisdiction.findPort("kz")).isEmpty();
  }

  @Test
  void of_country_isANationalJurisdictionNotAPort() {
    Jurisdiction kz = Jurisdiction.of(Country.KAZAKHSTAN);
    assertThat(kz.code()).isEqualTo("kz");
    assertThat(kz.name()).isEqualTo("Kazakhstan");
    assertThat(kz.isCreativeCommonsPort()).isFalse();
  }

  @Test
  void equals_portsAndCountries_behaveAsValues() {
    new EqualsTester()
        .addEqualityGroup(Jurisdiction.ofPort("de"), Jurisdiction.ofPort("DE"))
        .addEqualityGroup(Jurisdiction.of(Country.of("DE")))
        .addEqualityGroup(Jurisdiction.IGO)
        .testEquals();
  }

  @Test
  void compareTo_ordersByCode_andTellsAPortFromTheCountryOfItsCode() {
    TreeSet<Jurisdiction> sorted = new TreeSet<>(List.of(Jurisdiction.ofPort("de"), Jurisdiction.IGO,
        Jurisdiction.of(Country.of("DE")), Jurisdiction.ofPort("at"), Jurisdiction.of(Country.KAZAKHSTAN)));

    assertThat(sorted).containsExactly(Jurisdiction.ofPort("at"), Jurisdiction.of(Country.of("DE")),
        Jurisdiction.ofPort("de"), Jurisdiction.IGO, Jurisdiction.of(Country.KAZAKHSTAN));
  }

  @Test
  void serialization_givesBackThePortItself_andAnEqualCountry() {
    assertThat(SerializableTester.reserialize(Jurisdiction.ofPort("de"))).isSameAs(Jurisdiction.ofPort("de"));
    Jurisdiction kz = SerializableTester.reserialize(Jurisdiction.of(Country.KAZAKHSTAN));
    assertThat(kz).isEqualTo(Jurisdiction.of(Country.KAZAKHSTAN));
    assertThat(kz.isCreativeCommonsPort()).isFalse();
    assertThat(kz.name()).isEqualTo("Kazakhstan");
  }

  @Test
  void ports_areExactlyTheJurisdictionsOfTheCatalogue() {
    java.util.Set<Jurisdiction> used = new java.util.HashSet<>();
    for (License license : Licenses.all()) {
      license.jurisdiction().ifPresent(used::add);
    }
    assertThat(used).containsExactlyInAnyOrderElementsOf(Jurisdiction.ports());
    assertThat(Jurisdiction.ports()).hasSize(63);
  }
}
