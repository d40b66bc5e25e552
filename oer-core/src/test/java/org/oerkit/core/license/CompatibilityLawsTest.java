package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of combining licences, tested where they could break.
 *
 * <p>{@link Compatibility}'s factories sort and deduplicate their inputs, so comparing two answers built
 * through them proves nothing about order. These properties therefore build answers on inputs in the order
 * and with the repeats given (through the generated builder, which does not sort), so that the fold over
 * the inputs, the candidate list and the explanation of a refusal are exercised in every order; and they
 * compare the answer for every set of charted licences with an oracle written independently from the two
 * Creative Commons charts, so that combining (commutative, associative, idempotent) is checked against the
 * rule table itself rather than against the implementation.
 */
class CompatibilityLawsTest {

  /** A pool that spans the kinds of licence: current, older, ported, ShareAlike, non-CC, markers, custom. */
  private static final List<License> POOL = List.of(
      Licenses.CC0_1_0, Licenses.PDM_1_0, Licenses.CC_BY_4_0, Licenses.CC_BY_SA_4_0, Licenses.CC_BY_NC_4_0,
      Licenses.CC_BY_ND_4_0, Licenses.CC_BY_NC_SA_4_0, Licenses.CC_BY_NC_ND_4_0, Licenses.CC_BY_3_0_IGO,
      Licenses.CC_BY_SA_3_0, Licenses.CC_BY_SA_2_0, Licenses.CC_BY_SA_1_0, Licenses.CC_BY_NC_SA_3_0_IGO,
      License.parse("CC-BY-SA-2.1-JP"), License.parse("CC-BY-SA-2.5"), License.parse("CC-BY-3.0-DE"),
      License.parse("CC-SA-1.0"), License.parse("https://creativecommons.org/licenses/nc/1.0/"),
      Licenses.FREE_ART_1_3, Licenses.GPL_3_0, Licenses.GFDL_1_3, Licenses.ALL_RIGHTS_RESERVED, Licenses.UNSPECIFIED,
      License.custom("LicenseRef-kz-by", "National BY", URI.create("https://example.kz/by/"),
          Licenses.CC_BY_4_0.terms()),
      License.custom("LicenseRef-kz-sa", "National SA", URI.create("https://example.kz/sa/"),
          Licenses.CC_BY_SA_4_0.terms()));

  private static final List<License> PUBLIC_DOMAIN = List.of(Licenses.CC0_1_0, Licenses.PDM_1_0);

  private static Gen<License> license() {
    return integers().between(0, POOL.size() - 1).map(POOL::get);
  }

  private static Gen<List<License>> licenses() {
    return lists().of(license()).ofSizeBetween(0, 5);
  }

  private static Gen<CombinationMode> mode() {
    return integers().between(0, 1).map(i -> CombinationMode.values()[i]);
  }

  /** An answer on the inputs exactly as given: in this order, with these repeats, unsorted. */
  private static Compatibility raw(CombinationMode mode, List<License> inputs) {
    return ImmutableCompatibility.builder().mode(mode).inputs(inputs).build();
  }

  /** The answer as a user reads it, without the inputs that produced it or their order. */
  private static List<Object> verdict(Compatibility compatibility) {
    List<Object> verdict = new ArrayList<>();
    verdict.add(compatibility.isAllowed());
    verdict.add(Set.copyOf(compatibility.licenses()));
    verdict.add(Set.copyOf(compatibility.recommendedLicenses()));
    verdict.add(compatibility.reasons().findings().stream().map(f -> f.rule().id() + " " + f.severity())
        .collect(Collectors.toSet()));
    return verdict;
  }

  private static List<License> shuffled(List<License> licenses, long seed) {
    List<License> copy = new ArrayList<>(licenses);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }

  @Test
  void verdict_anyOrderOfTheInputs_isTheSame() {
    qt().withExamples(500).forAll(mode(), licenses(), longs().all()).check((mode, a, seed) ->
        verdict(raw(mode, a)).equals(verdict(raw(mode, shuffled(a, seed)))));
  }

