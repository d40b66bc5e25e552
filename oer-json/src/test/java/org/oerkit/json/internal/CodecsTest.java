package org.oerkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oerkit.core.Bounds;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class CodecsTest {

  /** Letters, Java's six white-space characters, and two spaces that {@code \s} does not match. */
  private static final char[] ALPHABET = {'a', 'é', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003'};

  private static Gen<String> texts() {
    return strings(java.util.Arrays.asList(box(ALPHABET)), 6);
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
    Gen<String> ids = strings(List.of('a', 'Z', '0', '9', '.', '_', '-', ' ', 'é', '\n'), 6);

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
  void parseTime_agreesWithLocalTimeParse() {
    qt().withExamples(5000).forAll(strings(List.of('0', '1', '2', '3', '4', '5', '9', ':', '.', 'a'), 9))
        .check(text -> sameOutcome(() -> Codecs.parseTime(text), () -> LocalTime.parse(text)));
  }

  @Test
  void parseTime_examples() {
    assertThat(Codecs.parseTime("09:30")).isEqualTo(LocalTime.of(9, 30));
    assertThat(Codecs.parseTime("23:59")).isEqualTo(LocalTime.of(23, 59));
    assertThat(Codecs.parseTime("09:30:15")).isEqualTo(LocalTime.of(9, 30, 15));
    assertThatThrownBy(() -> Codecs.parseTime("24:00")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> Codecs.parseTime("09:60")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> Codecs.parseTime("\u0669:30")).isInstanceOf(DateTimeException.class);
  }

  @Test
  void parseDuration_agreesWithDurationParse() {
    qt().withExamples(5000)
        .forAll(strings(List.of('P', 'T', 'H', 'M', 'S', 'D', 'h', '0', '1', '9', '.', '-'), 12).map(t -> "PT" + t))
        .check(text -> sameOutcome(() -> Codecs.parseDuration(text), () -> Duration.parse(text)));
    qt().withExamples(2000).forAll(strings(List.of('P', 'T', 'H', 'M', 'S', 'D', '0', '1', '9', '.', '-'), 8))
        .check(text -> sameOutcome(() -> Codecs.parseDuration(text), () -> Duration.parse(text)));
  }

  @Test
  void parseDuration_examples() {
    assertThat(Codecs.parseDuration("PT45M")).isEqualTo(Duration.ofMinutes(45));
    assertThat(Codecs.parseDuration("PT1H30M")).isEqualTo(Duration.ofMinutes(90));
    assertThat(Codecs.parseDuration("PT999999999H")).isEqualTo(Duration.ofHours(999_999_999));
    assertThat(Codecs.parseDuration("PT1234567890S")).isEqualTo(Duration.ofSeconds(1_234_567_890));
    assertThat(Codecs.parseDuration("P1DT2H")).isEqualTo(Duration.ofHours(26));
    assertThatThrownBy(() -> Codecs.parseDuration("PT30M1H")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> Codecs.parseDuration("PTM")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> Codecs.parseDuration("PT")).isInstanceOf(DateTimeException.class);
  }

  @Test
  void durationPattern_matchesTheWrittenSpellingOfEveryLengthWithinTheBound() {
    Pattern pattern = Pattern.compile(Codecs.DURATION_PATTERN);
    Gen<Long> seconds = SourceDSL.longs().between(0, Bounds.MAX_DURATION_DAYS * 86_400L)
        .mix(Generate.pick(List.of(0L, 59L, 60L, 3599L, 3600L, 604_799L, 604_800L)), 20);
    qt().withExamples(5000).forAll(seconds).check(s -> pattern.matcher(Duration.ofSeconds(s).toString()).matches());
  }

  @Test
  void durationPattern_refusesWhatTheReaderRefuses() {
    // The reader: the one spelling, then the bounds of the domain (Bounds.requireDuration).
    Pattern pattern = Pattern.compile(Codecs.DURATION_PATTERN);
    Gen<String> texts = strings(List.of('P', 'T', 'H', 'M', 'S', 'D', '0', '1', '5', '6', '8', '9', '.', '-'), 9)
        .map(t -> "PT" + t).mix(Generate.pick(List.of("PT168H", "PT168H1S", "PT167H59M59.999999999S", "PT169H",
            "PT0S", "PT0M", "PT60M", "PT90M", "P1D", "PT-30M", "PT0.50S", "PT1H0.5S", "PT")), 20);
    qt().withExamples(20000).forAll(texts).check(text -> pattern.matcher(text).matches() == readsWithinTheBound(text));
  }

  @Test
  void readDuration_anotherSpelling_isRefusedWithTheOneToWrite() {
    assertThatThrownBy(() -> Codecs.DURATION.read(parserAt("\"PT90M\""), null))
        .hasMessageContaining("\"PT90M\" is a length that oerkit writes \"PT1H30M\"");
  }

  private static boolean readsWithinTheBound(String text) {
    Duration duration;
    try {
      duration = Codecs.parseDuration(text);
    } catch (DateTimeException e) {
      return false;
    }
    return duration.toString().equals(text) && !duration.isNegative() && duration.getNano() == 0
        && duration.compareTo(Duration.ofDays(Bounds.MAX_DURATION_DAYS)) <= 0;
  }

  private static tools.jackson.core.JsonParser parserAt(String json) {
    tools.jackson.core.JsonParser parser = org.oerkit.json.OerJson.mapper().createParser(json);
    parser.nextToken();
    return parser;
  }

  /** Both give equal values, or both refuse the text with a {@link DateTimeException}. */
  private static boolean sameOutcome(Supplier<Object> fast, Supplier<Object> jdk) {
    Object expected;
    try {
      expected = jdk.get();
    } catch (DateTimeException e) {
      try {
        fast.get();
        return false;
      } catch (DateTimeException refused) {
        return true;
      }
    }
    return expected.equals(fast.get());
  }

  private static Gen<String> strings(List<Character> alphabet, int maxLength) {
    return SourceDSL.lists().of(Generate.pick(alphabet)).ofSizeBetween(0, maxLength)
        .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
  }

  @Test
  void isTrimmed_finalLineBreak_isRefused() {
    assertThat(Codecs.isTrimmed("Astana\n")).isFalse();
    assertThat(Codecs.isTrimmed("A")).isTrue();
    assertThat(Codecs.isTrimmed("")).isFalse();
  }
}
