package org.oerkit.core.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;

/** People as the Astana 2017 concept note writes them. */
class PersonTest {

  private static final Organization UNESCO_IITE = Organization.builder()
      .name("UNESCO Institute for Information Technologies in Education")
      .acronym("IITE")
      .kind(OrganizationKind.UNESCO)
      .build();

  @Test
  void name_keepsTheSourceOrderFamilyNameFirst() {
    Person person = Person.builder()
        .name("Meldebekova Mayra Turganbaevna")
        .familyName("Meldebekova")
        .build();
    assertThat(person.name()).isEqualTo("Meldebekova Mayra Turganbaevna");
    assertThat(person.fullName()).isEqualTo("Meldebekova Mayra Turganbaevna");
    assertThat(person.familyName()).contains("Meldebekova");
  }

  @Test
  void fullName_putsTheHonorificFirst() {
    Person person = Person.builder()
        .honorific("Ms.")
        .name("Svetlana Knyazeva")
        .position("Chief of Section of Digital Pedagogy and Learning Materials")
        .addAffiliations(UNESCO_IITE)
        .build();
    assertThat(person.fullName()).isEqualTo("Ms. Svetlana Knyazeva");
    assertThat(person.position()).contains("Chief of Section of Digital Pedagogy and Learning Materials");
    assertThat(person.affiliations()).containsExactly(UNESCO_IITE);
  }

  @Test
  void name_blank_isRefused() {
    assertThatThrownBy(() -> Person.of(""))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("Person.name must not be blank, was \"\"");
  }

  @Test
  void position_blank_isRefused() {
    assertThatThrownBy(() -> Person.builder().name("A").position(" ").build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Person.position must not be blank");
  }

  @Test
  void of_anyTrimmedName_isKeptAsWritten() {
    // Code points below the surrogates, so that few examples are discarded (allPossible() gave up at times).
    qt().forAll(strings().betweenCodePoints(0x20, 0xD7FF).ofLengthBetween(1, 40))
        .assuming(Texts::isTrimmed)
        .check(s -> Person.of(s).name().equals(s));
  }

  @Test
  void equals_comparesEveryAttribute() {
    Person a = Person.builder().name("Piotr Lapo").position("General Library Expert").build();
    new EqualsTester()
        .addEqualityGroup(a, Person.builder().name("Piotr Lapo").position("General Library Expert").build())
        .addEqualityGroup(Person.of("Piotr Lapo"))
        .addEqualityGroup(Person.builder().from(a).addAffiliations(UNESCO_IITE).build())
        .testEquals();
  }
}
