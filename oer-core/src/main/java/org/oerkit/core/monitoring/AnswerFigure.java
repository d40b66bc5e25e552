package org.oerkit.core.monitoring;

import java.util.List;
import org.immutables.value.Value;
import org.oerkit.core.vocabulary.Country;

/**
 * One figure of an aggregated question: how many of the countries that answered gave one answer, and which
 * countries the figure covers, as a consolidated report states "71% of participating states" with the
 * states behind it.
 *
 * <p>The share is the count over the countries that answered the question ({@link #base()}): countries that
 * did not answer, or to which the question was not shown, are not in the base.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AnswerFigure {

  AnswerFigure() {}

  static AnswerFigure of(String answer, List<Country> countries, List<Country> base) {
    return ImmutableAnswerFigure.builder().answer(answer).countries(countries).base(base).build();
  }

  /**
   * Gets the answer counted.
   *
   * @return {@code "yes"}, {@code "no"} or a choice
   */
  public abstract String answer();

  /**
   * Gets the countries that gave the answer.
   *
   * @return the countries, in response order
   */
  public abstract List<Country> countries();

  /**
   * Gets the countries that answered the question, the base of the share.
   *
   * @return the countries, in response order
   */
  public abstract List<Country> base();

  /**
   * Gets the number of countries that gave the answer.
   *
   * @return the count
   */
  public int count() {
    return countries().size();
  }

  /**
   * Gets the share of the countries that answered the question that gave this answer.
   *
   * @return the share between 0 and 1, or 0 when no country answered
   */
  public double share() {
    return base().isEmpty() ? 0 : (double) count() / base().size();
  }
}
