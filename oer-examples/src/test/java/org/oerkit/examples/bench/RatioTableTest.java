package org.oerkit.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatioTableTest {

  private static Measurement time(String benchmark, double score, double error, String unit) {
    return Measurement.of(benchmark, Map.of(), Measurement.PRIMARY, score, error, unit);
  }

  @Test
  void ratio_scoresInDifferentUnits_comparesInNanoseconds() {
    RatioTable table = RatioTable.of(List.of(Target.atMost("read", "streaming", "A.a", "A.b", 1.3)),
        List.of(time("A.a", 1.2, 0.01, "ms/op"), time("A.b", 1000, 10, "us/op")));

    assertThat(table.rows().get(0).ratio()).hasValueSatisfying(r -> assertThat(r).isCloseTo(1.2, within()));
  }

  @Test
  void verdict_ratioBelowLimitWithNarrowInterval_holds() {
    RatioTable table = RatioTable.of(List.of(Target.atMost("read", "streaming", "A.a", "A.b", 1.3)),
        List.of(time("A.a", 110, 1, "us/op"), time("A.b", 100, 1, "us/op")));

    assertThat(table.rows().get(0).verdict()).isEqualTo("yes");
    assertThat(table.allHold()).isTrue();
  }

  @Test
  void verdict_ratioBelowLimitButIntervalCrossesIt_saysNoise() {
    RatioTable table = RatioTable.of(List.of(Target.atMost("read", "streaming", "A.a", "A.b", 1.3)),
        List.of(time("A.a", 125, 20, "us/op"), time("A.b", 100, 5, "us/op")));

    assertThat(table.rows().get(0).verdict()).isEqualTo("yes (within noise)");
    assertThat(table.rows().get(0).holds()).isTrue();
  }

  @Test
  void verdict_ratioAboveLimit_saysByHowMuch() {
    RatioTable table = RatioTable.of(List.of(Target.atMost("read", "records", "A.a", "A.b", 1.1)),
        List.of(time("A.a", 143, 1, "us/op"), time("A.b", 100, 1, "us/op")));

    assertThat(table.rows().get(0).verdict()).isEqualTo("**NO**, misses by 30 %");
    assertThat(table.allHold()).isFalse();
  }

  @Test
  void verdict_speedUpBelowLimit_saysByHowMuch() {
    RatioTable table = RatioTable.of(List.of(Target.atLeast("compat", "naive", "N.naive", "N.fast", 50)),
        List.of(time("N.naive", 2, 0.1, "s/op"), time("N.fast", 80, 1, "ms/op")));

    assertThat(table.rows().get(0).ratio()).hasValueSatisfying(r -> assertThat(r).isCloseTo(25, within()));
    assertThat(table.rows().get(0).verdict()).isEqualTo("**NO**, misses by 100 %");
  }

  @Test
  void verdict_missingBaseline_isNotMeasured() {
    RatioTable table = RatioTable.of(List.of(Target.atMost("read", "streaming", "A.a", "A.b", 1.3)),
        List.of(time("A.a", 110, 1, "us/op")));

    assertThat(table.rows().get(0).verdict()).isEqualTo("not measured");
    assertThat(table.rows().get(0).holds()).isFalse();
  }

  @Test
  void verdict_reportedScoreAlone_isReported() {
    RatioTable table = RatioTable.of(List.of(Target.reported("gap analysis", "G.drafts")),
        List.of(time("G.drafts", 12, 1, "ms/op")));

    assertThat(table.rows().get(0).verdict()).isEqualTo("reported");
    assertThat(table.rows().get(0).ratio()).isEmpty();
    assertThat(table.allHold()).isTrue();
  }

  @Test
  void interval_errorsUnknown_isEmpty() {
    RatioTable table = RatioTable.of(List.of(Target.atMost("lines", "itself", "L.a", "L.b", 1.1)),
        List.of(time("L.a", 20, Double.NaN, "MB"), time("L.b", 19, Double.NaN, "MB")));

    assertThat(table.rows().get(0).interval()).isEmpty();
    assertThat(table.rows().get(0).verdict()).isEqualTo("yes");
  }

  @Test
  void toMarkdown_oneRowPerTarget_withScoresRatioAndVerdict() {
    RatioTable table = RatioTable.of(Targets.all(), List.of(
        Measurement.of("WorkshopRead.interleaved", Map.of(), "oerkit", 110, 1, "us/op"),
        Measurement.of("WorkshopRead.interleaved", Map.of(), "streaming", 100, 1, "us/op")));

    String markdown = table.toMarkdown();

    assertThat(markdown.lines()).hasSize(2 + Targets.all().size());
    assertThat(markdown).contains("| read one workshop (byte[]), interleaved | hand-written jackson-core streaming "
        + "reader | 110 ± 1.00 us/op | 100 ± 1.00 us/op | 1.10 | 1.08–1.12 | ≤ 1.30 | yes |");
    assertThat(table.measurementsToMarkdown()).contains("| `WorkshopRead.interleaved:oerkit` | 110 | 1.00 | us/op |");
  }

  @Test
  void key_withParamsAndMetric_namesAll() {
    Measurement m = Measurement.of("ResourceLines.read", Map.of("n", "100000", "a", "x"), "heap.live.peak",
        12, Double.NaN, "MB");

    assertThat(m.key()).isEqualTo("ResourceLines.read[a=x,n=100000]:heap.live.peak");
  }

  @Test
  void targets_everyKeyNamesABenchmarkClassAndMethod() {
    for (Target target : Targets.all()) {
      assertThat(target.measurement()).as(target.toString()).matches("[A-Z]\\w+\\.\\w+(\\[.*])?(:[\\w.]+)?");
      target.reference().ifPresent(r -> assertThat(r).matches("[A-Z]\\w+\\.\\w+(\\[.*])?(:[\\w.]+)?"));
    }
  }

  @Test
  void describeLimit_atLeastAFraction_keepsTwoDecimals() {
    assertThat(Target.atLeast("floor", "scan", "A.a", "A.b", 0.3).describeLimit()).isEqualTo("≥ 0.30");
    assertThat(Target.atLeast("speed-up", "naive", "A.a", "A.b", 50).describeLimit()).isEqualTo("≥ 50");
  }

  @Test
  void atMost_nonPositiveLimit_isRefused() {
    assertThatThrownBy(() -> Target.atMost("read", "streaming", "A.a", "A.b", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Target.limit must be positive");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
