package org.oerkit.core.monitoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
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
 * shows: questions 1 to 9, paraphrased. The rest of the questionnaire has not been read; the user supplies
 * complete questionnaires with {@link #builder()}. {@link #summarize(List)} aggregates responses across
 * countries.
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

  @Value.Check
  void check() {
    Texts.requireTrimmed("Questionnaire", "id", id());
    Texts.requireTrimmed("Questionnaire", "title", title());
    Texts.requireTrimmed("Questionnaire", "source", source());
    Set<String> ids = new HashSet<>();
    for (Question q : questions()) {
      if (!ids.add(q.id())) {
        throw new DomainRuleException("Questionnaire", "questions", "must have distinct identifiers", q.id());
      }
    }
  }

  private static Questionnaire reporting() {
    return builder()
        .id("unesco-oer-recommendation-2019-reporting")
        .title("Reporting on the specific provisions of the 2019 Recommendation on OER (questions 1-9)")
        .source("UNESCO, reporting questionnaire on the 2019 Recommendation on OER, "
            + "https://survey.unesco.org/3/index.php?r=survey/index&sid=378852&lang=en (questions paraphrased)")
        .addQuestions(
            Question.of("Q1", "Country", AnswerType.TEXT),
            Question.of("Q2", "Organization(s) preparing the report", AnswerType.TEXT),
            Question.of("Q3", "Designated contact person and institution", AnswerType.TEXT),
            Question.of("Q4", "Official(s) certifying the report", AnswerType.TEXT),
            Question.of("Q5", "Consultation process followed in preparing the report", AnswerType.TEXT),
            Question.of("Q6", "Has the Recommendation been promoted and shared with the relevant ministries and "
                + "institutions?", AnswerType.YES_NO),
            Question.of("Q7", "If yes, please provide details", AnswerType.TEXT),
            Question.of("Q8", "Has the Recommendation been translated into the national language(s)?",
                AnswerType.YES_NO),
            Question.of("Q9", "If yes, please provide details and links", AnswerType.TEXT))
        .build();
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
