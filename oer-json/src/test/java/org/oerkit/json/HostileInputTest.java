package org.oerkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oerkit.core.vocabulary.Person;

/**
 * Hostile inputs, after the table of json-performance-reliability §5.b: each must give an
 * {@link OerJsonException} with a pointer, a line and a sentence, and never a partial value.
 */
class HostileInputTest {

  private static byte[] json(String text) {
    return text.replace('\'', '"').getBytes(UTF_8);
  }

  /** Reads a document that must be refused, and gives the error for further checks. */
  static OerJsonException refused(byte[] document, Class<?> type) {
    OerJsonException e = catchThrowableOfType(OerJsonException.class, () -> OerJson.read(document, type));
    assertThat(e).as("refused: %s", new String(document, 0, Math.min(200, document.length), UTF_8)).isNotNull();
    assertThat(e.problem()).isNotBlank().endsWith(".");
    assertThat(e.getMessage()).hasSizeLessThan(600);
    return e;
  }

  static OerJsonException refused(String document, Class<?> type) {
    return refused(json(document), type);
  }

  @Test
  void nesting_65OrganizationParents_isRefusedAtTheLimit() {
    StringBuilder deep = new StringBuilder("{'name':'A','affiliations':[");
    int levels = 64;
    for (int i = 0; i < levels; i++) {
      deep.append("{'name':'O").append(i).append("','kind':'NGO','parent':");
    }
    deep.append("{'name':'Top','kind':'NGO'}");
    deep.append("}".repeat(levels)).append("]}");
    OerJsonException e = refused(deep.toString(), Person.class);
    assertThat(e.problem()).contains("nested more than 64 levels");
    assertThat(e.pointer()).startsWith("/affiliations/0/parent/parent/");
  }

  @Test
  void nesting_100000Arrays_isRefusedWithoutStackOverflow() {
    String deep = "{'name':'A','x':" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    assertThatThrownBy(() -> OerJson.readLenient(json(deep), Person.class))
        .isInstanceOf(OerJsonException.class).hasMessageContaining("nested more than 64 levels");
  }

  @Test
  void string_longerThanTheLimit_isRefused() {
    String huge = "a".repeat(OerJson.MAX_STRING_LENGTH + 1);
    OerJsonException e = refused("{'name':'" + huge + "'}", Person.class);
    assertThat(e.problem()).contains("longer than 1000000 characters");
    assertThat(e.pointer()).isEqualTo("/name");
  }

  @Test
  void number_longerThanTheLimit_isRefusedEvenWhereItWouldBeSkipped() {
    for (int digits : new int[] {33, 10_000, 1_000_000}) {
      String number = "9".repeat(digits);
      assertThatThrownBy(() -> OerJson.readLenient(json("{'name':'A','x':" + number + "}"), Person.class))
          .isInstanceOf(OerJsonException.class).hasMessageContaining("longer than 32 characters");
    }
  }

  @Test
  void number_whereTextIsExpected_isAWrongKind() {
    OerJsonException e = refused("{'name':1e999999999}", Person.class);
    assertThat(e.pointer()).isEqualTo("/name");
    assertThat(e.problem()).isEqualTo("Expected text here, but found a number.");
  }

  @Test
  void propertyName_longerThanTheLimit_isRefused() {
    String name = "n".repeat(OerJson.MAX_NAME_LENGTH + 1);
    assertThat(refused("{'" + name + "':1}", Person.class).problem()).contains("property name is longer than 256");
  }

