package org.oerkit.core.monitoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.oerkit.core.Bounds;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;

/**
 * One country's answer to one {@link Question}: yes or no with details, a number, choices, or text.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Answer {

  Answer() {}

  /**
   * Obtains a yes.
   *
   * @return the answer
   */
  public static Answer yes() {
    return builder().type(AnswerType.YES_NO).yesNo(true).build();
  }

  /**
   * Obtains a yes with details, as "If yes, please provide details" asks.
   *
   * @param details  the details, not blank
   * @return the answer
   */
  public static Answer yes(String details) {
    return builder().type(AnswerType.YES_NO).yesNo(true).details(details).build();
  }

  /**
   * Obtains a no.
   *
   * @return the answer
   */
  public static Answer no() {
    return builder().type(AnswerType.YES_NO).yesNo(false).build();
  }

  /**
   * Obtains a number.
   *
   * @param value  the number, with at most {@value Bounds#MAX_INTEGER_DIGITS} digits before the decimal point
   *     and {@value Bounds#MAX_DECIMALS} after it ({@link Bounds}), not null
   * @return the answer
   * @throws org.oerkit.core.DomainRuleException if the number has more digits
   */
  public static Answer number(BigDecimal value) {
    return builder().type(AnswerType.NUMBER).number(value).build();
  }

  /**
   * Obtains a whole number.
   *
   * @param value  the number
   * @return the answer
   */
  public static Answer number(long value) {
    return number(BigDecimal.valueOf(value));
  }

  /**
   * Obtains one choice.
   *
   * @param choice  the choice, as the question words it, not blank
   * @return the answer
   */
  public static Answer choice(String choice) {
    return builder().type(AnswerType.SINGLE_CHOICE).addChoices(choice).build();
  }

  /**
   * Obtains one or more choices.
   *
   * @param choices  the choices, as the question words them, at least one
   * @return the answer
   */
  public static Answer choices(String... choices) {
    return builder().type(AnswerType.MULTI_CHOICE).addChoices(choices).build();
  }

  /**
   * Obtains a text.
   *
   * @param text  the text, not blank
   * @return the answer
   */
  public static Answer text(String text) {
    requireNonNull(text, "text");
    return builder().type(AnswerType.TEXT).text(text).build();
  }

  /**
   * Starts a builder, for readers of stored answers; the factories are shorter.
   *
   * <p>Required: {@code type}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the kind of answer.
   *
   * @return the type
   */
  public abstract AnswerType type();

  /**
   * Gets the yes or no of a {@link AnswerType#YES_NO} answer.
   *
   * @return true for yes, false for no, empty for other kinds
   */
  public abstract Optional<Boolean> yesNo();

  /**
   * Gets the details given with a yes or no.
   *
   * @return the details, or empty
   */
  public abstract Optional<String> details();

  /**
   * Gets the number of a {@link AnswerType#NUMBER} answer.
   *
   * @return the number, or empty for other kinds
   */
  public abstract Optional<BigDecimal> number();

  /**
   * Gets the choices of a choice answer.
   *
   * @return the choices, empty for other kinds
   */
  public abstract List<String> choices();

  /**
   * Gets the text of a {@link AnswerType#TEXT} answer.
   *
   * @return the text, or empty for other kinds
   */
  public abstract Optional<String> text();

  @Value.Check
  void check() {
    details().ifPresent(d -> Texts.requireNonBlank("Answer", "details", d));
    text().ifPresent(t -> Texts.requireNonBlank("Answer", "text", t));
    choices().forEach(c -> Texts.requireNonBlank("Answer", "choices", c));
    number().ifPresent(n -> Bounds.requireDecimal("Answer", "number", n, Bounds.MAX_DECIMALS));
    boolean fits = switch (type()) {
      case YES_NO -> yesNo().isPresent() && number().isEmpty() && choices().isEmpty() && text().isEmpty();
      case NUMBER -> number().isPresent() && yesNo().isEmpty() && details().isEmpty() && choices().isEmpty()
          && text().isEmpty();
      case SINGLE_CHOICE -> choices().size() == 1 && yesNo().isEmpty() && details().isEmpty() && number().isEmpty()
          && text().isEmpty();
      case MULTI_CHOICE -> !choices().isEmpty() && yesNo().isEmpty() && details().isEmpty() && number().isEmpty()
          && text().isEmpty();
      case TEXT -> text().isPresent() && yesNo().isEmpty() && details().isEmpty() && number().isEmpty()
          && choices().isEmpty();
    };
    if (!fits) {
      throw new DomainRuleException("Answer", "type", "must match the value given", type().toString());
    }
  }

  /**
   * Formats the answer for a table: {@code yes}, {@code no}, the number, the choices, or the text.
   *
   * @return the answer as short text
   */
  public String display() {
    return switch (type()) {
      case YES_NO -> yesNo().get() ? "yes" : "no";
      case NUMBER -> number().get().toPlainString();
      case SINGLE_CHOICE, MULTI_CHOICE -> String.join(", ", choices());
      case TEXT -> text().get();
    };
  }

  /**
   * Builds an {@link Answer}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableAnswer.Builder {
    Builder() {}
  }
}
