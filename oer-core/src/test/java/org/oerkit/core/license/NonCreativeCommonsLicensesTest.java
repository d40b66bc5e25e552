package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The non-CC licences of issue 14: SPDX ids and names as the SPDX licence list 3.28.0 writes them, their
 * terms, and their openness under each definition (sources in {@link Openness}).
 */
class NonCreativeCommonsLicensesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // id | SPDX name | share-alike | UNESCO 2019 | Free Cultural Works | Open Definition
      "GPL-3.0-only | GNU General Public License v3.0 only | true | true | true | false",
      "GPL-3.0-or-later | GNU General Public License v3.0 or later | true | true | true | false",
      "GFDL-1.3-only | GNU Free Documentation License v1.3 only | true | true | true | false",
      "GFDL-1.3-or-later | GNU Free Documentation License v1.3 or later | true | true | true | false",
      "GFDL-1.3-invariants-only | GNU Free Documentation License v1.3 only - invariants | true | true | true | false",
      "GFDL-1.3-invariants-or-later | GNU Free Documentation License v1.3 or later - invariants | true | true | true | false",
      "GFDL-1.3-no-invariants-only | GNU Free Documentation License v1.3 only - no invariants | true | true | true | false",
      "GFDL-1.3-no-invariants-or-later | GNU Free Documentation License v1.3 or later - no invariants | true | true | true | false",
      "LAL-1.3 | Licence Art Libre 1.3 | true | true | true | true",
      "ODbL-1.0 | Open Data Commons Open Database License v1.0 | true | true | false | true",
      "ODC-By-1.0 | Open Data Commons Attribution License v1.0 | false | true | false | true",
      "PDDL-1.0 | Open Data Commons Public Domain Dedication & License 1.0 | false | true | false | true",
      "MIT | MIT License | false | true | true | false",
      "Apache-2.0 | Apache License 2.0 | false | true | false | false",
      "OGL-UK-3.0 | Open Government Licence v3.0 | false | true | false | true",
  })
  void license_hasTheSpdxIdNameTermsAndOpenness(String id, String spdxName, boolean shareAlike, boolean unesco,
      boolean freeCultural, boolean openDefinition) {
    License license = License.parse(id);

    assertThat(license.spdxId()).contains(id);
    assertThat(StandardLicenses.SPDX_NAMES.get(id)).isEqualTo(spdxName);
    assertThat(License.parse(spdxName)).isEqualTo(license);
    assertThat(license.requiresShareAlike()).isEqualTo(shareAlike);
    assertThat(license.allowsAdaptation()).isTrue();
    assertThat(license.allowsCommercialUse()).isTrue();
    assertThat(license.isOpen(Openness.UNESCO_2019)).isEqualTo(unesco);
    assertThat(license.isOpen(Openness.FREE_CULTURAL_WORKS)).isEqualTo(freeCultural);
    assertThat(license.isOpen(Openness.OPEN_DEFINITION)).isEqualTo(openDefinition);
  }
}
