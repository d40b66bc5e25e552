package org.oerkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.license.LicensedWork;
import org.oerkit.core.monitoring.IndicatorFramework;
import org.oerkit.core.monitoring.QuestionnaireResponse;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.core.vocabulary.Person;

/**
 * Jazzer fuzz targets for the reader, one per {@link DocumentType} and one for JSON Lines (issue 12, "Keep
 * it found"). The contract of each: any bytes give a value or an {@link OerJsonException} with a short
 * message, never another exception or error; and a value that is read is written and read back to an equal
 * value (what oerkit reads, it writes so that it reads it again).
 *
 * <p>The normal test run replays the seed corpus and every crash found, in
 * {@code src/test/resources/org/oerkit/json/ReadFuzzTestInputs/<method>} (Jazzer's regression mode); the
 * {@code fuzz} profile fuzzes one target for a given time (see {@code oer-core/TESTING.md}). Bounded time
 * and memory: each input within the class's {@code @Timeout} (in fuzzing mode, libFuzzer's per-input
 * timeout) and the fork's heap.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ReadFuzzTest {

  /** The longest problem a refusal may state: messages quote a bounded prefix of the input. */
  private static final int MAX_PROBLEM_LENGTH = 2_000;

  /**
   * Loads the binding, and the legal texts that a licence of 500 characters or more is compared with, before
   * the first timed input, whose time is for reading it, not for loading them (the fuzzer's first such
   * input once took the 10 s of a timeout to load the legal texts of the Creative Commons ports).
   */
  @BeforeAll
  static void warmUp() {
    for (DocumentType type : DocumentType.values()) {
      assertThat(OerJson.check(("{\"format\":\"" + type.format() + "\"}").getBytes(UTF_8)).findings()).isNotEmpty();
    }
    String prose = java.util.stream.IntStream.range(0, 120).mapToObj(i -> "word" + i)
        .collect(java.util.stream.Collectors.joining(" "));
    assertThat(org.oerkit.core.license.LicenseDetector.standard().detect(prose).isDefinite()).isFalse();
  }

  @FuzzTest
  void workshop(byte[] json) {
    readsOrRefuses(json, Workshop.class);
  }

  @FuzzTest
  void policyDraft(byte[] json) {
    readsOrRefuses(json, PolicyDraft.class);
  }

  @FuzzTest
  void questionnaireResponse(byte[] json) {
    readsOrRefuses(json, QuestionnaireResponse.class);
  }

  @FuzzTest
  void indicatorFramework(byte[] json) {
    readsOrRefuses(json, IndicatorFramework.class);
  }

  @FuzzTest
  void licensedResource(byte[] json) {
    readsOrRefuses(json, LicensedWork.class);
  }

  /** Any document kind, told by its {@code format}; and {@link OerJson#check(byte[])} reports, never throws. */
  @FuzzTest
  void anyDocument(byte[] json) {
    Object value;
    DocumentType type;
    try {
      type = OerJson.detect(json);
      value = OerJson.readDocument(json);
    } catch (OerJsonException e) {
      assertThat(e.problem()).hasSizeLessThan(MAX_PROBLEM_LENGTH);
      assertThat(OerJson.check(json).findings()).isNotEmpty();
      return;
    }
    assertThat(OerJson.read(OerJson.write(value), type.javaType())).isEqualTo(value);
  }

  /** Every line is a record or a located error, in order, and one bad line costs one record. */
  @FuzzTest
  void jsonLines(byte[] lines) {
    long previous = 0;
    try (JsonLinesReader<Person> reader = OerJson.readLines(new ByteArrayInputStream(lines), Person.class)) {
      for (JsonLine<Person> line : reader) {
        assertThat(line.lineNumber()).isGreaterThan(previous);
        previous = line.lineNumber();
        if (line.isValid()) {
          assertThat(OerJson.read(OerJson.write(line.value()), Person.class)).isEqualTo(line.value());
        } else {
          assertThat(line.error().orElseThrow().problem()).hasSizeLessThan(MAX_PROBLEM_LENGTH);
        }
      }
    }
  }

  private static <T> void readsOrRefuses(byte[] json, Class<T> type) {
    T value;
    try {
      value = OerJson.read(json, type);
    } catch (OerJsonException e) {
      assertThat(e.problem()).hasSizeLessThan(MAX_PROBLEM_LENGTH);
      return;
    }
    assertThat(OerJson.read(OerJson.write(value), type)).isEqualTo(value);
  }
}
