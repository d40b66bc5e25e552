package org.oerkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.license.Jurisdiction;
import org.oerkit.core.license.License;
import org.oerkit.core.license.LicenseKind;
import org.oerkit.core.license.LicenseTerms;
import org.oerkit.core.license.Licenses;
import org.oerkit.core.license.Permission;
import org.oerkit.core.license.Prohibition;
import org.oerkit.core.license.Requirement;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;
import org.quicktheories.core.Gen;

class LicenseJsonTest {

  static final License NATIONAL = License.builder()
      .kind(LicenseKind.CUSTOM)
      .spdxId("LicenseRef-kz-open-licence-1.0")
      .names(LocalizedText.of(LanguageTag.KAZAKH, "Ашық лицензия").with(LanguageTag.ENGLISH, "Open licence"))
      .putUnofficialName(LanguageTag.RUSSIAN, "Открытая лицензия")
      .uri(URI.create("https://example.kz/licence/1.0"))
      .version("1.0")
      .jurisdiction(Jurisdiction.of(org.oerkit.core.vocabulary.Country.KAZAKHSTAN))
      .terms(LicenseTerms.of(EnumSet.of(Permission.REPRODUCTION, Permission.DISTRIBUTION),
          EnumSet.of(Requirement.ATTRIBUTION, Requirement.NOTICE), EnumSet.of(Prohibition.COMMERCIAL_USE)))
      .build();

  /** Licences of the catalogue, and user-defined ones with random names and terms. */
  static Gen<License> licenses() {
    List<License> all = Licenses.all();
    Gen<LocalizedText> names = Generators.localizedTexts();
    return in -> {
      if (Generators.coin(in)) {
        return Generators.pick(in, all);
      }
      EnumSet<Permission> permits = EnumSet.noneOf(Permission.class);
      for (Permission p : Permission.values()) {
        if (Generators.coin(in)) {
          permits.add(p);
        }
      }
      EnumSet<Requirement> requires = EnumSet.noneOf(Requirement.class);
      for (Requirement r : Requirement.values()) {
        if (Generators.coin(in)) {
          requires.add(r);
        }
      }
      int number = Generators.pick(in, 1000);
      License.Builder builder = License.builder().kind(LicenseKind.CUSTOM).names(names.generate(in))
          .spdxId("LicenseRef-example-" + number)
          .uri(URI.create("https://example.org/licence/" + number))
          .terms(LicenseTerms.of(permits, requires,
              Generators.coin(in) ? EnumSet.noneOf(Prohibition.class) : EnumSet.of(Prohibition.COMMERCIAL_USE)));
      if (Generators.coin(in)) {
        builder.jurisdiction(Jurisdiction.IGO).version("3.0");
      }
      return builder.build();
    };
  }

  @Test
  void write_catalogueLicense_isItsIdentifier() {
    assertThat(OerJson.writeString(Licenses.CC_BY_SA_4_0)).isEqualTo("\"CC-BY-SA-4.0\"\n");
    assertThat(OerJson.writeString(Licenses.CC_BY_ND_3_0_IGO))
        .isEqualTo("\"https://creativecommons.org/licenses/by-nd/3.0/igo/\"\n");
  }

  @Test
  void read_everyCatalogueLicense_roundTrips() {
    for (License license : Licenses.all()) {
      assertThat(OerJson.read(OerJson.write(license), License.class)).as(license.id()).isEqualTo(license);
    }
  }

  @Test
  void read_otherFormsOfAnIdentifier_areAccepted() {
    assertThat(OerJson.read("\"https://creativecommons.org/licenses/by-sa/4.0/deed.ru\"".getBytes(UTF_8),
        License.class)).isEqualTo(Licenses.CC_BY_SA_4_0);
  }

  @Test
  void read_unknownLicense_isRefusedAtItsPointer() {
    assertThatThrownBy(() -> OerJson.read("[\"CC-BY-SA-9.0\"]".getBytes(UTF_8), License[].class))
        .isInstanceOfSatisfying(OerJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/0"));
  }

  @Test
  void write_customLicense_isWrittenInFullAndReadBack() {
    assertThat(OerJson.writeString(NATIONAL)).isEqualTo(Golden.read("license-custom.json"));
    License read = OerJson.read(Golden.bytes("license-custom.json"), License.class);
    assertThat(read).isEqualTo(NATIONAL);
    assertThat(OerJson.writeString(read)).isEqualTo(OerJson.writeString(NATIONAL));
  }

  /** Equal licences have equal ids; the written form compares every attribute. */
  @Test
  void write_anyLicense_readsBackEqual() {
    qt().withExamples(300).forAll(licenses()).check(l -> {
      License read = OerJson.read(OerJson.write(l), License.class);
      return read.equals(l) && OerJson.writeString(read).equals(OerJson.writeString(l));
    });
  }

  @Test
  void read_customLicenseWithoutLicenseRefId_isRefused() {
    String json = "{'kind':'CUSTOM','names':{'en':'Mine'},'terms':{}}".replace('\'', '"');
    assertThatThrownBy(() -> OerJson.read(json.getBytes(UTF_8), License.class))
        .isInstanceOfSatisfying(OerJsonException.class,
            e -> assertThat(e.getMessage()).contains("LicenseRef-"));
  }

  @Test
  void read_termListedTwice_isRefused() {
    String terms = "{'permits':['REPRODUCTION','REPRODUCTION'],'requires':[],'prohibits':[]}".replace('\'', '"');
    assertThatThrownBy(() -> OerJson.read(terms.getBytes(UTF_8), LicenseTerms.class))
        .isInstanceOfSatisfying(OerJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/permits/1");
          assertThat(e.problem()).contains("listed twice");
        });
  }
}
