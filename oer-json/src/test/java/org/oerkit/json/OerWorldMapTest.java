package org.oerkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.oerkit.core.Finding;
import org.oerkit.core.Report;
import org.oerkit.core.Severity;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.license.Licenses;
import org.oerkit.core.policy.LicenseMandate;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.core.policy.WorldMapDescription;
import org.oerkit.core.policy.WorldMapLicense;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;
import tools.jackson.databind.JsonNode;

/**
 * The OER World Map export, validated against the World Map's own schema ({@code hbz/oerworldmap},
 * {@code public/json/schema.json}, draft-04, copied under {@code src/test/resources/oerworldmap} with its
 * NOTICE).
 */
class OerWorldMapTest {

  static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
      .getSchema(OerJson.mapper().readTree(resource("schema.json")));

  static byte[] resource(String name) {
    try (InputStream in = OerWorldMapTest.class.getResourceAsStream("/oerworldmap/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> errors(JsonNode document) {
    return Schemas.errors(SCHEMA, document);
  }

  @Test
  void schema_theWorldMapsOwnEventRecord_isValid() {
    assertThat(errors(OerJson.mapper().readTree(resource("testEvent.json")))).isEmpty();
  }

  @Test
  void schema_aLocationObject_isRefused() {
    JsonNode policy = OerWorldMap.of(PolicySamples.kazakhstan());
    ((tools.jackson.databind.node.ObjectNode) policy).putObject("location").putObject("address")
        .put("addressCountry", "KZ");
    assertThat(errors(policy)).isNotEmpty();
  }

  @Test
  void policy_kazakhstan_isValidAgainstTheWorldMapSchema() {
    assertThat(errors(OerWorldMap.of(PolicySamples.kazakhstan()))).isEmpty();
  }

  @Test
  void policy_threeLanguages_writesTheFirstAndKeepsTheOthersAsKeywords() {
    JsonNode policy = OerWorldMap.of(PolicySamples.kazakhstan());
    assertThat(policy.path("inLanguage")).hasSize(1);
    assertThat(policy.at("/inLanguage/0").asString()).isEqualTo("kk");
    assertThat(policy.path("keywords").valueStream().map(JsonNode::asString))
        .containsExactly("inLanguage:ru", "inLanguage:en");
    assertThat(OerWorldMap.losses(PolicySamples.kazakhstan()).findings()).extracting(Finding::location)
        .containsExactly("/languages", "/languages");
  }

  @Test
  void policy_location_isAnArrayOfOnePlaceWithTheCountry() {
    JsonNode policy = OerWorldMap.of(PolicySamples.kazakhstan());
    assertThat(policy.path("location")).hasSize(1);
    assertThat(policy.at("/location/0/@type").asString()).isEqualTo("Place");
    assertThat(policy.at("/location/0/address/addressCountry").asString()).isEqualTo("KZ");
  }

  @Test
  void policy_severalLicences_writesTheDefaultAndKeepsTheOthersAsKeywords() {
    PolicyDraft draft = PolicyDraft.builder().from(PolicySamples.kazakhstan())
        .worldMap(WorldMapDescription.builder().from(PolicySamples.kazakhstan().worldMap().get())
            .addLicenses(WorldMapLicense.CC0, WorldMapLicense.CC_BY_SA).build())
        .build();
    JsonNode policy = OerWorldMap.of(draft);
    assertThat(errors(policy)).isEmpty();
    assertThat(policy.path("license")).hasSize(1);
    assertThat(policy.at("/license/0/@id").asString()).isEqualTo(WorldMapLicense.CC_BY.worldMapId());
    assertThat(policy.path("keywords").valueStream().map(JsonNode::asString))
        .contains("license:cc0", "license:cc-by-sa");
    assertThat(OerWorldMap.losses(draft).findings(OerWorldMap.NOT_CARRIED.id())).extracting(Finding::location)
        .contains("/worldMap/licenses");
  }

  @Test
  void policy_withoutWorldMapDescription_writesTheMandatesDefaultAndKeepsTheAlternatives() {
    PolicyDraft draft = PolicyDraft.builder().from(PolicySamples.kazakhstan()).worldMap(java.util.Optional.empty())
        .build();
    JsonNode policy = OerWorldMap.of(draft);
    assertThat(errors(policy)).isEmpty();
    assertThat(policy.at("/license/0/@id").asString()).isEqualTo(WorldMapLicense.CC_BY.worldMapId());
    assertThat(policy.path("keywords").valueStream().map(JsonNode::asString)).contains("license:cc-by-sa");
  }

  @Test
  void policy_textsInARegionalVariantAndAnUnlistedLanguage_areReportedAndLeftOut() {
    PolicyDraft draft = PolicyDraft.builder().from(PolicySamples.kazakhstan())
        .title(LocalizedText.of(LanguageTag.RUSSIAN, "Политика").with(LanguageTag.parse("ru-KZ"), "Политика КЗ")
            .with(LanguageTag.parse("he"), "מדיניות"))
        .build();
    JsonNode policy = OerWorldMap.of(draft);
    assertThat(errors(policy)).isEmpty();
    assertThat(policy.path("name").propertyNames()).containsExactly("ru");
    Report losses = OerWorldMap.losses(draft);
    assertThat(losses.findings()).filteredOn(f -> f.severity() == Severity.WARNING).extracting(Finding::location)
        .containsExactly("/title/ru-KZ", "/title/he");
  }

  @Test
  void policy_endYear_isWrittenAsAYear() {
    assertThat(OerWorldMap.of(PolicySamples.kazakhstan()).path("endDate").asString()).isEqualTo("2022");
  }

  @Test
  void languages_areExactlyTheWorldMapsLanguageList() {
    JsonNode schema = OerJson.mapper().readTree(resource("schema.json"));
    Set<String> listed = new TreeSet<>();
    schema.at("/definitions/Language/enum").valueStream().map(JsonNode::asString).forEach(listed::add);
    assertThat(new TreeSet<>(OerWorldMap.LANGUAGES)).isEqualTo(listed);
    Set<String> keys = new TreeSet<>(schema.at("/definitions/LocalizedString/properties").propertyNames());
    assertThat(keys).isEqualTo(listed);
  }

  @Test
  void countries_everyCountryOfOerkit_isInTheWorldMapsCountryList() {
    JsonNode schema = OerJson.mapper().readTree(resource("schema.json"));
    Set<String> listed = new TreeSet<>();
    schema.at("/definitions/Country/enum").valueStream().map(JsonNode::asString).forEach(listed::add);
    assertThat(listed).containsAll(org.oerkit.core.vocabulary.Country.all().stream()
        .map(org.oerkit.core.vocabulary.Country::code).toList());
  }

  @Test
  void policy_everyGeneratedDraft_isValidAgainstTheWorldMapSchema() {
    qt().withExamples(200).forAll(PolicySamples.drafts()).checkAssert(d -> {
      JsonNode policy = OerWorldMap.of(d);
      assertThat(errors(policy)).as("%s", policy).isEmpty();
      assertThat(policy.at("/location/0/address/addressCountry").asString()).isEqualTo(d.country().code());
      assertThat(policy.path("inLanguage").size()).isLessThanOrEqualTo(1);
      assertThat(policy.path("license").size()).isLessThanOrEqualTo(1);
    });
  }

  @Test
  void policy_aLicenceMandateOfEveryKind_isValid() {
    qt().withExamples(100).forAll(LicenseJsonTest.licenses(), LicenseJsonTest.licenses()).checkAssert((a, b) -> {
      LicenseMandate.Builder mandate = LicenseMandate.builder().defaultLicense(a);
      if (!a.equals(b)) {
        mandate.addAlternatives(b);
      }
      PolicyDraft draft = PolicyDraft.builder().from(PolicySamples.kazakhstan()).worldMap(java.util.Optional.empty())
          .licenseMandate(mandate.build()).build();
      JsonNode policy = OerWorldMap.of(draft);
      assertThat(errors(policy)).isEmpty();
      assertThat(policy.at("/license/0/@id").asString()).isEqualTo(WorldMapLicense.of(a).worldMapId());
    });
  }

  @Test
  void policy_aDateAfter2099_isWrittenAsYearAndMonth() {
    PolicyDraft draft = PolicyDraft.builder().from(PolicySamples.kazakhstan())
        .versions(List.of(org.oerkit.core.policy.PolicyVersion.of("late", LocalDate.of(2150, 3, 4),
            org.oerkit.core.policy.PolicyStatus.DRAFT)))
        .build();
    JsonNode policy = OerWorldMap.of(draft);
    assertThat(policy.path("datePublished").asString()).isEqualTo("2150-03");
    assertThat(errors(policy)).isEmpty();
    assertThat(OerWorldMap.losses(draft).findings()).extracting(Finding::location).contains("/versions/0/date");
  }

  @Test
  void event_astana_isValidAgainstTheWorldMapSchema() {
    JsonNode event = OerWorldMap.of(AgendaSamples.astana());
    assertThat(errors(event)).isEmpty();
    assertThat(event.at("/location/0/address/addressLocality").asString()).isEqualTo("Astana");
  }

  @Test
  void event_everyGeneratedWorkshop_isValidAgainstTheWorldMapSchema() {
    qt().withExamples(200).forAll(AgendaSamples.workshops()).checkAssert(w -> {
      JsonNode event = OerWorldMap.of(w);
      assertThat(errors(event)).as("%s", event).isEmpty();
      assertThat(event.path("location").size()).isEqualTo(w.country().isPresent() ? 1 : 0);
    });
  }

  @Test
  void event_withoutACountry_hasAnEmptyLocationAndSaysSo() {
    Workshop workshop = Workshop.builder().from(AgendaSamples.astana()).country(java.util.Optional.empty()).build();
    JsonNode event = OerWorldMap.of(workshop);
    assertThat(errors(event)).isEmpty();
    assertThat(event.path("location")).isEmpty();
    assertThat(OerWorldMap.losses(workshop).findings()).extracting(Finding::location).containsExactly("/city");
  }

  @Test
  void event_aTitleInALanguageTheWorldMapDoesNotList_isStillValidAndSaysWhatIsLeftOut() {
    Workshop workshop = Workshop.builder().from(AgendaSamples.astana())
        .title(LocalizedText.of(LanguageTag.parse("he"), "סדנה").with(LanguageTag.ENGLISH, "Workshop"))
        .languages(List.of(LanguageTag.parse("he"), LanguageTag.ENGLISH)).build();
    JsonNode event = OerWorldMap.of(workshop);
    assertThat(errors(event)).isEmpty();
    assertThat(event.path("name").propertyNames()).containsExactly("en");
    assertThat(event.path("inLanguage").valueStream().map(JsonNode::asString)).containsExactly("en");
    assertThat(OerWorldMap.losses(workshop).findings()).extracting(Finding::location)
        .containsExactly("/title/he", "/languages/0");
  }

  @Test
  void event_aTitleOnlyInLanguagesTheWorldMapDoesNotList_isAnErrorOfTheLosses() {
    Workshop workshop = Workshop.builder().from(AgendaSamples.astana())
        .title(LocalizedText.of(LanguageTag.parse("he"), "סדנה").with(LanguageTag.parse("yi"), "וואַרשטאַט")).build();
    JsonNode event = OerWorldMap.of(workshop);
    assertThat(event.path("name").isEmpty()).isTrue();
    Report losses = OerWorldMap.losses(workshop);
    assertThat(losses.findings()).filteredOn(f -> f.severity() == Severity.ERROR).singleElement()
        .satisfies(f -> {
          assertThat(f.location()).isEqualTo("/title");
          assertThat(f.message()).contains("(he, yi)").contains("empty name").contains("cannot be read back");
        });
    assertThat(losses.findings()).extracting(Finding::location).containsExactly("/title/he", "/title/yi", "/title");
  }

  @Test
  void policy_aTitleOnlyInALanguageTheWorldMapDoesNotList_isAnErrorOfTheLosses() {
    PolicyDraft draft = PolicyDraft.builder().from(PolicySamples.kazakhstan())
        .title(LocalizedText.of(LanguageTag.parse("id"), "Kebijakan")).build();
    assertThat(OerWorldMap.losses(draft).findings()).filteredOn(f -> f.severity() == Severity.ERROR)
        .extracting(Finding::location).containsExactly("/title");
  }

  @Test
  void event_after2099_readsBackFromItsMonths() {
    // The World Map's iso-8601-date takes full dates of 1800-2099 only, and year-months of any year.
    Workshop late = Workshop.builder().from(AgendaSamples.astana()).days(List.of())
        .startDate(LocalDate.of(2100, 3, 11)).endDate(LocalDate.of(2100, 4, 2)).build();
    JsonNode event = OerWorldMap.of(late);
    assertThat(errors(event)).isEmpty();
    assertThat(event.path("startDate").asString()).isEqualTo("2100-03");
    assertThat(OerWorldMap.losses(late).findings()).extracting(Finding::location)
        .containsExactly("/startDate", "/endDate");
    org.oerkit.core.Imported<Workshop> again = OerWorldMap.readEvent(OerWorldMap.write(late), late.zone());
    assertThat(again.value().startDate()).isEqualTo(LocalDate.of(2100, 3, 1));
    assertThat(again.value().endDate()).isEqualTo(LocalDate.of(2100, 4, 30));
    assertThat(again.report().findings()).filteredOn(f -> f.location().endsWith("Date")).extracting(Finding::message)
        .containsExactly("\"2100-03\" gives no day; it is read as 2100-03-01, the first day of that month.",
            "\"2100-04\" gives no day; it is read as 2100-04-30, the last day of that month.");
  }

  @Test
  void event_datesOfAYearOnly_areReadAsTheWholeYear() {
    byte[] record = ("{\"@type\":\"Event\",\"name\":{\"en\":\"Year\"},\"startDate\":\"2101\","
        + "\"endDate\":\"2101\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Workshop read = OerWorldMap.readEvent(record, java.time.ZoneId.of("Asia/Almaty")).value();
    assertThat(read.startDate()).isEqualTo(LocalDate.of(2101, 1, 1));
    assertThat(read.endDate()).isEqualTo(LocalDate.of(2101, 12, 31));
  }
}
