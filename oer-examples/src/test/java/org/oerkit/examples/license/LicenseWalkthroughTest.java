package org.oerkit.examples.license;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oerkit.core.license.Licenses;

/** The walkthrough's answers, each after the Creative Commons FAQ chart it cites. */
class LicenseWalkthroughTest {

  @Test
  void textbookWithFigures_remix_isRefused() {
    // Remix chart: BY-SA x BY-NC is a cross.
    assertThat(LicenseWalkthrough.textbookWithFigures().isAllowed()).isFalse();
    assertThat(LicenseWalkthrough.textbookWithFigures().reasons().hasErrors()).isTrue();
  }

  @Test
  void textbookBesideFigures_collection_isNonCommercial() {
    // Collection table: a BY-NC work may go into a NonCommercial collection only.
    assertThat(LicenseWalkthrough.textbookBesideFigures().licenses()).contains(Licenses.CC_BY_NC_4_0)
        .doesNotContain(Licenses.CC_BY_4_0, Licenses.CC_BY_SA_4_0);
  }

  @Test
  void textbookWithDataset_remix_isShareAlike() {
    assertThat(LicenseWalkthrough.textbookWithDataset().recommendedLicenses()).startsWith(Licenses.CC_BY_SA_4_0);
  }

  @Test
  void textbookWithVideo_remix_isRefused() {
    assertThat(LicenseWalkthrough.textbookWithVideo().isAllowed()).isFalse();
  }

  @Test
  void remixAnswers_sayYesTwiceAndNoTwice() {
    String answers = LicenseWalkthrough.remixAnswers();

    assertThat(answers.split(": yes", -1)).hasSize(3);
    assertThat(answers.split(": no\\.", -1)).hasSize(3);
  }

  @Test
  void nationalDefault_isCcBy40() {
    assertThat(LicenseWalkthrough.nationalDefault()).isEqualTo(Licenses.CC_BY_4_0);
    assertThat(LicenseWalkthrough.openAlternatives()).contains(Licenses.CC_BY_SA_4_0)
        .doesNotContain(Licenses.CC_BY_ND_4_0);
  }

  @Test
  void attributions_areInEnglishRussianAndKazakh() {
    String[] lines = LicenseWalkthrough.attributions().split("\n");

    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith("en: ").contains("Informatics, Grade 7");
    assertThat(lines[1]).startsWith("ru: ").contains("лицензии");
    assertThat(lines[2]).startsWith("kk: ").contains("Ресми емес");
  }
}
