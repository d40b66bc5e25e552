package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oerkit.core.DomainRuleException;

/**
 * The syntax of SPDX licence expressions (SPDX specification 2.3, Annex D: {@code idstring = 1*(ALPHA / DIGIT
 * / "-" / ".")}, {@code license-ref = ["DocumentRef-" idstring ":"] "LicenseRef-" idstring}) and the bounds
 * of what oerkit reads.
 */
class SpdxExpressionsSyntaxTest {

  @Test
  void parse_exceptionIdOfEveryIdstringCharacter_isKept() {
    LicenseExpression expression = LicenseExpression.parse("MIT WITH az-AZ.09");

    assertThat(expression).hasToString("MIT WITH az-AZ.09");
    assertThat(expression.licenses()).containsExactly(License.parse("MIT"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"MIT WITH GCC_exception", "MIT WITH exception:3", "MIT WITH ex@ception", "MIT WITH é"})
  void parse_exceptionIdOutsideTheIdstringCharacters_isRefusedQuotingIt(String text) {
    String exception = text.substring("MIT WITH ".length());

    assertThatThrownBy(() -> LicenseExpression.parse(text))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("exception id that is not an SPDX identifier: \"" + exception + "\"");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"DocumentRef-a:LicenseRef-b", "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2",
      "LicenseRef-x", "LicenseRef-Kazakh.OER-1.0"})
  void parse_userDefinedReference_isAReferenceAsWritten(String reference) {
    LicenseExpression expression = LicenseExpression.parse(reference + " OR MIT");

    assertThat(expression).hasToString(reference + " OR MIT");
    assertThat(expression.choices().get(0)).containsExactly(new LicenseExpression.Reference(reference));
    assertThat(expression.licenses()).containsExactly(License.parse("MIT"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"LicenseRef-", "LicenseRef-a_b", "LicenseRef-a:b", "DocumentRef-:LicenseRef-b",
      "DocumentRef-a:LicenseRef-", "DocumentRef-a_b:LicenseRef-c", "DocumentRef-a:LicenseRef-c_d",
      "DocumentRef-a:Licence-c", "DocumentRef-a", "DocumentRef-a:b:LicenseRef-c"})
  void parse_malformedReference_isRefusedQuotingIt(String reference) {
    assertThatThrownBy(() -> LicenseExpression.parse("MIT OR " + reference))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("has a malformed reference \"" + reference + "\"");
  }

  @Test
  void parse_registeredReference_isTheRegisteredLicence() {
    License registered = Licenses.register(License.custom("LicenseRef-oerkit-expression-test", "Expression Test",
        URI.create("https://example.org/expression-test"), Licenses.CC_BY_4_0.terms()));

    LicenseExpression expression = LicenseExpression.parse("LicenseRef-oerkit-expression-test AND MIT");

    assertThat(expression.licenses()).containsExactly(registered, License.parse("MIT"));
    assertThat(expression.isOpen(Openness.UNESCO_2019)).isTrue();
  }

  @Test
  void parse_longUnknownId_quotesABoundedPrefixOfIt() {
    String id = "X".repeat(Detection.KEPT_INPUT + 50);

    assertThatThrownBy(() -> LicenseExpression.parse("MIT OR " + id))
        .isInstanceOf(UnknownLicenseException.class)
        .hasMessageContaining("names \"" + "X".repeat(Detection.KEPT_INPUT) + "…\", which is no known license id");
  }

  @Test
  void parse_expressionOfTheLongestLength_isRead() {
    String longest = "MIT" + " ".repeat(SpdxExpressions.MAX_LENGTH - "MIT".length() - " OR CC0-1.0".length())
        + " OR CC0-1.0";

    assertThat(longest).hasSize(SpdxExpressions.MAX_LENGTH);
    assertThat(LicenseExpression.parse(longest)).hasToString("MIT OR CC0-1.0");
    assertThatThrownBy(() -> LicenseExpression.parse(" " + longest.replace("MIT ", "MIT  ") + " "))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("must be at most 1000 characters");
  }

  @Test
  void parse_deepestNesting_isRead() {
    String deepest = "(".repeat(SpdxExpressions.MAX_DEPTH) + "MIT" + ")".repeat(SpdxExpressions.MAX_DEPTH);

    assertThat(LicenseExpression.parse(deepest)).hasToString("MIT");
    assertThat(LicenseExpression.parse("(MIT) AND " + deepest)).hasToString("MIT AND MIT");
  }

  @Test
  void parse_mostTerms_isRead() {
    String most = String.join(" OR ", Collections.nCopies(SpdxExpressions.MAX_TERMS, "MIT"));

    assertThat(LicenseExpression.parse(most).choices()).hasSize(SpdxExpressions.MAX_TERMS);
    assertThatThrownBy(() -> LicenseExpression.parse(most + " OR CC0-1.0"))
        .hasMessageContaining("must name at most 16 licenses");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "GPL-3.0-or-later WITH GCC-exception-3.1 | GPL-3.0-or-later",
      "(CC-BY-4.0 WITH x-1 OR MIT) AND Apache-2.0 | CC-BY-4.0 MIT Apache-2.0",
  })
  void licenses_ofALicenceWithAnException_isTheLicence(String text, String ids) {
    assertThat(LicenseExpression.parse(text).licenses()).extracting(License::id)
        .containsExactly(ids.split(" "));
  }

  @Test
  void isOpen_licenceWithAnException_isAsOpenAsTheLicence() {
    assertThat(LicenseExpression.parse("CC-BY-4.0 WITH extra-permission-1").isOpen(Openness.UNESCO_2019)).isTrue();
    assertThat(LicenseExpression.parse("CC-BY-ND-4.0 WITH extra-permission-1").isOpen(Openness.UNESCO_2019))
        .isFalse();
  }
}
