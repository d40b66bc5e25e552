package org.oerkit.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.Report;
import org.oerkit.core.agenda.AgendaCheck;
import org.oerkit.core.agenda.BruteForceAgendaCheck;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.license.CombinationMode;
import org.oerkit.core.license.Compatibility;
import org.oerkit.core.license.LicensedWork;
import org.oerkit.core.license.Licenses;

/**
 * Checks the corpora and naive baselines of the licence and programme benchmarks. Nothing here is timed.
 */
class AlgorithmBaselinesTest {

  @Test
  void works_sameSeedAndIndex_areEqual() {
    assertThat(SyntheticResources.withSeed(1).works(50)).isEqualTo(SyntheticResources.withSeed(1).works(50));
    assertThat(SyntheticResources.withSeed(1).work(7)).isNotEqualTo(SyntheticResources.withSeed(2).work(7));
  }

  @Test
  void works_drawManyLicences_asRepositoriesReportThem() {
    List<LicensedWork> works = SyntheticResources.withSeed(SyntheticWorkshops.SEED).works(1000);

    assertThat(works.stream().map(LicensedWork::license).distinct().count()).isGreaterThanOrEqualTo(10);
    assertThat(works.stream().filter(w -> w.license().equals(Licenses.CC_BY_4_0)).count()).isBetween(150L, 350L);
  }

  @Test
  void naivePairwise_compatibleWorks_findsNoPair() {
    List<LicensedWork> works = List.of(LicensedWork.of("A", "X", Licenses.CC_BY_4_0),
        LicensedWork.of("B", "Y", Licenses.CC_BY_4_0), LicensedWork.of("C", "Z", Licenses.CC_BY_SA_4_0));

    assertThat(NaivePairwise.incompatiblePairs(works)).isZero();
    assertThat(Compatibility.ofWorks(CombinationMode.ADAPTATION, works).isAllowed()).isTrue();
  }

  @Test
  void naivePairwise_shareAlikeAndNonCommercial_findsEachPairTheLibraryRefuses() {
    List<LicensedWork> works = List.of(LicensedWork.of("A", "X", Licenses.CC_BY_SA_4_0),
        LicensedWork.of("B", "Y", Licenses.CC_BY_NC_4_0), LicensedWork.of("C", "Z", Licenses.CC_BY_NC_4_0));

    assertThat(NaivePairwise.incompatiblePairs(works)).isEqualTo(2);
    assertThat(Compatibility.ofWorks(CombinationMode.ADAPTATION, works).isAllowed()).isFalse();
  }

  @Test
  void programme_checkAndBruteForce_agreeAndFindLittle() {
    // The brute-force oracle is oer-core's test class BruteForceAgendaCheck, from its test jar.
    Workshop programme = SyntheticWorkshops.withSeed(SyntheticWorkshops.SEED).programme(600);

    Report fast = AgendaCheck.standard().check(programme);

    assertThat(BruteForceAgendaCheck.check(AgendaCheck.standard(), programme)).isEqualTo(fast);
    assertThat(fast.findings().size()).isBetween(1, 20);
  }
}
