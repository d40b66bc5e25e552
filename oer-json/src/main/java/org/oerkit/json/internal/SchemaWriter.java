package org.oerkit.json.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives a JSON Schema (draft 2020-12) for a document type from its codecs: one definition under
 * {@code $defs} per object type, in alphabetical order.
 *
 * <p>The schemas that oer-json ships as resources are written by this class, and a test checks that they
 * still match, so the schema cannot drift from the binding.
 */
public final class SchemaWriter {

  /** The meta-schema of draft 2020-12. */
  public static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

  private final Map<String, ObjectNode> definitions = new TreeMap<>();
  private final Map<String, Boolean> started = new LinkedHashMap<>();

  private SchemaWriter() {}

  static ObjectNode node() {
    return JsonNodeFactory.instance.objectNode();
  }

  /**
   * Writes the schema of a document whose root value is read by a codec.
   *
   * @param root  the codec of the root value
   * @param id  the schema's {@code $id}
   * @param title  the schema's title
   * @return the schema
   */
  public static ObjectNode document(Codec<?> root, String id, String title) {
    SchemaWriter writer = new SchemaWriter();
    ObjectNode reference = root instanceof ObjectCodec
        ? ((ObjectCodec<?, ?>) root).documentSchema(writer)
        : root.schema(writer);
    ObjectNode schema = node();
    schema.put("$schema", DRAFT_2020_12);
    schema.put("$id", id);
    schema.setAll(reference);
    schema.put("title", title);
    ObjectNode defs = schema.putObject("$defs");
    writer.definitions.forEach(defs::set);
    return schema;
  }

  /**
   * Registers the definition of a named object type, once, and gives the reference to it.
   *
   * @param name  the definition's name, the simple name of the type
   * @param definition  writes the definition, called once per schema
   * @return the {@code $ref} fragment
   */
  ObjectNode define(String name, java.util.function.Function<SchemaWriter, ObjectNode> definition) {
    if (started.putIfAbsent(name, Boolean.TRUE) == null) {
      definitions.put(name, definition.apply(this));
    }
    ObjectNode reference = node();
    reference.put("$ref", "#/$defs/" + name);
    return reference;
  }
}
