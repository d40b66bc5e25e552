package org.oerkit.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oerkit.core.agenda.Samples.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oerkit.core.vocabulary.LanguageTag;

/** The printed programme, in Markdown and plain text. */
class PrintedProgrammeTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = PrintedProgrammeTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void markdown_matchesTheGoldenFile() throws IOException {
    assertThat(Samples.golden().toMarkdown()).isEqualTo(resource("golden-programme.md"));
  }

  @Test
  void plainText_matchesTheGoldenFile() throws IOException {
    assertThat(Samples.golden().toPlainText()).isEqualTo(resource("golden-programme.txt"));
  }

  @Test
  void markdown_hasATablePerDayWithTimesTitlesPeopleAndParts() {
    String md = Samples.golden().toMarkdown();
    assertThat(md).contains("## Day 1 \u2014 Monday, 11 December 2017\n\nAll times are local times in Asia/Almaty"
        + " (UTC+06:00).\n\n| Time | Session | People |\n|---|---|---|\n");
    assertThat(md).contains("| 10:00\u201310:30 | **Session 1: Global UNESCO ICT in Education Programme and OER"
        + " Projects**<br>*The role of OER in achieving SDG 4* | Moderator: Lina Benete, Education Programme"
        + " Specialist, UNESCO Almaty Cluster Office<br>");
    assertThat(md).contains("<br>OER Initiatives in Tajikistan (20 min)<br>");
    assertThat(md).contains("*Interrupted by Coffee/tea Break, 15:15\u201315:30*");
    assertThat(md).contains("| 10:30\u201311:00 | *Coffee/tea Break & Group Photo*");
    assertThat(md.split("\\| Time \\| Session \\| People \\|", -1)).hasSize(4);
  }

  @Test
  void markdown_listsQuestionsAndOutputsAfterTheTable() {
    String md = Samples.golden().toMarkdown();
    assertThat(md).contains("### Session 9: Assessment of Situation and Need for OER\n\nDiscussion questions:\n\n"
        + "1. How OER supports");
    assertThat(md).contains("2. What OER policies and strategies should be developed (scope)?\n");
    assertThat(md).contains("Expected outputs:\n\n- first draft of the national OER policy\n");
  }

  @Test
  void markdown_unknownAndInferredTimes_sayWhatTheyAre() {
    String md = Samples.golden().toMarkdown();
    assertThat(md).contains("| 11:00\u201311:15 (inferred) | *Coffee/tea Break* |");
    assertThat(md).contains("| time not given | **Session 13: Follow-up Strategies and Work Plan** |");
    assertThat(md).contains("| Moderator: TBD |");
  }

  @Test
  void markdown_escapesTableAndEmphasisCharacters() {
    Session s = Session.builder().id("a").title("Scope | licence *and* <b>_rules_</b>").time("09:00-10:00").build();
    assertThat(Samples.oneDay(s).toMarkdown())
        .contains("**Scope \\| licence \\*and\\* &lt;b&gt;\\_rules\\_&lt;/b&gt;**");
  }

  @Test
  void markdown_zoneLine_followsTheRulesOfEachDay() {
    // Asia/Almaty: UTC+06:00 until 2024-03-01, then UTC+05:00 (tz 2024a).
    Workshop workshop = Workshop.builder().id("w").title(LanguageTag.ENGLISH, "W").zone("Asia/Almaty")
        .startDate(LocalDate.of(2024, 2, 29)).endDate(LocalDate.of(2024, 3, 1))
        .addDays(Day.of(LocalDate.of(2024, 2, 29), session("a", "09:00-10:00")),
            Day.of(LocalDate.of(2024, 3, 1), session("b", "09:00-10:00")))
        .build();
    String md = workshop.toMarkdown();
    assertThat(md).contains("## Day 1 \u2014 Thursday, 29 February 2024\n\nAll times are local times in Asia/Almaty"
        + " (UTC+06:00).");
    assertThat(md).contains("## Day 2 \u2014 Friday, 1 March 2024\n\nAll times are local times in Asia/Almaty"
        + " (UTC+05:00).");
    assertThat(md).contains("29 February \u2013 1 March 2024");
  }

  @Test
  void plainText_indentsPartsAndPeopleUnderTheSession() {
    String text = Samples.golden().toPlainText();
    assertThat(text).contains("14:15-16:10   Session 5: OER Initiatives in Central Asia: Kyrgyzstan, Tajikistan,"
        + " Uzbekistan and Kazakhstan\n              Moderator: Svetlana Knyazeva");
    assertThat(text).contains("              - OER Initiatives in Kyrgyzstan (14:15-14:35)\n"
        + "                Presenter: Ulanbek Mambetakunov, Ministry of Education and Science\n");
    assertThat(text).contains("              Q2. What OER policies and strategies should be developed (scope)?\n");
    assertThat(text).contains("18:30         End of the day's programme\n");
    assertThat(text).contains("11:00-11:15 (inferred)\n              Coffee/tea Break\n");
  }

  @Test
  void minutes_printsHoursAndMinutes() {
    assertThat(PrintedProgramme.minutes(Duration.ofMinutes(75))).isEqualTo("1 h 15 min");
    assertThat(PrintedProgramme.minutes(Duration.ofMinutes(120))).isEqualTo("2 h");
    assertThat(PrintedProgramme.minutes(Duration.ofMinutes(45))).isEqualTo("45 min");
    assertThat(PrintedProgramme.minutes(Duration.ofMinutes(59))).isEqualTo("59 min");
    assertThat(PrintedProgramme.minutes(Duration.ofMinutes(60))).isEqualTo("1 h");
  }

  /** A session with a description, a part with parts of its own, and expected outputs at each depth. */
  private static Workshop described() {
    Session s = Session.builder().from(session("s", "09:00-10:30"))
        .description("Drafting the policy in three rounds.")
        .addParts(Part.builder().title("Drafting").minutes(60).addExpectedOutputs("a draft")
            .addParts(Part.builder().title("First round").minutes(30).addExpectedOutputs("notes of the first round")
                .build()).build())
        .build();
    return Samples.oneDay(s);
  }

  @Test
  void markdown_showsTheDescription_andTheExpectedOutputsOfPartsAtEveryDepth() {
    String md = described().toMarkdown();
    assertThat(md).contains("| 09:00\u201310:30 | **Session s**<br>Drafting the policy in three rounds.<br>");
    assertThat(md).contains("Expected outputs:\n\n- a draft\n- notes of the first round\n");
  }

  @Test
  void plainText_showsTheDescription_andIndentsPartsOfParts() {
    String text = described().toPlainText();
    assertThat(text).contains("09:00-10:30   Session s\n              Drafting the policy in three rounds.\n"
        + "              - Drafting (1 h)\n                - First round (30 min)\n");
    assertThat(text).contains("              Expected output: a draft\n"
        + "              Expected output: notes of the first round\n");
  }

  @Test
  void plainText_aTimeOfTwelveCharacters_keepsItsTitleOnItsLine() {
    // "(1 h 15 min)" fills the 12 characters of the time column; one more would take a line of its own.
    Session s = Session.builder().id("s").title("Group work").time("?/PT75M").build();
    assertThat(Samples.oneDay(s).toPlainText()).contains("\n(1 h 15 min)  Group work\n");
  }

  @Test
  void dates_ofOneDay_andAcrossTheYear_areWrittenInFull() {
    Workshop oneDay = Workshop.builder().from(Samples.oneDay(session("a", "09:00-10:00")))
        .endDate(Samples.DAY_1).build();
    Workshop newYear = Workshop.builder().id("w").title(LanguageTag.ENGLISH, "New year").zone("Asia/Almaty")
        .startDate(LocalDate.of(2017, 12, 30)).endDate(LocalDate.of(2018, 1, 2))
        .addDays(Day.of(LocalDate.of(2017, 12, 30), session("a", "09:00-10:00"))).build();
    assertThat(PrintedProgramme.placeAndDates(oneDay)).isEqualTo("11 December 2017");
    assertThat(PrintedProgramme.placeAndDates(newYear)).isEqualTo("30 December 2017 \u2013 2 January 2018");
  }
}