  @Test
  void duplicateKey_isRefusedAtTheSecondOccurrence() {
    OerJsonException e = refused("{'name':'A',\n'name':'B'}", Person.class);
    assertThat(e.pointer()).isEqualTo("/name");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).isEqualTo("The property \"name\" appears twice in the same object; keep only one.");
  }

  @Test
  void duplicateKey_insideASkippedProperty_isStillRefused() {
    assertThatThrownBy(() -> OerJson.readLenient(json("{'name':'A','x':{'a':1,'a':2}}"), Person.class))
        .isInstanceOf(OerJsonException.class).hasMessageContaining("\"a\" appears twice");
  }

  @Test
  void duplicateKey_ofAnUnknownProperty_isRefusedInLenientReading() {
    OerJsonException e = assertThrows(OerJsonException.class,
        () -> OerJson.readLenient(json("{'name':'A','x':1,\n'x':2}"), Person.class));
    assertThat(e.pointer()).isEqualTo("/x");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).isEqualTo("The property \"x\" appears twice in the same object; keep only one.");
  }

  @Test
  void duplicateKey_deepInsideASkippedArray_isRefused() {
    assertThatThrownBy(() -> OerJson.readLenient(json("{'name':'A','x':[1,{'b':[{'a':1,'a':2}]}]}"), Person.class))
        .isInstanceOf(OerJsonException.class).hasMessageContaining("\"a\" appears twice");
    assertThat(OerJson.readLenient(json("{'name':'A','x':[{'a':1},{'a':2}]}"), Person.class).ignored())
        .containsExactly("/x");
  }

  @Test
  void duplicateKey_spelledWithAnEscape_isStillTheSameName() {
    // Names are matched on their bytes where they can be; an escaped name is decoded and matched by content.
    OerJsonException e = refused("{'name':'A',\n'\\u006Eame':'B'}", Person.class);
    assertThat(e.pointer()).isEqualTo("/name");
    assertThat(e.problem()).contains("\"name\" appears twice");
  }

  @Test
  void propertyNames_escapedOrNot_readTheSameValue() {
    Person plain = OerJson.read(json("{'name':'A','affiliations':[{'name':'UNESCO','kind':'NGO'}]}"), Person.class);
    String escaped = "{'\\u006Eame':'A','affiliation\\u0073':[{'n\\u0061me':'UNESCO','\\u006bind':'NGO'}]}";
    assertThat(OerJson.read(json(escaped), Person.class)).isEqualTo(plain);
  }

  @Test
  void propertyNames_oneByteFromAKnownName_areUnknown() {
    for (String name : new String[] {"nam", "names", "Name", "nam\u00E9", "affiliation", "affiliationsX"}) {
      assertThat(refused("{'name':'A','" + name + "':1}", Person.class).problem())
          .startsWith("\"" + name + "\" is not a property of a Person");
    }
  }

  @Test
  void propertyNames_fromATreeOrAnotherMapper_areMatchedByContent() {
    // A tree's parser and a mapper of the user's own give decoded, uninterned names.
    String document = "{\"name\":\"A\",\"affiliations\":[{\"name\":\"UNESCO\",\"kind\":\"NGO\"}]}";
    Person expected = OerJson.read(document.getBytes(UTF_8), Person.class);
    tools.jackson.databind.JsonNode tree = OerJson.mapper().readTree(document);
    assertThat(OerJson.mapper().treeToValue(tree, Person.class)).isEqualTo(expected);
    tools.jackson.databind.json.JsonMapper own = tools.jackson.databind.json.JsonMapper.builder(
        tools.jackson.core.json.JsonFactory.builder()
            .disable(tools.jackson.core.TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES).build())
        .addModule(new OerModule()).build();
    assertThat(own.readValue(document, Person.class)).isEqualTo(expected);
    assertThat(own.readValue(new java.io.StringReader(document), Person.class)).isEqualTo(expected);
  }

  @Test
  void duplicateFormat_isRefusedAtTheSecond() {
    OerJsonException e = assertThrows(OerJsonException.class, () -> OerJson.read(json(
        "{'format':'oerkit/workshop/1',\n'format':'oerkit/workshop/1'}"), org.oerkit.core.agenda.Workshop.class));
    assertThat(e.pointer()).isEqualTo("/format");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).contains("\"format\" appears twice");
  }

  @Test
  void trailingContent_isRefused() {
    for (String trailing : new String[] {" {'name':'B'}", "]", "garbage", ",", "\n\n{}"}) {
      OerJsonException e = refused("{'name':'A'}" + trailing, Person.class);
      assertThat(e.problem()).satisfiesAnyOf(
          p -> assertThat(p).contains("more content after the end"),
          p -> assertThat(p).contains("not valid JSON"));
    }
  }

  @Test
  void wrongKinds_areRefusedAtTheirPointer() {
    Map<String, String> cases = Map.of(
        "{'name':['A']}", "/name",
        "{'name':{}}", "/name",
        "{'name':'A','affiliations':{}}", "/affiliations",
        "{'name':'A','affiliations':['UNESCO']}", "/affiliations/0",
        "{'name':'A','affiliations':[{'name':'B','kind':7}]}", "/affiliations/0/kind",
        "{'name':true}", "/name",
        "['A']", "");
    cases.forEach((document, pointer) -> {
      OerJsonException e = refused(document, Person.class);
      assertThat(e.pointer()).as(document).isEqualTo(pointer);
      assertThat(e.problem()).as(document).startsWith("Expected ");
    });
  }

  @Test
  void unknownEnumValue_isRefusedWithTheAllowedValues() {
    OerJsonException e = refused("{'name':'A','affiliations':[{'name':'B','kind':'ngo'}]}", Person.class);
    assertThat(e.pointer()).isEqualTo("/affiliations/0/kind");
    assertThat(e.problem()).contains("\"ngo\" is not a known OrganizationKind", "NGO, COMPANY");
  }

  @Test
  void classNameInjection_isAnUnknownPropertyAndLoadsNothing() {
    for (String key : new String[] {"@class", "@type", "@c", "$type"}) {
      OerJsonException e = refused("{'" + key + "':'com.sun.rowset.JdbcRowSetImpl','name':'A'}", Person.class);
      assertThat(e.pointer()).isEqualTo("/" + key);
      assertThat(e.problem()).contains("is not a property of a Person");
    }
    Object untyped = OerJson.read(json("{'@class':'java.lang.ProcessBuilder','command':['x']}"), Object.class);
    assertThat(untyped).isInstanceOf(Map.class);
  }

  @Test
  void unknownKindName_isNotAClassName() {
    OerJsonException e = refused("{'name':'A','affiliations':[{'name':'B','kind':'java.lang.Runtime'}]}",
        Person.class);
    assertThat(e.problem()).contains("\"java.lang.Runtime\" is not a known OrganizationKind");
  }

  @Test
  void truncation_atEveryByteOfAValidDocument_isRefused() {
    byte[] valid = Golden.bytes("person.json");
    assertThat(OerJson.read(valid, Person.class)).isEqualTo(OerJsonTest.PERSON);
    int lastBrace = new String(valid, UTF_8).lastIndexOf('}');
    for (int length = 0; length <= lastBrace; length++) {
      byte[] prefix = Arrays.copyOf(valid, length);
      OerJsonException e = refused(prefix, Person.class);
      assertThat(e.line()).as("prefix of %s bytes", length).isPositive();
    }
  }

  @Test
  void invalidUtf8_isRefusedWithAdvice() {
    byte[] prefix = json("{'name':'A");
    for (byte[] bad : new byte[][] {{(byte) 0xC3, (byte) 0x28}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(prefix);
      out.writeBytes(bad);
      out.writeBytes(json("'}"));
      OerJsonException e = refused(out.toByteArray(), Person.class);
      assertThat(e.problem()).as(Arrays.toString(bad)).contains("not valid UTF-8");
    }
  }

  @Test
  void loneSurrogateEscape_isRefused() {
    OerJsonException e = refused("{'name':'A\\uD800B'}", Person.class);
    assertThat(e.pointer()).isEqualTo("/name");
    assertThat(e.problem()).contains("surrogate");
  }

  @Test
  void nulCharacter_isAnOrdinaryEscapedCharacter() {
    Person person = OerJson.read(json("{'name':'A\\u0000B'}"), Person.class);
    assertThat(person.name()).isEqualTo("A\u0000B");
    assertThat(OerJson.writeString(person)).contains("A\\u0000B");
  }

  @Test
  void utf16Utf32OrByteOrderMark_isRefusedAsNotUtf8() {
    String document = "{\"name\":\"A\"}";
    for (String charset : new String[] {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"}) {
      for (String text : new String[] {document, "\uFEFF" + document}) {
        byte[] bytes = text.getBytes(java.nio.charset.Charset.forName(charset));
        assertThatThrownBy(() -> OerJson.read(bytes, Person.class)).as(charset)
            .isInstanceOf(OerJsonException.class).hasMessageContaining("UTF-16 or UTF-32");
        assertThatThrownBy(() -> OerJson.read(new java.io.ByteArrayInputStream(bytes), Person.class)).as(charset)
            .isInstanceOf(OerJsonException.class).hasMessageContaining("UTF-16 or UTF-32");
      }
    }
    byte[] bom = ("\uFEFF" + document).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(() -> OerJson.read(bom, Person.class))
        .isInstanceOf(OerJsonException.class).hasMessageContaining("byte order mark");
    assertThatThrownBy(() -> OerJson.read(new java.io.ByteArrayInputStream(bom), Person.class))
        .isInstanceOf(OerJsonException.class).hasMessageContaining("byte order mark");
  }

  @Test
  void nonStandardJson_isRefused() {
    for (String document : new String[] {
        "{'name':'A' /* comment */}", "{'name':'A'} // comment", "{\u0027name\u0027:'A'}".replace("'name'", "\\'name\\'"),
        "{name:'A'}", "{'name':'A',}", "{'name':'A','x':01}", "{'name':'A','x':NaN}", "{'name':'A','x':Infinity}",
        "{'name':'A\tB'}", "{'name':'A\nB'}", "{'name':'A','x':[1,]}", "{'name':'A','x':+1}"}) {
      assertThatThrownBy(() -> OerJson.readLenient(json(document), Person.class)).as(document)
          .isInstanceOf(OerJsonException.class);
    }
  }

  @Test
  void document_largerThanTheLimit_isRefusedWhileStreaming() {
    byte[] head = json("{'name':'A'");
    long total = OerJson.MAX_DOCUMENT_LENGTH + 1;
    java.io.InputStream huge = new java.io.InputStream() {
      private long position;

      @Override
      public int read() {
        if (position >= total) {
          return -1;
        }
        long at = position++;
        return at < head.length ? head[(int) at] : at == total - 1 ? '}' : ' ';
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (position >= total) {
          return -1;
        }
        int n = (int) Math.min(length, total - position);
        for (int i = 0; i < n; i++) {
          buffer[offset + i] = (byte) read();
        }
        return n;
      }
    };
    assertThatThrownBy(() -> OerJson.read(huge, Person.class))
        .isInstanceOf(OerJsonException.class).hasMessageContaining("larger than 67108864 bytes");
  }

  @Test
  void tokens_moreThanTheLimit_areRefused() {
    StringBuilder many = new StringBuilder("{'name':'A','x':[");
    for (long i = 0; i < OerJson.MAX_TOKEN_COUNT; i++) {
      many.append("1,");
    }
    many.append("1]}");
    assertThatThrownBy(() -> OerJson.readLenient(json(many.toString()), Person.class))
        .isInstanceOf(OerJsonException.class).hasMessageContaining("more than 4000000 values");
  }

  @Test
  void writing_deeperThanTheReadingLimit_isRefusedSoThatEveryWrittenDocumentCanBeRead() {
    org.oerkit.core.vocabulary.Organization deep = org.oerkit.core.vocabulary.Organization.of("Top",
        org.oerkit.core.vocabulary.OrganizationKind.NGO);
    for (int i = 0; i < 70; i++) {
      deep = org.oerkit.core.vocabulary.Organization.builder().name("O" + i)
          .kind(org.oerkit.core.vocabulary.OrganizationKind.NGO).parent(deep).build();
    }
    org.oerkit.core.vocabulary.Organization value = deep;
    assertThatThrownBy(() -> OerJson.write(value)).isInstanceOf(tools.jackson.core.exc.StreamConstraintsException.class)
        .hasMessageContaining("nesting depth");
  }

  @Test
  void emptyAndNullDocuments_areRefused() {
    assertThat(refused("", Person.class).problem()).contains("empty");
    assertThat(refused("   \n ", Person.class).problem()).contains("empty");
    assertThat(refused("null", Person.class).problem()).contains("null");
  }
}
