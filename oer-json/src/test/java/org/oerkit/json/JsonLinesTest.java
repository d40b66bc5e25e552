package org.oerkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oerkit.core.vocabulary.Person;
import org.quicktheories.core.Gen;

class JsonLinesTest {

  private static InputStream lines(String text) {
    return new ByteArrayInputStream(text.replace('\'', '"').getBytes(UTF_8));
  }

  @Test
  void readLines_badLines_areReportedWithTheirNumberAndReadingGoesOn() {
    try (JsonLinesReader<Person> reader = OerJson.readLines(
        lines("{'name':'A'}\n{'name':\n{'name':'C','x':1}\n{'name':'D'}\n"), Person.class)) {
      List<JsonLine<Person>> all = reader.stream().collect(Collectors.toList());
      assertThat(all).extracting(JsonLine::lineNumber).containsExactly(1L, 2L, 3L, 4L);
      assertThat(all).extracting(JsonLine::isValid).containsExactly(true, false, false, true);
      assertThat(all.get(0).value()).isEqualTo(Person.of("A"));
      assertThat(all.get(3).value()).isEqualTo(Person.of("D"));
      OerJsonException cut = all.get(1).error().orElseThrow();
      assertThat(cut.line()).isEqualTo(2);
      assertThat(cut.problem()).contains("ends too early");
      OerJsonException unknown = all.get(2).error().orElseThrow();
      assertThat(unknown.line()).isEqualTo(3);
      assertThat(unknown.pointer()).isEqualTo("/x");
      assertThatThrownBy(() -> all.get(2).value()).isSameAs(unknown);
    }
  }

  @Test
  void values_stopAtTheFirstBadLineWhenAsked() {
    try (JsonLinesReader<Person> reader = OerJson.readLines(lines("{'name':'A'}\n\n[]\n{'name':'D'}\n"),
        Person.class)) {
      List<Person> seen = new ArrayList<>();
      assertThatThrownBy(() -> reader.values().forEach(seen::add))
          .isInstanceOfSatisfying(OerJsonException.class, e -> assertThat(e.line()).isEqualTo(3));
      assertThat(seen).containsExactly(Person.of("A"));
    }
  }

  @Test
  void readLines_crlfBlankLinesAndNoFinalNewline_areAccepted() {
    try (JsonLinesReader<Person> reader = OerJson.readLines(lines("{'name':'A'}\r\n\r\n  \n{'name':'B'}"),
        Person.class)) {
      List<JsonLine<Person>> all = reader.stream().collect(Collectors.toList());
      assertThat(all).extracting(JsonLine::lineNumber).containsExactly(1L, 4L);
      assertThat(all).allMatch(JsonLine::isValid);
    }
  }

  @Test
  void readLines_utf8ByteOrderMarkBeforeTheFirstLine_costsTheFirstLineOnly() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] rest = "{\"name\":\"A\"}\n{\"name\":\"B\"}\n".getBytes(UTF_8);
    byte[] all = new byte[bom.length + rest.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(rest, 0, all, bom.length, rest.length);
    try (JsonLinesReader<Person> reader = OerJson.readLines(new ByteArrayInputStream(all), Person.class)) {
      List<JsonLine<Person>> lines = reader.stream().collect(Collectors.toList());
      assertThat(lines).hasSize(2);
      assertThat(lines.get(0).error()).hasValueSatisfying(e -> assertThat(e.problem()).contains("byte order mark"));
      assertThat(lines.get(1).value()).isEqualTo(Person.of("B"));
    }
  }

  @Test
  void readLines_lineOverTheLimit_isOneErrorAndTheNextLineIsRead() {
    String huge = "{'name':'" + "a".repeat(OerJson.MAX_LINE_LENGTH) + "'}";
    try (JsonLinesReader<Person> reader = OerJson.readLines(lines(huge + "\n{'name':'B'}\n"), Person.class)) {
      List<JsonLine<Person>> all = reader.stream().collect(Collectors.toList());
      assertThat(all).hasSize(2);
      assertThat(all.get(0).error().orElseThrow().problem()).contains("longer than 1048576 bytes");
      assertThat(all.get(1).value()).isEqualTo(Person.of("B"));
    }
  }

  @Test
  void readLines_twoValuesOnOneLine_isAnError() {
    try (JsonLinesReader<Person> reader = OerJson.readLines(lines("{'name':'A'} {'name':'B'}\n"), Person.class)) {
      assertThat(reader.stream().findFirst().orElseThrow().error().orElseThrow().problem())
          .contains("more content after the end");
    }
  }

  @Test
  void writeLines_thenReadLines_givesTheSameValues() {
    Gen<List<Person>> people = Generators.lists(Generators.people(), 20);
    org.quicktheories.QuickTheory.qt().withExamples(50).forAll(people).check(list -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonLinesWriter<Person> writer = OerJson.writeLines(out, Person.class)) {
        list.forEach(writer::write);
        assertThat(writer.count()).isEqualTo(list.size());
      }
      String text = out.toString(UTF_8);
      assertThat(text.chars().filter(c -> c == '\n').count()).isEqualTo(list.size());
      try (JsonLinesReader<Person> reader = OerJson.readLines(new ByteArrayInputStream(out.toByteArray()),
          Person.class)) {
        return reader.values().collect(Collectors.toList()).equals(list);
      }
    });
  }

  @Test
  void readLines_aLongGeneratedStream_isReadRecordByRecord() {
    long records = 200_000;
    InputStream generated = new InputStream() {
      private long index;
      private byte[] current = new byte[0];
      private int position;

      @Override
      public int read() throws IOException {
        if (position == current.length) {
          if (index == records) {
            return -1;
          }
          current = ("{\"name\":\"Person " + index++ + "\"}\n").getBytes(UTF_8);
          position = 0;
        }
        return current[position++];
      }
    };
    try (JsonLinesReader<Person> reader = OerJson.readLines(generated, Person.class)) {
      long[] count = {0};
      reader.values().forEach(p -> count[0]++);
      assertThat(count[0]).isEqualTo(records);
    }
  }
}
