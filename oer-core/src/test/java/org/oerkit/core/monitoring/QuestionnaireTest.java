package org.oerkit.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.vocabulary.Country;

/** Questionnaires, per-country responses, and their aggregation across countries. */
class QuestionnaireTest {

  private static final Questionnaire SURVEY = Questionnaire.builder()
      .id("oer-survey").title("OER survey").source("Test questionnaire")
      .addQuestions(
          Question.builder().id("Q1").text("Is there a national OER policy?").type(AnswerType.YES_NO)
              .dimension("AA2").build(),
          Question.of("Q2", "How many openly licensed textbooks are there?", AnswerType.NUMBER),
          Question.builder().id("Q3").text("Which sectors does the policy cover?").type(AnswerType.MULTI_CHOICE)
              .addChoices("School", "Higher education", "TVET").build(),
          Question.builder().id("Q4").text("Default licence").type(AnswerType.SINGLE_CHOICE)
              .addChoices("CC BY", "CC BY-SA", "Other").mandatory(false).build())
      .build();

  private static QuestionnaireResponse.Builder response(Country country) {
    return QuestionnaireResponse.builder().questionnaire(SURVEY).country(country);
  }

  @Test
  void reporting2019_holdsTheNinePubliclyShownQuestions() {
    Questionnaire q = Questionnaire.recommendation2019Reporting();
    assertThat(q.questions()).extracting(Question::id)
        .containsExactly("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9");
    assertThat(q.question("Q6").get().type()).isEqualTo(AnswerType.YES_NO);
    assertThat(q.question("Q8").get().text()).contains("translated");
    assertThat(q.source()).contains("sid=378852");
  }

  @Test
  void summarize_aggregatesYesNoNumbersAndChoicesAcrossCountries() {
    List<QuestionSummary> summaries = SURVEY.summarize(List.of(
        response(Country.KAZAKHSTAN).putAnswer("Q1", Answer.yes("Draft of December 2017"))
            .putAnswer("Q2", Answer.number(100)).putAnswer("Q3", Answer.choices("School", "TVET")).build(),
        response(Country.KYRGYZSTAN).putAnswer("Q1", Answer.yes()).putAnswer("Q2", Answer.number(40))
            .putAnswer("Q3", Answer.choice("School")).putAnswer("Q4", Answer.choice("CC BY")).build(),
        response(Country.TAJIKISTAN).putAnswer("Q1", Answer.no()).build()));
    QuestionSummary q1 = summaries.get(0);
    assertThat(q1.yesCount()).isEqualTo(2);
    assertThat(q1.noCount()).isEqualTo(1);
    QuestionSummary q2 = summaries.get(1);
    assertThat(q2.total()).contains(BigDecimal.valueOf(140));
    assertThat(q2.minimum()).contains(BigDecimal.valueOf(40));
    assertThat(q2.maximum()).contains(BigDecimal.valueOf(100));
    assertThat(q2.unanswered()).containsExactly(Country.TAJIKISTAN);
    assertThat(summaries.get(2).choiceCounts())
        .containsExactly(Map.entry("School", 2), Map.entry("Higher education", 0), Map.entry("TVET", 1));
    assertThat(summaries.get(3).answered()).containsExactly(Country.KYRGYZSTAN);
  }

  @Test
  void summarize_twoResponsesFromOneCountry_isRefused() {
    QuestionnaireResponse r = response(Country.KAZAKHSTAN).build();
    assertThatThrownBy(() -> SURVEY.summarize(List.of(r, r)))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("Questionnaire.responses must come one per country, was \"KZ\"");
  }

  @Test
  void summarize_responseToAnotherQuestionnaire_isRefused() {
    QuestionnaireResponse other = QuestionnaireResponse.builder()
        .questionnaire(Questionnaire.recommendation2019Reporting()).country(Country.KAZAKHSTAN).build();
    assertThatThrownBy(() -> SURVEY.summarize(List.of(other)))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Questionnaire.responses must answer this questionnaire");
  }

