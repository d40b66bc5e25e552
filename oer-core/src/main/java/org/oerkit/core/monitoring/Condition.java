package org.oerkit.core.monitoring;

import static java.util.Objects.requireNonNull;

import org.immutables.value.Value;
import org.oerkit.core.Texts;

/**
 * The condition under which a {@link Question} is shown: an earlier question answered in a given way, as in
 * "If yes, please provide details", which UNESCO's reporting form shows only when the question before it
 * is answered yes.
 *
 * <p>A condition is data: the identifier of the question it depends on and the answer that shows the
 * question, {@code "yes"} or {@code "no"} for a yes-or-no question, or one of the choices of a choice
 * question. {@link Questionnaire} checks, when it is built, that the question depended on exists, comes
 * earlier, and can be answered that way, and that no condition is circular.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Condition {

  /** The answer of a yes-or-no question that means yes. */
  public static final String YES = "yes";
  /** The answer of a yes-or-no question that means no. */
  public static final String NO = "no";

  Condition() {}

  /**
   * Obtains a condition.
   *
   * @param questionId  the identifier of the question depended on, not blank
   * @param answer  the answer that shows the question: {@code "yes"}, {@code "no"} or a choice, not blank
   * @return the condition
   */
  public static Condition of(String questionId, String answer) {
    return ImmutableCondition.of(questionId, answer);
  }

  /**
   * Obtains the condition that a yes-or-no question is answered yes.
   *
   * @param questionId  the identifier of the question depended on, not blank
   * @return the condition
   */
  public static Condition yes(String questionId) {
    return of(questionId, YES);
  }

  /**
   * Gets the identifier of the question depended on.
   *
   * @return the identifier, such as {@code "Q6"}
   */
  @Value.Parameter
  public abstract String questionId();

  /**
   * Gets the answer that shows the question.
   *
   * @return {@code "yes"}, {@code "no"} or a choice of the question depended on
   */
  @Value.Parameter
  public abstract String answer();

  /**
   * Checks whether an answer to the question depended on meets the condition.
   *
   * @param given  the answer given, not null
   * @return true for a yes or no that matches, or a choice answer that includes the choice
   */
  public boolean isMetBy(Answer given) {
    requireNonNull(given, "given");
    return given.yesNo().map(b -> answer().equals(b ? YES : NO)).orElse(false)
        || given.choices().contains(answer());
  }

  @Value.Check
  void check() {
    Texts.requireTrimmed("Condition", "questionId", questionId());
    Texts.requireTrimmed("Condition", "answer", answer());
  }

  /**
   * Formats the condition as the form would say it.
   *
   * @return the text, such as {@code "shown when Q6 is yes"}
   */
  @Override
  public String toString() {
    return "shown when " + questionId() + " is " + answer();
  }
}
