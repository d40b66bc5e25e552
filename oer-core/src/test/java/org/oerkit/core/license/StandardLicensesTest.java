package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oerkit.core.vocabulary.LanguageTag;

/**
 * The data of {@link StandardLicenses} that attribution texts quote: official names ({@code dcterms:title} of
 * each tool's RDF in {@code creativecommons/cc-legal-tools-data}), short names, SPDX ids (the file names of
 * {@code spdx/license-list-XML/src}), URIs and the catalogue's order.
 *
 * <p>Each test reads the licences {@link StandardLicenses#build()} builds for it: the standard catalogue builds
 * them once, when first used, so a test that read them through {@link License#parse(CharSequence)} would see
 * those of an earlier build.
 */
class StandardLicensesTest {

  private final List<License> built = StandardLicenses.build();

  /** The built licence with that id or URI. */
  private License standard(String id) {
    return built.stream().filter(l -> l.id().equals(id) || l.uri().map(URI::toString).filter(id::equals).isPresent())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no standard licence " + id));
  }

  @Test
  void build_isWhatTheStandardCatalogueHolds_inItsOrder() {
    List<License> all = Licenses.all();

    assertThat(built).hasSameSizeAs(all).isNotEmpty();
    for (int i = 0; i < all.size(); i++) {
      assertThat(built.get(i).isDefinedAs(all.get(i))).as("licence %d, %s", i, all.get(i)).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "CC-BY-SA-4.0 | Attribution-ShareAlike 4.0 International | CC BY-SA 4.0",
      "CC-BY-ND-4.0 | Attribution-NoDerivatives 4.0 International | CC BY-ND 4.0",
      "CC-BY-NC-ND-3.0 | Attribution-NonCommercial-NoDerivs 3.0 Unported | CC BY-NC-ND 3.0",
      "CC-BY-2.0 | Attribution 2.0 Generic | CC BY 2.0",
      "CC-BY-SA-3.0-IGO | Attribution-ShareAlike 3.0 IGO | CC BY-SA 3.0 IGO",
      "https://creativecommons.org/licenses/by-nd-nc/1.0/ | Attribution-NoDerivs-NonCommercial 1.0 Generic | CC BY-ND-NC 1.0",
      "https://creativecommons.org/licenses/devnations/2.0/ | Developing Nations 2.0 | CC DevNations 2.0",
      "CC0-1.0 | CC0 1.0 Universal | CC0 1.0",
      "CC-PDM-1.0 | Public Domain Mark 1.0 | Public Domain Mark 1.0",
      "LAL-1.3 | Free Art License 1.3 | FAL 1.3",
      "GPL-3.0-only | GNU General Public License v3.0 only | GPL-3.0",
      "GPL-3.0-or-later | GNU General Public License v3.0 or later | GPL-3.0-or-later",
      "GFDL-1.3-only | GNU Free Documentation License v1.3 only | GFDL-1.3",
      "GFDL-1.3-or-later | GNU Free Documentation License v1.3 or later | GFDL-1.3-or-later",
      "ODbL-1.0 | Open Data Commons Open Database License v1.0 | ODbL 1.0",
      "MIT | MIT License | MIT",
      "Apache-2.0 | Apache License 2.0 | Apache-2.0",
  })
  void names_areTheOfficialTitleAndTheShortName(String id, String name, String shortName) {
    License license = standard(id);

    assertThat(license.name(LanguageTag.ENGLISH).text()).isEqualTo(name);
    assertThat(license.name(LanguageTag.ENGLISH).isOfficial()).isTrue();
    assertThat(license.shortName()).isEqualTo(shortName);
  }

  @Test
  void names_ofThe40Licences_haveTheirOfficialRussianTitle() {
    assertThat(standard("CC-BY-SA-4.0").name(LanguageTag.parse("ru")).text())
        .isEqualTo("С указанием авторства-С сохранением условий версии 4.0 Международная");
    assertThat(standard("CC-BY-SA-4.0").name(LanguageTag.parse("ru")).isOfficial()).isTrue();
    assertThat(standard("CC-BY-SA-3.0").names().get(LanguageTag.parse("ru"))).isEmpty();
  }

