package org.oerkit.core.monitoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.oerkit.core.vocabulary.Country;

/**
 * The answers of several countries to one question, aggregated: who answered, how many said yes and no, the
 * total and range of numbers, and how often each choice was made.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class QuestionSummary {

  QuestionSummary() {}

  static QuestionSummary of(Question question, List<QuestionnaireResponse> responses) {
    ImmutableList.Builder<Country> answered = ImmutableList.builder();
    ImmutableList.Builder<Country> unanswered = ImmutableList.builder();
    int yes = 0;
    int no = 0;
    BigDecimal total = null;
    BigDecimal min = null;
    BigDecimal max = null;
    Map<String, Integer> counts = new LinkedHashMap<>();
    question.choices().forEach(c -> counts.put(c, 0));
    for (QuestionnaireResponse r : responses) {
      Optional<Answer> answer = r.answer(question.id());
      if (answer.isEmpty()) {
        unanswered.add(r.country());
        continue;
      }
      answered.add(r.country());
      Answer a = answer.get();
      if (a.yesNo().isPresent()) {
        if (a.yesNo().get()) {
          yes++;
        } else {
          no++;
        }
      }
      if (a.number().isPresent()) {
        BigDecimal n = a.number().get();
        total = total == null ? n : total.add(n);
        min = min == null || n.compareTo(min) < 0 ? n : min;
        max = max == null || n.compareTo(max) > 0 ? n : max;
      }
      a.choices().forEach(c -> counts.merge(c, 1, Integer::sum));
    }
    return ImmutableQuestionSummary.builder().question(question).answered(answered.build())
        .unanswered(unanswered.build()).yesCount(yes).noCount(no).total(Optional.ofNullable(total))
        .minimum(Optional.ofNullable(min)).maximum(Optional.ofNullable(max))
        .choiceCounts(ImmutableMap.copyOf(counts)).build();
  }

  /**
   * Gets the question.
   *
   * @return the question
   */
  public abstract Question question();

  /**
   * Gets the countries that answered, in response order.
   *
   * @return the countries
   */
  public abstract List<Country> answered();

  /**
   * Gets the countries that did not answer, in response order.
   *
   * @return the countries
   */
  public abstract List<Country> unanswered();

  /**
   * Gets the number of yes answers.
   *
   * @return the count
   */
  public abstract int yesCount();

  /**
   * Gets the number of no answers.
   *
   * @return the count
   */
  public abstract int noCount();

  /**
   * Gets the sum of number answers.
   *
   * @return the total, or empty if no number was given
   */
  public abstract Optional<BigDecimal> total();

  /**
   * Gets the smallest number answer.
   *
   * @return the minimum, or empty
   */
  public abstract Optional<BigDecimal> minimum();

  /**
   * Gets the largest number answer.
   *
   * @return the maximum, or empty
   */
  public abstract Optional<BigDecimal> maximum();

  /**
   * Gets how often each choice was made, in the question's order of choices.
   *
   * @return the counts by choice, empty for questions without choices
   */
  public abstract Map<String, Integer> choiceCounts();
}
