package org.oerkit.json;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.UUID;
import org.oerkit.core.agenda.NameBasedUuid;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.policy.EducationSector;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.core.policy.WorldMapConcept;
import org.oerkit.core.policy.WorldMapDescription;
import org.oerkit.core.policy.WorldMapLicense;
import org.oerkit.core.vocabulary.LocalizedText;
import org.oerkit.core.vocabulary.Organization;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports policy drafts and workshops as OER World Map JSON, the JSON-LD of the hbz OER World Map
 * ({@code hbz/oerworldmap}, {@code public/json/schema.json}), with its vocabularies
 * ({@code hbz/oerworldmap-ui}, {@code src/json/}: policy types, policy scopes, sectors, licences).
 *
 * <ul>
 *   <li>A policy draft is a {@code Policy}: {@code name} and {@code description} as localized strings
 *       (objects keyed by language); {@code additionalType}, {@code scope}, {@code primarySector},
 *       {@code secondarySector} and {@code license} as concepts of the vocabularies ({@code @id} the
 *       concept's URI, with its English {@code name}); {@code spatialCoverage}, {@code focus} and
 *       {@code status} as the vocabulary's labels; {@code inLanguage}; {@code location} with the
 *       country; {@code publisher} the drafting body. Without a World Map description, the status follows
 *       the draft's status and the concepts are left out.</li>
 *   <li>A workshop is an {@code Event} with the fields the World Map requires ({@code name},
 *       {@code description}, {@code startDate}, {@code endDate}, {@code location}) and its organizers and
 *       languages.</li>
 * </ul>
 * Identifiers are {@code urn:uuid:} name-based UUIDs, stable across exports; {@code url}, which the World
 * Map requires, is the same URN until the policy has a web page.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OerWorldMap {

  /** The JSON-LD context of the OER World Map. */
  public static final String CONTEXT = "https://oerworldmap.org/assets/json/context.json";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private OerWorldMap() {}

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
    requireNonNull(draft, "draft");
    String id = "urn:uuid:" + NameBasedUuid.ofUrn("policy", draft.country().code() + ":" + draft.title().original());
    ObjectNode policy = NODES.objectNode();
    policy.put("@context", CONTEXT);
    policy.put("@type", "Policy");
    policy.put("@id", id);
    policy.set("name", localized(draft.title()));
    draft.sectionTexts().values().stream().findFirst().ifPresent(t -> policy.set("description", localized(t)));
    policy.put("url", id);
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
      if (!map.licenses().isEmpty()) {
        ArrayNode licenses = policy.putArray("license");
        map.licenses().stream().sorted().forEach(l -> licenses.add(concept(l)));
      }
    } else {
      policy.put("status", draft.status().worldMapStatus().worldMapId());
      draft.licenseMandate().ifPresent(m -> policy.putArray("license").add(concept(WorldMapLicense.of(
          m.defaultLicense()))));
    }
    draft.latestVersion().ifPresent(v -> policy.put("datePublished", v.date().toString()));
    draft.endYear().ifPresent(y -> policy.put("endDate", y.atMonth(12).atEndOfMonth().toString()));
    if (!draft.languages().isEmpty()) {
      ArrayNode languages = policy.putArray("inLanguage");
      draft.languages().forEach(l -> languages.add(l.toString()));
    }
    ObjectNode location = policy.putObject("location");
    location.putObject("address").put("addressCountry", draft.country().code());
    draft.draftingBody().ifPresent(b -> policy.putArray("publisher").add(organization(b)));
    return policy;
  }

  /**
   * Exports a workshop as an OER World Map {@code Event} tree.
   *
   * @param workshop  the workshop, not null
   * @return the tree, a new mutable object
   */
  public static ObjectNode of(Workshop workshop) {
    requireNonNull(workshop, "workshop");
    UUID namespace = workshop.uid();
    ObjectNode event = NODES.objectNode();
    event.put("@context", CONTEXT);
    event.put("@type", "Event");
    event.put("@id", "urn:uuid:" + namespace);
    event.set("name", localized(workshop.title()));
    String description = !workshop.objectives().isEmpty() ? String.join("\n", workshop.objectives())
        : !workshop.background().isEmpty() ? String.join("\n\n", workshop.background())
        : workshop.title().original();
    event.putObject("description").put(workshop.title().originalLanguage().toString(), description);
    event.put("startDate", workshop.startDate().toString());
    event.put("endDate", workshop.endDate().toString());
    ObjectNode location = event.putObject("location");
    ObjectNode address = location.putObject("address");
    workshop.venue().ifPresent(v -> address.put("streetAddress", v));
    workshop.city().ifPresent(c -> address.put("addressLocality", c));
    workshop.country().ifPresent(c -> address.put("addressCountry", c.code()));
    if (!workshop.organizers().isEmpty()) {
      ArrayNode organizers = event.putArray("organizer");
      workshop.organizers().forEach(o -> organizers.add(organization(o)));
    }
    if (!workshop.languages().isEmpty()) {
      ArrayNode languages = event.putArray("inLanguage");
      workshop.languages().forEach(l -> languages.add(l.toString()));
    }
    return event;
  }

  private static ObjectNode localized(LocalizedText text) {
    ObjectNode node = NODES.objectNode();
    text.asMap().forEach((language, value) -> node.put(language.toString(), value));
    return node;
  }

  private static ObjectNode concept(WorldMapConcept concept) {
    ObjectNode node = NODES.objectNode();
    node.put("@id", concept.worldMapId());
    node.put("@type", "Concept");
    node.putObject("name").put("en", concept.label());
    return node;
  }

  private static ObjectNode organization(Organization organization) {
    ObjectNode node = NODES.objectNode();
    node.put("@type", "Organization");
    node.put("@id", "urn:uuid:" + NameBasedUuid.ofUrn("organization", organization.name()));
    node.putObject("name").put("en", organization.name());
    organization.acronym().ifPresent(a -> node.putObject("alternateName").put("en", a));
    organization.country().ifPresent(c -> node.putObject("location").putObject("address")
        .put("addressCountry", c.code()));
    return node;
  }
}
