package org.oerkit.core.monitoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;
import org.oerkit.core.vocabulary.Country;

/**
 * A questionnaire that countries answer, such as UNESCO's reporting questionnaire on the 2019 Recommendation
 * or the UNESCO OER indicators questionnaire collected at Astana (concept note, Session 6).
 *
 * <p>{@link #recommendation2019Reporting()} holds the part of UNESCO's reporting questionnaire ("Reporting on
 * the specific provisions of the 2019 Recommendation on OER", UNESCO LimeSurvey 378852) that a public source
 * shows: questions 1 to 9, paraphrased, in the form's sections "General Information" (1-5) and "General"
 * (6-9). The form marks every question mandatory; questions 7 and 9 ("If yes, please provide details") are
 * {@linkplain Question#shownWhen() shown} only when 6 and 8 are answered yes, as their wording says (the
 * public copy, read without JavaScript, does not show LimeSurvey's conditions themselves). The form goes on
 * with a section "Building capacity of stakeholders to create, access, re-use, adapt and redistribute OER",
 * whose question 10 begins "Have there been awareness raising"; the copy read is cut off there, so question
 * 10 and what follows are not available. The user supplies complete questionnaires with {@link #builder()}.
 *
 * <p>Conditions are data and are checked when the questionnaire is built: a condition depends on an earlier
 * question of the questionnaire, on an answer that question can take, and never, through other conditions,
 * on the question itself. {@link #summarize(List)} aggregates responses across countries.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Questionnaire {

  private static final Questionnaire REPORTING_2019 = reporting();

  Questionnaire() {}

  /**
   * Gets the publicly shown part (questions 1 to 9) of UNESCO's reporting questionnaire on the 2019
   * Recommendation.
   *
   * @return the questionnaire
   */
  public static Questionnaire recommendation2019Reporting() {
    return REPORTING_2019;
  }

  /**
   * Starts a builder.
   *
   * <p>Required: {@code id}, {@code title},
   * {@code source}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the identifier.
   *
   * @return the identifier
   */
  public abstract String id();

  /**
   * Gets the title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Gets the public source.
   *
   * @return a citation
   */
  public abstract String source();

  /**
   * Gets the questions, in order.
   *
   * @return the questions, distinct identifiers
   */
  public abstract List<Question> questions();

  /**
   * Finds a question.
   *
   * @param id  the question's identifier, not null
   * @return the question, or empty
   */
  public Optional<Question> question(String id) {
    requireNonNull(id, "id");
    return questions().stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /**
   * Aggregates responses across countries, one summary per question in questionnaire order.
   *
   * @param responses  the responses to this questionnaire, at most one per country, not null
   * @return the summaries
   * @throws DomainRuleException if a response is to another questionnaire or two come from one country
   */
  public List<QuestionSummary> summarize(List<QuestionnaireResponse> responses) {
    requireNonNull(responses, "responses");
    Set<Country> countries = new HashSet<>();
    for (QuestionnaireResponse r : responses) {
      if (!r.questionnaire().equals(this)) {
        throw new DomainRuleException("Questionnaire", "responses", "must answer this questionnaire",
            r.questionnaire().id());
      }
      if (!countries.add(r.country())) {
        throw new DomainRuleException("Questionnaire", "responses", "must come one per country",
            r.country().code());
      }
    }
    return questions().stream().map(q -> QuestionSummary.of(q, responses))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Checks whether a question is shown, given the answers so far: a question without a condition is always
   * shown; one with a condition is shown when the question it depends on is shown and answered as the
   * condition says.
   *
   * @param question  a question of this questionnaire, not null
   * @param answers  the answers by question identifier, not null
   * @return true if the form shows the question
   * @throws DomainRuleException if the question is not one of this questionnaire's
   */
  public boolean isShown(Question question, Map<String, Answer> answers) {
    requireNonNull(question, "question");
    requireNonNull(answers, "answers");
    if (!questions().contains(question)) {
      throw new DomainRuleException("Questionnaire", "questions", "must contain the question", question.id());
    }
    Question q = question;
    // Conditions point only to earlier questions (checked when built), so this walk ends.
    while (q.shownWhen().isPresent()) {
      Condition c = q.shownWhen().get();
      Answer given = answers.get(c.questionId());
      if (given == null || !c.isMetBy(given)) {
        return false;
      }
      q = question(c.questionId()).orElseThrow();
    }
    return true;
  }

  @Value.Check
  void check() {
    Texts.requireTrimmed("Questionnaire", "id", id());
    Texts.requireTrimmed("Questionnaire", "title", title());
    Texts.requireTrimmed("Questionnaire", "source", source());
    Map<String, Integer> positions = new HashMap<>();
    for (Question q : questions()) {
      if (positions.putIfAbsent(q.id(), positions.size()) != null) {
        throw new DomainRuleException("Questionnaire", "questions", "must have distinct identifiers", q.id());
      }
    }
    for (Question q : questions()) {
      q.shownWhen().ifPresent(c -> checkCondition(q, c, positions));
    }
  }

  private void checkCondition(Question q, Condition c, Map<String, Integer> positions) {
    if (!positions.containsKey(c.questionId())) {
      throw new DomainRuleException("Questionnaire", "questions",
          "must make conditions depend on questions of the questionnaire", q.id() + " " + c);
    }
    List<String> chain = new ArrayList<>(List.of(q.id()));
    for (Optional<Condition> next = Optional.of(c); next.isPresent();
        next = question(next.get().questionId()).flatMap(Question::shownWhen)) {
      String id = next.get().questionId();
      chain.add(id);
      if (id.equals(q.id())) {
        throw new DomainRuleException("Questionnaire", "questions", "must not have circular conditions",
            String.join(" -> ", chain));
      }
      if (!positions.containsKey(id) || chain.size() > positions.size() + 1) {
        break;
      }
    }
    if (positions.get(c.questionId()) > positions.get(q.id())) {
      throw new DomainRuleException("Questionnaire", "questions",
          "must make conditions depend on earlier questions", q.id() + " " + c);
    }
    Question target = question(c.questionId()).orElseThrow();
    boolean possible = switch (target.type()) {
      case YES_NO -> c.answer().equals(Condition.YES) || c.answer().equals(Condition.NO);
      case SINGLE_CHOICE, MULTI_CHOICE -> target.choices().contains(c.answer());
      case NUMBER, TEXT -> false;
    };
    if (!possible) {
      throw new DomainRuleException("Questionnaire", "questions",
          "must make conditions on answers the question depended on can take", q.id() + " " + c
              + " (" + target.id() + " is " + target.type() + ")");
    }
  }

  private static Questionnaire reporting() {
    String info = "General Information";
    String general = "General";
    return builder()
        .id("unesco-oer-recommendation-2019-reporting")
        .title("Reporting on the specific provisions of the 2019 Recommendation on OER (questions 1-9)")
        .source("UNESCO, reporting questionnaire on the 2019 Recommendation on OER, "
            + "https://survey.unesco.org/3/index.php?r=survey/index&sid=378852&lang=en (questions paraphrased; "
            + "conditions of questions 7 and 9 from their wording \"If yes\")")
        .addQuestions(
            reporting("Q1", info, "Country", AnswerType.TEXT, null),
            reporting("Q2", info, "Organization(s) preparing the report", AnswerType.TEXT, null),
            reporting("Q3", info, "Designated contact person and institution", AnswerType.TEXT, null),
            reporting("Q4", info, "Official(s) certifying the report", AnswerType.TEXT, null),
            reporting("Q5", info, "Consultation process followed in preparing the report", AnswerType.TEXT, null),
            reporting("Q6", general, "Has the Recommendation been promoted and shared with the relevant ministries "
                + "and institutions?", AnswerType.YES_NO, null),
            reporting("Q7", general, "If yes, please provide details", AnswerType.TEXT, Condition.yes("Q6")),
            reporting("Q8", general, "Has the Recommendation been translated into the national language(s)?",
                AnswerType.YES_NO, null),
            reporting("Q9", general, "If yes, please provide details and links", AnswerType.TEXT,
                Condition.yes("Q8")))
        .build();
  }

  private static Question reporting(String id, String section, String text, AnswerType type, Condition shownWhen) {
    return Question.builder().id(id).section(section).text(text).type(type)
        .shownWhen(java.util.Optional.ofNullable(shownWhen)).build();
  }

  /**
   * Builds a {@link Questionnaire}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableQuestionnaire.Builder {
    Builder() {}
  }
}
