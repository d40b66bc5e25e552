package org.oerkit.core.license;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;

/**
 * The data of the standard catalogue: every Creative Commons tool in every version and port, and the
 * non-CC licences and markers oerkit knows.
 *
 * <p>Which tools exist in which version and jurisdiction follows the Creative Commons licence list
 * (https://creativecommons.org/licenses/list.en, stored as {@code docs/licenses/list.en.html} in
 * {@code creativecommons/cc-legal-tools-data}); SPDX ids follow the file names of
 * {@code spdx/license-list-XML/src}; official names follow {@code dcterms:title} in each tool's RDF.
 */
final class StandardLicenses {

  private StandardLicenses() {}

  /** The six units of the current Creative Commons licences, in the licence list's column order. */
  private static final List<String> SIX = List.of("by", "by-nc", "by-nc-nd", "by-nc-sa", "by-nd", "by-sa");
  /** The six units as version 1.0 spells them ({@code by-nd-nc} for BY-NC-ND). */
  private static final List<String> SIX_1_0 = List.of("by", "by-nc", "by-nc-sa", "by-nd", "by-nd-nc", "by-sa");
  /** The 1.0 units without BY, retired 2004-05-25. */
  private static final List<String> WITHOUT_BY = List.of("nc", "nc-sa", "nd", "nd-nc", "sa");

  /** The two SPDX ids of the GPL 3.0. */
  static final List<String> GPL_3_0 = List.of("GPL-3.0-only", "GPL-3.0-or-later");
  /** The six SPDX ids of the GFDL 1.3, "only" first. */
  static final List<String> GFDL_1_3 = List.of("GFDL-1.3-only", "GFDL-1.3-or-later", "GFDL-1.3-invariants-only",
      "GFDL-1.3-invariants-or-later", "GFDL-1.3-no-invariants-only", "GFDL-1.3-no-invariants-or-later");

  /**
   * The tools of each version: for each jurisdiction ({@code ""} for the generic, unported or international
   * tools) the units the licence list shows.
   */
  private static final ListMultimap<String, String> TOOLS = tools();

