package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oerkit.core.DomainRuleException;

class LicenseCatalogTest {

  /** Every Creative Commons id of the SPDX licence list (spdx/license-list-XML/src file names). */
  static final List<String> SPDX_CC_IDS = List.of(
      "CC-BY-1.0", "CC-BY-2.0", "CC-BY-2.5", "CC-BY-2.5-AU", "CC-BY-3.0", "CC-BY-3.0-AT", "CC-BY-3.0-AU",
      "CC-BY-3.0-DE", "CC-BY-3.0-IGO", "CC-BY-3.0-NL", "CC-BY-3.0-US", "CC-BY-4.0",
      "CC-BY-SA-1.0", "CC-BY-SA-2.0", "CC-BY-SA-2.0-UK", "CC-BY-SA-2.1-JP", "CC-BY-SA-2.5", "CC-BY-SA-3.0",
      "CC-BY-SA-3.0-AT", "CC-BY-SA-3.0-DE", "CC-BY-SA-3.0-IGO", "CC-BY-SA-4.0",
      "CC-BY-NC-1.0", "CC-BY-NC-2.0", "CC-BY-NC-2.5", "CC-BY-NC-3.0", "CC-BY-NC-3.0-DE", "CC-BY-NC-3.0-IGO",
      "CC-BY-NC-4.0",
      "CC-BY-ND-1.0", "CC-BY-ND-2.0", "CC-BY-ND-2.5", "CC-BY-ND-3.0", "CC-BY-ND-3.0-DE", "CC-BY-ND-4.0",
      "CC-BY-NC-SA-1.0", "CC-BY-NC-SA-2.0", "CC-BY-NC-SA-2.0-DE", "CC-BY-NC-SA-2.0-FR", "CC-BY-NC-SA-2.0-UK",
      "CC-BY-NC-SA-2.5", "CC-BY-NC-SA-3.0", "CC-BY-NC-SA-3.0-DE", "CC-BY-NC-SA-3.0-IGO", "CC-BY-NC-SA-4.0",
      "CC-BY-NC-ND-1.0", "CC-BY-NC-ND-2.0", "CC-BY-NC-ND-2.5", "CC-BY-NC-ND-3.0", "CC-BY-NC-ND-3.0-DE",
      "CC-BY-NC-ND-3.0-IGO", "CC-BY-NC-ND-4.0",
      "CC-SA-1.0", "CC-PDDC", "CC-PDM-1.0", "CC0-1.0");

  static Stream<String> spdxCcIds() {
    return SPDX_CC_IDS.stream();
  }

  // Source: spdx/license-list-XML/src, the SPDX licence list (file names are the ids).
  @ParameterizedTest
  @MethodSource("spdxCcIds")
  void parse_spdxCcId_roundTripsThroughFormat(String id) {
    License license = License.parse(id);

    assertThat(license.spdxId()).contains(id);
    assertThat(license.toString()).isEqualTo(id);
    assertThat(License.parse(license.toString())).isEqualTo(license);
    assertThat(License.parse(id.toLowerCase(Locale.ROOT))).isEqualTo(license);
  }

  @Test
  void all_spdxIds_areExactlyTheSpdxCcIdsAndTheNonCcOnes() {
    List<String> ids = Licenses.all().stream()
        .flatMap(l -> l.spdxId().stream())
        .collect(Collectors.toList());

    assertThat(ids).containsExactlyInAnyOrderElementsOf(
        Stream.concat(SPDX_CC_IDS.stream(), Stream.of("LAL-1.3", "GPL-3.0-only", "GFDL-1.3-only"))
            .collect(Collectors.toList()));
  }

  @Test
  void all_everyLicense_roundTripsThroughItsIdentifier() {
    for (License license : Licenses.all()) {
      assertThat(License.parse(license.toString())).as(license.toString()).isEqualTo(license);
    }
  }

  @Test
  void all_everyLicenseWithUri_isFoundByItsUri() {
    for (License license : Licenses.all()) {
      license.uri().ifPresent(uri -> assertThat(License.parse(uri.toString())).as(uri.toString())
          .isEqualTo(license));
    }
  }

  @Test
  void all_everyShortName_parsesBackToItsLicense() {
    for (License license : Licenses.all()) {
      assertThat(License.parse(license.shortName())).as(license.shortName()).isEqualTo(license);
    }
  }

  @Test
  void all_everyEnglishName_parsesBackToItsLicense() {
    for (License license : Licenses.all()) {
      String name = license.names().original();
      assertThat(License.parse(name)).as(name).isEqualTo(license);
    }
  }

