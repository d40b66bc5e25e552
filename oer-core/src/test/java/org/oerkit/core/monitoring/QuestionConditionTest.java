package org.oerkit.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.vocabulary.Country;

/**
 * Conditional questions, as UNESCO's reporting form on the 2019 Recommendation asks them: "If yes, please
 * provide details" (questions 7 and 9, LimeSurvey 378852) is shown only after a yes.
 */
class QuestionConditionTest {

  private static final Questionnaire REPORTING = Questionnaire.recommendation2019Reporting();

  private static QuestionnaireResponse.Builder reportingResponse(Country country) {
    return QuestionnaireResponse.builder().questionnaire(REPORTING).country(country)
        .putAnswer("Q1", Answer.text(country.name())).putAnswer("Q2", Answer.text("Ministry"))
        .putAnswer("Q3", Answer.text("Focal point")).putAnswer("Q4", Answer.text("Minister"))
        .putAnswer("Q5", Answer.text("Consultation")).putAnswer("Q8", Answer.no());
  }

  private static Question yesNo(String id) {
    return Question.of(id, "Question " + id + "?", AnswerType.YES_NO);
  }

  private static Question details(String id, Condition condition) {
    return Question.builder().id(id).text("If yes, please provide details").type(AnswerType.TEXT)
        .shownWhen(condition).build();
  }

  private static Questionnaire.Builder questionnaire(Question... questions) {
    return Questionnaire.builder().id("test").title("Test").source("Test questionnaire").addQuestions(questions);
  }

  @Test
  void reporting2019_q7AndQ9_areShownOnlyAfterAYes() {
    assertThat(REPORTING.question("Q7").orElseThrow().shownWhen()).contains(Condition.yes("Q6"));
    assertThat(REPORTING.question("Q9").orElseThrow().shownWhen()).contains(Condition.yes("Q8"));
    assertThat(REPORTING.question("Q1").orElseThrow().section()).contains("General Information");
    assertThat(REPORTING.question("Q6").orElseThrow().section()).contains("General");
  }

  @Test
  void response_q6NoWithoutQ7_isComplete() {
    QuestionnaireResponse r = reportingResponse(Country.KAZAKHSTAN).putAnswer("Q6", Answer.no()).build();

    assertThat(r.isShown(REPORTING.question("Q7").orElseThrow())).isFalse();
    assertThat(r.unansweredMandatory()).isEmpty();
    assertThat(r.isComplete()).isTrue();
  }

  @Test
  void response_q6YesWithoutQ7_isNotComplete() {
    QuestionnaireResponse r = reportingResponse(Country.KAZAKHSTAN).putAnswer("Q6", Answer.yes()).build();

    assertThat(r.isShown(REPORTING.question("Q7").orElseThrow())).isTrue();
    assertThat(r.unansweredMandatory()).extracting(Question::id).containsExactly("Q7");
    assertThat(r.isComplete()).isFalse();
  }

  @Test
  void response_q6YesWithQ7_isComplete() {
    QuestionnaireResponse r = reportingResponse(Country.KAZAKHSTAN).putAnswer("Q6", Answer.yes())
        .putAnswer("Q7", Answer.text("Shared with the Ministry of Education and Science")).build();

    assertThat(r.isComplete()).isTrue();
  }

  @Test
  void isShown_chainOfConditions_hidesWhatDependsOnAHiddenQuestion() {
    Questionnaire q = questionnaire(yesNo("A"), Question.builder().id("B").text("And then?").type(AnswerType.YES_NO)
        .shownWhen(Condition.yes("A")).build(), details("C", Condition.yes("B"))).build();
    QuestionnaireResponse r = QuestionnaireResponse.builder().questionnaire(q).country(Country.KAZAKHSTAN)
        .putAnswer("A", Answer.no()).putAnswer("B", Answer.yes()).build();

    assertThat(r.isShown(q.question("B").orElseThrow())).isFalse();
    assertThat(r.isShown(q.question("C").orElseThrow())).isFalse();
    assertThat(r.isComplete()).isTrue();
  }

  @Test
  void isShown_onAChoice_showsWhenTheChoiceIsMade() {
    Question licence = Question.builder().id("L").text("Default licence").type(AnswerType.SINGLE_CHOICE)
        .addChoices("CC BY", "Other").build();
    Questionnaire q = questionnaire(licence, details("W", Condition.of("L", "Other"))).build();
    QuestionnaireResponse other = QuestionnaireResponse.builder().questionnaire(q).country(Country.KAZAKHSTAN)
        .putAnswer("L", Answer.choice("Other")).build();
    QuestionnaireResponse ccBy = QuestionnaireResponse.builder().questionnaire(q).country(Country.KYRGYZSTAN)
        .putAnswer("L", Answer.choice("CC BY")).build();

    assertThat(other.unansweredMandatory()).extracting(Question::id).containsExactly("W");
    assertThat(ccBy.isComplete()).isTrue();
  }

