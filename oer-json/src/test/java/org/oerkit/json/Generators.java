package org.oerkit.json;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oerkit.core.Finding;
import org.oerkit.core.Report;
import org.oerkit.core.Rule;
import org.oerkit.core.Severity;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.OrganizationKind;
import org.oerkit.core.vocabulary.Person;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of oerkit values, for the round-trip properties of the binding.
 *
 * <p>Texts mix ASCII, Cyrillic (Kazakh and Russian), control characters and quotes, so that escaping is
 * exercised; they never hold lone surrogates, which no valid document can carry.
 */
final class Generators {

  private static final List<Country> COUNTRIES = List.copyOf(Country.all());
  private static final List<LanguageTag> LANGUAGES = List.of(LanguageTag.ENGLISH, LanguageTag.RUSSIAN,
      LanguageTag.KAZAKH, LanguageTag.FRENCH, LanguageTag.parse("ru-KZ"), LanguageTag.parse("kk-Cyrl-KZ"));

  private Generators() {}

  static int pick(org.quicktheories.core.RandomnessSource in, int bound) {
    return (int) in.next(Constraint.between(0, bound - 1));
  }

  static boolean coin(org.quicktheories.core.RandomnessSource in) {
    return pick(in, 2) == 0;
  }

  static <T> T pick(org.quicktheories.core.RandomnessSource in, List<T> values) {
    return values.get(pick(in, values.size()));
  }

  /** Any text without lone surrogates, possibly blank. */
  static Gen<String> anyText() {
    Gen<String> ascii = strings().betweenCodePoints(0, 0x7F).ofLengthBetween(0, 12);
    Gen<String> cyrillic = strings().betweenCodePoints(0x400, 0x4FF).ofLengthBetween(0, 12);
    Gen<String> wide = strings().betweenCodePoints(0x1F300, 0x1F64F).ofLengthBetween(0, 2);
    return in -> ascii.generate(in) + cyrillic.generate(in) + wide.generate(in);
  }

  /** A text with no white space at its ends, as names and titles are. */
  static Gen<String> trimmed() {
    Gen<String> any = anyText();
    return in -> "a" + any.generate(in) + "z";
  }

  static <T> Gen<Optional<T>> optional(Gen<T> gen) {
    return in -> coin(in) ? Optional.empty() : Optional.of(gen.generate(in));
  }

  static <T> Gen<List<T>> lists(Gen<T> gen, int max) {
    return in -> {
      int n = pick(in, max + 1);
      List<T> list = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        list.add(gen.generate(in));
      }
      return list;
    };
  }

  static Gen<Country> countries() {
    return in -> pick(in, COUNTRIES);
  }

  static Gen<LanguageTag> languages() {
    return in -> pick(in, LANGUAGES);
  }

  static Gen<LocalizedText> localizedTexts() {
    Gen<String> text = trimmed();
    return in -> {
      LocalizedText.Builder builder = LocalizedText.builder();
      List<LanguageTag> shuffled = new ArrayList<>(LANGUAGES);
      java.util.Collections.rotate(shuffled, pick(in, shuffled.size()));
      int n = 1 + pick(in, 3);
      for (int i = 0; i < n; i++) {
        builder.put(shuffled.get(i), text.generate(in));
      }
      return builder.build();
    };
  }

  static Gen<Organization> organizations() {
    Gen<String> text = trimmed();
    return in -> organization(in, text, 3);
  }

  private static Organization organization(org.quicktheories.core.RandomnessSource in, Gen<String> text, int depth) {
    Organization.Builder builder = Organization.builder()
        .name(text.generate(in))
        .kind(pick(in, List.of(OrganizationKind.values())));
    if (coin(in)) {
      builder.acronym(text.generate(in));
    }
    if (coin(in)) {
      builder.country(pick(in, COUNTRIES));
    }
    if (depth > 0 && coin(in)) {
      builder.parent(organization(in, text, depth - 1));
    }
    return builder.build();
  }

  static Gen<Person> people() {
    Gen<String> text = trimmed();
    Gen<Optional<String>> optionalText = optional(text);
    Gen<List<Organization>> affiliations = lists(organizations(), 3);
    return in -> Person.builder()
        .name(text.generate(in))
        .familyName(optionalText.generate(in))
        .honorific(optionalText.generate(in))
        .position(optionalText.generate(in))
        .addAllAffiliations(affiliations.generate(in))
        .build();
  }

  static Gen<Report> reports() {
    Gen<String> text = trimmed();
    Gen<Integer> number = integers().between(0, 999);
    Gen<Finding> findings = in -> Finding.of(
        Rule.of("rule." + number.generate(in), text.generate(in), text.generate(in)),
        pick(in, List.of(Severity.values())), "/" + text.generate(in), text.generate(in));
    Gen<List<Finding>> list = lists(findings, 4);
    return in -> Report.of(list.generate(in));
  }
}