  @Test
  void verdict_ofEveryPairInBothOrders_isTheSame() {
    for (CombinationMode mode : CombinationMode.values()) {
      for (License a : POOL) {
        for (License b : POOL) {
          assertThat(verdict(raw(mode, List.of(a, b)))).as(mode + " " + a + " + " + b)
              .isEqualTo(verdict(raw(mode, List.of(b, a))));
        }
      }
    }
  }

  @Test
  void verdict_withRepeatedInputs_isTheVerdictOfTheDistinctOnes() {
    qt().withExamples(300).forAll(mode(), licenses(), licenses()).check((mode, a, b) -> {
      List<License> repeated = new ArrayList<>(a);
      repeated.addAll(a);
      repeated.addAll(b.stream().filter(a::contains).collect(Collectors.toList()));
      List<License> distinct = new ArrayList<>(new HashSet<>(a));
      return verdict(raw(mode, repeated)).equals(verdict(raw(mode, distinct)));
    });
  }

  @Test
  void plus_isCommutativeAssociativeAndIdempotentInItsVerdict() {
    qt().withExamples(150).forAll(mode(), licenses(), licenses(), licenses()).check((mode, a, b, c) -> {
      Compatibility x = raw(mode, a);
      Compatibility y = raw(mode, b);
      Compatibility z = raw(mode, c);
      List<License> all = new ArrayList<>(a);
      all.addAll(b);
      all.addAll(c);
      List<Object> expected = verdict(raw(mode, all));
      return verdict(x.plus(y).plus(z)).equals(expected) && verdict(z.plus(y.plus(x))).equals(expected)
          && verdict(x.plus(x)).equals(verdict(x));
    });
  }

  @Test
  void plus_publicDomain_isNeutral() {
    qt().withExamples(200).forAll(mode(), licenses(), integers().between(0, 1)).check((mode, a, pd) -> {
      Compatibility x = Compatibility.of(mode, a);
      List<Object> without = verdict(x);
      List<Object> with = verdict(x.plus(PUBLIC_DOMAIN.get(pd)));
      return with.subList(0, 3).equals(without.subList(0, 3));
    });
  }

  @Test
  void plus_noDerivativesInput_makesEveryAdaptationImpossible() {
    List<License> noDerivatives = List.of(Licenses.CC_BY_ND_4_0, Licenses.CC_BY_NC_ND_4_0,
        License.parse("CC-BY-NC-ND-1.0"), License.parse("https://creativecommons.org/licenses/by-nd/3.0/igo/"));
    qt().withExamples(200).forAll(licenses(), integers().between(0, noDerivatives.size() - 1)).check((a, nd) -> {
      Compatibility x = Compatibility.of(CombinationMode.ADAPTATION, a).plus(noDerivatives.get(nd));
      return !x.isAllowed() && x.licenses().isEmpty() && x.reasons().hasErrors();
    });
  }

  @Test
  void reasons_refusal_alwaysCitesARuleWithASource() {
    qt().withExamples(200).forAll(mode(), licenses()).check((mode, a) -> {
      Compatibility x = Compatibility.of(mode, a);
      return x.isAllowed() || (x.reasons().hasErrors()
          && x.reasons().findings().stream().allMatch(f -> !f.source().isBlank()));
    });
  }

  @Test
  void licenses_recommended_areAmongThePermittedAndComeFirst() {
    qt().withExamples(200).forAll(mode(), licenses()).check((mode, a) -> {
      Compatibility x = Compatibility.of(mode, a);
      List<License> licenses = x.licenses();
      return licenses.subList(0, x.recommendedLicenses().size()).equals(x.recommendedLicenses());
    });
  }

  // ---- The oracle: the two Creative Commons charts, transcribed here a second time, independently. ----

  /** The rows and columns of the charts, as the FAQ labels them, with the licence that stands for each. */
  private enum Chart {
    PDM(Licenses.PDM_1_0), CC0(Licenses.CC0_1_0), BY(Licenses.CC_BY_4_0), BY_SA(Licenses.CC_BY_SA_4_0),
    BY_NC(Licenses.CC_BY_NC_4_0), BY_ND(Licenses.CC_BY_ND_4_0), BY_NC_SA(Licenses.CC_BY_NC_SA_4_0),
    BY_NC_ND(Licenses.CC_BY_NC_ND_4_0);