  // Source: the Creative Commons licence list, https://creativecommons.org/licenses/list.en
  @Test
  void all_versionsAndPorts_matchTheCreativeCommonsLicenseList() {
    assertThat(count("4.0")).isEqualTo(6);
    assertThat(count("3.0")).isEqualTo(6 * 44);
    assertThat(count("2.5")).isEqualTo(6 * 29);
    assertThat(count("2.1")).isEqualTo(6 * 4);
    assertThat(Licenses.all().stream().filter(l -> l.version().equals(Optional.of("2.1")))
        .noneMatch(l -> l.jurisdiction().isEmpty())).isTrue();
    assertThat(Licenses.all().stream().filter(l -> l.kind() == LicenseKind.CC_BY_NC_ND)
        .filter(l -> l.version().equals(Optional.of("1.0")))
        .map(l -> l.uri().orElseThrow().getPath()))
        .containsExactlyInAnyOrder("/licenses/by-nd-nc/1.0/", "/licenses/by-nd-nc/1.0/fi/",
            "/licenses/by-nd-nc/1.0/il/", "/licenses/by-nd-nc/1.0/nl/");
  }

  @Test
  void all_noLicense_isPortedToKazakhstan() {
    assertThat(Licenses.all()).noneMatch(l -> l.jurisdiction().map(Jurisdiction::code).equals(Optional.of("kz")));
  }

  private static long count(String version) {
    return Licenses.all().stream()
        .filter(l -> l.isCreativeCommons() && l.version().equals(Optional.of(version)))
        .count();
  }

