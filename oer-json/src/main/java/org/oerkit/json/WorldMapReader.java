package org.oerkit.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.oerkit.core.Bounds;
import org.oerkit.core.Finding;
import org.oerkit.core.Imported;
import org.oerkit.core.OerException;
import org.oerkit.core.Report;
import org.oerkit.core.Severity;
import org.oerkit.core.Texts;
import org.oerkit.core.agenda.NameBasedUuid;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.instrument.PolicySection;
import org.oerkit.core.policy.EducationSector;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.core.policy.PolicyFocus;
import org.oerkit.core.policy.PolicyStatus;
import org.oerkit.core.policy.PolicyType;
import org.oerkit.core.policy.PolicyVersion;
import org.oerkit.core.policy.SpatialCoverage;
import org.oerkit.core.policy.WorldMapConcept;
import org.oerkit.core.policy.WorldMapDescription;
import org.oerkit.core.policy.WorldMapLicense;
import org.oerkit.core.policy.WorldMapScope;
import org.oerkit.core.policy.WorldMapStatus;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.OrganizationKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * Reads OER World Map JSON into policy drafts and workshops, for {@link OerWorldMap}: one reading, with the
 * findings it collects.
 */
final class WorldMapReader {

  private static final Set<String> POLICY_READ = Set.of("@context", "@id", "@type", "name", "url", "description",
      "location", "status", "additionalType", "scope", "spatialCoverage", "focus", "primarySector",
      "secondarySector", "license", "inLanguage", "keywords", "datePublished", "endDate", "publisher");
  private static final Set<String> EVENT_READ = Set.of("@context", "@id", "@type", "name", "description",
      "startDate", "endDate", "location", "organizer", "inLanguage");
  private static final Set<String> ORGANIZATION_READ = Set.of("@id", "@type", "name", "alternateName", "location");

  private final List<Finding> findings = new ArrayList<>();

