package org.oerkit.core.license;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An SPDX licence expression (SPDX specification 2.3, Annex D; 3.0 "SPDX License Expressions"): a licence,
 * a licence "or later" ({@code +}), a licence with an exception ({@code WITH}), a user-defined
 * {@code LicenseRef-} reference, and their conjunctions ({@code AND}) and disjunctions ({@code OR}).
 * {@code AND} binds more tightly than {@code OR}; parentheses group.
 *
 * <p>The library evaluates an expression through its {@link #choices()}: the sets of licences one may
 * comply with, any one set being enough ({@code A OR (B AND C)} gives {@code {A}} and {@code {B, C}}). An
 * expression is open under a definition if one choice holds only licences open under it; a
 * {@code LicenseRef-} whose terms the catalogue does not know is never shown open.
 *
 * <p>Every expression is immutable and thread-safe.
 */
public sealed interface LicenseExpression {

  /**
   * Obtains an expression from its text, against the standard catalogue.
   *
   * @param text  the expression, such as {@code "CC-BY-4.0 OR GPL-3.0-or-later"}, not null
   * @return the expression
   * @throws org.oerkit.core.DomainRuleException if the text is not an expression of known licences; the
   *     message quotes a bounded prefix
   */
  static LicenseExpression parse(CharSequence text) {
    return SpdxExpressions.parse(LicenseCatalog.standard(), text);
  }

  /**
   * Gets the choices: the sets of licences one may comply with, any one being enough.
   *
   * @return the choices, each a list of terms in order, never empty
   */
  List<List<LicenseExpression>> choices();

  /**
   * Gets the licences the expression names, in order of appearance.
   *
   * @return the licences, without {@code LicenseRef-} references the catalogue does not know
   */
  default Set<License> licenses() {
    Set<License> licenses = new LinkedHashSet<>();
    collect(this, licenses);
    return ImmutableSet.copyOf(licenses);
  }

  /**
   * Checks whether one of the choices holds only licences open under a definition.
   *
   * @param definition  the definition, not null
   * @return true if the material may be used as open under it
   */
  default boolean isOpen(Openness definition) {
    requireNonNull(definition, "definition");
    for (List<LicenseExpression> choice : choices()) {
      if (choice.stream().allMatch(term -> term.termLicense().map(definition::test).orElse(false))) {
        return true;
      }
    }
    return false;
  }

  /** The licence of a term of a choice, where it is one the catalogue knows. */
  private java.util.Optional<License> termLicense() {
    if (this instanceof Single single) {
      return java.util.Optional.of(single.license());
    }
    if (this instanceof WithException with) {
      return with.base().termLicense();
    }
    return java.util.Optional.empty();
  }

  private static void collect(LicenseExpression expression, Set<License> into) {
    if (expression instanceof Single single) {
      into.add(single.license());
    } else if (expression instanceof WithException with) {
      collect(with.base(), into);
    } else if (expression instanceof And and) {
      and.terms().forEach(t -> collect(t, into));
    } else if (expression instanceof Or or) {
      or.terms().forEach(t -> collect(t, into));
    }
  }

  /**
   * A licence of the catalogue, possibly "or later".
   *
   * @param license  the licence
   * @param orLater  whether the {@code +} operator follows it: this version or any later one
   */
  record Single(License license, boolean orLater) implements LicenseExpression {
    /** Checks the components. */
    public Single {
      requireNonNull(license, "license");
    }

    @Override
    public List<List<LicenseExpression>> choices() {
      return List.of(List.of(this));
    }

    @Override
    public String toString() {
      return license.id() + (orLater ? "+" : "");
    }
  }

  /**
   * A user-defined licence the catalogue does not know, {@code LicenseRef-} or
   * {@code DocumentRef-x:LicenseRef-y}.
   *
   * @param id  the reference as written
   */
  record Reference(String id) implements LicenseExpression {
    /** Checks the components. */
    public Reference {
      requireNonNull(id, "id");
    }

    @Override
    public List<List<LicenseExpression>> choices() {
      return List.of(List.of(this));
    }

    @Override
    public String toString() {
      return id;
    }
  }

  /**
   * A licence with an exception ({@code GPL-3.0-or-later WITH GCC-exception-3.1}); the exception, which
   * adds permissions, is kept as written.
   *
   * @param base  the licence
   * @param exception  the exception id
   */
  record WithException(LicenseExpression base, String exception) implements LicenseExpression {
    /** Checks the components. */
    public WithException {
      requireNonNull(base, "base");
      requireNonNull(exception, "exception");
    }

    @Override
    public List<List<LicenseExpression>> choices() {
      return List.of(List.of(this));
    }

    @Override
    public String toString() {
      return base + " WITH " + exception;
    }
  }

  /**
   * A conjunction: all the terms apply.
   *
   * @param terms  the terms, at least two
   */
  record And(List<LicenseExpression> terms) implements LicenseExpression {
    /** Checks the components. */
    public And {
      terms = ImmutableList.copyOf(terms);
    }

    @Override
    public List<List<LicenseExpression>> choices() {
      List<List<LicenseExpression>> product = List.of(List.of());
      for (LicenseExpression term : terms) {
        List<List<LicenseExpression>> next = new ArrayList<>();
        for (List<LicenseExpression> partial : product) {
          for (List<LicenseExpression> choice : term.choices()) {
            List<LicenseExpression> combined = new ArrayList<>(partial);
            combined.addAll(choice);
            next.add(ImmutableList.copyOf(combined));
          }
        }
        product = next;
      }
      return ImmutableList.copyOf(product);
    }

    @Override
    public String toString() {
      return terms.stream().map(t -> t instanceof Or ? "(" + t + ")" : t.toString())
          .collect(Collectors.joining(" AND "));
    }
  }

  /**
   * A disjunction: any one of the terms may be chosen.
   *
   * @param terms  the terms, at least two
   */
  record Or(List<LicenseExpression> terms) implements LicenseExpression {
    /** Checks the components. */
    public Or {
      terms = ImmutableList.copyOf(terms);
    }

    @Override
    public List<List<LicenseExpression>> choices() {
      List<List<LicenseExpression>> choices = new ArrayList<>();
      for (LicenseExpression term : terms) {
        choices.addAll(term.choices());
      }
      return ImmutableList.copyOf(choices);
    }

    @Override
    public String toString() {
      return terms.stream().map(LicenseExpression::toString).collect(Collectors.joining(" OR "));
    }
  }
}