  /** The SPDX ids of Creative Commons tools (spdx/license-list-XML/src). */
  private static final Set<String> SPDX_IDS = ImmutableSet.of(
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

  /** Official Russian titles of the 4.0 licences ({@code dcterms:title xml:lang="ru"} of their RDF). */
  private static final Map<String, String> RUSSIAN_4_0 = ImmutableMap.<String, String>builder()
      .put("by", "С указанием авторства версии 4.0 Международная")
      .put("by-sa", "С указанием авторства-С сохранением условий версии 4.0 Международная")
      .put("by-nc", "С указанием авторства-Некоммерческая версии 4.0 Международная")
      .put("by-nd", "С указанием авторства-Без производных версии 4.0 Международная")
      .put("by-nc-sa", "С указанием авторства-Некоммерческая-С сохранением условий версии 4.0 Международная")
      .put("by-nc-nd", "С указанием авторства-Некоммерческая-Без производных версии 4.0 Международная")
      .build();

  /**
   * The full names of the licences as the SPDX licence list writes them (list version 3.28.0, as the
   * {@code spdx-license-list} 6.12.0 package redistributes it), by SPDX id: each is also a name the licence
   * is parsed by, with its runs of spaces as they are ("Creative    Commons Public Domain Mark 1.0
   * Universal").
   */
  static final Map<String, String> SPDX_NAMES = ImmutableMap.<String, String>builder()
      .put("Apache-2.0", "Apache License 2.0")
      .put("CC-BY-1.0", "Creative Commons Attribution 1.0 Generic")
      .put("CC-BY-2.0", "Creative Commons Attribution 2.0 Generic")
      .put("CC-BY-2.5", "Creative Commons Attribution 2.5 Generic")
      .put("CC-BY-2.5-AU", "Creative Commons Attribution 2.5 Australia")
      .put("CC-BY-3.0", "Creative Commons Attribution 3.0 Unported")
      .put("CC-BY-3.0-AT", "Creative Commons Attribution 3.0 Austria")
      .put("CC-BY-3.0-AU", "Creative Commons Attribution 3.0 Australia")
      .put("CC-BY-3.0-DE", "Creative Commons Attribution 3.0 Germany")
      .put("CC-BY-3.0-IGO", "Creative Commons Attribution 3.0 IGO")
      .put("CC-BY-3.0-NL", "Creative Commons Attribution 3.0 Netherlands")
      .put("CC-BY-3.0-US", "Creative Commons Attribution 3.0 United States")
      .put("CC-BY-4.0", "Creative Commons Attribution 4.0 International")
      .put("CC-BY-NC-1.0", "Creative Commons Attribution Non Commercial 1.0 Generic")
      .put("CC-BY-NC-2.0", "Creative Commons Attribution Non Commercial 2.0 Generic")
      .put("CC-BY-NC-2.5", "Creative Commons Attribution Non Commercial 2.5 Generic")
      .put("CC-BY-NC-3.0", "Creative Commons Attribution Non Commercial 3.0 Unported")
      .put("CC-BY-NC-3.0-DE", "Creative Commons Attribution Non Commercial 3.0 Germany")
      .put("CC-BY-NC-4.0", "Creative Commons Attribution Non Commercial 4.0 International")
      .put("CC-BY-NC-ND-1.0", "Creative Commons Attribution Non Commercial No Derivatives 1.0 Generic")
      .put("CC-BY-NC-ND-2.0", "Creative Commons Attribution Non Commercial No Derivatives 2.0 Generic")
      .put("CC-BY-NC-ND-2.5", "Creative Commons Attribution Non Commercial No Derivatives 2.5 Generic")
      .put("CC-BY-NC-ND-3.0", "Creative Commons Attribution Non Commercial No Derivatives 3.0 Unported")
      .put("CC-BY-NC-ND-3.0-DE", "Creative Commons Attribution Non Commercial No Derivatives 3.0 Germany")
      .put("CC-BY-NC-ND-3.0-IGO", "Creative Commons Attribution Non Commercial No Derivatives 3.0 IGO")
      .put("CC-BY-NC-ND-4.0", "Creative Commons Attribution Non Commercial No Derivatives 4.0 International")
      .put("CC-BY-NC-SA-1.0", "Creative Commons Attribution Non Commercial Share Alike 1.0 Generic")
      .put("CC-BY-NC-SA-2.0", "Creative Commons Attribution Non Commercial Share Alike 2.0 Generic")
      .put("CC-BY-NC-SA-2.0-DE", "Creative Commons Attribution Non Commercial Share Alike 2.0 Germany")
      .put("CC-BY-NC-SA-2.0-FR", "Creative Commons Attribution-NonCommercial-ShareAlike 2.0 France")
      .put("CC-BY-NC-SA-2.0-UK", "Creative Commons Attribution Non Commercial Share Alike 2.0 England and Wales")
      .put("CC-BY-NC-SA-2.5", "Creative Commons Attribution Non Commercial Share Alike 2.5 Generic")
      .put("CC-BY-NC-SA-3.0", "Creative Commons Attribution Non Commercial Share Alike 3.0 Unported")
      .put("CC-BY-NC-SA-3.0-DE", "Creative Commons Attribution Non Commercial Share Alike 3.0 Germany")
      .put("CC-BY-NC-SA-3.0-IGO", "Creative Commons Attribution Non Commercial Share Alike 3.0 IGO")
      .put("CC-BY-NC-SA-4.0", "Creative Commons Attribution Non Commercial Share Alike 4.0 International")
      .put("CC-BY-ND-1.0", "Creative Commons Attribution No Derivatives 1.0 Generic")
      .put("CC-BY-ND-2.0", "Creative Commons Attribution No Derivatives 2.0 Generic")
      .put("CC-BY-ND-2.5", "Creative Commons Attribution No Derivatives 2.5 Generic")
      .put("CC-BY-ND-3.0", "Creative Commons Attribution No Derivatives 3.0 Unported")
      .put("CC-BY-ND-3.0-DE", "Creative Commons Attribution No Derivatives 3.0 Germany")
      .put("CC-BY-ND-4.0", "Creative Commons Attribution No Derivatives 4.0 International")
      .put("CC-BY-SA-1.0", "Creative Commons Attribution Share Alike 1.0 Generic")
      .put("CC-BY-SA-2.0", "Creative Commons Attribution Share Alike 2.0 Generic")
      .put("CC-BY-SA-2.0-UK", "Creative Commons Attribution Share Alike 2.0 England and Wales")
      .put("CC-BY-SA-2.1-JP", "Creative Commons Attribution Share Alike 2.1 Japan")
      .put("CC-BY-SA-2.5", "Creative Commons Attribution Share Alike 2.5 Generic")
      .put("CC-BY-SA-3.0", "Creative Commons Attribution Share Alike 3.0 Unported")
      .put("CC-BY-SA-3.0-AT", "Creative Commons Attribution Share Alike 3.0 Austria")
      .put("CC-BY-SA-3.0-DE", "Creative Commons Attribution Share Alike 3.0 Germany")
      .put("CC-BY-SA-3.0-IGO", "Creative Commons Attribution-ShareAlike 3.0 IGO")
      .put("CC-BY-SA-4.0", "Creative Commons Attribution Share Alike 4.0 International")
      .put("CC-PDDC", "Creative Commons Public Domain Dedication and Certification")
      .put("CC-PDM-1.0", "Creative    Commons Public Domain Mark 1.0 Universal")
      .put("CC-SA-1.0", "Creative Commons Share Alike 1.0 Generic")
      .put("CC0-1.0", "Creative Commons Zero v1.0 Universal")
      .put("GFDL-1.3-invariants-only", "GNU Free Documentation License v1.3 only - invariants")
      .put("GFDL-1.3-invariants-or-later", "GNU Free Documentation License v1.3 or later - invariants")
      .put("GFDL-1.3-no-invariants-only", "GNU Free Documentation License v1.3 only - no invariants")
      .put("GFDL-1.3-no-invariants-or-later", "GNU Free Documentation License v1.3 or later - no invariants")
      .put("GFDL-1.3-only", "GNU Free Documentation License v1.3 only")
      .put("GFDL-1.3-or-later", "GNU Free Documentation License v1.3 or later")
      .put("GPL-3.0-only", "GNU General Public License v3.0 only")
      .put("GPL-3.0-or-later", "GNU General Public License v3.0 or later")
      .put("LAL-1.3", "Licence Art Libre 1.3")
      .put("MIT", "MIT License")
      .put("ODC-By-1.0", "Open Data Commons Attribution License v1.0")
      .put("ODbL-1.0", "Open Data Commons Open Database License v1.0")
      .put("OGL-UK-3.0", "Open Government Licence v3.0")
      .put("PDDL-1.0", "Open Data Commons Public Domain Dedication & License 1.0")
      .build();

  /** Further names people write for the non-CC licences and markers, by canonical identifier. */
  static final ListMultimap<String, String> EXTRA_ALIASES = ImmutableListMultimap.<String, String>builder()
      .putAll("CC0-1.0", "CC0", "CC Zero", "CC Zero 1.0", "Creative Commons Zero v1.0 Universal",
          "Public Domain Dedication 1.0", "https://creativecommons.org/publicdomain/zero/1.0")
      .putAll("CC-PDM-1.0", "PDM", "PDM 1.0", "Creative Commons Public Domain Mark 1.0 Universal")
      .putAll("CC-PDDC", "Creative Commons Public Domain Dedication and Certification",
          "Public Domain Certification")
      .putAll("LAL-1.3", "FAL 1.3", "FAL-1.3", "Free Art License 1.3", "Free Art 1.3", "Licence Art Libre 1.3",
          "LAL 1.3")
      // "GPL-3.0" and "GFDL-1.3" are the deprecated SPDX ids of the "only" licences; "GPLv3" or "GFDL 1.3"
      // alone does not say "only" or "or later", and is read as ambiguous, not as either.
      .putAll("GPL-3.0-only", "GPL-3.0", "GNU General Public License v3.0 only")
      .putAll("GPL-3.0-or-later", "GPL-3.0+", "GNU General Public License v3.0 or later")
      .putAll("GFDL-1.3-only", "GFDL-1.3", "GNU Free Documentation License v1.3 only")
      .putAll("GFDL-1.3-or-later", "GNU Free Documentation License v1.3 or later")
      .putAll("MIT", "The MIT License", "MIT Licence", "Expat")
      .putAll("Apache-2.0", "Apache License, Version 2.0", "Apache License Version 2.0", "Apache 2.0",
          "ASL 2.0", "Apache Software License 2.0")
      .putAll("ODbL-1.0", "ODbL", "ODbL 1.0", "ODC-ODbL", "ODC-ODbL-1.0", "Open Database License", "Open Database License 1.0",
          "Open Data Commons Open Database License 1.0")
      .putAll("ODC-By-1.0", "ODC-By", "ODC-BY 1.0", "Open Data Commons Attribution License 1.0",
          "Open Data Commons Attribution License")
      .putAll("PDDL-1.0", "PDDL", "ODC-PDDL", "ODC-PDDL-1.0", "PDDL 1.0",
          "Open Data Commons Public Domain Dedication and License 1.0",
          "Open Data Commons Public Domain Dedication and Licence 1.0")
      .putAll("OGL-UK-3.0", "OGL 3.0", "OGL v3.0", "OGL-3.0", "Open Government Licence v3", "Open Government "
          + "Licence version 3.0", "Open Government Licence 3.0", "Open Government Licence 3.0 (United Kingdom)")
      .putAll("NONE", "All rights reserved", "©", "(c)", "Copyright", "Все права защищены")
      .putAll("NOASSERTION", "Unspecified", "Not specified", "License not specified", "Лицензия не указана")
      .build();

  /** URIs of the non-CC licences other than their canonical one. */
  static final ListMultimap<String, String> EXTRA_URIS = ImmutableListMultimap.<String, String>builder()
      .putAll("LAL-1.3", "https://artlibre.org/licence/lal/en", "https://artlibre.org/licence/lal/",
          "https://artlibre.org/licence/lal")
      .putAll("MIT", "https://opensource.org/licenses/MIT", "http://www.opensource.org/licenses/MIT")
      .putAll("Apache-2.0", "https://www.apache.org/licenses/LICENSE-2.0.html",
          "https://www.apache.org/licenses/LICENSE-2.0.txt", "https://opensource.org/licenses/Apache-2.0")
      .putAll("OGL-UK-3.0", "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")
      .build();

  /**
   * URIs that several licences share, by the SPDX ids of all of them: the GNU pages name the text, not the
   * "only" or "or later" choice, and the GFDL 1.3 page is the text of all six GFDL 1.3 variants (the SPDX
   * list gives {@code https://www.gnu.org/licenses/fdl-1.3.txt} to each). A URI here names no single
   * licence: it is read as ambiguous.
   */
  static final ListMultimap<String, String> SHARED_URIS = sharedUris();

  private static ListMultimap<String, String> sharedUris() {
    ImmutableListMultimap.Builder<String, String> shared = ImmutableListMultimap.builder();
    for (String uri : List.of("https://www.gnu.org/licenses/gpl-3.0.html", "https://www.gnu.org/licenses/gpl-3.0",
        "https://www.gnu.org/licenses/gpl-3.0.en.html", "https://www.gnu.org/licenses/gpl-3.0.txt",
        "https://www.gnu.org/licenses/gpl-3.0-standalone.html", "https://opensource.org/licenses/GPL-3.0")) {
      shared.putAll(uri, GPL_3_0);
    }
    for (String uri : List.of("https://www.gnu.org/licenses/fdl-1.3.html", "https://www.gnu.org/licenses/fdl-1.3",
        "https://www.gnu.org/licenses/fdl-1.3.en.html", "https://www.gnu.org/licenses/fdl-1.3.txt")) {
      shared.putAll(uri, GFDL_1_3);
    }
    return shared.build();
  }

  private static ListMultimap<String, String> tools() {
    ImmutableListMultimap.Builder<String, String> tools = ImmutableListMultimap.builder();
    tools.putAll("4.0/", SIX);
    tools.putAll("3.0/", SIX);
    for (String port : List.of("am", "at", "au", "az", "br", "ca", "ch", "cl", "cn", "cr", "cz", "de", "ec",
        "ee", "eg", "es", "fr", "ge", "gr", "gt", "hk", "hr", "igo", "ie", "it", "lu", "nl", "no", "nz", "ph",
        "pl", "pr", "pt", "ro", "rs", "sg", "th", "tw", "ug", "us", "ve", "vn", "za")) {
      tools.putAll("3.0/" + port, SIX);
    }
    tools.putAll("2.5/", SIX);
    for (String port : List.of("ar", "au", "bg", "br", "ca", "ch", "cn", "co", "dk", "es", "hr", "hu", "il",
        "in", "it", "mk", "mt", "mx", "my", "nl", "pe", "pl", "pt", "scotland", "se", "si", "tw", "za")) {
      tools.putAll("2.5/" + port, SIX);
    }
    for (String port : List.of("au", "ca", "es", "jp")) {
      tools.putAll("2.1/" + port, SIX);
    }
    tools.putAll("2.0/", SIX);
    tools.put("2.0/", "devnations");
    for (String port : List.of("at", "au", "be", "br", "ca", "cl", "de", "es", "fr", "hr", "it", "jp", "kr",
        "nl", "pl", "tw", "uk", "za")) {
      tools.putAll("2.0/" + port, SIX);
    }
    tools.putAll("2.0/jp", WITHOUT_BY);
    tools.putAll("1.0/", SIX_1_0);
    tools.putAll("1.0/", WITHOUT_BY);
    tools.putAll("1.0/", List.of("nc-sampling+", "sampling", "sampling+"));
    tools.putAll("1.0/br", List.of("sampling", "sampling+"));
    tools.putAll("1.0/de", List.of("sampling+"));
    tools.putAll("1.0/fi", SIX_1_0);
    tools.putAll("1.0/fi", WITHOUT_BY);
    tools.putAll("1.0/il", SIX_1_0);
    tools.putAll("1.0/nl", SIX_1_0);
    tools.putAll("1.0/nl", WITHOUT_BY);
    tools.putAll("1.0/tw", List.of("nc-sampling+", "sampling", "sampling+"));
    return tools.build();
  }

  /**
   * Builds the standard catalogue, current licences first: the 4.0 licences, CC0 and the Public Domain
   * Mark, then older versions newest first, then the retired tools, the non-CC licences and the markers.
   *
   * @return the licences
   */
  static List<License> build() {
    ImmutableList.Builder<License> licenses = ImmutableList.builder();
    List<License> retired = new java.util.ArrayList<>();
    for (Map.Entry<String, String> tool : TOOLS.entries()) {
      String[] versionAndPort = tool.getKey().split("/", -1);
      License license = creativeCommons(tool.getValue(), versionAndPort[0], versionAndPort[1]);
      if (license.isRetired()) {
        retired.add(license);
      } else {
        licenses.add(license);
      }
      if (versionAndPort[0].equals("4.0") && tool.getValue().equals("by-sa")) {
        licenses.add(publicDomain(LicenseKind.CC0, "zero", "CC0 1.0 Universal", "CC0 1.0", true));
        licenses.add(publicDomain(LicenseKind.PUBLIC_DOMAIN_MARK, "mark", "Public Domain Mark 1.0",
            "Public Domain Mark 1.0", false));
      }
    }
    licenses.addAll(retired);
    licenses.add(License.builder()
        .kind(LicenseKind.PUBLIC_DOMAIN_CERTIFICATION)
        .spdxId("CC-PDDC")
        .uri(URI.create("https://creativecommons.org/publicdomain/certification/1.0/us/"))
        .deed(URI.create("https://creativecommons.org/publicdomain/certification/1.0/us/"))
        .version("1.0")
        .jurisdiction(Jurisdiction.ofPort("us"))
        .names(LocalizedText.of(LanguageTag.ENGLISH,
            "Copyright-Only Dedication (based on United States law) or Public Domain Certification"))
        .shortName("CC PD Certification 1.0 US")
        .terms(LicenseKind.PUBLIC_DOMAIN_CERTIFICATION.terms().orElseThrow())
        .retiredOn(LicenseKind.PUBLIC_DOMAIN_CERTIFICATION.retiredOn().orElseThrow())
        .build());
    licenses.add(other(LicenseKind.FREE_ART, "LAL-1.3", "https://artlibre.org/licence/lal/en/", "1.3",
        LocalizedText.builder().put(LanguageTag.ENGLISH, "Free Art License 1.3")
            .put(LanguageTag.FRENCH, "Licence Art Libre 1.3").build(), "FAL 1.3"));
    licenses.add(other(LicenseKind.GPL, "GPL-3.0-only", "https://www.gnu.org/licenses/gpl-3.0.html", "3.0",
        LocalizedText.of(LanguageTag.ENGLISH, "GNU General Public License v3.0 only"), "GPL-3.0"));
    licenses.add(other(LicenseKind.GPL, "GPL-3.0-or-later", "https://www.gnu.org/licenses/gpl-3.0.html", "3.0",
        LocalizedText.of(LanguageTag.ENGLISH, "GNU General Public License v3.0 or later"), "GPL-3.0-or-later"));
    for (String id : GFDL_1_3) {
      licenses.add(other(LicenseKind.GFDL, id, "https://www.gnu.org/licenses/fdl-1.3.html", "1.3",
          LocalizedText.of(LanguageTag.ENGLISH, SPDX_NAMES.get(id)), id.equals("GFDL-1.3-only") ? "GFDL-1.3" : id));
    }
    licenses.add(other(LicenseKind.ODBL, "ODbL-1.0", "http://www.opendatacommons.org/licenses/odbl/1.0/", "1.0",
        LocalizedText.of(LanguageTag.ENGLISH, SPDX_NAMES.get("ODbL-1.0")), "ODbL 1.0"));
    licenses.add(other(LicenseKind.ODC_BY, "ODC-By-1.0", "https://opendatacommons.org/licenses/by/1.0/", "1.0",
        LocalizedText.of(LanguageTag.ENGLISH, SPDX_NAMES.get("ODC-By-1.0")), "ODC-By 1.0"));
    licenses.add(other(LicenseKind.PDDL, "PDDL-1.0", "http://opendatacommons.org/licenses/pddl/1.0/", "1.0",
        LocalizedText.of(LanguageTag.ENGLISH, SPDX_NAMES.get("PDDL-1.0")), "PDDL 1.0"));
    licenses.add(License.builder()
        .kind(LicenseKind.MIT)
        .spdxId("MIT")
        .uri(URI.create("https://opensource.org/license/mit/"))
        .legalCode(URI.create("https://opensource.org/license/mit/"))
        .names(LocalizedText.of(LanguageTag.ENGLISH, SPDX_NAMES.get("MIT")))
        .shortName("MIT")
        .terms(LicenseKind.MIT.terms().orElseThrow())
        .build());
    licenses.add(other(LicenseKind.APACHE, "Apache-2.0", "https://www.apache.org/licenses/LICENSE-2.0", "2.0",
        LocalizedText.of(LanguageTag.ENGLISH, SPDX_NAMES.get("Apache-2.0")), "Apache-2.0"));
    licenses.add(other(LicenseKind.OGL_UK, "OGL-UK-3.0",
        "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", "3.0",
        LocalizedText.of(LanguageTag.ENGLISH, SPDX_NAMES.get("OGL-UK-3.0")), "OGL-UK-3.0"));
    licenses.add(marker(LicenseKind.ALL_RIGHTS_RESERVED, "All rights reserved", "Все права защищены"));
    licenses.add(marker(LicenseKind.UNSPECIFIED, "License not specified", "Лицензия не указана"));
    return licenses.build();
  }

  private static License creativeCommons(String unit, String version, String port) {
    LicenseKind kind = kindOf(unit);
    String path = "https://creativecommons.org/licenses/" + unit + "/" + version + "/"
        + (port.isEmpty() ? "" : port + "/");
    Jurisdiction jurisdiction = port.isEmpty() ? null : Jurisdiction.ofPort(port);
    String spdx = "CC-" + kind.abbreviation().toUpperCase(Locale.ROOT) + "-" + version
        + (port.isEmpty() ? "" : "-" + port.toUpperCase(Locale.ROOT));
    String elements = version.equals("4.0")
        ? kind.elementName().replace("NoDerivs", "NoDerivatives")
        : unit.equals("by-nd-nc") ? "Attribution-NoDerivs-NonCommercial" : kind.elementName();
    String where;
    if (jurisdiction != null) {
      where = jurisdiction == Jurisdiction.IGO ? "IGO" : jurisdiction.name();
    } else if (version.equals("4.0")) {
      where = "International";
    } else if (version.equals("3.0")) {
      where = "Unported";
    } else {
      where = "Generic";
    }
    LocalizedText.Builder names = LocalizedText.builder().put(LanguageTag.ENGLISH,
        kind == LicenseKind.CC_DEVNATIONS ? "Developing Nations 2.0" : elements + " " + version + " " + where);
    if (version.equals("4.0")) {
      names.put(LanguageTag.RUSSIAN, RUSSIAN_4_0.get(unit));
    }
    String abbreviation = unit.equals("by-nd-nc") ? "BY-ND-NC" : kind.abbreviation();
    License.Builder license = License.builder()
        .kind(kind)
        .uri(URI.create(path))
        .legalCode(URI.create(path + "legalcode"))
        .deed(URI.create(path))
        .version(version)
        .names(names.build())
        .shortName("CC " + abbreviation + " " + version
            + (port.isEmpty() ? "" : " " + port.toUpperCase(Locale.ROOT)))
        .terms(kind.terms().orElseThrow());
    if (SPDX_IDS.contains(spdx)) {
      license.spdxId(spdx);
    }
    if (jurisdiction != null) {
      license.jurisdiction(jurisdiction);
    }
    kind.retiredOn().ifPresent(license::retiredOn);
    return license.build();
  }

  private static LicenseKind kindOf(String unit) {
    if (unit.equals("by-nd-nc")) {
      return LicenseKind.CC_BY_NC_ND;
    }
    for (LicenseKind kind : LicenseKind.values()) {
      if (kind.unit().filter(unit::equals).isPresent()) {
        return kind;
      }
    }
    throw new IllegalStateException("no kind for unit " + unit);
  }

  private static License publicDomain(LicenseKind kind, String unit, String name, String shortName,
      boolean legalCode) {
    String path = "https://creativecommons.org/publicdomain/" + unit + "/1.0/";
    License.Builder license = License.builder()
        .kind(kind)
        .spdxId(kind == LicenseKind.CC0 ? "CC0-1.0" : "CC-PDM-1.0")
        .uri(URI.create(path))
        .deed(URI.create(path))
        .version("1.0")
        .names(LocalizedText.of(LanguageTag.ENGLISH, name))
        .shortName(shortName)
        .terms(kind.terms().orElseThrow());
    if (legalCode) {
      license.legalCode(URI.create(path + "legalcode"));
    }
    return license.build();
  }

  private static License other(LicenseKind kind, String spdxId, String uri, String version, LocalizedText names,
      String shortName) {
    return License.builder()
        .kind(kind)
        .spdxId(spdxId)
        .uri(URI.create(uri))
        .legalCode(URI.create(uri))
        .version(version)
        .names(names)
        .shortName(shortName)
        .terms(kind.terms().orElseThrow())
        .build();
  }

  private static License marker(LicenseKind kind, String english, String russian) {
    return License.builder()
        .kind(kind)
        .names(LocalizedText.builder().put(LanguageTag.ENGLISH, english).put(LanguageTag.RUSSIAN, russian).build())
        .shortName(english)
        .terms(kind.terms().orElseThrow())
        .build();
  }
}
