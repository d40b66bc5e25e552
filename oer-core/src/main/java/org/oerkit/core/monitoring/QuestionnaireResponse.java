package org.oerkit.core.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.oerkit.core.Bounds;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.Organization;

/**
 * One country's response to a {@link Questionnaire}: an answer per question answered.
 *
 * <p>A response may leave questions unanswered (a response being collected at a workshop is still a
 * response); {@link #unansweredMandatory()} lists the mandatory ones the form shows, and
 * {@link #isComplete()} says whether there are none. A question whose {@linkplain Condition condition} is
 * not met is not shown and need not be answered. An answer to a question the
 * questionnaire does not have, or of the wrong kind, or with a choice the question does not offer, is
 * refused.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class QuestionnaireResponse {

  QuestionnaireResponse() {}

  /**
   * Starts a builder.
   *
   * <p>Required: {@code questionnaire},
   * {@code country}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the questionnaire answered.
   *
   * @return the questionnaire
   */
  public abstract Questionnaire questionnaire();

  /**
   * Gets the country responding.
   *
   * @return the country
   */
  public abstract Country country();

  /**
   * Gets the organization that prepared the response.
   *
   * @return the respondent, or empty
   */
  public abstract Optional<Organization> respondent();

  /**
   * Gets the date the response was submitted.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> submittedOn();

  /**
   * Gets the answers, by question identifier.
   *
   * @return the answers, possibly empty
   */
  public abstract Map<String, Answer> answers();

  /**
   * Gets the answer to one question.
   *
   * @param questionId  the question's identifier, not null
   * @return the answer, or empty if not answered
   */
  public Optional<Answer> answer(String questionId) {
    return Optional.ofNullable(answers().get(questionId));
  }

  /**
   * Checks whether the form shows a question, given this response's answers.
   *
   * @param question  a question of the questionnaire, not null
   * @return true unless the question's condition is not met
   * @see Questionnaire#isShown(Question, Map)
   */
  public boolean isShown(Question question) {
    return questionnaire().isShown(question, answers());
  }

  /**
   * Gets the mandatory questions shown and left unanswered: a question hidden by its condition (details
   * asked only "if yes", after a no) need not be answered.
   *
   * @return the questions, in questionnaire order, possibly empty
   */
  public List<Question> unansweredMandatory() {
    return questionnaire().questions().stream()
        .filter(q -> q.isMandatory() && !answers().containsKey(q.id()) && isShown(q)).toList();
  }

  /**
   * Checks whether every mandatory question the form shows is answered.
   *
   * @return true if {@link #unansweredMandatory()} is empty
   */
  public boolean isComplete() {
    return unansweredMandatory().isEmpty();
  }

  @Value.Check
  void check() {
    submittedOn().ifPresent(d -> Bounds.requireDate("QuestionnaireResponse", "submittedOn", d));
    for (Map.Entry<String, Answer> e : answers().entrySet()) {
      Question q = questionnaire().question(e.getKey()).orElseThrow(() -> new DomainRuleException(
          "QuestionnaireResponse", "answers", "must answer questions of the questionnaire", e.getKey()));
      Answer a = e.getValue();
      boolean choiceQuestion = q.type() == AnswerType.SINGLE_CHOICE || q.type() == AnswerType.MULTI_CHOICE;
      boolean fits = a.type() == q.type()
          || (q.type() == AnswerType.MULTI_CHOICE && a.type() == AnswerType.SINGLE_CHOICE);
      if (!fits) {
        throw new DomainRuleException("QuestionnaireResponse", "answers",
            "must answer " + q.id() + " with " + q.type(), a.type().toString());
      }
      if (choiceQuestion) {
        for (String c : a.choices()) {
          if (!q.choices().contains(c)) {
            throw new DomainRuleException("QuestionnaireResponse", "answers",
                "must choose among the choices of " + q.id(), c);
          }
        }
      }
    }
  }

  /**
   * Builds a {@link QuestionnaireResponse}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableQuestionnaireResponse.Builder {
    Builder() {}
  }
}
