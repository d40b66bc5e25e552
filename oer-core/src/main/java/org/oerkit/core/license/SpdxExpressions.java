package org.oerkit.core.license;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oerkit.core.DomainRuleException;

/**
 * Reads SPDX licence expressions: a tokenizer and a recursive-descent parser, linear in the input. The
 * input is bounded ({@link #MAX_LENGTH} characters, {@link #MAX_DEPTH} levels of parentheses, and
 * {@link #MAX_TERMS} licences), since the number of choices of an expression can grow with its terms.
 */
final class SpdxExpressions {

  /** The longest expression read. */
  static final int MAX_LENGTH = 1_000;
  /** The deepest nesting of parentheses read. */
  static final int MAX_DEPTH = 16;
  /** The most licences in one expression. */
  static final int MAX_TERMS = 16;

  private final LicenseCatalog catalog;
  private final String text;
  private final List<String> tokens;
  private int position;
  private int depth;
  private int terms;

  private SpdxExpressions(LicenseCatalog catalog, String text, List<String> tokens) {
    this.catalog = catalog;
    this.text = text;
    this.tokens = tokens;
  }

  /**
   * Parses an expression.
   *
   * @throws DomainRuleException if it is not one, or names an unknown licence
   */
  static LicenseExpression parse(LicenseCatalog catalog, CharSequence text) {
    requireNonNull(text, "text");
    String input = text.toString().strip();
    if (input.length() > MAX_LENGTH) {
      throw error(input, "must be at most " + MAX_LENGTH + " characters");
    }
    SpdxExpressions parser = new SpdxExpressions(catalog, input, tokenize(input));
    if (parser.tokens.isEmpty()) {
      throw error(input, "must not be blank");
    }
    LicenseExpression expression = parser.or();
    if (parser.position < parser.tokens.size()) {
      throw error(input, "has an unexpected \"" + parser.tokens.get(parser.position) + "\"");
    }
    return expression;
  }

  /** Whether a text looks like an expression rather than a single id: an operator, a parenthesis or a +. */
  static boolean looksLikeExpression(String text) {
    boolean marked = false;
    boolean previousTerm = false;
    for (String token : tokenize(text)) {
      boolean operator = isOperator(token);
      boolean parenthesis = token.equals("(") || token.equals(")");
      if (!operator && !parenthesis) {
        if (previousTerm) {
          // Two ids side by side: prose such as "CC BY 4.0", not an expression.
          return false;
        }
        if (token.endsWith("+") || token.startsWith("LicenseRef-") || token.startsWith("DocumentRef-")) {
          marked = true;
        }
      } else if (operator) {
        marked = true;
      }
      previousTerm = !operator && !token.equals("(");
    }
    return marked;
  }

  private static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        tokens.add(String.valueOf(c));
        i++;
      } else {
        int start = i;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '('
            && text.charAt(i) != ')') {
          i++;
        }
        tokens.add(text.substring(start, i));
      }
    }
    return tokens;
  }

  private LicenseExpression or() {
    List<LicenseExpression> terms = new ArrayList<>();
    terms.add(and());
    while (accept("OR")) {
      terms.add(and());
    }
    return terms.size() == 1 ? terms.get(0) : new LicenseExpression.Or(terms);
  }

  private LicenseExpression and() {
    List<LicenseExpression> terms = new ArrayList<>();
    terms.add(with());
    while (accept("AND")) {
      terms.add(with());
    }
    return terms.size() == 1 ? terms.get(0) : new LicenseExpression.And(terms);
  }

  private LicenseExpression with() {
    LicenseExpression base = primary();
    if (accept("WITH")) {
      String exception = next("an exception id after WITH");
      if (!isIdentifier(exception)) {
        throw error(text, "has an exception id that is not an SPDX identifier: \"" + bounded(exception) + "\"");
      }
      return new LicenseExpression.WithException(base, exception);
    }
    return base;
  }

  private LicenseExpression primary() {
    String token = next("a license id");
    if (token.equals("(")) {
      if (++depth > MAX_DEPTH) {
        throw error(text, "must nest parentheses at most " + MAX_DEPTH + " deep");
      }
      LicenseExpression inner = or();
      if (!accept(")")) {
        throw error(text, "has a \"(\" without its \")\"");
      }
      depth--;
      return inner;
    }
    if (token.equals(")") || isOperator(token)) {
      throw error(text, "has \"" + token + "\" where a license id belongs");
    }
    if (++terms > MAX_TERMS) {
      throw error(text, "must name at most " + MAX_TERMS + " licenses");
    }
    return term(token);
  }

  private LicenseExpression term(String token) {
    if (token.startsWith("LicenseRef-") || token.startsWith("DocumentRef-")) {
      Optional<License> custom = catalog.lookup(token);
      if (custom.isPresent()) {
        return new LicenseExpression.Single(custom.get(), false);
      }
      if (!isReference(token)) {
        throw error(text, "has a malformed reference \"" + bounded(token) + "\"");
      }
      return new LicenseExpression.Reference(token);
    }
    Optional<License> exact = byId(token);
    if (exact.isPresent()) {
      return new LicenseExpression.Single(exact.get(), false);
    }
    boolean plus = token.endsWith("+");
    String base = plus ? token.substring(0, token.length() - 1) : token;
    String lower = base.toLowerCase(Locale.ROOT);
    if (!plus && lower.endsWith("-or-later")) {
      base = base.substring(0, base.length() - "-or-later".length());
      plus = true;
    }
    Optional<License> license = byId(base);
    if (license.isPresent()) {
      return new LicenseExpression.Single(license.get(), plus);
    }
    throw new UnknownLicenseException(Detection.kept(text), "the expression names \"" + bounded(token)
        + "\", which is no known license id", catalog.suggestions(token));
  }

  /** A licence by its id or SPDX id, in any case; names are not ids. */
  private Optional<License> byId(String id) {
    return catalog.byIdentifier(id);
  }

  private boolean accept(String token) {
    if (position < tokens.size() && tokens.get(position).equals(token)) {
      position++;
      return true;
    }
    return false;
  }

  private String next(String expected) {
    if (position >= tokens.size()) {
      throw error(text, "ends where " + expected + " belongs");
    }
    return tokens.get(position++);
  }

  private static boolean isOperator(String token) {
    return token.equals("AND") || token.equals("OR") || token.equals("WITH");
  }

  /** Whether a token, never empty, is an SPDX identifier: letters, digits, {@code .} and {@code -}. */
  private static boolean isIdentifier(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isReference(String token) {
    int colon = token.indexOf(':');
    if (token.startsWith("DocumentRef-")) {
      return colon > "DocumentRef-".length() && isIdentifier(token.substring(0, colon))
          && token.startsWith("LicenseRef-", colon + 1) && token.length() > colon + 1 + "LicenseRef-".length()
          && isIdentifier(token.substring(colon + 1));
    }
    return token.length() > "LicenseRef-".length() && isIdentifier(token);
  }

  private static String bounded(String text) {
    return Detection.kept(text);
  }

  private static DomainRuleException error(String input, String rule) {
    return new DomainRuleException("LicenseExpression", "text", rule, Detection.kept(input));
  }
}
