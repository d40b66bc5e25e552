package org.oerkit.json.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * A map, written as an object whose names are the keys' texts, in the keys' order whatever the map's own
 * order, so that equal maps give the same bytes.
 *
 * @param <K>  the key type
 * @param <V>  the value type
 */
final class SortedMapCodec<K, V> extends Codec<Map<K, V>> {

  private final Codec<K> keys;
  private final java.util.function.Function<K, String> keyText;
  private final Comparator<? super K> order;
  private final Codec<V> values;

  SortedMapCodec(Codec<K> keys, java.util.function.Function<K, String> keyText, Comparator<? super K> order,
      Codec<V> values) {
    this.keys = requireNonNull(keys, "keys");
    this.keyText = requireNonNull(keyText, "keyText");
    this.order = requireNonNull(order, "order");
    this.values = requireNonNull(values, "values");
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Class<Map<K, V>> type() {
    return (Class) Map.class;
  }

  @Override
  public void write(Map<K, V> value, JsonGenerator generator) {
    List<K> sorted = new ArrayList<>(value.keySet());
    sorted.sort(order);
    generator.writeStartObject(value);
    for (K key : sorted) {
      generator.writeName(keyText.apply(key));
      values.write(value.get(key), generator);
    }
    generator.writeEndObject();
  }

  @Override
  public Map<K, V> read(JsonParser parser, DeserializationContext context) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw Problems.wrongKind(parser, "an object (written { ... }) of " + values.describe() + " by "
          + keys.describe());
    }
    Map<K, V> map = new LinkedHashMap<>();
    while (parser.nextName() != null) {
      // Keys are read through their codec as if they were text values, at the pointer of the entry.
      K key = keys.read(new NameAsValue(parser), context);
      if (parser.nextToken() == JsonToken.VALUE_NULL) {
        throw Problems.at(parser, "An entry must not be null; leave it out when there is no value.");
      }
      V value = values.read(parser, context);
      if (map.put(key, value) != null) {
        throw Problems.at(parser, Problems.quote(keyText.apply(key)) + " is given twice; keep one.");
      }
    }
    return ImmutableMap.copyOf(map);
  }

  @Override
  ObjectNode schema(SchemaWriter schemas) {
    ObjectNode node = SchemaWriter.node();
    node.put("type", "object");
    node.set("propertyNames", keys.schema(schemas));
    node.set("additionalProperties", values.schema(schemas));
    return node;
  }

  @Override
  String describe() {
    return "an object of " + values.describe();
  }

  /** The parser seen from a key codec: on the property name, presented as a text value. */
  private static final class NameAsValue extends tools.jackson.core.util.JsonParserDelegate {
    NameAsValue(JsonParser parser) {
      super(parser);
    }

    @Override
    public JsonToken currentToken() {
      return JsonToken.VALUE_STRING;
    }

    @Override
    public String getString() {
      return delegate.currentName();
    }
  }
}
