package org.oerkit.json.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * A set, written as an array in a fixed order whatever the set's own order, so that equal sets give the
 * same bytes; an element given twice is refused.
 *
 * @param <E>  the element type
 */
final class SortedSetCodec<E> extends Codec<Set<E>> {

  private final Codec<E> elements;
  private final Comparator<? super E> order;

  SortedSetCodec(Codec<E> elements, Comparator<? super E> order) {
    this.elements = requireNonNull(elements, "elements");
    this.order = requireNonNull(order, "order");
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Class<Set<E>> type() {
    return (Class) Set.class;
  }

  @Override
  public void write(Set<E> value, JsonGenerator generator) {
    List<E> sorted = new ArrayList<>(value);
    sorted.sort(order);
    generator.writeStartArray(value, sorted.size());
    for (E element : sorted) {
      elements.write(element, generator);
    }
    generator.writeEndArray();
  }

  @Override
  public Set<E> read(JsonParser parser, DeserializationContext context) {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw Problems.wrongKind(parser, "a list (written [ ... ]) of " + elements.describe());
    }
    Set<E> set = new LinkedHashSet<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == JsonToken.VALUE_NULL) {
        throw Problems.at(parser, "A list must not contain null; remove the entry.");
      }
      E element = elements.read(parser, context);
      if (!set.add(element)) {
        throw Problems.at(parser, Problems.quote(String.valueOf(element)) + " is listed twice; keep one.");
      }
    }
    return ImmutableSet.copyOf(set);
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