    final License license;

    Chart(License license) {
      this.license = license;
    }
  }

  /**
   * The remix chart (Creative Commons FAQ, "Can I combine material under different Creative Commons licenses
   * in my work?", image faq/CC_License_Compatibility_Chart.png in creativecommons/faq): the columns, in the
   * order of {@link Chart}, that may be remixed with each row.
   */
  private static final Map<Chart, String> REMIX = Map.of(
      Chart.PDM, "+++++-+-",
      Chart.CC0, "+++++-+-",
      Chart.BY, "+++++-+-",
      Chart.BY_SA, "++++----",
      Chart.BY_NC, "+++-+-+-",
      Chart.BY_ND, "--------",
      Chart.BY_NC_SA, "+++-+-+-",
      Chart.BY_NC_ND, "--------");

  /**
   * The adapter's license chart (Creative Commons FAQ, "If I derive or adapt material offered under a
   * Creative Commons license, which CC license(s) can I use?"): for each original, the adapter's licences
   * shown green (G) and yellow (Y); the rest are dark grey. PD stands for CC0, the public-domain tool that
   * can be applied.
   */
  private static final Map<Chart, Map<Chart, Character>> ADAPTER = Map.of(
      Chart.PDM, cells("BY G, BY_NC G, BY_NC_ND G, BY_NC_SA G, BY_ND G, BY_SA G, CC0 G"),
      Chart.CC0, cells("BY G, BY_NC G, BY_NC_ND G, BY_NC_SA G, BY_ND G, BY_SA G, CC0 G"),
      Chart.BY, cells("BY G, BY_NC G, BY_NC_ND G, BY_NC_SA G, BY_ND G, BY_SA G, CC0 Y"),
      Chart.BY_NC, cells("BY Y, BY_NC G, BY_NC_ND G, BY_NC_SA G, BY_ND Y, BY_SA Y, CC0 Y"),
      Chart.BY_NC_ND, cells(""),
      Chart.BY_NC_SA, cells("BY_NC_SA G"),
      Chart.BY_ND, cells(""),
      Chart.BY_SA, cells("BY_SA G"));

  private static Map<Chart, Character> cells(String text) {
    Map<Chart, Character> cells = new java.util.EnumMap<>(Chart.class);
    for (String cell : text.split(",\\s*")) {
      if (!cell.isEmpty()) {
        String[] parts = cell.split(" ");
        cells.put(Chart.valueOf(parts[0]), parts[1].charAt(0));
      }
    }
    return cells;
  }

  /** The licences the adapter's chart has columns for: the six 4.0 licences and CC0. */
  private static final Set<License> COLUMNS = Set.of(Licenses.CC_BY_4_0, Licenses.CC_BY_NC_4_0,
      Licenses.CC_BY_NC_ND_4_0, Licenses.CC_BY_NC_SA_4_0, Licenses.CC_BY_ND_4_0, Licenses.CC_BY_SA_4_0,
      Licenses.CC0_1_0);

  /**
   * The licences, among the chart's columns, that an adaptation of the inputs may carry: every pair (and
   * every input with itself) may be remixed, and the licence is green (or, for {@code permitted}, green or
   * yellow) for every input ("recipients of the adaptation must comply with both", FAQ).
   */
  private static Set<License> oracle(Set<Chart> inputs, boolean recommendedOnly) {
    for (Chart a : inputs) {
      for (Chart b : inputs) {
        if (REMIX.get(a).charAt(b.ordinal()) != '+') {
          return Set.of();
        }
      }
    }
    Set<License> result = new HashSet<>(COLUMNS);
    for (Chart input : inputs) {
      Map<Chart, Character> row = ADAPTER.get(input);
      result.removeIf(column -> {
        Character cell = row.get(chartOf(column));
        return cell == null || (recommendedOnly && cell != 'G');
      });
    }
    return result;
  }

  private static Chart chartOf(License license) {
    for (Chart chart : Chart.values()) {
      if (chart.license.equals(license)) {
        return chart;
      }
    }
    throw new IllegalArgumentException(license.toString());
  }

