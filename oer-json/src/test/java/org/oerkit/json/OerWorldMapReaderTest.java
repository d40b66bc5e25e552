package org.oerkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.Finding;
import org.oerkit.core.Imported;
import org.oerkit.core.Severity;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading OER World Map JSON: the World Map's own test records ({@code hbz/oerworldmap}, commit
 * {@code d50be6b}, Apache-2.0; see {@code src/test/resources/oerworldmap/NOTICE}) and oerkit's own exports.
 */
class OerWorldMapReaderTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static List<String> locations(Imported<?> imported) {
    return imported.report().findings().stream().map(Finding::location).toList();
  }

  @Test
  void readEvent_theWorldMapsSchemaTestEvent_isReadWithItsPlaceOrganizerAndLanguage() {
    Imported<Workshop> imported = OerWorldMap.readEvent(OerWorldMapTest.resource("testEvent.json"), BERLIN);
    Workshop workshop = imported.value();
    assertThat(workshop.id()).isEqualTo("277db498-9901-11e5-960c-e72e56893d88");
    assertThat(workshop.title().get(LanguageTag.ENGLISH)).contains("Example Event");
    assertThat(workshop.startDate()).isEqualTo(LocalDate.of(2015, 11, 11));
    assertThat(workshop.country()).contains(Country.of("SH"));
    assertThat(workshop.city()).contains("St. Test");
    assertThat(workshop.venue()).contains("Rue Example");
    assertThat(workshop.organizers()).extracting(o -> o.name()).containsExactly("Siemens Stiftung");
    assertThat(workshop.languages()).containsExactly(LanguageTag.parse("de"));
    assertThat(workshop.background()).hasSize(1);
    assertThat(workshop.background().get(0)).startsWith("Lorem ipsum dolor sit amet");
    assertThat(workshop.zone()).isEqualTo(BERLIN);
  }

  @Test
  void readEvent_theWorldMapsSchemaTestEvent_reportsEachPartItCannotCarry() {
    Imported<Workshop> imported = OerWorldMap.readEvent(OerWorldMapTest.resource("testEvent.json"), BERLIN);
    // The file's endDate, 2015-02-10, is before its startDate, 2015-11-11.
    assertThat(imported.value().endDate()).isEqualTo(LocalDate.of(2015, 11, 11));
    assertThat(locations(imported)).contains("/endDate", "/organizer/1", "/performer", "/email", "/image", "/url",
        "/sameAs", "/recordedIn", "/alternateName", "/mentionedIn", "/hashtag", "/keywords", "/about",
        "/location/0/geo", "/location/0/address/postalCode", "/location/0/address/addressRegion");
    assertThat(imported.report().findings()).allMatch(f -> f.rule().equals(OerWorldMap.NOT_CARRIED));
  }

  @Test
  void readEvent_aWebPageWrappedRecord_isReadFromItsAbout() {
    Imported<Workshop> imported = OerWorldMap.readEvent(
        OerWorldMapTest.resource("testExportMultiLanguage.IN.1.json"), BERLIN);
    Workshop workshop = imported.value();
    assertThat(workshop.title().get(LanguageTag.parse("de"))).contains("OER-Festival 2016");
    assertThat(workshop.startDate()).isEqualTo(LocalDate.of(2016, 2, 28));
    assertThat(workshop.endDate()).isEqualTo(LocalDate.of(2016, 3, 1));
    assertThat(workshop.city()).contains("Berlin");
    assertThat(workshop.venue()).contains("In den Ministergärten 8");
    assertThat(workshop.organizers()).extracting(o -> o.name()).containsExactly("J&K - Jöran und Konsorten");
    assertThat(workshop.background().get(0)).startsWith("\"Im deutschsprachigen Raum");
    // The postal code is a number in this file, not the text the schema asks for.
    assertThat(locations(imported)).contains("/about/location/0/address/postalCode", "/about/hashtag",
        "/about/recordedIn", "/about/alternateName");
    assertThat(locations(imported)).allMatch(l -> l.startsWith("/about"));
  }

  @Test
  void readEvents_theApisList_readsEveryMemberAndLocatesItsFindings() {
    Imported<List<Workshop>> imported = OerWorldMap.readEvents(OerWorldMapTest.resource("list.json"), BERLIN);
    assertThat(imported.value()).hasSize(4);
    assertThat(imported.value().get(0).title().original()).isEqualTo("DigiLern 2012");
    assertThat(imported.value().get(2).title().original()).isEqualTo("Hackathon 2016 Weimar");
    assertThat(imported.value().get(2).startDate()).isEqualTo(LocalDate.of(2016, 7, 23));
    assertThat(imported.value().get(2).endDate()).isEqualTo(LocalDate.of(2016, 7, 24));
    // "endDate": "2012-03-10T18:00": the time of day is not kept.
    assertThat(imported.report().findings()).anyMatch(f -> f.location().equals("/member/0/about/endDate")
        && f.severity() == Severity.INFO);
    assertThat(locations(imported)).allMatch(l -> l.startsWith("/member/"));
  }

  @Test
  void readEvent_aList_isRefusedWithTheCount() {
    assertThatThrownBy(() -> OerWorldMap.readEvent(OerWorldMapTest.resource("list.json"), BERLIN))
        .isInstanceOf(OerJsonException.class).hasMessageContaining("4 records");
  }

  @Test
  void readPolicy_anEvent_isRefusedAtItsType() {
    assertThatThrownBy(() -> OerWorldMap.readPolicy(OerWorldMapTest.resource("testEvent.json")))
        .isInstanceOf(OerJsonException.class).hasMessageContaining("not a Policy")
        .extracting(e -> ((OerJsonException) e).pointer()).isEqualTo("/@type");
  }

  @Test
  void readPolicies_theEventList_leavesEveryMemberOutWithAFinding() {
    Imported<List<PolicyDraft>> imported = OerWorldMap.readPolicies(OerWorldMapTest.resource("list.json"));
    assertThat(imported.value()).isEmpty();
    assertThat(locations(imported)).containsExactly("/member/0/about/@type", "/member/1/about/@type",
        "/member/2/about/@type", "/member/3/about/@type");
  }

  @Test
  void readPolicy_kazakhstansExport_givesBackItsWorldMapDescriptionWithoutFindings() {
    PolicyDraft draft = PolicySamples.kazakhstan();
    Imported<PolicyDraft> imported = OerWorldMap.readPolicy(OerWorldMap.write(draft));
    assertThat(imported.report().findings()).isEmpty();
    PolicyDraft read = imported.value();
    assertThat(read.country()).isEqualTo(Country.KAZAKHSTAN);
    assertThat(read.title()).isEqualTo(draft.title());
    assertThat(read.languages()).containsExactlyElementsOf(draft.languages());
    assertThat(read.worldMap()).isEqualTo(draft.worldMap());
    assertThat(read.endYear()).isEqualTo(draft.endYear());
    assertThat(read.draftingBody().get().name()).isEqualTo("National OER Focal group");
    assertThat(read.latestVersion().get().date()).isEqualTo(LocalDate.of(2017, 12, 13));
  }

  @Test
  void readPolicies_aWrappedPolicyAndAnArray_areRead() {
    ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
    wrapper.put("@type", "WebPage");
    wrapper.set("about", OerWorldMap.of(PolicySamples.kazakhstan()));
    wrapper.put("dateCreated", "2019-04-03T10:00:00Z");
    byte[] array = OerJson.write(JsonNodeFactory.instance.arrayNode().add(wrapper).add(wrapper));
    Imported<List<PolicyDraft>> imported = OerWorldMap.readPolicies(array);
    assertThat(imported.value()).hasSize(2);
    assertThat(imported.report().findings()).isEmpty();
    assertThat(OerWorldMap.readPolicy(OerJson.write(wrapper)).value().title())
        .isEqualTo(PolicySamples.kazakhstan().title());
  }

  @Test
  void readPolicies_aPolicyWithoutACountry_isLeftOutWithAFinding() {
    ObjectNode policy = OerWorldMap.of(PolicySamples.kazakhstan());
    policy.remove("location");
    ObjectNode list = JsonNodeFactory.instance.objectNode();
    list.put("@type", "PagedCollection");
    list.putArray("member").add(policy);
    Imported<List<PolicyDraft>> imported = OerWorldMap.readPolicies(OerJson.write(list));
    assertThat(imported.value()).isEmpty();
    assertThat(locations(imported)).containsExactly("/member/0/location");
    assertThatThrownBy(() -> OerWorldMap.readPolicy(OerJson.write(policy))).isInstanceOf(OerJsonException.class)
        .hasMessageContaining("needs a country");
  }

  @Test
  void readPolicy_anOldLocationObject_isReadWithAFinding() {
    ObjectNode policy = OerWorldMap.of(PolicySamples.kazakhstan());
    policy.putObject("location").putObject("address").put("addressCountry", "KZ");
    Imported<PolicyDraft> imported = OerWorldMap.readPolicy(OerJson.write(policy));
    assertThat(imported.value().country()).isEqualTo(Country.KAZAKHSTAN);
    assertThat(locations(imported)).containsExactly("/location");
  }

  @Test
  void readPolicy_unknownConceptsAndKeywords_areReported() {
    ObjectNode policy = OerWorldMap.of(PolicySamples.kazakhstan());
    policy.put("spatialCoverage", "Galactic");
    policy.withArray("keywords").add("open textbooks").add("license:cc-by-9");
    policy.put("contact", "oer@example.kz");
    Imported<PolicyDraft> imported = OerWorldMap.readPolicy(OerJson.write(policy));
    assertThat(imported.value().worldMap()).isEmpty();
    assertThat(locations(imported)).contains("/spatialCoverage", "/keywords/2", "/keywords/3", "/contact", "/");
  }

  @Test
  void readPolicies_notJson_isAnOerJsonException() {
    assertThatThrownBy(() -> OerWorldMap.readPolicies("{\"@type\": ".getBytes(UTF_8)))
        .isInstanceOf(OerJsonException.class);
    assertThatThrownBy(() -> OerWorldMap.readPolicies("\"Policy\"".getBytes(UTF_8)))
        .isInstanceOf(OerJsonException.class);
    assertThatThrownBy(() -> OerWorldMap.readPolicies("[".repeat(100_000).getBytes(UTF_8)))
        .isInstanceOf(OerJsonException.class);
  }

  @Test
  void readPolicy_everyGeneratedDraftWithAWorldMapDescription_writesTheSameDocumentAfterOneRoundTrip() {
    // Every draft gets a description (the sample's when the generated one has none): an assumption that
    // discards half the drafts made QuickTheories give up at times.
    qt().withExamples(100).forAll(PolicySamples.drafts().map(d -> d.worldMap().isPresent() ? d
        : org.oerkit.core.policy.PolicyDraft.builder().from(d).worldMap(PolicySamples.kazakhstan().worldMap().get())
            .build())).checkAssert(d -> {
      ObjectNode written = OerWorldMap.of(d);
      Imported<PolicyDraft> read = OerWorldMap.readPolicy(OerJson.write(written));
      assertThat(OerWorldMap.of(read.value())).isEqualTo(written);
      assertThat(read.report().findings()).isEmpty();
    });
  }

  @Test
  void readEvent_everyGeneratedWorkshopsExport_givesBackItsTitleDatesPlaceAndLanguages() {
    qt().withExamples(200).forAll(AgendaSamples.workshops()).checkAssert(w -> {
      Workshop read = OerWorldMap.readEvent(OerWorldMap.write(w), w.zone()).value();
      assertThat(read.startDate()).isEqualTo(w.startDate());
      assertThat(read.endDate()).isEqualTo(w.endDate());
      assertThat(read.country()).isEqualTo(w.country());
      assertThat(read.city()).isEqualTo(w.country().isPresent() ? w.city() : java.util.Optional.empty());
      assertThat(read.title().original()).isEqualTo(w.title().original());
      assertThat(read.organizers()).extracting(o -> o.name())
          .containsExactlyElementsOf(w.organizers().stream().map(o -> o.name()).toList());
    });
  }

  /** The real files with a byte changed or cut short: a result with findings, or the one documented error. */
  @Test
  void readEvents_theRealFilesWithAByteChangedOrCutShort_giveAResultOrAnOerJsonException() {
    List<byte[]> files = List.of(OerWorldMapTest.resource("testEvent.json"), OerWorldMapTest.resource("list.json"),
        OerWorldMapTest.resource("testExportMultiLanguage.IN.1.json"));
    qt().withExamples(500).forAll(org.quicktheories.generators.SourceDSL.integers().between(0, 2),
        org.quicktheories.generators.SourceDSL.integers().between(0, Integer.MAX_VALUE),
        org.quicktheories.generators.SourceDSL.integers().between(0, 255),
        org.quicktheories.generators.SourceDSL.booleans().all()).checkAssert((file, position, value, cut) -> {
          byte[] original = files.get(file);
          int at = position % original.length;
          byte[] bytes = cut ? java.util.Arrays.copyOf(original, at) : original.clone();
          if (!cut) {
            bytes[at] = (byte) (int) value;
          }
          try {
            OerWorldMap.readEvents(bytes, BERLIN);
            OerWorldMap.readPolicies(bytes);
          } catch (OerJsonException e) {
            assertThat(e.getMessage()).isNotBlank();
          }
        });
  }

  /** Every property of the real records, replaced by a value of each other kind: a result or the one error. */
  @Test
  void readEvent_everyPropertyOfTheRealRecordsWithAWrongKind_givesAResultOrAnOerJsonException() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    List<JsonNode> wrong = List.of(nodes.numberNode(12), nodes.stringNode(""), nodes.arrayNode().add(1),
        nodes.objectNode().put("x", 1), nodes.nullNode(), nodes.booleanNode(true));
    int read = 0;
    for (String name : List.of("testEvent.json", "testExportMultiLanguage.IN.1.json")) {
      JsonNode original = OerJson.mapper().readTree(OerWorldMapTest.resource(name));
      List<String> pointers = new ArrayList<>();
      collect(original, "", pointers);
      for (String pointer : pointers) {
        for (JsonNode value : wrong) {
          JsonNode copy = original.deepCopy();
          int slash = pointer.lastIndexOf('/');
          JsonNode parent = copy.at(pointer.substring(0, slash));
          String key = pointer.substring(slash + 1);
          if (parent.isObject()) {
            ((ObjectNode) parent).set(key, value);
          } else {
            ((tools.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(key), value);
          }
          byte[] bytes = OerJson.write(copy);
          for (boolean policy : new boolean[] {false, true}) {
            try {
              if (policy) {
                OerWorldMap.readPolicies(bytes);
              } else {
                OerWorldMap.readEvents(bytes, BERLIN);
              }
              read++;
            } catch (OerJsonException e) {
              assertThat(e.getMessage()).isNotBlank();
            }
          }
        }
      }
    }
    assertThat(read).isGreaterThan(100);
  }

  private static void collect(JsonNode node, String at, List<String> pointers) {
    if (node.isObject()) {
      for (String key : node.propertyNames()) {
        pointers.add(at + "/" + key);
        collect(node.get(key), at + "/" + key, pointers);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        pointers.add(at + "/" + i);
        collect(node.get(i), at + "/" + i, pointers);
      }
    }
  }
}
