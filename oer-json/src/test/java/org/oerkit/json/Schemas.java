package org.oerkit.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Validates documents against the JSON Schemas shipped in oer-json, with format assertions on (so that
 * {@code date}, {@code duration}, {@code date-time} and {@code uri} are checked, not only annotated).
 */
final class Schemas {

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<DocumentType, Schema> SCHEMAS = new EnumMap<>(DocumentType.class);

  private Schemas() {}

  static synchronized Schema of(DocumentType type) {
    return SCHEMAS.computeIfAbsent(type, t -> REGISTRY.getSchema(OerJson.mapper().readTree(t.schema())));
  }

  static List<String> errors(DocumentType type, byte[] document) {
    return errors(of(type), OerJson.mapper().readTree(document));
  }

  static List<String> errors(Schema schema, JsonNode document) {
    List<Error> errors = schema.validate(document,
        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).collect(Collectors.toList());
  }

  /** The draft 2020-12 meta-schema, which every shipped schema must itself satisfy. */
  static Schema metaSchema() {
    return REGISTRY.getSchema(com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
  }
}
