package org.oerkit.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;

class SubActionTest {

  @Test
  void parse_format_roundTripsEverySubAction() {
    qt().withExamples(100).forAll(integers().between(0, 32)).check(i -> {
      SubAction s = SubAction.all().get(i);
      return SubAction.parse(s.toString()).equals(s) && SubAction.parse(" " + s.id().toUpperCase() + " ").equals(s);
    });
  }

  @Test
  void of_draftOnlyOrUnknownId_isRefused() {
    assertThatThrownBy(() -> SubAction.of("14(h)"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("SubAction.id must be a sub-action of the 2019 Recommendation from \"11(a)\" to \"15(f)\", "
            + "was \"14(h)\"");
  }

  @Test
  void parse_garbage_isRefused() {
    assertThatThrownBy(() -> SubAction.parse("twelve a"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("SubAction.id");
  }

  @Test
  void source_citesTheParagraph() {
    assertThat(SubAction.of("13(b)").source()).isEqualTo("UNESCO Recommendation on OER (2019), paragraph 13(b)");
    assertThat(SubAction.of("13(b)").area()).isEqualTo(ActionArea.INCLUSIVE_ACCESS);
  }

  @Test
  void compareTo_followsTheRecommendationsOrder() {
    assertThat(SubAction.of("11(f)")).isLessThan(SubAction.of("12(a)"));
    assertThat(SubAction.of("15(a)")).isGreaterThan(SubAction.of("14(g)"));
  }

  @Test
  void equals_isByParagraphAndLetter() {
    new EqualsTester()
        .addEqualityGroup(SubAction.of("12(a)"), SubAction.parse("12(A)"))
        .addEqualityGroup(SubAction.of("12(b)"))
        .addEqualityGroup(SubAction.of("13(a)"))
        .testEquals();
  }
}
