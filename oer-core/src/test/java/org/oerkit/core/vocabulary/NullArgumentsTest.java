package org.oerkit.core.vocabulary;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.NullArguments;

/** No public factory or method of the vocabulary package accepts null: each throws NullPointerException. */
class NullArgumentsTest {

  @Test
  void publicTypesAndSamples_refuseNull() {
    NullArguments.check(getClass().getPackageName(), samples());
  }

  private static List<Object> samples() {
    return List.of(Money.ofMajor("KZT", 1), LocalizedText.of(LanguageTag.ENGLISH, "x"), Country.KAZAKHSTAN,
        LanguageTag.ENGLISH, Organization.builder().name("UNESCO").kind(OrganizationKind.UNESCO).build());
  }
}
