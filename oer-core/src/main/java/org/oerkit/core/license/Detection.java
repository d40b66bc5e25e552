package org.oerkit.core.license;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What {@link LicenseDetector} found in a text: a typed answer that never dresses a guess as a fact.
 *
 * <p>The answers are {@link Exact} (the text is a licence's identifier or canonical URI), {@link Normalized}
 * (it names one licence once normalised, with what was normalised), {@link Ambiguous} (it does not say
 * enough, or says two things: the candidates are listed), {@link Expression} (an SPDX licence expression),
 * {@link Text} (a licence's full legal text, with a confidence and the runner-up), {@link NotALicense} (a
 * statement that grants no licence, such as "All rights reserved" or a rightsstatements.org statement)
 * and {@link Unknown} (nothing known, with suggestions only where they are close).
 *
 * <p>Every answer is immutable and thread-safe.
 */
public sealed interface Detection {

  /** The longest input an answer keeps; longer inputs are kept as a prefix and an ellipsis. */
  int KEPT_INPUT = 200;

  /** The kinds of answer, with the labels of the command line's JSON. */
  enum Answer {
    /** See {@link Exact}. */
    EXACT,
    /** See {@link Normalized}. */
    NORMALIZED,
    /** See {@link Ambiguous}. */
    AMBIGUOUS,
    /** See {@link Expression}. */
    EXPRESSION,
    /** See {@link Text}. */
    TEXT,
    /** See {@link NotALicense}. */
    NOT_A_LICENSE,
    /** See {@link Unknown}. */
    UNKNOWN;

    /**
     * Gets the label, as the command line's JSON writes it.
     *
     * @return the label, such as {@code "not-a-license"}
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * Gets the input, or a prefix of at most {@link #KEPT_INPUT} characters and an ellipsis.
   *
   * @return the input
   */
  String input();

  /**
   * Gets the kind of answer.
   *
   * @return the answer
   */
  Answer answer();

  /**
   * Gets the licence the text names, where it names exactly one.
   *
   * @return the licence, or empty
   */
  default Optional<License> license() {
    return Optional.empty();
  }

  /**
   * Gets the licences the text may mean: the candidates of an ambiguous answer, the close suggestions of
   * an unknown one, the licences of an expression, the licence and runner-up of a text.
   *
   * @return the licences, best first, possibly empty
   */
  default List<License> candidates() {
    return license().map(List::of).orElse(List.of());
  }

  /**
   * Gets the SPDX expression the text is.
   *
   * @return the expression, or empty for answers other than {@link Expression}
   */
  default Optional<LicenseExpression> expression() {
    return Optional.empty();
  }

  /**
   * Gets the normalisations applied before the text named a licence.
   *
   * @return the normalisations, empty for an exact answer
   */
  default Set<Normalization> normalizations() {
    return Set.of();
  }

  /**
   * Gets the confidence of an answer from a full legal text: the Sørensen–Dice coefficient of the text's
   * word bigrams and the licence's.
   *
   * @return the confidence between 0 and 1, or empty where no text was compared
   */
  default OptionalDouble confidence() {
    return OptionalDouble.empty();
  }

  /**
   * Gets a sentence saying what was found, for people.
   *
   * @return the explanation
   */
  String explanation();

  /**
   * Checks whether the answer names a single licence as {@link License#parse(CharSequence)} accepts it:
   * exact, normalised, or a statement with an explicit marker such as "all rights reserved". A legal text
   * is identified with a confidence, and is not such an answer.
   *
   * @return true if {@link #license()} is present and the answer is exact, normalised or not a licence
   */
  default boolean isDefinite() {
    return license().isPresent() && (answer() == Answer.EXACT || answer() == Answer.NORMALIZED
        || answer() == Answer.NOT_A_LICENSE);
  }

  /**
   * The text is a licence's identifier ({@code CC-BY-4.0}) or its canonical URI, exactly.
   *
   * @param input  the input
   * @param match  the licence
   */
  record Exact(String input, License match) implements Detection {
    /** Checks the components. */
    public Exact {
      input = kept(input);
      requireNonNull(match, "match");
    }

    @Override
    public Answer answer() {
      return Answer.EXACT;
    }

    @Override
    public Optional<License> license() {
      return Optional.of(match);
    }

    @Override
    public String explanation() {
      return "the text is the identifier of " + match.shortName();
    }
  }

  /**
   * The text names one licence once normalised.
   *
   * @param input  the input
   * @param match  the licence
   * @param normalizations  what was normalised, not empty
   */
  record Normalized(String input, License match, Set<Normalization> normalizations) implements Detection {
    /** Checks the components. */
    public Normalized {
      input = kept(input);
      requireNonNull(match, "match");
      normalizations = Sets.immutableEnumSet(normalizations);
    }

    @Override
    public Answer answer() {
      return Answer.NORMALIZED;
    }

    @Override
    public Optional<License> license() {
      return Optional.of(match);
    }

    @Override
    public String explanation() {
      return "the text names " + match.shortName() + " (" + labels(normalizations) + ")";
    }
  }

  /**
   * The text does not say enough to name one licence (a family without its version, a URI several
   * licences share), or says two things that disagree (a URL and a name of different licences).
   *
   * @param input  the input
   * @param candidates  the licences it may mean, best first
   * @param explanation  why it is ambiguous
   * @param normalizations  what was normalised
   * @param confidence  the confidence of a legal text that several licences share, or empty
   */
  record Ambiguous(String input, List<License> candidates, String explanation, Set<Normalization> normalizations,
      OptionalDouble confidence) implements Detection {
    /** Checks the components. */
    public Ambiguous {
      input = kept(input);
      candidates = ImmutableList.copyOf(candidates);
      requireNonNull(explanation, "explanation");
      normalizations = Sets.immutableEnumSet(normalizations);
      requireNonNull(confidence, "confidence");
    }

    @Override
    public Answer answer() {
      return Answer.AMBIGUOUS;
    }
  }

  /**
   * The text is an SPDX licence expression ({@code CC-BY-4.0 OR GPL-3.0-or-later}).
   *
   * @param input  the input
   * @param value  the parsed expression
   * @param normalizations  what was normalised in its licence ids
   */
  record Expression(String input, LicenseExpression value, Set<Normalization> normalizations) implements Detection {
    /** Checks the components. */
    public Expression {
      input = kept(input);
      requireNonNull(value, "value");
      normalizations = Sets.immutableEnumSet(normalizations);
    }

    @Override
    public Answer answer() {
      return Answer.EXPRESSION;
    }

    @Override
    public Optional<LicenseExpression> expression() {
      return Optional.of(value);
    }

    @Override
    public List<License> candidates() {
      return ImmutableList.copyOf(value.licenses());
    }

    @Override
    public String explanation() {
      return "the text is the SPDX license expression " + value;
    }
  }

  /**
   * The text is the full legal text of a licence.
   *
   * @param input  the input, as a prefix
   * @param match  the licence whose text it is
   * @param score  the Sørensen–Dice coefficient with that licence's text
   * @param runnerUp  the next closest licence whose text differs
   * @param runnerUpScore  its coefficient, 0 if there is none
   */
  record Text(String input, License match, double score, Optional<License> runnerUp, double runnerUpScore)
      implements Detection {
    /** Checks the components. */
    public Text {
      input = kept(input);
      requireNonNull(match, "match");
      requireNonNull(runnerUp, "runnerUp");
    }

    @Override
    public Answer answer() {
      return Answer.TEXT;
    }

    @Override
    public Optional<License> license() {
      return Optional.of(match);
    }

    @Override
    public List<License> candidates() {
      return runnerUp.map(r -> List.of(match, r)).orElse(List.of(match));
    }

    @Override
    public OptionalDouble confidence() {
      return OptionalDouble.of(score);
    }

    @Override
    public String explanation() {
      return String.format(Locale.ROOT, "the text is the legal code of %s (confidence %.3f%s)", match.shortName(),
          score, runnerUp.map(r -> String.format(Locale.ROOT, "; next: %s, %.3f", r.shortName(), runnerUpScore))
              .orElse(""));
    }
  }

  /**
   * The text is a statement that grants no licence: "All rights reserved", a copyright notice alone, a
   * rightsstatements.org statement (https://rightsstatements.org/en/statements/).
   *
   * @param input  the input
   * @param statement  the statement, such as "In Copyright" or "All rights reserved"
   * @param statementUri  the statement's URI, for rightsstatements.org
   * @param marker  the catalogue's marker the statement amounts to, such as "all rights reserved"
   */
  record NotALicense(String input, String statement, Optional<URI> statementUri, Optional<License> marker)
      implements Detection {
    /** Checks the components. */
    public NotALicense {
      input = kept(input);
      requireNonNull(statement, "statement");
      requireNonNull(statementUri, "statementUri");
      requireNonNull(marker, "marker");
    }

    @Override
    public Answer answer() {
      return Answer.NOT_A_LICENSE;
    }

    @Override
    public Optional<License> license() {
      return marker;
    }

    @Override
    public String explanation() {
      return "the text is a rights statement, not a license: " + statement;
    }
  }

  /**
   * The text names no known licence.
   *
   * @param input  the input
   * @param explanation  why, such as "no known license has this URI"
   * @param suggestions  licences whose forms are close to the text, possibly empty
   */
  record Unknown(String input, String explanation, List<License> suggestions) implements Detection {
    /** Checks the components. */
    public Unknown {
      input = kept(input);
      requireNonNull(explanation, "explanation");
      suggestions = ImmutableList.copyOf(suggestions);
    }

    @Override
    public Answer answer() {
      return Answer.UNKNOWN;
    }

    @Override
    public List<License> candidates() {
      return suggestions;
    }
  }

  /**
   * Bounds an input to {@link #KEPT_INPUT} characters.
   *
   * @param input  the input, not null
   * @return the input, or its prefix and an ellipsis
   */
  static String kept(String input) {
    requireNonNull(input, "input");
    return input.length() <= KEPT_INPUT ? input : input.substring(0, KEPT_INPUT) + "…";
  }

  private static String labels(Set<Normalization> normalizations) {
    return normalizations.isEmpty() ? "as given" : String.join(", ",
        normalizations.stream().map(Normalization::label).toList());
  }

  /** Makes an empty set of normalisations, for the answers that have none. */
  static Set<Normalization> none() {
    return EnumSet.noneOf(Normalization.class);
  }
}
