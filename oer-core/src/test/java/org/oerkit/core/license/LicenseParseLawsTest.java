package org.oerkit.core.license;

import static org.quicktheories.QuickTheory.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Parse and format laws over the whole catalogue: every licence's identifier reads back (user-defined ones
 * once registered), and every real
 * form of a Creative Commons URI (scheme, {@code www}, trailing slash, {@code deed}, {@code deed.xx},
 * {@code legalcode}, {@code legalcode.xx}, {@code rdf}, case) names the same licence.
 *
 * <p>Source of the URI forms: creativecommons/cc-legal-tools-data README ("Canonical URL", "Language
 * Code") and docs/rdf.md (the {@code http} form in RDF).
 */
class LicenseParseLawsTest {

  private static final List<License> ALL = Licenses.all();
  private static final List<License> CREATIVE_COMMONS = ALL.stream()
      .filter(l -> l.uri().map(u -> u.getHost().equals("creativecommons.org")).orElse(false))
      .collect(Collectors.toList());
  private static final List<String> SCHEMES = List.of("https://", "http://", "https://www.", "http://www.", "");
  private static final List<String> SUFFIXES = List.of("", "deed", "deed.en", "deed.ru", "deed.zh-hans",
      "deed.pt_BR", "legalcode", "legalcode.ru", "legalcode.sr-latn", "rdf");

  private static Gen<License> any() {
    return integers().between(0, ALL.size() - 1).map(ALL::get);
  }

  private static Gen<License> creativeCommons() {
    return integers().between(0, CREATIVE_COMMONS.size() - 1).map(CREATIVE_COMMONS::get);
  }

  /**
   * User-defined licences with generated ids (SPDX's idstring: letters, digits, '.' and '-') and terms; the
   * id carries the terms' index and is lower case (the registry reads ids case-insensitively), so that one id
   * is never generated with two definitions.
   */
  private static Gen<License> custom() {
    Gen<String> idstring = strings().betweenCodePoints('-', 'z').ofLengthBetween(1, 20)
        .map(s -> s.replaceAll("[^A-Za-z0-9.-]", "."));
    List<License> termsOf = List.of(Licenses.CC_BY_4_0, Licenses.CC_BY_SA_4_0, Licenses.CC_BY_NC_ND_4_0,
        Licenses.CC0_1_0, Licenses.ALL_RIGHTS_RESERVED);
    return idstring.zip(integers().between(0, termsOf.size() - 1), (id, terms) -> License.custom(
        "LicenseRef-" + id.toLowerCase(Locale.ROOT) + "-" + terms, "Licence " + id.toLowerCase(Locale.ROOT), URI.create("https://example.org/" + terms + "/"),
        termsOf.get(terms).terms()));
  }

  @Test
  void parse_formatOfAnyLicense_givesItBack() {
    qt().withExamples(300).forAll(any()).check(license -> License.parse(license.toString()).equals(license)
        && License.parse(license.toString()).isDefinedAs(license)
        && License.parse(license.toString().toLowerCase(Locale.ROOT)).isDefinedAs(license));
  }

  @Test
  void parse_formatOfEveryLicense_givesItBack() {
    for (License license : ALL) {
      assertThat(License.parse(license.toString())).as(license.toString()).isSameAs(license);
    }
  }

  @Test
  void parse_formatOfARegisteredCustomLicense_givesItBack() {
    qt().withExamples(300).forAll(custom()).check(license -> {
      License registered = Licenses.register(license);
      License parsed = License.parse(license.toString());
      return parsed.equals(license) && parsed.isDefinedAs(license) && registered.isDefinedAs(license)
          && License.parse(license.toString().toUpperCase(Locale.ROOT)).isDefinedAs(license);
    });
  }

  @Test
  void parse_anyRealFormOfACreativeCommonsUri_givesTheSameLicense() {
    qt().withExamples(500)
        .forAll(creativeCommons(), integers().between(0, SCHEMES.size() - 1),
            integers().between(0, SUFFIXES.size() - 1), integers().between(0, 3))
        .check((license, scheme, suffix, variant) -> {
          String path = license.uri().orElseThrow().toString().replaceFirst("^https://", "");
          String text = SCHEMES.get(scheme) + path + SUFFIXES.get(suffix);
          if (SUFFIXES.get(suffix).isEmpty() && variant % 2 == 1) {
            text = text.substring(0, text.length() - 1);
          }
          if (variant >= 2) {
            text = text.toUpperCase(Locale.ROOT);
          }
          return License.parse(text).equals(license);
        });
  }

  @Test
  void parse_shortNameOfAnyLicense_givesItBack() {
    qt().withExamples(300).forAll(any()).check(license -> License.parse(license.shortName()).equals(license));
  }
}
