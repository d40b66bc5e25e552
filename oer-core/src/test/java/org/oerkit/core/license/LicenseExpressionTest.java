package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oerkit.core.DomainRuleException;

/** SPDX licence expressions (SPDX specification 2.3, Annex D). */
class LicenseExpressionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "CC-BY-4.0 OR GPL-3.0-or-later | CC-BY-4.0 OR GPL-3.0-or-later",
      "cc-by-sa-4.0 AND mit | CC-BY-SA-4.0 AND MIT",
      "(CC-BY-4.0 OR MIT) AND Apache-2.0 | (CC-BY-4.0 OR MIT) AND Apache-2.0",
      "CC-BY-SA-3.0+ | CC-BY-SA-3.0+",
      "CC-BY-SA-3.0-or-later | CC-BY-SA-3.0+",
      "GPL-3.0-or-later WITH GCC-exception-3.1 | GPL-3.0-or-later WITH GCC-exception-3.1",
      "LicenseRef-Kazakh-OER-1.0 OR CC-BY-4.0 | LicenseRef-Kazakh-OER-1.0 OR CC-BY-4.0",
  })
  void parse_expression_printsItsCanonicalForm(String text, String canonical) {
    assertThat(LicenseExpression.parse(text)).hasToString(canonical);
  }

  @Test
  void choices_andBindsMoreTightlyThanOr() {
    LicenseExpression expression = LicenseExpression.parse("CC-BY-4.0 OR MIT AND Apache-2.0");

    assertThat(expression.choices()).hasSize(2);
    assertThat(expression.choices().get(1)).hasToString("[MIT, Apache-2.0]");
  }

  @Test
  void isOpen_disjunctionWithOneOpenChoice_isOpen() {
    assertThat(LicenseExpression.parse("CC-BY-ND-4.0 OR CC-BY-4.0").isOpen(Openness.UNESCO_2019)).isTrue();
    assertThat(LicenseExpression.parse("CC-BY-ND-4.0 AND CC-BY-4.0").isOpen(Openness.UNESCO_2019)).isFalse();
  }

  @Test
  void isOpen_unknownReference_isNeverShownOpen() {
    assertThat(LicenseExpression.parse("LicenseRef-Mine AND CC0-1.0").isOpen(Openness.UNESCO_2019)).isFalse();
    assertThat(LicenseExpression.parse("LicenseRef-Mine OR CC0-1.0").isOpen(Openness.OPEN_DEFINITION)).isTrue();
  }

  @Test
  void licenses_areTheCatalogueLicencesNamed() {
    assertThat(LicenseExpression.parse("(CC-BY-4.0 OR MIT) AND LicenseRef-x").licenses())
        .containsExactly(Licenses.CC_BY_4_0, License.parse("MIT"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "CC-BY-4.0 OR | ends where a license id belongs",
      "(CC-BY-4.0 OR MIT | without its",
      "CC-BY-4.0 MIT | unexpected",
      "AND MIT | where a license id belongs",
      "CC-BY-4.0 WITH | ends where an exception id",
  })
  void parse_malformedExpression_refusesSayingWhere(String text, String message) {
    assertThatThrownBy(() -> LicenseExpression.parse(text))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("LicenseExpression.text")
        .hasMessageContaining(message);
  }

  @Test
  void parse_unknownId_refusesWithTheCloseOne() {
    assertThatThrownBy(() -> LicenseExpression.parse("CC-BY-4.1 OR MIT"))
        .isInstanceOf(UnknownLicenseException.class)
        .satisfies(e -> assertThat(((UnknownLicenseException) e).closestMatches()).contains(Licenses.CC_BY_4_0));
  }

  @Test
  void parse_deepNesting_isRefusedNotOverflowed() {
    String deep = "(".repeat(10_000) + "MIT" + ")".repeat(10_000);

    assertThatThrownBy(() -> LicenseExpression.parse(deep)).isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(() -> LicenseExpression.parse("(".repeat(17) + "MIT" + ")".repeat(17)))
        .hasMessageContaining("at most 16 deep");
  }

  @Test
  void parse_manyTerms_isRefusedBeforeItsChoicesExplode() {
    String many = String.join(" AND ", List.of("(MIT OR CC0-1.0)").stream().flatMap(t -> java.util.Collections
        .nCopies(9, t).stream()).toList());

    assertThatThrownBy(() -> LicenseExpression.parse(many)).hasMessageContaining("at most 16 licenses");
  }
}
