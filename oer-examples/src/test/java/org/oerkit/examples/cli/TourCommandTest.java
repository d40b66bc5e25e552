package org.oerkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TourCommandTest {

  private final OerRun run = OerRun.of("tour");

  @Test
  void tour_succeedsWithNothingOnStandardError() {
    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void tour_showsTheProgrammeDayByDay() {
    assertThat(run.out())
        .contains("Expanding Open Educational Resources for Lifelong Learning in Kazakhstan")
        .contains("Day 1, Monday 11 December 2017")
        .contains("Day 3, Wednesday 13 December 2017")
        .contains("  14:15-16:10   Session 5: OER Initiatives in Central Asia: Kyrgyzstan, Tajikistan, Uzbekistan and\n"
            + "                Kazakhstan (coffee/tea break 15:15-15:30 inside)\n")
        .contains("~11:15-~13:00 Session 13: Follow-up Strategies and Work Plan");
  }

  @Test
  void tour_showsTheValidationReport() {
    assertThat(run.out()).contains("2. Does the programme hold together?")
        .contains("[agenda.time-inferred]").contains("0 errors, 0 warnings, 3 notes");
  }

  @Test
  void tour_showsThePolicyGapReport_labelledAsAnExample() {
    assertThat(run.out()).contains("an illustrative example, not an official document")
        .contains("Default licence: CC BY 4.0").contains("127,000,000.00 KZT")
        // The warning: ICT CFT v3 (2018) in the 2017 draft, kept on purpose (see KazakhstanDraft).
        .contains("0 errors, 1 warning, 18 notes").contains("Kyrgyzstan   1 of 10 sections written");
  }

  @Test
  void tour_showsALicenseExample() {
    assertThat(run.out()).contains("Remix the CC BY-SA textbook with its CC BY-NC figures: no.")
        .contains("Remix the textbook with the CC0 dataset: yes, under CC BY-SA 4.0 or FAL 1.3 (Free Art License "
            + "1.3).");
  }

  @Test
  void tour_fitsOneHundredColumns() {
    assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(100));
  }

  @Test
  void tour_speaksPlainWords_noTermIrisOrUnexplainedIds() {
    assertThat(run.out()).doesNotContain("[cc:").doesNotContain("cc:CommercialUse").doesNotContain("LAL-1.3")
        .contains("it prohibits exercising\n        rights for commercial purposes");
  }

  @Test
  void prose_wrapsAtSpaces_withTheHangingIndent_andKeepsLongWordsWhole() {
    java.io.StringWriter text = new java.io.StringWriter();
    TourCommand.Prose prose = new TourCommand.Prose(new java.io.PrintWriter(text), 20);

    prose.println("  one two three four five https://example.org/a-long-address", 2);
    prose.println("short");

    assertThat(text.toString()).isEqualTo("  one two three four\n    five\n    https://example.org/a-long-address\nshort\n");
  }

  @Test
  void prose_keepsEveryWord() {
    String tour = run.out();

    assertThat(tour.replaceAll("\\s+", " ")).contains("Present existing OER experiences and activities implemented "
        + "in Kazakhstan and lessons learned from the OER policy development of other countries with a view to "
        + "facilitate policy dialogue in the field of ICT in education.");
  }

  // Issue 16: "oer tour mentions where to find them": the four picture kinds, each with its command.
  @Test
  void tour_saysHowToDrawEveryPictureKind() {
    String out = run.out();

    assertThat(out).contains("Pictures (standalone files, no network needed to view them)")
        .contains("oer workshop export astana-2017 --format html -o agenda.html")
        .contains("oer workshop export astana-2017 --format svg -o timetable.svg")
        .contains("oer policy gaps kazakhstan-draft --format html -o gaps.html")
        .contains("--format svg -o coverage.svg")
        .contains("oer license chart --format svg -o charts.svg");
  }
}
