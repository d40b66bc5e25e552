package org.oerkit.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;

/** The data-driven indicator framework, with the 2019 Recommendation's dimensions built in. */
class IndicatorFrameworkTest {

  private static final IndicatorFramework FRAMEWORK = IndicatorFramework.recommendation2019();

  private static Indicator indicator(String id, String dimension) {
    return Indicator.builder().id(id).dimension(dimension).name("Indicator " + id).build();
  }

  @Test
  void recommendation2019_hasTheFiveAreasAndThreeMonitoringItems() {
    assertThat(FRAMEWORK.dimensions()).extracting(Dimension::id)
        .containsExactly("AA1", "AA2", "AA3", "AA4", "AA5", "16(a)", "16(b)", "16(c)");
    assertThat(FRAMEWORK.dimensions().get(1).title()).isEqualTo("Developing supportive policy");
    assertThat(FRAMEWORK.dimensions().get(1).source()).isEqualTo("UNESCO Recommendation on OER (2019), paragraph 12");
  }

  @Test
  void recommendation2019_shipsNoIndicators_andItsSourceSaysTheListIsNotPublic() {
    assertThat(FRAMEWORK.indicators()).isEmpty();
    assertThat(FRAMEWORK.source()).startsWith("UNESCO Recommendation on OER (2019), paragraphs 10-16;")
        .endsWith("(UNESCO/ISKME 2017) is not public");
  }

  @Test
  void withIndicators_addsUserSuppliedIndicatorsByDimension() {
    IndicatorFramework f = FRAMEWORK.withIndicators(List.of(indicator("P1", "AA2"), indicator("P2", "AA2"),
        indicator("M1", "16(a)")));
    assertThat(f.indicators("AA2")).extracting(Indicator::id).containsExactly("P1", "P2");
    assertThat(f.indicators("AA1")).isEmpty();
    assertThat(FRAMEWORK.indicators()).isEmpty();
  }

  @Test
  void withIndicators_unknownDimension_isRefused() {
    assertThatThrownBy(() -> FRAMEWORK.withIndicators(List.of(indicator("X1", "AA6"))))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("IndicatorFramework.indicators must belong to a dimension of the framework, was \"X1 -> AA6\"");
  }

  @Test
  void withIndicators_duplicateId_isRefused() {
    assertThatThrownBy(() -> FRAMEWORK.withIndicators(List.of(indicator("X1", "AA1"), indicator("X1", "AA2"))))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("IndicatorFramework.indicators must have distinct identifiers");
  }

  @Test
  void dimensions_duplicateId_isRefused() {
    assertThatThrownBy(() -> IndicatorFramework.builder().title("t").source("s")
        .addDimensions(Dimension.of("D", "a", "s"), Dimension.of("D", "b", "s")).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("IndicatorFramework.dimensions must have distinct identifiers");
  }

  @Test
  void dimension_idWithSpace_isRefused() {
    assertThatThrownBy(() -> Dimension.of("area 1", "a", "s"))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Dimension.id must be one word");
  }

  @Test
  void equals_comparesEveryAttribute() {
    new EqualsTester()
        .addEqualityGroup(FRAMEWORK, IndicatorFramework.builder().from(FRAMEWORK).build())
        .addEqualityGroup(FRAMEWORK.withIndicators(List.of(indicator("P1", "AA2"))))
        .testEquals();
    new EqualsTester().addEqualityGroup(Dimension.of("D", "t", "s"), Dimension.of("D", "t", "s"))
        .addEqualityGroup(Dimension.of("E", "t", "s")).testEquals();
    Indicator ind = Indicator.builder().id("X").dimension("AA1").name("n").build();
    new EqualsTester().addEqualityGroup(ind, Indicator.builder().from(ind).build())
        .addEqualityGroup(Indicator.builder().from(ind).dimension("AA2").build()).testEquals();
  }
}