  @Test
  void spdxId_isThatOfTheSpdxList_orAbsent() {
    assertThat(standard("CC-BY-3.0-DE").spdxId()).contains("CC-BY-3.0-DE");
    assertThat(standard("CC-BY-3.0-DE").shortName()).isEqualTo("CC BY 3.0 DE");
    License french = standard("https://creativecommons.org/licenses/by/3.0/fr/");
    assertThat(french.spdxId()).isEmpty();
    assertThat(french.id()).isEqualTo("https://creativecommons.org/licenses/by/3.0/fr/");
    assertThat(french.jurisdiction()).contains(Jurisdiction.ofPort("fr"));
    assertThat(standard("CC-BY-4.0").jurisdiction()).isEmpty();
  }

  @Test
  void uris_ofCreativeCommonsTools_haveTheirDeedAndLegalCode() {
    License bySa = standard("CC-BY-SA-4.0");
    assertThat(bySa.uri()).contains(URI.create("https://creativecommons.org/licenses/by-sa/4.0/"));
    assertThat(bySa.deed()).contains(URI.create("https://creativecommons.org/licenses/by-sa/4.0/"));
    assertThat(bySa.legalCode()).contains(URI.create("https://creativecommons.org/licenses/by-sa/4.0/legalcode"));
    assertThat(standard("CC0-1.0").legalCode())
        .contains(URI.create("https://creativecommons.org/publicdomain/zero/1.0/legalcode"));
    assertThat(standard("CC-PDM-1.0").legalCode()).isEmpty();
    assertThat(standard("CC-PDM-1.0").deed()).contains(URI.create("https://creativecommons.org/publicdomain/mark/1.0/"));
  }

  @Test
  void retiredOn_ofRetiredTools_isTheirKindsDate() {
    // Source: the Creative Commons licence list; the 1.0 licences without BY were retired on 2004-05-25.
    assertThat(standard("CC-SA-1.0").retiredOn()).contains(LocalDate.of(2004, 5, 25));
    assertThat(standard("CC-SA-1.0").isRetired()).isTrue();
    assertThat(standard("CC-BY-SA-4.0").retiredOn()).isEmpty();
  }

  @Test
  void all_startsWithThe40LicencesThenThePublicDomainTools_andEndsWithRetiredToolsAndMarkers() {
    List<License> all = built;
    int bySa40 = all.indexOf(standard("CC-BY-SA-4.0"));
    int cc0 = all.indexOf(standard("CC0-1.0"));
    int pdm = all.indexOf(standard("CC-PDM-1.0"));
    int by30 = all.indexOf(standard("CC-BY-3.0"));
    int sa10 = all.indexOf(standard("CC-SA-1.0"));

    assertThat(all.get(0)).isEqualTo(standard("CC-BY-4.0"));
    assertThat(cc0).isEqualTo(bySa40 + 1);
    assertThat(pdm).isEqualTo(cc0 + 1);
    assertThat(by30).isGreaterThan(pdm);
    assertThat(sa10).isGreaterThan(by30);
    int lastCurrent = 0;
    int firstRetired = all.size();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).isCreativeCommons() && all.get(i).isRetired()) {
        firstRetired = Math.min(firstRetired, i);
      } else if (all.get(i).isCreativeCommons()) {
        lastCurrent = i;
      }
    }
    assertThat(lastCurrent).as("the last current Creative Commons tool").isLessThan(firstRetired);
    assertThat(all.get(all.size() - 2).id()).isEqualTo("NONE");
    assertThat(all.get(all.size() - 1).id()).isEqualTo("NOASSERTION");
  }

  @Test
  void attribution_quotesTheShortNameAndTheUriOfTheLicence() {
    LicensedWork work = LicensedWork.builder().title("OER Guidelines").license(standard("CC-BY-SA-3.0-IGO"))
        .build();

    String text = Attribution.of(work).text(LanguageTag.ENGLISH);

    assertThat(text).contains("CC BY-SA 3.0 IGO").contains("https://creativecommons.org/licenses/by-sa/3.0/igo/");
  }
}
