package org.oerkit.json;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.oerkit.core.Finding;
import org.oerkit.core.Imported;
import org.oerkit.core.Report;
import org.oerkit.core.Rule;
import org.oerkit.core.Severity;
import org.oerkit.core.agenda.NameBasedUuid;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.policy.EducationSector;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.core.policy.WorldMapConcept;
import org.oerkit.core.policy.WorldMapDescription;
import org.oerkit.core.policy.WorldMapLicense;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;
import org.oerkit.core.vocabulary.Organization;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports policy drafts and workshops as OER World Map JSON, the JSON-LD of the hbz OER World Map
 * ({@code hbz/oerworldmap}, {@code public/json/schema.json}, JSON Schema draft-04, last changed in commit
 * {@code 9016f3ec}), with its vocabularies ({@code hbz/oerworldmap-ui}, {@code src/json/}: policy types,
 * policy scopes, sectors, licences). Every document written is valid against that schema.
 *
 * <ul>
 *   <li>A policy draft is a {@code Policy}: {@code name} and {@code description} as localized strings
 *       (objects keyed by language); {@code additionalType}, {@code scope}, {@code primarySector},
 *       {@code secondarySector} and {@code license} as concepts of the vocabularies ({@code @id} the
 *       concept's URI, {@code inScheme} its scheme, with its English {@code name}); {@code spatialCoverage},
 *       {@code focus} and {@code status} as the vocabulary's labels; {@code inLanguage}; {@code location}
 *       (an array of one {@code Place}) with the country; {@code publisher} the drafting body. Without a
 *       World Map description, the status follows the draft's status, the licence is the mandate's default
 *       and the concepts are left out.</li>
 *   <li>A workshop is an {@code Event} with the fields the World Map requires ({@code name},
 *       {@code description}, {@code startDate}, {@code endDate}, {@code location}) and its organizers and
 *       languages.</li>
 * </ul>
 *
 * <p>What the schema cannot hold is kept where it can be, and said by {@link #losses(PolicyDraft)}:
 * <ul>
 *   <li>{@code inLanguage} and {@code license} of a {@code Policy} take one item. The first of the draft's
 *       languages and its default licence (else the first World Map licence code in the vocabulary's
 *       order) are written there; each other language and licence code is kept as a keyword
 *       {@value #LANGUAGE_KEYWORD}{@code ru} or {@value #LICENSE_KEYWORD}{@code cc-by-sa}, which
 *       {@link #readPolicies(byte[])} reads back.</li>
 *   <li>Localized strings and {@code inLanguage} are keyed by the World Map's two-letter language codes
 *       ({@code definitions/Language}), so a text is written under its primary language: {@code ru-KZ} under
 *       {@code ru}. A second text for the same primary language, and a text in a language the World Map
 *       does not list (such as {@code he}, {@code id}, {@code yi} or any three-letter code), are left
 *       out.</li>
 *   <li>A full date can only be written for the years 1800 to 2099 ({@code definitions/iso-8601-date});
 *       later dates are written as year and month, which the readers read as the month's first day (its last
 *       for an end date). The draft's end year is written as a year.</li>
 *   <li>A title none of whose languages the World Map lists leaves the record's required {@code name} empty
 *       (a finding of severity {@link Severity#ERROR}); such a record is not read back.</li>
 *   <li>A {@code Place} needs a country: a workshop without one gets an empty {@code location}.</li>
 * </ul>
 * Identifiers are {@code urn:uuid:} name-based UUIDs, stable across exports; {@code url}, which the World
 * Map requires, is the same URN until the policy has a web page.
 *
 * <p>The readers ({@link #readPolicies(byte[])}, {@link #readEvents(byte[], ZoneId)}) take a record, the
 * {@code WebPage}-wrapped record the World Map's API serves, or the API's list, and return the values with a
 * finding (rule {@link #NOT_CARRIED}) at the JSON Pointer of every part they could not carry.
 * {@code oer-json/INTERCHANGE.md} lists what is written, kept, read and lost.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OerWorldMap {

  /** The JSON-LD context of the OER World Map. */
  public static final String CONTEXT = "https://oerworldmap.org/assets/json/context.json";
  /** The prefix of a keyword that keeps a language the World Map's {@code inLanguage} cannot hold. */
  public static final String LANGUAGE_KEYWORD = "inLanguage:";
  /** The prefix of a keyword that keeps a licence code the World Map's {@code license} cannot hold. */
  public static final String LICENSE_KEYWORD = "license:";
  /**
   * The rule of the findings about what an OER World Map document cannot carry: what the writer keeps as a
   * keyword or leaves out, and what the readers do not keep.
   */
  public static final Rule NOT_CARRIED = Rule.of("owm.not-carried",
      "What the OER World Map schema cannot hold is kept where it can be, or reported",
      "hbz/oerworldmap public/json/schema.json (draft-04, commit 9016f3ec)");

  /**
   * The language codes of the World Map ({@code definitions/Language} and the keys of
   * {@code definitions/LocalizedString}): the JDK's ISO 639-1 codes without {@code he}, {@code id},
   * {@code yi} and their withdrawn forms, plus {@code nvi} and {@code smi}.
   */
  static final Set<String> LANGUAGES = languages();

  private static final int LAST_FULL_DATE_YEAR = 2099;
  private static final int FIRST_FULL_DATE_YEAR = 1800;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private OerWorldMap() {}

  private static Set<String> languages() {
    Set<String> codes = new TreeSet<>(Arrays.asList(Locale.getISOLanguages()));
    codes.removeAll(Set.of("he", "id", "yi", "iw", "in", "ji"));
    codes.addAll(Set.of("nvi", "smi"));
    return Set.copyOf(codes);
  }

  /**
   * Exports a policy draft as an OER World Map {@code Policy} document.
   *
   * @param draft  the draft, not null
   * @return the document, indented
   */
  public static byte[] write(PolicyDraft draft) {
    return OerJson.write(of(draft));
  }

  /**
   * Exports a workshop as an OER World Map {@code Event} document.
   *
   * @param workshop  the workshop, not null
   * @return the document, indented
   */
  public static byte[] write(Workshop workshop) {
    return OerJson.write(of(workshop));
  }

  /**
   * Exports a policy draft as an OER World Map {@code Policy} tree.
   *
   * @param draft  the draft, not null
   * @return the tree, a new mutable object
   */
  public static ObjectNode of(PolicyDraft draft) {
    return new Export().policy(requireNonNull(draft, "draft"));
  }

  /**
   * Exports a workshop as an OER World Map {@code Event} tree.
   *
   * @param workshop  the workshop, not null
   * @return the tree, a new mutable object
   */
  public static ObjectNode of(Workshop workshop) {
    return new Export().event(requireNonNull(workshop, "workshop"));
  }

  /**
   * Tells what the {@code Policy} document of a draft keeps as keywords or leaves out of the fields the
   * World Map has: languages and licence codes past the first, texts in languages the World Map does not
   * list, dates past 2099. The locations are JSON Pointers into the draft's native JSON form.
   *
   * @param draft  the draft, not null
   * @return the findings, {@link Severity#INFO} for what is kept as a keyword, {@link Severity#WARNING} for
   *     what is left out, {@link Severity#ERROR} when the document lacks what the World Map requires (a name:
   *     no text of the title is in a language it lists)
   */
  public static Report losses(PolicyDraft draft) {
    Export export = new Export();
    export.policy(requireNonNull(draft, "draft"));
    return Report.of(export.findings);
  }

  /**
   * Tells what the {@code Event} document of a workshop leaves out of the fields the World Map has.
   *
   * @param workshop  the workshop, not null
   * @return the findings, with JSON Pointers into the workshop's native JSON form, of the severities of
   *     {@link #losses(PolicyDraft)}
   */
  public static Report losses(Workshop workshop) {
    Export export = new Export();
    export.event(requireNonNull(workshop, "workshop"));
    return Report.of(export.findings);
  }

  /**
   * Reads the policies of an OER World Map document into policy drafts.
   *
   * <p>The document is one {@code Policy} record, a record in the {@code WebPage} wrapper the World Map's API
   * serves ({@code {"@type": "WebPage", "about": {...}}}), or the API's list: a {@code PagedCollection} whose
   * {@code member}s are such records (or a JSON array of them). Records of other types are left out with a
   * finding. Each policy becomes a draft: {@code name} the title, {@code location} the country (both
   * required), {@code description} the text of the context section, {@code inLanguage} and the
   * {@value #LANGUAGE_KEYWORD} keywords the languages, {@code datePublished} a version "published",
   * {@code endDate} the end year, the first {@code publisher} the drafting body (an organization of kind
   * {@code OTHER}), and the World Map's concepts a {@link WorldMapDescription} when it has a type, a scope, a
   * spatial coverage and a status. Whatever else the record holds is a finding located by its JSON Pointer.
   *
   * @param json  the document, UTF-8 JSON, not null
   * @return the drafts in document order, with the findings; a record that cannot be a draft (no name or
   *     country) is left out with a finding
   * @throws OerJsonException if the bytes are not one JSON object or array within the native reader's limits
   */
  public static Imported<List<PolicyDraft>> readPolicies(byte[] json) {
    WorldMapReader reader = new WorldMapReader();
    return reader.readAll(requireNonNull(json, "json"), "Policy", reader::policy, false);
  }

  /**
   * Reads the one policy of an OER World Map document, a record or a wrapped record, into a policy draft, as
   * {@link #readPolicies(byte[])} reads each.
   *
   * @param json  the document, UTF-8 JSON, not null
   * @return the draft, with the findings
   * @throws OerJsonException if the document is not one {@code Policy} record, or the record has no name or
   *     country; the pointer locates the problem
   */
  public static Imported<PolicyDraft> readPolicy(byte[] json) {
    WorldMapReader reader = new WorldMapReader();
    return reader.readAll(requireNonNull(json, "json"), "Policy", reader::policy, true).map(l -> l.get(0));
  }

  /**
   * Reads the events of an OER World Map document into workshops, from the same forms as
   * {@link #readPolicies(byte[])}.
   *
   * <p>Each event becomes a workshop without a programme: its id the UUID of an {@code urn:uuid:} {@code @id},
   * {@code name} the title, the dates of {@code startDate} and {@code endDate} (the time of day of a
   * date-time is not kept, with a finding; an end before the start is read as one day, with a finding), the
   * first {@code Place} its venue ({@code streetAddress}), city and country, {@code description} its
   * background (in one language), the organizations among its {@code organizer}s, and its languages. The
   * World Map's dates carry no zone: the caller names it.
   *
   * @param json  the document, UTF-8 JSON, not null
   * @param zone  the zone the workshops take place in, not null
   * @return the workshops in document order, with the findings
   * @throws OerJsonException if the bytes are not one JSON object or array within the native reader's limits
   */
  public static Imported<List<Workshop>> readEvents(byte[] json, ZoneId zone) {
    requireNonNull(zone, "zone");
    WorldMapReader reader = new WorldMapReader();
    return reader.readAll(requireNonNull(json, "json"), "Event", (r, at) -> reader.event(r, at, zone), false);
  }

  /**
   * Reads the one event of an OER World Map document into a workshop, as {@link #readEvents(byte[], ZoneId)}
   * reads each.
   *
   * @param json  the document, UTF-8 JSON, not null
   * @param zone  the zone the workshop takes place in, not null
   * @return the workshop, with the findings
   * @throws OerJsonException if the document is not one {@code Event} record, or the record has no name or
   *     start date
   */
  public static Imported<Workshop> readEvent(byte[] json, ZoneId zone) {
    requireNonNull(zone, "zone");
    WorldMapReader reader = new WorldMapReader();
    return reader.readAll(requireNonNull(json, "json"), "Event", (r, at) -> reader.event(r, at, zone), true)
        .map(l -> l.get(0));
  }

  /** One export: the tree and what it could not carry. */
  private static final class Export {

    final List<Finding> findings = new ArrayList<>();

    ObjectNode policy(PolicyDraft draft) {
      String id = "urn:uuid:" + NameBasedUuid.ofUrn("policy", draft.country().code() + ":" + draft.title().original());
      ObjectNode policy = NODES.objectNode();
      policy.put("@context", CONTEXT);
      policy.put("@type", "Policy");
      policy.put("@id", id);
      policy.set("name", name(draft.title(), "Policy"));
      draft.sectionTexts().entrySet().stream().findFirst().ifPresent(e -> policy.set("description",
          localized(e.getValue(), "/sectionTexts/" + e.getKey().name())));
      policy.put("url", id);
      List<String> keywords = new ArrayList<>();
      List<WorldMapLicense> licenses = new ArrayList<>();
      String licensesAt;
      Optional<WorldMapLicense> preferred = draft.licenseMandate().map(m -> WorldMapLicense.of(m.defaultLicense()));
      if (draft.worldMap().isPresent()) {
        WorldMapDescription map = draft.worldMap().get();
        policy.putArray("additionalType").add(concept(map.type()));
        policy.putArray("scope").add(concept(map.scope()));
        policy.put("spatialCoverage", map.spatialCoverage().worldMapId());
        if (!map.focus().isEmpty()) {
          ArrayNode focus = policy.putArray("focus");
          map.focus().stream().sorted().forEach(f -> focus.add(f.worldMapId()));
        }
        List<EducationSector> sectors = map.sectors().stream().sorted().toList();
        if (!sectors.isEmpty()) {
          policy.putArray("primarySector").add(concept(sectors.get(0)));
          if (sectors.size() > 1) {
            ArrayNode secondary = policy.putArray("secondarySector");
            sectors.stream().skip(1).forEach(s -> secondary.add(concept(s)));
          }
        }
        policy.put("status", map.status().worldMapId());
        map.licenses().stream().sorted().forEach(licenses::add);
        licensesAt = "/worldMap/licenses";
      } else {
        policy.put("status", draft.status().worldMapStatus().worldMapId());
        draft.licenseMandate().ifPresent(m -> m.allowed().stream().map(WorldMapLicense::of).distinct()
            .forEach(licenses::add));
        licensesAt = "/licenseMandate";
      }
      if (!licenses.isEmpty()) {
        WorldMapLicense first = preferred.filter(licenses::contains).orElse(licenses.get(0));
        policy.putArray("license").add(concept(first));
        for (WorldMapLicense other : licenses) {
          if (other != first) {
            String code = code(other);
            keywords.add(LICENSE_KEYWORD + code);
            findings.add(Finding.of(NOT_CARRIED, Severity.INFO, licensesAt, "The World Map's license holds one "
                + "code, " + code(first) + "; " + code + " is kept as the keyword \"" + LICENSE_KEYWORD + code + "\"."));
          }
        }
      }
      draft.latestVersion().ifPresent(v -> policy.put("datePublished",
          date(v.date(), "/versions/" + draft.versions().indexOf(v) + "/date")));
      draft.endYear().ifPresent(y -> policy.put("endDate", y.toString()));
      List<String> languages = languageCodes(draft.languages(), "/languages");
      if (!languages.isEmpty()) {
        policy.putArray("inLanguage").add(languages.get(0));
        for (String other : languages.subList(1, languages.size())) {
          keywords.add(LANGUAGE_KEYWORD + other);
          findings.add(Finding.of(NOT_CARRIED, Severity.INFO, "/languages", "The World Map's inLanguage holds one "
              + "language, " + languages.get(0) + "; " + other + " is kept as the keyword \"" + LANGUAGE_KEYWORD
              + other + "\"."));
        }
      }
      policy.putArray("location").add(place(draft.country()));
      draft.draftingBody().ifPresent(b -> policy.putArray("publisher").add(organization(b)));
      if (!keywords.isEmpty()) {
        ArrayNode array = policy.putArray("keywords");
        keywords.forEach(array::add);
      }
      return policy;
    }

    ObjectNode event(Workshop workshop) {
      ObjectNode event = NODES.objectNode();
      event.put("@context", CONTEXT);
      event.put("@type", "Event");
      event.put("@id", "urn:uuid:" + workshop.uid());
      event.set("name", name(workshop.title(), "Event"));
      String description = !workshop.objectives().isEmpty() ? String.join("\n", workshop.objectives())
          : !workshop.background().isEmpty() ? String.join("\n\n", workshop.background())
          : workshop.title().original();
      // The description is written in the title's original language, so a language problem is the title's.
      event.set("description", localized(LocalizedText.of(workshop.title().originalLanguage(), description),
          "/title"));
      event.put("startDate", date(workshop.startDate(), "/startDate"));
      event.put("endDate", date(workshop.endDate(), "/endDate"));
      ArrayNode location = event.putArray("location");
      if (workshop.country().isPresent()) {
        ObjectNode place = place(workshop.country().get());
        ObjectNode address = (ObjectNode) place.get("address");
        workshop.venue().ifPresent(v -> address.put("streetAddress", v));
        workshop.city().ifPresent(c -> address.put("addressLocality", c));
        location.add(place);
      } else if (workshop.venue().isPresent() || workshop.city().isPresent()) {
        findings.add(Finding.of(NOT_CARRIED, Severity.WARNING, workshop.city().isPresent() ? "/city" : "/venue",
            "The World Map's Place needs a country; without one, the venue and city are left out."));
      }
      if (!workshop.organizers().isEmpty()) {
        ArrayNode organizers = event.putArray("organizer");
        workshop.organizers().forEach(o -> organizers.add(organization(o)));
      }
      List<String> languages = languageCodes(workshop.languages(), "/languages");
      if (!languages.isEmpty()) {
        ArrayNode array = event.putArray("inLanguage");
        languages.forEach(array::add);
      }
      return event;
    }

    /** The name of a record, which the World Map requires: reported when no text of the title can be kept. */
    private ObjectNode name(LocalizedText title, String type) {
      ObjectNode name = localized(title, "/title");
      if (name.isEmpty()) {
        findings.add(Finding.of(NOT_CARRIED, Severity.ERROR, "/title", "The World Map lists none of the title's "
            + "languages (" + title.languages().stream().map(LanguageTag::toString).collect(Collectors.joining(", "))
            + "), so the " + type + " has an empty name, which the World Map requires; it cannot be read back."));
      }
      return name;
    }

    /** The finding, unless the export already made it (a description in the title's language repeats it). */
    private void report(Finding finding) {
      if (!findings.contains(finding)) {
        findings.add(finding);
      }
    }

    /** A localized string: each text under its primary language, the first text of each language kept. */
    private ObjectNode localized(LocalizedText text, String at) {
      ObjectNode node = NODES.objectNode();
      text.asMap().forEach((language, value) -> {
        String code = language.language();
        if (!LANGUAGES.contains(code)) {
          report(Finding.of(NOT_CARRIED, Severity.WARNING, at + "/" + language, "The World Map lists no "
              + "language " + code + "; this text is left out."));
        } else if (node.has(code)) {
          report(Finding.of(NOT_CARRIED, Severity.WARNING, at + "/" + language, "The World Map keys texts "
              + "by language alone; the text for " + language + " is left out, the first text in " + code
              + " is kept."));
        } else {
          node.put(code, value);
        }
      });
      return node;
    }

    /** The World Map's codes of some languages, in order, without repeats; the others reported. */
    private List<String> languageCodes(List<LanguageTag> languages, String at) {
      List<String> codes = new ArrayList<>();
      for (int i = 0; i < languages.size(); i++) {
        String code = languages.get(i).language();
        if (!LANGUAGES.contains(code)) {
          findings.add(Finding.of(NOT_CARRIED, Severity.WARNING, at + "/" + i, "The World Map lists no language "
              + code + "; it is left out."));
        } else if (!codes.contains(code)) {
          codes.add(code);
        }
      }
      return codes;
    }

    /** A date as the World Map's pattern takes it: in full up to 2099, as year and month after. */
    private String date(LocalDate date, String at) {
      if (date.getYear() >= FIRST_FULL_DATE_YEAR && date.getYear() <= LAST_FULL_DATE_YEAR) {
        return date.toString();
      }
      findings.add(Finding.of(NOT_CARRIED, Severity.INFO, at, "The World Map writes full dates only for the years "
          + FIRST_FULL_DATE_YEAR + " to " + LAST_FULL_DATE_YEAR + "; " + date + " is written as its year and month."));
      return YearMonth.from(date).toString();
    }
  }

  private static String code(WorldMapLicense license) {
    String id = license.worldMapId();
    return id.substring(id.indexOf('#') + 1);
  }

  private static ObjectNode place(Country country) {
    ObjectNode place = NODES.objectNode();
    place.put("@type", "Place");
    ObjectNode address = place.putObject("address");
    address.put("@type", "PostalAddress");
    address.put("addressCountry", country.code());
    return place;
  }

  private static ObjectNode concept(WorldMapConcept concept) {
    ObjectNode node = NODES.objectNode();
    String id = concept.worldMapId();
    node.put("@id", id);
    node.put("@type", "Concept");
    node.putObject("inScheme").put("@id", id.substring(0, id.indexOf('#')));
    node.putObject("name").put("en", concept.label());
    return node;
  }

  private static ObjectNode organization(Organization organization) {
    ObjectNode node = NODES.objectNode();
    node.put("@type", "Organization");
    node.put("@id", "urn:uuid:" + NameBasedUuid.ofUrn("organization", organization.name()));
    node.putObject("name").put("en", organization.name());
    organization.acronym().ifPresent(a -> node.putObject("alternateName").put("en", a));
    organization.country().ifPresent(c -> node.putArray("location").add(place(c)));
    return node;
  }
}
