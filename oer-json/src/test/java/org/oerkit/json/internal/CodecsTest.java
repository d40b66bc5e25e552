package org.oerkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class CodecsTest {

  /** Letters, Java's six white-space characters, and two spaces that {@code \s} does not match. */
  private static final char[] ALPHABET = {'a', 'é', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003'};

  private static Gen<String> texts() {
    return SourceDSL.lists().of(Generate.pick(java.util.Arrays.asList(box(ALPHABET)))).ofSizeBetween(0, 6)
        .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
  }

  private static Character[] box(char[] chars) {
    Character[] boxed = new Character[chars.length];
    for (int i = 0; i < chars.length; i++) {
      boxed[i] = chars[i];
    }
    return boxed;
  }

  @Test
  void isTrimmed_agreesWithTheTrimmedPatternAnchoredAtTheVeryEnd() {
    // \z rather than $: like JSON Schema's ECMA-262 patterns, a final line break is not let through.
    Pattern trimmed = Pattern.compile(Codecs.TRIMMED.replace("$", "\\z"));

    qt().withExamples(1000).forAll(texts())
        .check(text -> Codecs.isTrimmed(text) == trimmed.matcher(text).find());
  }

  @Test
  void isNotBlank_agreesWithTheNonBlankPattern() {
    Pattern nonBlank = Pattern.compile(Codecs.NON_BLANK);

    qt().withExamples(1000).forAll(texts())
        .check(text -> Codecs.isNotBlank(text) == nonBlank.matcher(text).find());
  }

  @Test
  void isIdentifier_agreesWithTheIdentifierPattern() {
    Pattern identifier = Pattern.compile(Codecs.IDENTIFIER.replace("$", "\\z"));
    java.util.List<Character> alphabet = java.util.Arrays.asList('a', 'Z', '0', '9', '.', '_', '-', ' ', 'é', '\n');
    Gen<String> ids = SourceDSL.lists().of(Generate.pick(alphabet)).ofSizeBetween(0, 6)
        .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));

    qt().withExamples(2000).forAll(ids).check(id -> Codecs.isIdentifier(id) == identifier.matcher(id).find());
  }

  @Test
  void isIdentifier_examples() {
    assertThat(Codecs.isIdentifier("d1-opening")).isTrue();
    assertThat(Codecs.isIdentifier("a.b_c-9")).isTrue();
    assertThat(Codecs.isIdentifier("a--b")).isFalse();
    assertThat(Codecs.isIdentifier("-a")).isFalse();
    assertThat(Codecs.isIdentifier("a-")).isFalse();
    assertThat(Codecs.isIdentifier("")).isFalse();
  }

  @Test
  void isTrimmed_finalLineBreak_isRefused() {
    assertThat(Codecs.isTrimmed("Astana\n")).isFalse();
    assertThat(Codecs.isTrimmed("A")).isTrue();
    assertThat(Codecs.isTrimmed("")).isFalse();
  }
}
