package org.oerkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oerkit.json.HostileInputTest.refused;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oerkit.core.agenda.Room;
import org.oerkit.core.agenda.SessionTime;
import org.oerkit.core.monitoring.Answer;
import org.oerkit.core.vocabulary.Money;
import org.oerkit.core.vocabulary.Person;

/**
 * Hostile values one level down, in ordinary fields (issue 12): each is an {@link OerJsonException} with a
 * short message, never a raw JDK exception, an error, or a value that oerkit could not read back.
 */
class HostileFieldsTest {

  private static final String LONG_ID = "a-".repeat(2000) + "a";

  @Test
  void money_millionDigitAmount_isRefusedByTheReader() {
    OerJsonException e = refused("\"KZT 1e1000000\"", Money.class);
    assertThat(e.problem()).contains("Money.amount must have at most 18 digits before the decimal point");
  }

  @Test
  void money_hugeExponents_areRefusedWithShortMessages() {
    for (String amount : new String[] {"1e999999999", "1e-999999999", "1e10000000", "1e-10000000"}) {
      OerJsonException e = refused("\"KZT " + amount + "\"", Money.class);
      assertThat(e.problem()).as(amount).startsWith("Money.amount must have at most");
    }
  }

  @Test
  void answer_numberWithAHugeExponent_isRefusedByTheReader() {
    OerJsonException e = refused("{\"type\":\"NUMBER\",\"number\":1e999999999}", Answer.class);
    assertThat(e.problem()).contains("Answer.number must have at most 18 digits before the decimal point");
  }

  @Test
  void room_fourKilobyteId_isRefusedNotOverflowingTheStack() {
    OerJsonException e = refused("{\"id\":\"" + LONG_ID + "\",\"name\":\"Hall\"}", Room.class);
    assertThat(e.pointer()).isEqualTo("/id");
  }

  @Test
  void sessionTime_negativeDuration_isRefusedByTheDomainsRule() {
    OerJsonException e = refused("{\"duration\":\"PT-30M\"}", SessionTime.class);
    assertThat(e.problem()).contains("SessionTime.duration must not be negative");
  }

  @Test
  void person_noBreakSpaceName_isRefusedByTheReader() {
    OerJsonException e = refused("{\"name\":\"\\u00A0\"}", Person.class);
    assertThat(e.pointer()).isEqualTo("/name");
  }

  @Test
  void jsonLines_goodBadGood_costsOneRecord() {
    String lines = "{\"id\":\"a\",\"name\":\"A\"}\n{\"id\":\"" + LONG_ID + "\",\"name\":\"B\"}\n"
        + "{\"id\":\"c\",\"name\":\"C\"}\n";
    try (JsonLinesReader<Room> reader = OerJson.readLines(new ByteArrayInputStream(lines.getBytes(UTF_8)),
        Room.class)) {
      List<JsonLine<Room>> all = reader.stream().collect(Collectors.toList());
      assertThat(all).extracting(JsonLine::isValid).containsExactly(true, false, true);
      assertThat(all.get(1).error().orElseThrow().line()).isEqualTo(2);
      assertThat(all.get(2).value()).isEqualTo(Room.of("c", "C"));
    }
  }

  @Test
  void read_streamThatFails_isAnUncheckedIoExceptionNotABadDocument() {
    InputStream failing = new InputStream() {
      private int read;

      @Override
      public int read() throws IOException {
        if (read++ < 8) {
          return "{\"name\":".charAt(read - 1);
        }
        throw new IOException("disk gone");
      }
    };
    assertThatThrownBy(() -> OerJson.read(failing, Person.class)).isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk gone");
  }

  @Test
  void read_streamThatFailsAtOnce_isAnUncheckedIoException() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    assertThatThrownBy(() -> OerJson.read(failing, Person.class)).isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk gone");
  }

  @Test
  void read_ucs4InUnusualByteOrders_isRefusedAsNotUtf8AtTheStart() {
    byte[][] documents = {{0, '{', 0, 0, 0, '}', 0, 0}, {0, 0, '{', 0, 0, 0, '}', 0}};
    for (byte[] document : documents) {
      OerJsonException e = refused(document, Person.class);
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.column()).isEqualTo(1);
      assertThat(e.problem()).isEqualTo("The document is in UTF-16 or UTF-32; an oerkit document is UTF-8.");
    }
  }
}
