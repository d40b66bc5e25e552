package org.oerkit.core.monitoring;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;

/**
 * A question of a {@link Questionnaire}: its number, wording, kind of answer and, for choices, the choices;
 * the section of the form it is in, and the {@linkplain Condition condition} under which it is shown.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Question {

  Question() {}

  /**
   * Obtains a question with no choices, mandatory, in no dimension.
   *
   * @param id  the identifier, such as {@code "Q6"}
   * @param text  the wording, not blank
   * @param type  the kind of answer, not a choice type
   * @return the question
   */
  public static Question of(String id, String text, AnswerType type) {
    return builder().id(id).text(text).type(type).build();
  }

  /**
   * Starts a builder.
   *
   * <p>Required: {@code id}, {@code text},
   * {@code type}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the identifier, unique within the questionnaire.
   *
   * @return the identifier, such as {@code "Q6"}
   */
  public abstract String id();

  /**
   * Gets the wording.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * Gets the kind of answer.
   *
   * @return the type
   */
  public abstract AnswerType type();

  /**
   * Gets the choices of a choice question.
   *
   * @return the choices, at least two for a choice question, empty otherwise
   */
  public abstract List<String> choices();

  /**
   * Gets the dimension of an indicator framework the question informs.
   *
   * @return the dimension identifier, such as {@code "AA1"}, or empty
   */
  public abstract Optional<String> dimension();

  /**
   * Gets the section of the questionnaire the question is in, as the form titles it.
   *
   * @return the section, such as {@code "General Information"}, or empty
   */
  public abstract Optional<String> section();

  /**
   * Gets the condition under which the question is shown, such as "If yes, please provide details" being
   * shown only when the question before it is answered yes.
   *
   * @return the condition, or empty for a question always shown
   */
  public abstract Optional<Condition> shownWhen();

  /**
   * Checks whether the question must be answered when it is shown: a mandatory question whose condition is
   * not met need not be answered.
   *
   * @return true if mandatory, the default
   */
  @Value.Default
  public boolean isMandatory() {
    return true;
  }

  @Value.Check
  void check() {
    if (!Texts.isWord(id())) {
      throw new DomainRuleException("Question", "id", "must be one word of at most " + Texts.MAX_IDENTIFIER_LENGTH
          + " characters", id());
    }
    Texts.requireTrimmed("Question", "text", text());
    boolean choice = type() == AnswerType.SINGLE_CHOICE || type() == AnswerType.MULTI_CHOICE;
    if (choice && choices().size() < 2) {
      throw new DomainRuleException("Question", "choices", "must offer at least two choices", id());
    }
    if (!choice && !choices().isEmpty()) {
      throw new DomainRuleException("Question", "choices", "must be empty for a " + type() + " question", id());
    }
    section().ifPresent(t -> Texts.requireTrimmed("Question", "section", t));
    if (shownWhen().isPresent() && shownWhen().get().questionId().equals(id())) {
      throw new DomainRuleException("Question", "shownWhen", "must not depend on the question itself", id());
    }
    if (choices().stream().distinct().count() != choices().size()) {
      throw new DomainRuleException("Question", "choices", "must be distinct", choices().toString());
    }
  }

  /**
   * Builds a {@link Question}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableQuestion.Builder {
    Builder() {}
  }
}