  @Test
  void build_conditionOnALaterQuestion_isRefusedNamingIt() {
    assertThatThrownBy(() -> questionnaire(details("Q7", Condition.yes("Q6")), yesNo("Q6")).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("Questionnaire.questions must make conditions depend on earlier questions, "
            + "was \"Q7 shown when Q6 is yes\"");
  }

  @Test
  void build_conditionOnAMissingQuestion_isRefusedNamingIt() {
    assertThatThrownBy(() -> questionnaire(yesNo("Q6"), details("Q7", Condition.yes("Q5"))).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("Questionnaire.questions must make conditions depend on questions of the questionnaire, "
            + "was \"Q7 shown when Q5 is yes\"");
  }

  @Test
  void build_circularConditions_areRefusedNamingTheCycle() {
    Question a = Question.builder().id("A").text("A?").type(AnswerType.YES_NO).shownWhen(Condition.yes("B")).build();
    Question b = Question.builder().id("B").text("B?").type(AnswerType.YES_NO).shownWhen(Condition.yes("A")).build();

    assertThatThrownBy(() -> questionnaire(a, b).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("Questionnaire.questions must not have circular conditions, was \"A -> B -> A\"");
  }

  @Test
  void build_conditionOnTheQuestionItself_isRefused() {
    assertThatThrownBy(() -> details("Q7", Condition.yes("Q7")))
        .isInstanceOf(DomainRuleException.class)
        .hasMessage("Question.shownWhen must not depend on the question itself, was \"Q7\"");
  }

  @Test
  void build_conditionOnAnAnswerTheQuestionCannotTake_isRefused() {
    Question text = Question.of("T", "Name", AnswerType.TEXT);

    assertThatThrownBy(() -> questionnaire(text, details("D", Condition.yes("T"))).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("must make conditions on answers the question depended on can take")
        .hasMessageContaining("T is TEXT");
    assertThatThrownBy(() -> questionnaire(yesNo("Y"), details("D", Condition.of("Y", "maybe"))).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("was \"D shown when Y is maybe");
  }

  @Test
  void condition_blankAnswer_isRefused() {
    assertThatThrownBy(() -> Condition.of("Q6", " "))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageStartingWith("Condition.answer");
  }

  @Test
  void condition_valueSemantics_andText() {
    new EqualsTester()
        .addEqualityGroup(Condition.yes("Q6"), Condition.of("Q6", "yes"))
        .addEqualityGroup(Condition.of("Q6", "no"))
        .addEqualityGroup(Condition.yes("Q8"))
        .testEquals();
    assertThat(Condition.yes("Q6")).hasToString("shown when Q6 is yes");
    assertThat(Condition.yes("Q6").isMetBy(Answer.yes("details"))).isTrue();
    assertThat(Condition.yes("Q6").isMetBy(Answer.no())).isFalse();
    assertThat(Condition.of("L", "TVET").isMetBy(Answer.choices("School", "TVET"))).isTrue();
    assertThat(Condition.yes("Q6").isMetBy(Answer.text("yes"))).isFalse();
  }

  @Test
  void summarize_figures_giveCountSharesAndTheCountriesCovered() {
    List<QuestionnaireResponse> responses = List.of(
        reportingResponse(Country.KAZAKHSTAN).putAnswer("Q6", Answer.yes())
            .putAnswer("Q7", Answer.text("Shared with ministries")).build(),
        reportingResponse(Country.KYRGYZSTAN).putAnswer("Q6", Answer.yes()).build(),
        reportingResponse(Country.TAJIKISTAN).putAnswer("Q6", Answer.no()).build(),
        QuestionnaireResponse.builder().questionnaire(REPORTING).country(Country.UZBEKISTAN).build());

    List<QuestionSummary> summaries = REPORTING.summarize(responses);
    QuestionSummary q6 = summaries.get(5);
    QuestionSummary q7 = summaries.get(6);

    assertThat(q6.answered()).containsExactly(Country.KAZAKHSTAN, Country.KYRGYZSTAN, Country.TAJIKISTAN);
    assertThat(q6.unanswered()).containsExactly(Country.UZBEKISTAN);
    AnswerFigure yes = q6.figure("yes").orElseThrow();
    assertThat(yes.count()).isEqualTo(2);
    assertThat(yes.share()).isEqualTo(2.0 / 3);
    assertThat(yes.countries()).containsExactly(Country.KAZAKHSTAN, Country.KYRGYZSTAN);
    assertThat(yes.base()).containsExactly(Country.KAZAKHSTAN, Country.KYRGYZSTAN, Country.TAJIKISTAN);
    assertThat(q6.figure("no").orElseThrow().countries()).containsExactly(Country.TAJIKISTAN);
    assertThat(q6.figures()).extracting(AnswerFigure::answer).containsExactly("yes", "no");
    assertThat(q7.answered()).containsExactly(Country.KAZAKHSTAN);
    assertThat(q7.unanswered()).containsExactly(Country.KYRGYZSTAN);
    assertThat(q7.notShown()).containsExactly(Country.TAJIKISTAN, Country.UZBEKISTAN);
    assertThat(q7.figures()).isEmpty();
  }

  @Test
  void answerFigure_valueSemantics() {
    List<Country> base = List.of(Country.KAZAKHSTAN, Country.KYRGYZSTAN);
    new EqualsTester()
        .addEqualityGroup(AnswerFigure.of("yes", List.of(Country.KAZAKHSTAN), base),
            AnswerFigure.of("yes", List.of(Country.KAZAKHSTAN), base))
        .addEqualityGroup(AnswerFigure.of("no", List.of(Country.KAZAKHSTAN), base))
        .addEqualityGroup(AnswerFigure.of("yes", List.of(Country.KYRGYZSTAN), base))
        .addEqualityGroup(AnswerFigure.of("yes", List.of(Country.KAZAKHSTAN), List.of(Country.KAZAKHSTAN)))
        .testEquals();
    assertThat(AnswerFigure.of("yes", List.of(Country.KAZAKHSTAN), base).share()).isEqualTo(0.5);
  }

  @Test
  void summarize_noAnswers_sharesAreZeroNotNaN() {
    QuestionSummary q6 = REPORTING.summarize(List.of(QuestionnaireResponse.builder().questionnaire(REPORTING)
        .country(Country.KAZAKHSTAN).build())).get(5);

    assertThat(q6.figure("yes").orElseThrow().share()).isZero();
    assertThat(q6.figure("maybe")).isEmpty();
  }
}