  @Test
  void response_unknownQuestion_isRefused() {
    assertThatThrownBy(() -> response(Country.KAZAKHSTAN).putAnswer("Q9", Answer.yes()).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("QuestionnaireResponse.answers must answer questions of the questionnaire, was \"Q9\"");
  }

  @Test
  void response_wrongKindOfAnswer_isRefused() {
    assertThatThrownBy(() -> response(Country.KAZAKHSTAN).putAnswer("Q2", Answer.yes()).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("QuestionnaireResponse.answers must answer Q2 with NUMBER, was \"YES_NO\"");
  }

  @Test
  void response_choiceNotOffered_isRefused() {
    assertThatThrownBy(() -> response(Country.KAZAKHSTAN).putAnswer("Q4", Answer.choice("CC0")).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("QuestionnaireResponse.answers must choose among the choices of Q4, was \"CC0\"");
  }

  @Test
  void response_unansweredMandatory_listsThemButIsValid() {
    QuestionnaireResponse r = response(Country.UZBEKISTAN).putAnswer("Q1", Answer.no()).build();
    assertThat(r.unansweredMandatory()).extracting(Question::id).containsExactly("Q2", "Q3");
  }

  @Test
  void question_choiceWithOneChoice_isRefused() {
    assertThatThrownBy(() -> Question.builder().id("Q").text("t").type(AnswerType.SINGLE_CHOICE).addChoices("a")
        .build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("Question.choices must offer at least two choices, was \"Q\"");
  }

  @Test
  void question_choicesOnANumber_areRefused() {
    assertThatThrownBy(() -> Question.builder().id("Q").text("t").type(AnswerType.NUMBER).addChoices("a", "b")
        .build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Question.choices must be empty for a NUMBER question");
  }

  @Test
  void questionnaire_duplicateQuestionId_isRefused() {
    Question q = Question.of("Q1", "t", AnswerType.TEXT);
    assertThatThrownBy(() -> Questionnaire.builder().id("x").title("x").source("x").addQuestions(q, q).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Questionnaire.questions must have distinct identifiers");
  }

  @Test
  void answer_mismatchedValue_isRefused() {
    assertThatThrownBy(() -> Answer.builder().type(AnswerType.NUMBER).yesNo(true).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("Answer.type must match the value given, was \"NUMBER\"");
  }

  @Test
  void answer_display_isShort() {
    assertThat(Answer.yes("details").display()).isEqualTo("yes");
    assertThat(Answer.no().display()).isEqualTo("no");
    assertThat(Answer.number(12).display()).isEqualTo("12");
    assertThat(Answer.choices("a", "b").display()).isEqualTo("a, b");
    assertThat(Answer.text("free").display()).isEqualTo("free");
  }

  @Test
  void equals_comparesEveryAttribute() {
    new EqualsTester()
        .addEqualityGroup(Answer.yes(), Answer.builder().type(AnswerType.YES_NO).yesNo(true).build())
        .addEqualityGroup(Answer.yes("d"))
        .addEqualityGroup(Answer.no())
        .addEqualityGroup(Answer.number(1))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(SURVEY, Questionnaire.builder().from(SURVEY).build())
        .addEqualityGroup(Questionnaire.recommendation2019Reporting())
        .testEquals();
    Question q = Question.of("Q1", "t", AnswerType.TEXT);
    new EqualsTester().addEqualityGroup(q, Question.builder().from(q).build())
        .addEqualityGroup(Question.builder().from(q).mandatory(false).build()).testEquals();
    QuestionnaireResponse r = QuestionnaireResponse.builder()
        .questionnaire(Questionnaire.recommendation2019Reporting()).country(Country.KAZAKHSTAN).build();
    new EqualsTester().addEqualityGroup(r, QuestionnaireResponse.builder().from(r).build())
        .addEqualityGroup(QuestionnaireResponse.builder().from(r).country(Country.UZBEKISTAN).build()).testEquals();
  }

  // Issue 12: a number answer of 11 characters must not cost a service.

  @Test
  void answer_numberWithAHugeExponent_isRefusedAtConstruction() {
    assertThatThrownBy(() -> Answer.number(new java.math.BigDecimal("1e999999999")))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("Answer.number must have at most 18 digits before the decimal point, was \"1E+999999999\"");
    assertThatThrownBy(() -> Answer.number(new java.math.BigDecimal("1e-999999999")))
        .isInstanceOf(DomainRuleException.class).hasMessageContaining("Answer.number must have at most 9 decimals");
  }

  @Test
  void answer_boundedNumbers_displayAndSummarize() {
    Answer most = Answer.number(new java.math.BigDecimal("999999999999999999.123456789"));
    assertThat(most.display()).isEqualTo("999999999999999999.123456789");
  }
}
