package org.oerkit.core.policy;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Optional;
import org.oerkit.core.DomainRuleException;

/**
 * A value of one of the closed vocabularies of the OER World Map (hbz), which each map both ways: from the
 * enum constant to the World Map's identifier and English label, and back.
 *
 * <p>Source: the World Map's schema {@code hbz/oerworldmap:public/json/schema.json} and its SKOS concept
 * schemes {@code hbz/oerworldmap-ui:src/json/{policies,policyTypes,sectors,licenses}.json}. Where the schema
 * lists plain strings (status, spatial coverage, focus) the identifier is the string itself.
 */
public interface WorldMapConcept {

  /**
   * Gets the World Map's identifier: the concept URI of a SKOS vocabulary, or the schema's string value.
   *
   * @return the identifier, such as {@code "https://oerworldmap.org/assets/json/sectors.json#higherEd"}
   */
  String worldMapId();

  /**
   * Gets the World Map's English label.
   *
   * @return the label, such as {@code "Higher Education"}
   */
  String label();

  /**
   * Finds the constant of a vocabulary with a World Map identifier.
   *
   * @param <E>  the vocabulary
   * @param vocabulary  the vocabulary's enum class, not null
   * @param worldMapId  the identifier, not null
   * @return the constant, or empty if the vocabulary has no such identifier
   */
  static <E extends Enum<E> & WorldMapConcept> Optional<E> find(Class<E> vocabulary, String worldMapId) {
    requireNonNull(worldMapId, "worldMapId");
    return Arrays.stream(vocabulary.getEnumConstants()).filter(e -> e.worldMapId().equals(worldMapId)).findFirst();
  }

  /**
   * Obtains the constant of a vocabulary with a World Map identifier.
   *
   * @param <E>  the vocabulary
   * @param vocabulary  the vocabulary's enum class, not null
   * @param worldMapId  the identifier, not null
   * @return the constant
   * @throws DomainRuleException if the vocabulary has no such identifier
   */
  static <E extends Enum<E> & WorldMapConcept> E of(Class<E> vocabulary, String worldMapId) {
    return find(vocabulary, worldMapId).orElseThrow(() -> new DomainRuleException(vocabulary.getSimpleName(),
        "worldMapId", "must be an identifier of the OER World Map vocabulary", worldMapId));
  }
}