  /** Reads the resources of one type from a record, a {@code WebPage}-wrapped record or a list. */
  <T> Imported<List<T>> readAll(byte[] json, String type, BiFunction<JsonNode, String, T> read, boolean single) {
    JsonNode root = tree(json);
    List<String> pointers = new ArrayList<>();
    if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        pointers.add("/" + i);
      }
    } else if (!root.isObject()) {
      throw new OerJsonException("", 1, 1, "An OER World Map document is a JSON object: a record, a WebPage "
          + "wrapping one, or a list (PagedCollection) of them.");
    } else if (text(root.get("@type")).equals("PagedCollection") || root.path("member").isArray()) {
      for (int i = 0; i < root.path("member").size(); i++) {
        pointers.add("/member/" + i);
      }
    } else {
      pointers.add("");
    }
    if (single && pointers.size() != 1) {
      throw new OerJsonException(pointers.size() > 1 ? pointers.get(1) : "", 0, 0, "This list holds "
          + pointers.size() + " records; read it as a list, or give one " + type + " record.");
    }
    List<T> values = new ArrayList<>();
    for (String at : pointers) {
      JsonNode record = root.at(at);
      if (isWrapper(record)) {
        at = at + "/about";
        record = record.get("about");
      }
      String found = text(record.get("@type"));
      if (!found.equals(type)) {
        String problem = found.isEmpty() ? "This record has no @type; it is not a " + type + "."
            : "This record is a " + Texts.quote(found) + ", not a " + type + ".";
        if (single) {
          throw new OerJsonException(at + "/@type", 0, 0, problem);
        }
        findings.add(Finding.of(OerWorldMap.NOT_CARRIED, Severity.INFO, at + "/@type", problem + " It is left out."));
        continue;
      }
      try {
        values.add(read.apply(record, at));
      } catch (OerJsonException e) {
        if (single) {
          throw e;
        }
        findings.add(Finding.of(OerWorldMap.NOT_CARRIED, Severity.WARNING, e.pointer().isEmpty() ? at : e.pointer(),
            e.problem() + " The record is left out."));
      }
    }
    return Imported.of(List.copyOf(values), Report.of(findings));
  }

  private static boolean isWrapper(JsonNode record) {
    return record.isObject() && text(record.get("@type")).equals("WebPage") && record.path("about").isObject();
  }

  /** Parses the bytes with the native reader's limits and errors. */
  private static JsonNode tree(byte[] json) {
    OerJson.requireUtf8(json, 0, json.length);
    ObjectReader reader = OerJson.mapper().readerFor(JsonNode.class);
    return OerJson.readDocument(reader, () -> reader.createParser(json));
  }

  // ----- policies

  PolicyDraft policy(JsonNode record, String at) {
    LocalizedText title = localized(record.get("name"), at + "/name")
        .orElseThrow(() -> new OerJsonException(at + "/name", 0, 0, "A policy needs a name in a language; "
            + "this record has none that oerkit can read."));
    Country country = country(record, at).orElseThrow(() -> new OerJsonException(at + "/location", 0, 0,
        "An oerkit policy draft needs a country; this record names none in location/0/address/addressCountry."));
    PolicyDraft.Builder draft = PolicyDraft.builder().country(country).title(title);
    localized(record.get("description"), at + "/description")
        .ifPresent(d -> draft.putSectionText(PolicySection.CONTEXT, d));
    Optional<WorldMapStatus> status = concept(record.get("status"), at + "/status", WorldMapStatus.class);
    PolicyStatus policyStatus = status.map(WorldMapReader::policyStatus).orElse(PolicyStatus.DRAFT);
    draft.status(policyStatus);
    List<String> keywords = new ArrayList<>();
    JsonNode keywordNode = record.get("keywords");
    if (keywordNode != null) {
      if (keywordNode.isArray()) {
        for (int i = 0; i < keywordNode.size(); i++) {
          keywords.add(text(keywordNode.get(i)));
        }
      } else {
        wrongKind(at + "/keywords", "an array of texts");
      }
    }
    List<WorldMapLicense> licenses = new ArrayList<>();
    links(record, at, "license", WorldMapLicense.class, 1).forEach(licenses::add);
    List<LanguageTag> languages = new ArrayList<>(languages(record.get("inLanguage"), at + "/inLanguage"));
    for (int i = 0; i < keywords.size(); i++) {
      String keyword = keywords.get(i);
      String keywordAt = at + "/keywords/" + i;
      if (keyword.startsWith(OerWorldMap.LANGUAGE_KEYWORD)) {
        language(keyword.substring(OerWorldMap.LANGUAGE_KEYWORD.length()), keywordAt)
            .filter(l -> !languages.contains(l)).ifPresent(languages::add);
      } else if (keyword.startsWith(OerWorldMap.LICENSE_KEYWORD)) {
        String id = "https://oerworldmap.org/assets/json/licenses.json#"
            + keyword.substring(OerWorldMap.LICENSE_KEYWORD.length());
        Optional<WorldMapLicense> license = WorldMapConcept.find(WorldMapLicense.class, id);
        if (license.isEmpty()) {
          notCarried(keywordAt, "The keyword " + Texts.quote(keyword) + " names no licence code of the World Map.");
        }
        license.filter(l -> !licenses.contains(l)).ifPresent(licenses::add);
      } else {
        notCarried(keywordAt, "The keyword " + Texts.quote(keyword) + " is not kept: a policy draft has no keywords.");
      }
    }
    draft.addAllLanguages(languages);
    Optional<PolicyType> type = links(record, at, "additionalType", PolicyType.class, 1).stream().findFirst();
    Optional<WorldMapScope> scope = links(record, at, "scope", WorldMapScope.class, 1).stream().findFirst();
    Optional<SpatialCoverage> coverage = concept(record.get("spatialCoverage"), at + "/spatialCoverage",
        SpatialCoverage.class);
    List<PolicyFocus> focus = new ArrayList<>();
    JsonNode focusNode = record.get("focus");
    if (focusNode != null) {
      if (focusNode.isArray()) {
        for (int i = 0; i < focusNode.size(); i++) {
          concept(focusNode.get(i), at + "/focus/" + i, PolicyFocus.class).ifPresent(focus::add);
        }
      } else {
        wrongKind(at + "/focus", "an array of the World Map's focus labels");
      }
    }
    List<EducationSector> sectors = new ArrayList<>(links(record, at, "primarySector", EducationSector.class, 1));
    links(record, at, "secondarySector", EducationSector.class, Integer.MAX_VALUE).forEach(sectors::add);
    if (type.isPresent() && scope.isPresent() && coverage.isPresent() && status.isPresent()) {
      draft.worldMap(WorldMapDescription.builder().type(type.get()).scope(scope.get()).status(status.get())
          .spatialCoverage(coverage.get()).addAllFocus(focus).addAllSectors(sectors).addAllLicenses(licenses)
          .build());
    } else if (!focus.isEmpty() || !sectors.isEmpty() || !licenses.isEmpty() || type.isPresent() || scope.isPresent()
        || coverage.isPresent()) {
      List<String> missing = new ArrayList<>();
      type.ifPresentOrElse(t -> { }, () -> missing.add("additionalType"));
      scope.ifPresentOrElse(t -> { }, () -> missing.add("scope"));
      coverage.ifPresentOrElse(t -> { }, () -> missing.add("spatialCoverage"));
      status.ifPresentOrElse(t -> { }, () -> missing.add("status"));
      notCarried(at, "A World Map description needs additionalType, scope, spatialCoverage and status; without "
          + String.join(", ", missing) + ", the type, scope, coverage, focus, sectors and licence codes of this "
          + "record are not kept.");
    }
    date(record.get("datePublished"), at + "/datePublished", false).ifPresent(
        d -> draft.addVersions(PolicyVersion.of("published", d, policyStatus)));
    year(record.get("endDate"), at + "/endDate").ifPresent(draft::endYear);
    List<Organization> publishers = organizations(record.get("publisher"), at + "/publisher");
    if (!publishers.isEmpty()) {
      draft.draftingBody(publishers.get(0));
      for (int i = 1; i < publishers.size(); i++) {
        notCarried(at + "/publisher/" + i, "A policy draft has one drafting body, the first publisher; "
            + Texts.quote(publishers.get(i).name()) + " is not kept.");
      }
    }
    PolicyDraft value = build(draft::build, at);
    String id = "urn:uuid:" + NameBasedUuid.ofUrn("policy", value.country().code() + ":" + value.title().original());
    for (String property : List.of("@id", "url")) {
      JsonNode node = record.get(property);
      if (node != null && !text(node).equals(id)) {
        notCarried(at + "/" + property, "The " + property + " " + Texts.quote(text(node)) + " is not kept: a policy "
            + "draft has no identifier or web address; oerkit writes " + id + ".");
      }
    }
    rest(record, at, POLICY_READ);
    return value;
  }

  private static PolicyStatus policyStatus(WorldMapStatus status) {
    switch (status) {
      case CURRENT:
        return PolicyStatus.IN_FORCE;
      case ENDED:
        return PolicyStatus.ENDED;
      default:
        return PolicyStatus.DRAFT;
    }
  }

  // ----- events

  Workshop event(JsonNode record, String at, ZoneId zone) {
    LocalizedText title = localized(record.get("name"), at + "/name")
        .orElseThrow(() -> new OerJsonException(at + "/name", 0, 0, "An event needs a name in a language; this "
            + "record has none that oerkit can read."));
    LocalDate start = date(record.get("startDate"), at + "/startDate", false).orElseThrow(() ->
        new OerJsonException(at + "/startDate", 0, 0, "A workshop needs a start date, written YYYY-MM-DD."));
    LocalDate end = date(record.get("endDate"), at + "/endDate", true).orElse(start);
    if (record.get("endDate") == null) {
      notCarried(at, "This event has no endDate; it is read as one day.");
    } else if (end.isBefore(start)) {
      findings.add(Finding.of(OerWorldMap.NOT_CARRIED, Severity.WARNING, at + "/endDate", "The endDate " + end
          + " is before the startDate " + start + "; the workshop is read as the one day " + start + "."));
      end = start;
    }
    JsonNode idNode = record.get("@id");
    String idText = text(idNode);
    String id;
    if (idText.startsWith("urn:uuid:") && Texts.isIdentifier(idText.substring(9), "-", false)) {
      id = idText.substring(9);
    } else {
      id = "owm-" + NameBasedUuid.ofUrn("event", title.original());
      if (idNode != null) {
        notCarried(at + "/@id", "The @id " + Texts.quote(idText) + " is not an urn:uuid; the workshop's id is " + id
            + ".");
      }
    }
    Workshop.Builder workshop = Workshop.builder().id(id).title(title).zone(zone).startDate(start).endDate(end);
    localized(record.get("description"), at + "/description").ifPresent(d -> {
      LanguageTag language = d.get(title.originalLanguage()).isPresent() ? title.originalLanguage()
          : d.originalLanguage();
      workshop.addBackground(d.get(language).get().strip());
      for (LanguageTag other : d.languages()) {
        if (!other.equals(language)) {
          notCarried(at + "/description/" + other, "A workshop's background is in one language; the description "
              + "in " + other + " is not kept.");
        }
      }
    });
    JsonNode place = place(record, at);
    if (place != null) {
      JsonNode address = place.path("address");
      String placeAt = pointerOf(record, at, place);
      optionalText(address.get("streetAddress"), placeAt + "/address/streetAddress").ifPresent(workshop::venue);
      optionalText(address.get("addressLocality"), placeAt + "/address/addressLocality").ifPresent(workshop::city);
      countryOf(address, placeAt).ifPresent(workshop::country);
      placeRest(place, placeAt, Set.of("streetAddress", "addressLocality", "addressCountry"));
    }
    workshop.addAllOrganizers(organizations(record.get("organizer"), at + "/organizer"));
    workshop.addAllLanguages(languages(record.get("inLanguage"), at + "/inLanguage"));
    Workshop value = build(workshop::build, at);
    rest(record, at, EVENT_READ);
    return value;
  }

  // ----- shared parts

  private static <T> T build(java.util.function.Supplier<T> builder, String at) {
    try {
      return builder.get();
    } catch (OerException e) {
      throw new OerJsonException(at, 0, 0, e.getMessage(), e);
    }
  }

  private Optional<LocalizedText> localized(JsonNode node, String at) {
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      wrongKind(at, "an object of texts keyed by language, such as {\"en\": \"...\"}");
      return Optional.empty();
    }
    LocalizedText.Builder text = LocalizedText.builder();
    boolean any = false;
    for (String key : node.propertyNames()) {
      String keyAt = at + "/" + escape(key);
      JsonNode value = node.get(key);
      Optional<LanguageTag> language = language(key, keyAt);
      if (language.isEmpty()) {
        continue;
      }
      if (!value.isString() || Texts.isBlank(value.asString())) {
        wrongKind(keyAt, "a text that is not blank");
        continue;
      }
      try {
        text.put(language.get(), value.asString());
        any = true;
      } catch (OerException e) {
        notCarried(keyAt, e.getMessage());
      }
    }
    return any ? Optional.of(text.build()) : Optional.empty();
  }

  private Optional<LanguageTag> language(String code, String at) {
    try {
      return Optional.of(LanguageTag.parse(code));
    } catch (OerException e) {
      notCarried(at, Texts.quote(code) + " is not a language tag; this value is not kept.");
      return Optional.empty();
    }
  }

  private List<LanguageTag> languages(JsonNode node, String at) {
    List<LanguageTag> languages = new ArrayList<>();
    if (node == null) {
      return languages;
    }
    if (!node.isArray()) {
      wrongKind(at, "an array of language codes");
      return languages;
    }
    for (int i = 0; i < node.size(); i++) {
      if (!node.get(i).isString()) {
        wrongKind(at + "/" + i, "a language code");
        continue;
      }
      language(node.get(i).asString(), at + "/" + i).filter(l -> !languages.contains(l)).ifPresent(languages::add);
    }
    return languages;
  }

  /** The one {@code Place} of a {@code location}: the first of the array, or an object as older records have. */
  private JsonNode place(JsonNode record, String at) {
    JsonNode location = record.get("location");
    if (location == null) {
      return null;
    }
    if (location.isObject()) {
      findings.add(Finding.of(OerWorldMap.NOT_CARRIED, Severity.INFO, at + "/location", "location is an object; "
          + "the World Map's schema asks for an array of one Place since commit 3c110851. It is read as that Place."));
      return location;
    }
    if (!location.isArray()) {
      wrongKind(at + "/location", "an array of one Place");
      return null;
    }
    for (int i = 1; i < location.size(); i++) {
      notCarried(at + "/location/" + i, "Only the first Place of location is kept.");
    }
    return location.size() == 0 ? null : location.get(0);
  }

  private static String pointerOf(JsonNode record, String at, JsonNode place) {
    return record.get("location").isObject() ? at + "/location" : at + "/location/0";
  }

  private Optional<Country> country(JsonNode record, String at) {
    JsonNode place = place(record, at);
    if (place == null) {
      return Optional.empty();
    }
    String placeAt = pointerOf(record, at, place);
    placeRest(place, placeAt, Set.of("addressCountry"));
    return countryOf(place.path("address"), placeAt);
  }

  /** Reports the parts of a {@code Place} and its address that the reading does not keep. */
  private void placeRest(JsonNode place, String placeAt, Set<String> kept) {
    for (String property : place.propertyNames()) {
      if (!Set.of("@type", "@id", "address").contains(property)) {
        notCarried(placeAt + "/" + escape(property), "The " + Texts.quote(property) + " of this place is not kept.");
      }
    }
    JsonNode address = place.path("address");
    for (String property : address.propertyNames()) {
      if (!kept.contains(property) && !Set.of("@type", "@id").contains(property)) {
        notCarried(placeAt + "/address/" + escape(property), "The " + Texts.quote(property) + " of this address is "
            + "not kept.");
      }
    }
  }

  private Optional<Country> countryOf(JsonNode address, String placeAt) {
    JsonNode code = address.get("addressCountry");
    if (code == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Country.of(text(code)));
    } catch (OerException e) {
      notCarried(placeAt + "/address/addressCountry", Texts.quote(text(code)) + " is not an ISO 3166 country "
          + "code that oerkit knows; it is not kept.");
      return Optional.empty();
    }
  }

  private Optional<String> optionalText(JsonNode node, String at) {
    if (node == null) {
      return Optional.empty();
    }
    String text = node.isString() || node.isNumber() ? node.asString().strip() : "";
    if (text.isEmpty() || Texts.isBlank(text)) {
      wrongKind(at, "a text that is not blank");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /** The concepts of a vocabulary in a property that holds links ({@code {"@id": ...}}), at most {@code max}. */
  private <E extends Enum<E> & WorldMapConcept> List<E> links(JsonNode record, String at, String property,
      Class<E> vocabulary, int max) {
    List<E> values = new ArrayList<>();
    JsonNode node = record.get(property);
    if (node == null) {
      return values;
    }
    String propertyAt = at + "/" + property;
    if (!node.isArray()) {
      wrongKind(propertyAt, "an array of concepts, such as [{\"@id\": \"...\"}]");
      return values;
    }
    for (int i = 0; i < node.size(); i++) {
      Optional<E> value = concept(node.get(i).get("@id"), propertyAt + "/" + i + "/@id", vocabulary);
      if (value.isPresent() && values.size() >= max) {
        notCarried(propertyAt + "/" + i, "Only the first " + property + " is kept.");
      } else {
        value.filter(v -> !values.contains(v)).ifPresent(values::add);
      }
    }
    return values;
  }

  private <E extends Enum<E> & WorldMapConcept> Optional<E> concept(JsonNode node, String at, Class<E> vocabulary) {
    if (node == null) {
      if (at.endsWith("/@id")) {
        notCarried(at.substring(0, at.length() - 4), "This concept has no @id; it is not kept.");
      }
      return Optional.empty();
    }
    Optional<E> value = WorldMapConcept.find(vocabulary, text(node));
    if (value.isEmpty()) {
      notCarried(at, Texts.quote(text(node)) + " is not a value of the World Map's " + vocabulary.getSimpleName()
          + " vocabulary; it is not kept.");
    }
    return value;
  }

  /**
   * A date: a full date, the date of a date-time (the time of day is not kept), or a year-month or year, which
   * the World Map's {@code iso-8601-date} allows for every year (and the writer gives dates after 2099): read
   * as the period's first day, or its last for an end.
   */
  private Optional<LocalDate> date(JsonNode node, String at, boolean end) {
    if (node == null) {
      return Optional.empty();
    }
    String text = text(node);
    try {
      if (text.length() > 10 && text.charAt(10) == 'T') {
        LocalDate date = LocalDate.parse(text.substring(0, 10));
        findings.add(Finding.of(OerWorldMap.NOT_CARRIED, Severity.INFO, at, "The time of day of "
            + Texts.quote(text) + " is not kept; the date is."));
        return Optional.of(Bounds.requireDate("OerWorldMap", "date", date));
      }
      if (text.length() == 7 || text.length() == 4) {
        YearMonth month = text.length() == 7 ? YearMonth.parse(text) : YearMonth.of(Year.parse(text).getValue(),
            end ? 12 : 1);
        LocalDate date = Bounds.requireDate("OerWorldMap", "date", end ? month.atEndOfMonth() : month.atDay(1));
        findings.add(Finding.of(OerWorldMap.NOT_CARRIED, Severity.INFO, at, Texts.quote(text) + " gives no day; it "
            + "is read as " + date + ", the " + (end ? "last" : "first") + " day of that "
            + (text.length() == 7 ? "month" : "year") + "."));
        return Optional.of(date);
      }
      return Optional.of(Bounds.requireDate("OerWorldMap", "date", LocalDate.parse(text)));
    } catch (DateTimeException | OerException e) {
      notCarried(at, Texts.quote(text) + " is not a date oerkit can keep here (YYYY-MM-DD, YYYY-MM or YYYY from "
          + Bounds.MIN_YEAR + "); it is not kept.");
      return Optional.empty();
    }
  }

  /** A year: the first four digits of a year, year-month, date or date-time. */
  private Optional<Year> year(JsonNode node, String at) {
    if (node == null) {
      return Optional.empty();
    }
    String text = text(node);
    try {
      if (text.length() >= 4 && (text.length() == 4 || text.charAt(4) == '-')) {
        Year year = Year.parse(text.substring(0, 4));
        if (text.length() > 4) {
          findings.add(Finding.of(OerWorldMap.NOT_CARRIED, Severity.INFO, at, "A policy draft keeps the year of its "
              + "end; " + Texts.quote(text) + " is read as " + year + "."));
        }
        return Optional.of(Bounds.requireYear("OerWorldMap", "year", year));
      }
    } catch (DateTimeParseException | OerException e) {
      // reported below
    }
    notCarried(at, Texts.quote(text) + " is not a year oerkit can keep; it is not kept.");
    return Optional.empty();
  }

  /** The organizations of a property of links; persons and other types are reported. */
  private List<Organization> organizations(JsonNode node, String at) {
    List<Organization> organizations = new ArrayList<>();
    if (node == null) {
      return organizations;
    }
    if (!node.isArray()) {
      wrongKind(at, "an array of links to organizations");
      return organizations;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode link = node.get(i);
      String linkAt = at + "/" + i;
      String type = text(link.get("@type"));
      if (!type.equals("Organization")) {
        notCarried(linkAt, "Only organizations are kept here; this " + (type.isEmpty() ? "link" : type)
            + " is not.");
        continue;
      }
      Optional<LocalizedText> name = localized(link.get("name"), linkAt + "/name");
      if (name.isEmpty()) {
        notCarried(linkAt, "This organization has no name; it is not kept.");
        continue;
      }
      Organization.Builder organization = Organization.builder().name(name.get().in(LanguageTag.ENGLISH).strip())
          .kind(OrganizationKind.OTHER);
      localized(link.get("alternateName"), linkAt + "/alternateName")
          .ifPresent(a -> organization.acronym(a.in(LanguageTag.ENGLISH).strip()));
      JsonNode place = place(link, linkAt);
      if (place != null) {
        countryOf(place.path("address"), pointerOf(link, linkAt, place)).ifPresent(organization::country);
      }
      try {
        organizations.add(organization.build());
      } catch (OerException e) {
        notCarried(linkAt, e.getMessage());
        continue;
      }
      List<String> other = new ArrayList<>();
      link.propertyNames().forEach(p -> {
        if (!ORGANIZATION_READ.contains(p)) {
          other.add(p);
        }
      });
      if (name.get().languages().size() > 1) {
        other.add(0, "the name in other languages");
      }
      if (!other.isEmpty()) {
        findings.add(Finding.of(OerWorldMap.NOT_CARRIED, Severity.INFO, linkAt, "Only the name, acronym and "
            + "country of an organization are kept, not its " + String.join(", ", other) + "."));
      }
    }
    return organizations;
  }

  /** Reports every property of a record that the reading did not use. */
  private void rest(JsonNode record, String at, Set<String> read) {
    for (String property : record.propertyNames()) {
      if (!read.contains(property)) {
        notCarried(at + "/" + escape(property), "The " + Texts.quote(property) + " of this record is not kept.");
      }
    }
  }

  private void notCarried(String at, String message) {
    findings.add(Finding.of(OerWorldMap.NOT_CARRIED, Severity.WARNING, at.isEmpty() ? "/" : at, message));
  }

  private void wrongKind(String at, String expected) {
    notCarried(at, "This value should be " + expected + "; it is not kept.");
  }

  private static String text(JsonNode node) {
    return node == null || !node.isValueNode() ? "" : node.asString();
  }

  /** Escapes a property name for a JSON Pointer (RFC 6901 section 3). */
  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
