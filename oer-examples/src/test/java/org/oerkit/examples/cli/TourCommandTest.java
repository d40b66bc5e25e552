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
        .contains("14:15-16:10   Session 5: OER Initiatives in Central Asia: Kyrgyzstan, Tajikistan, Uzbekistan and"
            + " Kazakhstan (coffee/tea break 15:15-15:30 inside)")
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
        .contains("Remix the textbook with the CC0 dataset: yes, under CC-BY-SA-4.0");
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
