package org.oerkit.json.internal;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * A set of enumeration constants, written as an array of names in the enumeration's order whatever the
 * set's own order, so that output is deterministic; a name given twice is refused.
 *
 * @param <E>  the enumeration
 */
final class EnumSetCodec<E extends Enum<E>> extends Codec<Set<E>> {

  private final Class<E> type;
  private final Codec<E> elements;

  EnumSetCodec(Class<E> type) {
    this.type = requireNonNull(type, "type");
    this.elements = Codecs.enumeration(type);
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Class<Set<E>> type() {
    return (Class) Set.class;
  }

  @Override
  public void write(Set<E> value, JsonGenerator generator) {
    generator.writeStartArray(value, value.size());
    for (E constant : EnumSet.copyOf(value.isEmpty() ? EnumSet.noneOf(type) : value)) {
      elements.write(constant, generator);
    }
    generator.writeEndArray();
  }

  @Override
  public Set<E> read(JsonParser parser, DeserializationContext context) {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw Problems.wrongKind(parser, "a list (written [ ... ]) of " + elements.describe());
    }
    EnumSet<E> set = EnumSet.noneOf(type);
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      E constant = elements.read(parser, context);
      if (!set.add(constant)) {
        throw Problems.at(parser, "\"" + constant.name() + "\" is listed twice; keep one.");
      }
    }
    return set;
  }

  @Override
  ObjectNode schema(SchemaWriter schemas) {
    ObjectNode node = SchemaWriter.node();
    node.put("type", "array");
    node.set("items", elements.schema(schemas));
    node.put("uniqueItems", true);
    return node;
  }

  @Override
  String describe() {
    return "a list of " + elements.describe();
  }
}
