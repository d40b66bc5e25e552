package org.oerkit.json.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.RandomAccess;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * A list, written as a JSON array in the list's order; no element may be null.
 *
 * @param <E>  the element type
 */
final class ListCodec<E> extends Codec<List<E>> {

  private final Codec<E> elements;
  private final int minItems;

  ListCodec(Codec<E> elements) {
    this(elements, 0);
  }

  ListCodec(Codec<E> elements, int minItems) {
    this.elements = requireNonNull(elements, "elements");
    this.minItems = minItems;
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Class<List<E>> type() {
    return (Class) List.class;
  }

  @Override
  public void write(List<E> value, JsonGenerator generator) {
    generator.writeStartArray(value, value.size());
    if (value instanceof RandomAccess) {
      // No iterator per list: a document writes thousands of short lists.
      for (int i = 0, n = value.size(); i < n; i++) {
        elements.write(value.get(i), generator);
      }
    } else {
      for (E element : value) {
        elements.write(element, generator);
      }
    }
    generator.writeEndArray();
  }

  @Override
  public List<E> read(JsonParser parser, DeserializationContext context) {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw Problems.wrongKind(parser, "a list (written [ ... ]) of " + elements.describe());
    }
    ImmutableList.Builder<E> list = ImmutableList.builder();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == JsonToken.VALUE_NULL) {
        throw Problems.at(parser, "A list must not contain null; remove the entry.");
      }
      list.add(elements.read(parser, context));
    }
    List<E> result = list.build();
    if (result.size() < minItems) {
      throw Problems.at(parser, "This list needs at least " + minItems + (minItems == 1 ? " entry." : " entries."));
    }
    return result;
  }

  @Override
  ObjectNode schema(SchemaWriter schemas) {
    ObjectNode node = SchemaWriter.node();
    node.put("type", "array");
    node.set("items", elements.schema(schemas));
    if (minItems > 0) {
      node.put("minItems", minItems);
    }
    return node;
  }

  @Override
  String describe() {
    return "a list of " + elements.describe();
  }
}
