package org.oerkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.oerkit.core.agenda.Room;
import org.oerkit.core.vocabulary.Person;

/** The text rules every type shares (issue 12): bounded quotes, blank in every script, whole characters. */
class TextsTest {

  @Test
  void quote_tenMillionCharacters_isAShortPrefixWithTheLength() {
    String quoted = Texts.quote("x".repeat(10_000_000));
    assertThat(quoted).isEqualTo("\"" + "x".repeat(60) + "...\" (10000000 characters)");
  }

  @Test
  void quote_shortText_isQuotedWhole() {
    assertThat(Texts.quote("hall b")).isEqualTo("\"hall b\"");
    assertThat(Texts.quote(42)).isEqualTo("42");
  }

  @Test
  void quote_controlCharactersAndLoneSurrogates_areEscaped() {
    assertThat(Texts.quote("a\nb\u0000\uD800")).isEqualTo("\"a\\u000Ab\\u0000\\uD800\"");
  }

  @Test
  void quote_cutInsideASurrogatePair_keepsWholeCharacters() {
    String text = "x".repeat(59) + "\uD83D\uDE00" + "y".repeat(10);
    assertThat(Texts.quote(text)).startsWith("\"" + "x".repeat(59) + "...\"");
  }

  @Test
  void domainRuleException_hugeValue_quotesAShortPrefix() {
    DomainRuleException e = new DomainRuleException("T", "a", "must be short", "y".repeat(1_000_000));
    assertThat(e.getMessage()).hasSizeLessThan(200).endsWith("(1000000 characters)");
  }

  @Test
  void isBlank_noBreakAndZeroWidthSpaces_areBlank() {
    for (String blank : new String[] {"\u00A0", "\u2007", "\u202F", "\u200B", "\u200C", "\u200D", "\u2060",
        "\uFEFF", "\u3000", "\u0085", " \u00A0\u200B\t"}) {
      assertThat(Texts.isBlank(blank)).as("U+%04X", (int) blank.charAt(0)).isTrue();
    }
    assertThat(Texts.isBlank("a\u00A0")).isFalse();
  }

  @Test
  void person_nameOfANoBreakSpace_isRefused() {
    assertThatThrownBy(() -> Person.of("\u00A0")).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Person.name must not be blank");
  }

  @Test
  void room_nameOfAZeroWidthSpace_isRefused() {
    assertThatThrownBy(() -> Room.of("hall", "\u200B")).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Room.name must not be blank");
  }

  @Test
  void requireTrimmed_noBreakSpaceAtAnEnd_isRefused() {
    assertThatThrownBy(() -> Texts.requireTrimmed("T", "a", "Astana\u00A0")).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("T.a must not start or end with white space");
  }

  @Test
  void person_nameWithALoneSurrogate_isRefused() {
    assertThatThrownBy(() -> Person.of("Lina \uD800")).isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Person.name must not hold half of a UTF-16 surrogate pair (\\uD800 at index 5)");
  }

  @Test
  void room_nameOverTheReadersLimit_isRefused() {
    assertThatThrownBy(() -> Room.of("hall", "n".repeat(Texts.MAX_LENGTH + 1)))
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("Room.name must be at most 1000000 characters long");
  }

  @Test
  void isIdentifier_followsTheWordsAndSeparatorsRule() {
    assertThat(Texts.isIdentifier("day-1.opening_2", "._-", false)).isTrue();
    assertThat(Texts.isIdentifier("a--b", "._-", false)).isFalse();
    assertThat(Texts.isIdentifier("-a", "._-", false)).isFalse();
    assertThat(Texts.isIdentifier("a-", "._-", false)).isFalse();
    assertThat(Texts.isIdentifier("", "._-", false)).isFalse();
    assertThat(Texts.isIdentifier("A", "-", true)).isFalse();
    assertThat(Texts.isIdentifier("a_b", "-", true)).isFalse();
    assertThat(Texts.isIdentifier("a".repeat(Texts.MAX_IDENTIFIER_LENGTH), "-", true)).isTrue();
    assertThat(Texts.isIdentifier("a".repeat(Texts.MAX_IDENTIFIER_LENGTH + 1), "-", true)).isFalse();
  }

  @Test
  void isWord_blankInside_isNoWord() {
    assertThat(Texts.isWord("Q1.a")).isTrue();
    assertThat(Texts.isWord("Q\u00A01")).isFalse();
    assertThat(Texts.isWord("")).isFalse();
  }
}
