package org.oerkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oerkit.core.agenda.Slot;
import org.oerkit.core.agenda.Timeline;
import org.oerkit.core.agenda.Workshop;
import tools.jackson.databind.JsonNode;

/**
 * The schema.org JSON-LD of workshops and licensed works uses only what schema.org defines: each property on
 * a type that has it, dates with offsets, and the programme's parts as nested {@code subEvent}s.
 *
 * <p>The properties are those of schema.org release 30.0 ({@code schemaorg/schemaorg}, {@code data/schema.ttl};
 * the type pages at https://schema.org/Event, /EducationEvent, /Place, /PostalAddress, /Person,
 * /Organization, /Role, /PerformanceRole, /CreativeWork), each type with its supertypes'.
 */
class SchemaOrgTest {

  private static final Set<String> THING = Set.of("@context", "@type", "@id", "name", "alternateName",
      "description", "disambiguatingDescription", "identifier", "url", "sameAs", "image", "additionalType");
  private static final Set<String> EVENT = union(THING, Set.of("startDate", "endDate", "duration", "location",
      "organizer", "performer", "contributor", "funder", "sponsor", "inLanguage", "subEvent", "superEvent",
      "attendee", "audience", "about", "keywords", "eventStatus", "eventAttendanceMode", "maximumAttendeeCapacity",
      "doorTime", "recordedIn", "workFeatured"));
  private static final Set<String> PLACE = union(THING, Set.of("address", "maximumAttendeeCapacity", "geo",
      "containedInPlace"));
  private static final Set<String> ORGANIZATION = union(THING, Set.of("address", "parentOrganization",
      "subOrganization"));
  private static final Set<String> ROLE = union(THING, Set.of("roleName", "startDate", "endDate", "namedPosition"));
  private static final Map<String, Set<String>> PROPERTIES = new HashMap<>();

  static {
    PROPERTIES.put("Event", EVENT);
    PROPERTIES.put("EducationEvent", union(EVENT, Set.of("teaches", "assesses", "educationalLevel")));
    PROPERTIES.put("FoodEvent", EVENT);
    PROPERTIES.put("SocialEvent", EVENT);
    PROPERTIES.put("Place", PLACE);
    PROPERTIES.put("Room", PLACE);
    PROPERTIES.put("PostalAddress", union(THING, Set.of("addressCountry", "addressLocality", "addressRegion",
        "postalCode", "streetAddress")));
    PROPERTIES.put("Person", union(THING, Set.of("familyName", "givenName", "honorificPrefix", "jobTitle",
        "affiliation", "address")));
    for (String type : List.of("Organization", "GovernmentOrganization", "CollegeOrUniversity",
        "EducationalOrganization", "Library", "ResearchOrganization", "NGO", "Corporation")) {
      PROPERTIES.put(type, ORGANIZATION);
    }
    PROPERTIES.put("Role", ROLE);
    PROPERTIES.put("PerformanceRole", union(ROLE, Set.of("characterName")));
    PROPERTIES.put("CreativeWork", union(THING, Set.of("creditText", "license", "inLanguage", "isBasedOn",
        "author")));
  }

  private static final Pattern OFFSET_DATE_TIME = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})");

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /** The properties a node has that schema.org does not define on its type, as JSON Pointers. */
  static List<String> undefined(JsonNode node) {
    List<String> out = new ArrayList<>();
    walk(node, "", "", out);
    return out;
  }

  private static void walk(JsonNode node, String at, String property, List<String> out) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), at + "/" + i, property, out);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    String type = node.path("@type").asString();
    Set<String> allowed = PROPERTIES.get(type);
    if (allowed == null) {
      out.add(at + "/@type " + type);
      return;
    }
    for (String name : node.propertyNames()) {
      // The Role pattern: a role holds its value under the property it stands in for.
      boolean roleValue = type.endsWith("Role") && name.equals(property);
      if (!allowed.contains(name) && !roleValue) {
        out.add(at + "/" + name + " on " + type);
      }
      walk(node.get(name), at + "/" + name, name, out);
    }
  }

  private static List<JsonNode> subEvents(JsonNode event) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode sub : event.path("subEvent")) {
      all.add(sub);
      all.addAll(subEvents(sub));
    }
    return all;
  }

  @Test
  void workshop_astana_usesOnlyPropertiesSchemaOrgDefinesOnEachType() {
    assertThat(undefined(SchemaOrg.of(AgendaSamples.astana()))).isEmpty();
  }

  @Test
  void workshop_aSessionsSubtitle_isADisambiguatingDescriptionNotAnAlternativeHeadline() {
    // alternativeHeadline is a property of CreativeWork (https://schema.org/alternativeHeadline), not of Event.
    qt().withExamples(100).forAll(AgendaSamples.workshops()).checkAssert(w -> {
      JsonNode event = SchemaOrg.of(w);
      assertThat(event.toString()).doesNotContain("alternativeHeadline");
      assertThat(undefined(event)).isEmpty();
    });
  }

  @Test
  void workshop_everyDateOfASessionOrPart_isADateTimeWithAnOffset() {
    qt().withExamples(100).forAll(AgendaSamples.workshops()).checkAssert(w -> {
      for (JsonNode sub : subEvents(SchemaOrg.of(w))) {
        for (String property : List.of("startDate", "endDate")) {
          if (sub.has(property)) {
            assertThat(sub.get(property).asString()).matches(OFFSET_DATE_TIME);
          }
        }
      }
    });
  }

  @Test
  void workshop_astana_startsWithItsFirstSessionAtAstanasOffsetAndEndsOnItsLastDay() {
    JsonNode event = SchemaOrg.of(AgendaSamples.astana());
    assertThat(event.path("startDate").asString()).isEqualTo("2017-12-11T09:00:00+06:00");
    // The sample's last timed session ends on 12 December, before the workshop's last day: the day is kept.
    assertThat(event.path("endDate").asString()).isEqualTo("2017-12-13");
  }

  @Test
  void workshop_everyPartAndGroupOfATimedSession_isANestedSubEvent() {
    qt().withExamples(100).forAll(AgendaSamples.workshops()).checkAssert(w -> {
      Timeline timeline = w.timeline();
      long expected = 0;
      for (Slot session : timeline.sessions()) {
        if (session.start().isPresent()) {
          expected += 1 + count(timeline, session) + timeline.groupsOf(session).size();
        }
      }
      assertThat(subEvents(SchemaOrg.of(w))).hasSize((int) expected);
    });
  }

  private static long count(Timeline timeline, Slot slot) {
    long n = 0;
    for (Slot part : timeline.partsOf(slot)) {
      n += 1 + count(timeline, part);
    }
    return n;
  }

  @Test
  void workshop_astana_listsTheGroupsOfItsGroupWork() {
    Workshop astana = AgendaSamples.astana();
    long groups = astana.timeline().slots().stream().filter(s -> s.kind() == Slot.Kind.GROUP).count();
    long parts = astana.timeline().slots().stream().filter(s -> s.kind() == Slot.Kind.PART).count();
    assertThat(subEvents(SchemaOrg.of(astana))).hasSize(5 + (int) groups + (int) parts);
  }

  @Test
  void licensedWork_usesOnlyPropertiesSchemaOrgDefinesOnCreativeWork() {
    assertThat(undefined(SchemaOrg.of(LicensedWorkJsonTest.TRANSLATION))).isEmpty();
  }
}
