package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.MissingAttributesException;

class LicensedWorkTest {

  private static final LicensedWork BY = LicensedWork.of("Lesson", "Jane Doe", Licenses.CC_BY_4_0);
  private static final LicensedWork NC = LicensedWork.of("Quiz", "John Roe", Licenses.CC_BY_NC_4_0);

  @Test
  void equals_sameFields_areEqual() {
    new EqualsTester()
        .addEqualityGroup(BY, LicensedWork.of("Lesson", "Jane Doe", Licenses.CC_BY_4_0))
        .addEqualityGroup(NC)
        .addEqualityGroup(LicensedWork.of("Lesson", "Jane Doe", Licenses.CC_BY_SA_4_0))
        .testEquals();
  }

  @Test
  void provenance_ofNestedRemix_isDepthFirst() {
    LicensedWork middle = LicensedWork.builder().title("Middle").license(Licenses.CC_BY_NC_SA_4_0)
        .addAdaptedFrom(BY).changes("Translated").build();
    LicensedWork top = LicensedWork.builder().title("Top").license(Licenses.CC_BY_NC_SA_4_0)
        .addAdaptedFrom(middle, NC).changes("Combined").build();

    assertThat(top.provenance()).containsExactly(middle, BY, NC);
    assertThat(top.isAdaptation()).isTrue();
    assertThat(BY.isAdaptation()).isFalse();
    assertThat(BY.provenance()).isEmpty();
  }

  @Test
  void licenseCheck_remixUnderAPermittedLicense_isAllowed() {
    LicensedWork remix = LicensedWork.builder().title("Remix").license(Licenses.CC_BY_NC_SA_4_0)
        .addAdaptedFrom(BY, NC).changes("Combined").build();

    assertThat(remix.licenseCheck().isAllowed()).isTrue();
    assertThat(remix.licenseCheck().isRecommended()).isTrue();
  }

  @Test
  void licenseCheck_licenseLaundering_isRefusedWithAReason() {
    // Releasing a remix of NonCommercial material under BY would drop the restriction (chart: yellow for a
    // single source, but not for the NC material itself); under BY-SA with a BY-NC source it is a cross.
    LicensedWork laundered = LicensedWork.builder().title("Remix").license(Licenses.CC_BY_SA_4_0)
        .addAdaptedFrom(BY, NC, LicensedWork.of("Song", "X", Licenses.CC_BY_SA_4_0)).changes("Combined").build();

    assertThat(laundered.licenseCheck().isAllowed()).isFalse();
    assertThat(laundered.licenseCheck().reasons().hasErrors()).isTrue();
  }

  @Test
  void licenseCheck_grandparentsLicenseStillApplies() {
    LicensedWork middle = LicensedWork.builder().title("Middle").license(Licenses.CC_BY_NC_SA_4_0)
        .addAdaptedFrom(NC).changes("Translated").build();
    LicensedWork top = LicensedWork.builder().title("Top").license(Licenses.CC_BY_SA_4_0)
        .addAdaptedFrom(middle).changes("Shortened").build();

    assertThat(top.licenseCheck().isAllowed()).isFalse();
  }

  @Test
  void licenseCheck_originalWork_isAllowed() {
    assertThat(BY.licenseCheck().isAllowed()).isTrue();
  }

  @Test
  void build_adaptationWithoutChanges_isRefused() {
    assertThatThrownBy(() -> LicensedWork.builder().license(Licenses.CC_BY_4_0).addAdaptedFrom(BY).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("LicensedWork.changes must say what was changed in an adaptation")
        .hasMessageContaining("\"untitled work\"");
  }

  @Test
  void build_collectionWithoutChanges_isAccepted() {
    LicensedWork reader = LicensedWork.builder().title("Reader").license(Licenses.CC_BY_NC_4_0)
        .mode(CombinationMode.COLLECTION).addAdaptedFrom(BY, NC).build();

    assertThat(reader.isAdaptation()).isFalse();
    assertThat(reader.licenseCheck().isAllowed()).isTrue();
  }

  @Test
  void build_paddedTitle_isRefused() {
    assertThatThrownBy(() -> LicensedWork.of(" Lesson", "Jane", Licenses.CC_BY_4_0))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("LicensedWork.title must not start or end with white space");
  }

  @Test
  void build_blankAuthor_isRefused() {
    assertThatThrownBy(() -> LicensedWork.of("Lesson", " ", Licenses.CC_BY_4_0))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("LicensedWork.authors must not be blank");
  }

  @Test
  void build_blankChanges_isRefused() {
    assertThatThrownBy(() -> LicensedWork.builder().license(Licenses.CC_BY_4_0).changes("").build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("LicensedWork.changes must not be blank");
  }

  @Test
  void build_withoutLicense_isRefusedNamingTheAttribute() {
    assertThatThrownBy(() -> LicensedWork.builder().title("Lesson").build())
        .isInstanceOf(MissingAttributesException.class)
        .hasMessageStartingWith("LicensedWork needs ").hasMessageContaining("license");
  }
}
