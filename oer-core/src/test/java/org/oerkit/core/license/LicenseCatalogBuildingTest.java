package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;

/**
 * What a catalogue decides when it is built: the identifiers, URIs and names it reads, the ones it leaves
 * out because two licences share them, and the families and shared URIs its detector answers as ambiguous.
 * The standard catalogue is built once per JVM; these tests build their own, from the standard licences
 * and from user-defined ones.
 */
class LicenseCatalogBuildingTest {

  private static final URI SHARED = URI.create("https://example.org/open-licence");

  private static License custom(String id, String name, URI uri) {
    return License.custom(id, name, uri, Licenses.CC_BY_4_0.terms());
  }

  @Test
  void build_twoLicensesWithOneIdentifier_isRefused() {
    List<License> licenses = List.of(custom("LicenseRef-a", "A", URI.create("https://example.org/a")),
        custom("LicenseRef-A", "Another A", URI.create("https://example.org/another-a")));

    assertThatThrownBy(() -> new LicenseCatalog(licenses))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("must not hold two licenses with the same identifier")
        .hasMessageContaining("LicenseRef-A");
  }

  @Test
  void build_nameOrUriThatLicencesShare_namesNoneOfThem() {
    License a = custom("LicenseRef-a", "Open Licence", SHARED);
    License b = custom("LicenseRef-b", "Open Licence", SHARED);
    License c = custom("LicenseRef-c", "Open Licence", SHARED);
    LicenseCatalog catalog = new LicenseCatalog(List.of(a, b, c));

    assertThat(catalog.lookup("Open Licence")).isEmpty();
    assertThat(catalog.lookup(SHARED.toString())).isEmpty();
    assertThat(catalog.lookup("LicenseRef-c")).contains(c);
  }

  @Test
  void build_nameOfALicence_isReadInAnyCase_butANameOfNoiseWordsIsNot() {
    License open = custom("LicenseRef-a", "Open Licence", URI.create("https://example.org/a"));
    License noise = custom("LicenseRef-b", "The Licence", SHARED);
    LicenseCatalog catalog = new LicenseCatalog(List.of(open, noise));

    assertThat(catalog.lookup("open licence")).contains(open);
    assertThat(catalog.lookup("https://example.org/a/")).contains(open);
    assertThat(catalog.lookup("The Licence")).isEmpty();
    assertThat(catalog.lookup("the license")).isEmpty();
  }

  @Test
  void build_standardLicences_readsTheirIdsUrisAndNames() {
    LicenseCatalog catalog = new LicenseCatalog(StandardLicenses.build());

    assertThat(catalog.lookup("cc-by-sa-3.0-de")).map(License::id).contains("CC-BY-SA-3.0-DE");
    assertThat(catalog.lookup("https://creativecommons.org/licenses/by-sa/3.0/de/")).map(License::id)
        .contains("CC-BY-SA-3.0-DE");
    assertThat(catalog.lookup("https://opensource.org/licenses/MIT")).map(License::id).contains("MIT");
    assertThat(catalog.lookup("CC BY-SA 3.0 DE")).map(License::id).contains("CC-BY-SA-3.0-DE");
    assertThat(catalog.lookup("Attribution-ShareAlike 3.0 Germany")).map(License::id).contains("CC-BY-SA-3.0-DE");
    assertThat(catalog.lookup("CC BY-SA 3.0")).map(License::id).contains("CC-BY-SA-3.0");
    assertThat(catalog.lookup("CC BY-ND-NC 1.0")).map(License::id).contains("CC-BY-NC-ND-1.0");
    assertThat(catalog.lookup("Open Data Commons Public Domain Dedication & License 1.0")).map(License::id)
        .contains("PDDL-1.0");
    assertThat(catalog.lookup("CC0 1.0")).map(License::id).contains("CC0-1.0");
  }

  @Test
  void build_standardLicences_detectsTheFamiliesAndSharedUrisAsAmbiguous() {
    LicenseDetector detector = new LicenseCatalog(StandardLicenses.build()).detector();

    assertAmbiguous(detector, "CC BY", "CC-BY-4.0 CC-BY-3.0 CC-BY-2.5 CC-BY-2.0 CC-BY-1.0");
    assertAmbiguous(detector, "Attribution-NoDerivatives", "CC-BY-ND-4.0 CC-BY-ND-3.0 CC-BY-ND-2.5 CC-BY-ND-2.0 "
        + "CC-BY-ND-1.0");
    assertAmbiguous(detector, "Creative Commons", "CC-BY-4.0 CC-BY-NC-4.0 CC-BY-NC-ND-4.0 CC-BY-NC-SA-4.0 "
        + "CC-BY-ND-4.0 CC-BY-SA-4.0 CC0-1.0");
    assertAmbiguous(detector, "public domain", "CC-PDM-1.0 CC0-1.0");
    assertAmbiguous(detector, "GNU GPL", "GPL-3.0-only GPL-3.0-or-later");
    assertAmbiguous(detector, "GNU FDL", "GFDL-1.3-only GFDL-1.3-or-later GFDL-1.3-invariants-only "
        + "GFDL-1.3-invariants-or-later GFDL-1.3-no-invariants-only GFDL-1.3-no-invariants-or-later");
    assertAmbiguous(detector, "Open Government Licence", "OGL-UK-3.0");
    assertAmbiguous(detector, "Apache License", "Apache-2.0");
    assertAmbiguous(detector, "Free Art License", "LAL-1.3");
    assertAmbiguous(detector, "https://www.gnu.org/licenses/gpl-3.0.html", "GPL-3.0-only GPL-3.0-or-later");
    assertAmbiguous(detector, "https://www.gnu.org/licenses/fdl-1.3.txt", "GFDL-1.3-only GFDL-1.3-or-later "
        + "GFDL-1.3-invariants-only GFDL-1.3-invariants-or-later GFDL-1.3-no-invariants-only "
        + "GFDL-1.3-no-invariants-or-later");
    Detection exact = detector.detect("https://creativecommons.org/licenses/by/4.0/");
    assertThat(exact.answer()).isEqualTo(Detection.Answer.EXACT);
    assertThat(exact.license()).map(License::id).contains("CC-BY-4.0");
  }

  @Test
  void build_catalogueWithoutTheFamiliesLicences_hasNoSuchFamilies() {
    LicenseDetector detector = new LicenseCatalog(List.of(custom("LicenseRef-a", "A",
        URI.create("https://example.org/a")))).detector();

    assertThat(detector.detect("GNU GPL").answer()).isEqualTo(Detection.Answer.UNKNOWN);
    assertThat(detector.detect("CC BY").answer()).isEqualTo(Detection.Answer.UNKNOWN);
  }

  private static void assertAmbiguous(LicenseDetector detector, String text, String ids) {
    Detection detection = detector.detect(text);
    assertThat(detection.answer()).as(text).isEqualTo(Detection.Answer.AMBIGUOUS);
    assertThat(detection.candidates()).as(text).extracting(License::id).containsExactly(ids.split(" "));
  }
}