  // Source: creativecommons/cc-legal-tools-data README "Canonical URL" and docs/rdf.md (http form in RDF);
  // the by-nc-nd/1.0 alias redirects to by-nd-nc/1.0 (creativecommons/cc-legal-tools-app PR #454).
  @ParameterizedTest
  @CsvSource({
      "https://creativecommons.org/licenses/by-sa/4.0/, CC-BY-SA-4.0",
      "http://creativecommons.org/licenses/by-sa/4.0/, CC-BY-SA-4.0",
      "https://creativecommons.org/licenses/by-sa/4.0, CC-BY-SA-4.0",
      "https://www.creativecommons.org/licenses/by-sa/4.0/, CC-BY-SA-4.0",
      "http://www.creativecommons.org/licenses/by-sa/4.0, CC-BY-SA-4.0",
      "creativecommons.org/licenses/by-sa/4.0/, CC-BY-SA-4.0",
      "https://creativecommons.org/licenses/by-sa/4.0/deed, CC-BY-SA-4.0",
      "https://creativecommons.org/licenses/by-sa/4.0/deed.ru, CC-BY-SA-4.0",
      "https://creativecommons.org/licenses/by-nc-sa/4.0/deed.zh-hans, CC-BY-NC-SA-4.0",
      "https://creativecommons.org/licenses/by-sa/4.0/legalcode, CC-BY-SA-4.0",
      "https://creativecommons.org/licenses/by-sa/4.0/legalcode.ru, CC-BY-SA-4.0",
      "https://creativecommons.org/licenses/by-sa/4.0/rdf, CC-BY-SA-4.0",
      "HTTPS://CreativeCommons.org/Licenses/BY-SA/4.0/, CC-BY-SA-4.0",
      "https://creativecommons.org/licenses/by-sa/4.0/?ref=chooser, CC-BY-SA-4.0",
      "https://creativecommons.org/licenses/by-sa/4.0/deed.en#ref-appropriate-credit, CC-BY-SA-4.0",
      "http://creativecommons.org/licenses/by/3.0/de/, CC-BY-3.0-DE",
      "https://creativecommons.org/licenses/by/3.0/de/deed.de, CC-BY-3.0-DE",
      "https://creativecommons.org/licenses/by/3.0/igo/legalcode.fr, CC-BY-3.0-IGO",
      "https://creativecommons.org/licenses/by-sa/2.0/uk/, CC-BY-SA-2.0-UK",
      "https://creativecommons.org/licenses/by-sa/2.1/jp/, CC-BY-SA-2.1-JP",
      "https://creativecommons.org/licenses/by-nd-nc/1.0/, CC-BY-NC-ND-1.0",
      "https://creativecommons.org/licenses/by-nc-nd/1.0/, CC-BY-NC-ND-1.0",
      "https://creativecommons.org/licenses/by-nc-nd/1.0/deed.en, CC-BY-NC-ND-1.0",
      "https://creativecommons.org/licenses/sa/1.0/, CC-SA-1.0",
      "https://creativecommons.org/publicdomain/zero/1.0/, CC0-1.0",
      "http://creativecommons.org/publicdomain/zero/1.0/legalcode, CC0-1.0",
      "https://creativecommons.org/publicdomain/mark/1.0/, CC-PDM-1.0",
      "https://creativecommons.org/publicdomain/mark/1.0/deed.en, CC-PDM-1.0",
      "http://creativecommons.org/licenses/publicdomain/, CC-PDDC",
      "https://creativecommons.org/publicdomain/certification/1.0/us/, CC-PDDC",
      "https://creativecommons.org/licenses/by-nd/3.0/igo/, https://creativecommons.org/licenses/by-nd/3.0/igo/",
      "http://creativecommons.org/licenses/by/3.0/am/deed.hy, https://creativecommons.org/licenses/by/3.0/am/",
      "https://creativecommons.org/licenses/by-sa/2.5/scotland/, https://creativecommons.org/licenses/by-sa/2.5/scotland/",
      "https://creativecommons.org/licenses/sampling+/1.0/, https://creativecommons.org/licenses/sampling+/1.0/",
      "https://creativecommons.org/licenses/devnations/2.0/, https://creativecommons.org/licenses/devnations/2.0/",
      "https://creativecommons.org/licenses/nd-nc/1.0/fi/, https://creativecommons.org/licenses/nd-nc/1.0/fi/",
      "https://www.gnu.org/licenses/gpl-3.0.html, GPL-3.0-only",
      "http://gnu.org/licenses/gpl-3.0.en.html, GPL-3.0-only",
      "https://artlibre.org/licence/lal/en/, LAL-1.3",
      "https://www.gnu.org/licenses/fdl-1.3.html, GFDL-1.3-only",
  })
  void parse_realUriForm_givesTheLicense(String uri, String expectedId) {
    assertThat(License.parse(uri).id()).isEqualTo(expectedId);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "CC BY-SA 4.0 | CC-BY-SA-4.0",
      "cc by-sa 4.0 | CC-BY-SA-4.0",
      "CC-BY-SA 4.0 | CC-BY-SA-4.0",
      "Attribution-ShareAlike 4.0 International | CC-BY-SA-4.0",
      "Creative Commons Attribution-ShareAlike 4.0 International License | CC-BY-SA-4.0",
      "Creative Commons Attribution Share-Alike 4.0 | CC-BY-SA-4.0",
      "Attribution-NonCommercial-NoDerivatives 4.0 International | CC-BY-NC-ND-4.0",
      "Attribution Non-Commercial No Derivatives 4.0 | CC-BY-NC-ND-4.0",
      "CC BY-NC-ND 1.0 | CC-BY-NC-ND-1.0",
      "CC BY-ND-NC 1.0 | CC-BY-NC-ND-1.0",
      "CC BY 3.0 DE | CC-BY-3.0-DE",
      "Attribution 3.0 Germany | CC-BY-3.0-DE",
      "CC BY 3.0 IGO | CC-BY-3.0-IGO",
      "Attribution 3.0 Unported | CC-BY-3.0",
      "CC BY-SA 2.0 UK: England & Wales | CC-BY-SA-2.0-UK",
      "С указанием авторства-С сохранением условий версии 4.0 Международная | CC-BY-SA-4.0",
      "с указанием авторства 4.0 | CC-BY-4.0",
      "CC0 | CC0-1.0",
      "Attribution 4.0 International (CC BY 4.0) | CC-BY-4.0",
      "Creative Commons Attribution-ShareAlike 3.0 IGO (CC BY-SA 3.0 IGO) | CC-BY-SA-3.0-IGO",
      "CC0 1.0 Universal | CC0-1.0",
      "Creative Commons Zero v1.0 Universal | CC0-1.0",
      "Public Domain Mark 1.0 | CC-PDM-1.0",
      "Free Art License 1.3 | LAL-1.3",
      "Licence Art Libre 1.3 | LAL-1.3",
      "GPLv3 | GPL-3.0-only",
      "GPL-3.0 | GPL-3.0-only",
      "GFDL-1.3 | GFDL-1.3-only",
      "All rights reserved | NONE",
      "© | NONE",
      "NONE | NONE",
      "unspecified | NOASSERTION",
      "NOASSERTION | NOASSERTION",
  })
  void parse_nameAsPeopleWriteIt_givesTheLicense(String name, String expectedId) {
    assertThat(License.parse(name).id()).isEqualTo(expectedId);
  }

  @Test
  void parse_unknownJurisdictionKz_refusesAndSuggestsTheUnportedLicense() {
    assertThatThrownBy(() -> License.parse("https://creativecommons.org/licenses/by/3.0/kz/"))
        .isInstanceOf(UnknownLicenseException.class)
        .hasMessageContaining("License.text must name a known license")
        .hasMessageContaining("\"kz\" is not a Creative Commons jurisdiction")
        .hasMessageContaining("no Kazakh port")
        .hasMessageContaining("closest: CC-BY-3.0, CC-BY-4.0")
        .hasMessageContaining("was \"https://creativecommons.org/licenses/by/3.0/kz/\"")
        .satisfies(e -> assertThat(((UnknownLicenseException) e).closestMatches())
            .containsExactly(Licenses.CC_BY_3_0, Licenses.CC_BY_4_0));
  }

  @Test
  void parse_spdxLikeIdWithUnknownJurisdiction_refusesNamingThePort() {
    assertThatThrownBy(() -> License.parse("CC-BY-SA-3.0-KZ"))
        .isInstanceOf(UnknownLicenseException.class)
        .hasMessageContaining("\"kz\" is not a Creative Commons jurisdiction")
        .hasMessageContaining("closest: CC-BY-SA-3.0, CC-BY-SA-4.0")
        .hasMessageContaining("was \"CC-BY-SA-3.0-KZ\"");
  }

  @Test
  void parse_portThatExistsButNotForThatVersion_refusesNamingIt() {
    // Germany has 2.0 and 3.0 ports but no 2.5 port (https://creativecommons.org/licenses/list.en).
    assertThatThrownBy(() -> License.parse("http://creativecommons.org/licenses/by-sa/2.5/de/"))
        .isInstanceOf(UnknownLicenseException.class)
        .hasMessageContaining("Creative Commons published no by-sa 2.5 license for jurisdiction \"de\"")
        .hasMessageContaining("closest: CC-BY-SA-2.5, CC-BY-SA-4.0");
  }

  @Test
  void parse_versionThatDoesNotExist_refuses() {
    assertThatThrownBy(() -> License.parse("https://creativecommons.org/licenses/by/5.0/"))
        .isInstanceOf(UnknownLicenseException.class)
        .hasMessageContaining("Creative Commons published no by 5.0 license")
        .hasMessageContaining("closest: CC-BY-4.0");
  }

  @Test
  void parse_creativeCommonsUriOfNoTool_refuses() {
    assertThatThrownBy(() -> License.parse("https://creativecommons.org/about/"))
        .isInstanceOf(UnknownLicenseException.class)
        .hasMessageContaining("the Creative Commons URI names no legal tool")
        .hasMessageContaining("was \"https://creativecommons.org/about/\"");
  }

  @Test
  void parse_typoInSpdxId_refusesAndSuggestsTheIntendedId() {
    assertThatThrownBy(() -> License.parse("CC-BY-SA-4.1"))
        .isInstanceOf(UnknownLicenseException.class)
        .hasMessageContaining("closest: CC-BY-SA-4.0")
        .hasMessageContaining("was \"CC-BY-SA-4.1\"");
  }

  @Test
  void parse_nameWithoutVersion_isNotGuessedButSuggested() {
    assertThatThrownBy(() -> License.parse("CC BY-SA"))
        .isInstanceOf(UnknownLicenseException.class)
        .hasMessageContaining("closest: CC-BY-SA-4.0")
        .hasMessageContaining("was \"CC BY-SA\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"xyzzy", "MIT", "GPL-3.0-or-later", "https://example.org/license",
      "Attribution 4.0 International (CC BY-SA 4.0)"})
  void parse_textNamingNoKnownLicense_refusesQuotingIt(String text) {
    assertThatThrownBy(() -> License.parse(text))
        .isInstanceOf(UnknownLicenseException.class)
        .hasMessageContaining("License.text must name a known license")
        .hasMessageContaining("was \"" + text + "\"")
        .satisfies(e -> {
          assertThat(((UnknownLicenseException) e).input()).isEqualTo(text);
          assertThat(((UnknownLicenseException) e).closestMatches()).hasSize(3);
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void parse_blankText_refuses(String text) {
    assertThatThrownBy(() -> License.parse(text))
        .isInstanceOf(UnknownLicenseException.class)
        .hasMessageContaining("the text is blank");
  }

  @Test
  void parse_unknownLicense_isADomainRuleException() {
    assertThatThrownBy(() -> License.parse("nonsense"))
        .isInstanceOf(DomainRuleException.class)
        .satisfies(e -> {
          assertThat(((DomainRuleException) e).type()).isEqualTo("License");
          assertThat(((DomainRuleException) e).attribute()).isEqualTo("text");
        });
  }

  static Stream<Arguments> closestCases() {
    return Stream.of(
        Arguments.of("Atribution-ShareAlike 4.0 International", Licenses.CC_BY_SA_4_0),
        Arguments.of("CC-BY-NC-SA4.0", Licenses.CC_BY_NC_SA_4_0));
  }

  @ParameterizedTest
  @MethodSource("closestCases")
  void closest_misspelling_putsTheIntendedLicenseFirst(String text, License expected) {
    assertThat(LicenseCatalog.standard().closest(text, 3)).first().isEqualTo(expected);
  }
}
