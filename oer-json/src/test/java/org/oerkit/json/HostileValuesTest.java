package org.oerkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oerkit.core.agenda.Workshop;

/**
 * Runs the hostile-values corpus of {@code src/test/resources/hostile} (see its README) through
 * {@link OerJson#read(byte[], Class)}: each value, put into one field of a minimal workshop or of the
 * template of the document kind the case names, is refused with an {@link OerJsonException} naming that
 * field, within the 2 s timeout of each case; the surefire execution {@code hostile-values} runs this class
 * in a fork of {@code -Xmx256m}. No time is asserted.
 */
class HostileValuesTest {

  /** A JSON string, a flat object or a number: the value a case replaces. */
  private static final String VALUE = "(\"(?:[^\"\\\\]|\\\\.)*\"|\\{[^}]*\\}|-?[0-9][0-9.eE+-]*)";

  static Stream<Path> cases() throws IOException, URISyntaxException {
    Path dir = Path.of(HostileValuesTest.class.getResource("/hostile").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> list = files.filter(p -> p.toString().endsWith(".case")).sorted().collect(Collectors.toList());
      assertThat(list).hasSizeGreaterThanOrEqualTo(10);
      return list.stream();
    }
  }

  /** Loads the binding before the first timed case, whose 2 s are for reading the value, not the classes. */
  @BeforeAll
  static void warmUp() {
    OerJson.read(("{\"format\":\"oerkit/workshop/1\",\"id\":\"w1\",\"title\":{\"en\":\"T\"},"
        + "\"zone\":\"Asia/Almaty\",\"startDate\":\"2017-12-11\",\"endDate\":\"2017-12-13\"}").getBytes(UTF_8),
        Workshop.class);
  }

  @ParameterizedTest
  @MethodSource("cases")
  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  void read_hostileValue_isRefusedAtItsField(Path file) {
    String text = read(file);
    DocumentType type = DocumentType.WORKSHOP;
    if (text.startsWith("document: ")) {
      String[] first = text.split("\n", 2);
      type = DocumentType.ofFormat(first[0].substring("document: ".length()).strip()).orElseThrow();
      text = first[1];
    }
    String[] lines = text.split("\n", 3);
    String field = lines[0].substring("field: ".length());
    String error = lines[1].substring("error:".length()).trim();
    String value = lines[2].substring("value: ".length()).strip();
    String document = template(type);
    String hostile = document.replaceFirst("\"" + field + "\"\\s*:\\s*" + VALUE,
        java.util.regex.Matcher.quoteReplacement("\"" + field + "\":" + value));
    assertThat(hostile).as("the case's field is in the document").isNotEqualTo(document);

    Class<?> javaType = type.javaType();
    assertThatThrownBy(() -> OerJson.read(hostile.getBytes(UTF_8), javaType)).as(file.getFileName().toString())
        .isInstanceOfSatisfying(OerJsonException.class, e -> {
          assertThat(e.problem()).contains(error).hasSizeLessThan(2_000);
          assertThat(e.pointer()).startsWith("/" + field);
        });
  }

  /** The document a case's value goes into: a minimal workshop, or the golden document of the other kinds. */
  private static String template(DocumentType type) {
    if (type == DocumentType.WORKSHOP) {
      return "{\"format\":\"oerkit/workshop/1\",\"id\":\"w1\",\"title\":{\"en\":\"T\"},"
          + "\"zone\":\"Asia/Almaty\",\"startDate\":\"2017-12-11\",\"endDate\":\"2017-12-13\"}";
    }
    try (java.io.InputStream in = HostileValuesTest.class.getResourceAsStream("/hostile/templates/"
        + type.format().split("/")[1] + ".json")) {
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
