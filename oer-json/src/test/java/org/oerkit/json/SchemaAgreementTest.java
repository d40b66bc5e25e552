package org.oerkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.agenda.Workshop;
import org.quicktheories.core.Gen;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates workshop documents, valid and mutated one field at a time, and checks that the shipped JSON
 * Schema (networknt, format assertions on) and {@link OerJson#read(byte[], Class)} agree on every one.
 *
 * <p>The mutations are of single fields (zone, dates, id, title, country) and of the document's shape
 * (an unknown property, a missing required property, a wrong kind of value). Rules the schema cannot state
 * are left out on purpose and listed in FORMAT.md: the order of properties ({@code format} first) and
 * rules across fields (an end before a start).
 */
class SchemaAgreementTest {

  private static final String BASE = "{\"format\":\"oerkit/workshop/1\",\"id\":\"w1\",\"title\":{\"en\":\"T\"},"
      + "\"zone\":\"Asia/Almaty\",\"startDate\":\"2017-12-11\",\"endDate\":\"2017-12-13\"}";
  private static final List<String> FIELDS = List.of("id", "title", "zone", "startDate", "endDate", "country",
      "surplus");
  private static final List<String> VALUES = List.of(
      // zones: regions, offsets, prefixed offsets, no zone at all
      "\"Asia/Almaty\"", "\"UTC\"", "\"Etc/GMT+5\"", "\"Europe/Paris\"", "\"+05:00\"", "\"Z\"", "\"UTC+5\"",
      "\"GMT+05:00\"", "\"-03:30\"", "\"\"",
      // dates
      "\"2017-12-12\"", "\"2017-12-11\"", "\"2017-13-01\"", "\"2017-12-1\"", "\"17-12-11\"", "\"2017-02-30\"",
      // identifiers and texts
      "\"w2\"", "\"a.b-c_d\"", "\"a b\"", "\"-a\"", "{\"en\":\"Other\"}", "{\"kk\":\"Т\",\"en\":\"T\"}", "{}",
      "{\"en\":\"\"}", "\"KZ\"", "\"kz\"", "\"KAZ\"",
      // wrong kinds
      "1", "true", "[]", "null", "1.5");

  @Test
  void generatedDocuments_schemaAndReader_agree() {
    Gen<Integer> field = org.quicktheories.generators.SourceDSL.integers().between(0, FIELDS.size());
    Gen<Integer> value = org.quicktheories.generators.SourceDSL.integers().between(0, VALUES.size() - 1);
    qt().withExamples(600).withFixedSeed(20171211L).forAll(field, value).checkAssert((f, v) -> {
      byte[] document = mutate(f, v);
      boolean schemaAccepts = Schemas.errors(DocumentType.WORKSHOP, document).isEmpty();
      String readerSays = readerSays(document);
      assertThat(readerSays.equals("accepted"))
          .as("%s: schema %s, reader %s", new String(document, UTF_8), schemaAccepts ? "accepts" : "refuses",
              readerSays)
          .isEqualTo(schemaAccepts);
    });
  }

  @Test
  void sessionDurations_schemaAndReader_agree() {
    // The length of a session: one spelling for each length, which lets the schema state the 7-day bound.
    List<String> durations = List.of("PT0S", "PT45M", "PT1H30M", "PT168H", "PT167H59M59S",
        "PT167H59M59.999999999S", "PT0.5S", "PT1H0.5S", "PT90M", "PT60M", "P1D", "PT24H", "PT168H1S", "PT169H",
        "PT-30M", "PT0.50S", "pt45m", "PT", "P", "PT0H45M", "45", "PT1000000000H");
    List<String> disagreements = new java.util.ArrayList<>();
    for (String duration : durations) {
      byte[] document = withSessionDuration(duration);
      List<String> schemaSays = Schemas.errors(DocumentType.WORKSHOP, document);
      String readerSays = readerSays(document);
      if (readerSays.equals("accepted") != schemaSays.isEmpty()) {
        disagreements.add(duration + ": schema " + schemaSays + ", reader " + readerSays);
      }
    }
    assertThat(disagreements).isEmpty();
    assertThat(OerJson.read(withSessionDuration("PT168H"), Workshop.class).days().get(0).sessions().get(0).time()
        .duration()).contains(java.time.Duration.ofDays(7));
  }

  /** "accepted", or the reader's message. */
  private static String readerSays(byte[] document) {
    try {
      OerJson.read(document, Workshop.class);
      return "accepted";
    } catch (OerJsonException e) {
      return e.getMessage();
    }
  }

  /** The base document with one day of one session whose time is only the given duration. */
  private static byte[] withSessionDuration(String duration) {
    return (BASE.substring(0, BASE.length() - 1) + ",\"days\":[{\"date\":\"2017-12-11\","
        + "\"sessions\":[{\"id\":\"s1\",\"title\":\"S\",\"kind\":\"plenary\",\"time\":{\"duration\":\""
        + duration + "\"}}]}]}").getBytes(UTF_8);
  }

  /** The base document with field {@code f} (or none, when f is the size of FIELDS) set to value {@code v}. */
  private static byte[] mutate(int f, int v) {
    ObjectNode node = (ObjectNode) OerJson.mapper().readTree(BASE);
    if (f < FIELDS.size()) {
      String name = FIELDS.get(f);
      JsonNode value = OerJson.mapper().readTree(VALUES.get(v));
      // Keeping the end after the start, a rule across fields, which no schema states.
      if (name.equals("endDate") && value.isString() && value.asString().compareTo("2017-12-11") < 0
          && value.asString().matches("\\d{4}-\\d{2}-\\d{2}")) {
        value = OerJson.mapper().readTree("\"2017-12-11\"");
      }
      if (name.equals("startDate") && value.isString() && value.asString().compareTo("2017-12-13") > 0
          && value.asString().matches("\\d{4}-\\d{2}-\\d{2}")) {
        value = OerJson.mapper().readTree("\"2017-12-13\"");
      }
      node.set(name, value);
    }
    return OerJson.mapper().writeValueAsBytes(node);
  }
}