  private static List<Set<Chart>> everySet() {
    List<Set<Chart>> sets = new ArrayList<>();
    for (int bits = 0; bits < 1 << Chart.values().length; bits++) {
      Set<Chart> set = EnumSet.noneOf(Chart.class);
      for (Chart chart : Chart.values()) {
        if ((bits & 1 << chart.ordinal()) != 0) {
          set.add(chart);
        }
      }
      sets.add(set);
    }
    return sets;
  }

  private static Set<License> charted(List<License> licenses) {
    return licenses.stream().filter(COLUMNS::contains).collect(Collectors.toSet());
  }

  @Test
  void adaptation_ofEverySetOfChartedLicenses_agreesWithTheCharts() {
    for (Set<Chart> inputs : everySet()) {
      List<License> licenses = inputs.stream().map(c -> c.license).collect(Collectors.toList());
      Compatibility answer = Compatibility.of(CombinationMode.ADAPTATION, licenses);
      boolean remixable = inputs.stream().allMatch(a -> inputs.stream()
          .allMatch(b -> REMIX.get(a).charAt(b.ordinal()) == '+'));

      assertThat(answer.isAllowed()).as("allowed " + inputs).isEqualTo(remixable);
      assertThat(charted(answer.licenses())).as("permitted " + inputs).isEqualTo(oracle(inputs, false));
      assertThat(charted(answer.recommendedLicenses())).as("recommended " + inputs).isEqualTo(oracle(inputs, true));
    }
  }

  @Test
  void plus_ofAnySplitOfChartedLicenses_agreesWithTheChartsForTheUnion() {
    List<Set<Chart>> sets = everySet();
    qt().withExamples(300).forAll(integers().between(0, sets.size() - 1), integers().between(0, sets.size() - 1),
        integers().between(0, sets.size() - 1)).check((i, j, k) -> {
          Compatibility x = Compatibility.adaptation(licensesOf(sets.get(i)));
          Compatibility y = Compatibility.adaptation(licensesOf(sets.get(j)));
          Compatibility z = Compatibility.adaptation(licensesOf(sets.get(k)));
          Set<Chart> union = EnumSet.noneOf(Chart.class);
          union.addAll(sets.get(i));
          union.addAll(sets.get(j));
          union.addAll(sets.get(k));
          Compatibility left = x.plus(y).plus(z);
          Compatibility right = z.plus(x.plus(y));
          return charted(left.licenses()).equals(oracle(union, false))
              && charted(right.licenses()).equals(oracle(union, false))
              && charted(left.recommendedLicenses()).equals(oracle(union, true))
              && charted(x.plus(x).recommendedLicenses()).equals(oracle(sets.get(i), true));
        });
  }

  private static License[] licensesOf(Set<Chart> charts) {
    return charts.stream().map(c -> c.license).toArray(License[]::new);
  }

  /**
   * The collection table (Creative Commons FAQ, "If I create a collection that includes a work offered under
   * a CC license, which CC license(s) can I use for my collection?"): NonCommercial works allow only a
   * NonCommercial collection; every other work allows any.
   */
  @Test
  void collection_ofEverySetOfChartedLicenses_agreesWithTheCollectionTable() {
    Set<Chart> nonCommercial = EnumSet.of(Chart.BY_NC, Chart.BY_NC_SA, Chart.BY_NC_ND);
    Set<License> nonCommercialColumns = Set.of(Licenses.CC_BY_NC_4_0, Licenses.CC_BY_NC_SA_4_0,
        Licenses.CC_BY_NC_ND_4_0);
    for (Set<Chart> inputs : everySet()) {
      Compatibility answer = Compatibility.collection(licensesOf(inputs));
      Set<License> expected = new HashSet<>(COLUMNS);
      expected.remove(Licenses.CC0_1_0);
      if (inputs.stream().anyMatch(nonCommercial::contains)) {
        expected.retainAll(nonCommercialColumns);
      }
      Set<License> actual = charted(answer.licenses());
      actual.remove(Licenses.CC0_1_0);
      assertThat(actual).as("collection of " + inputs).isEqualTo(expected);
    }
  }
}
