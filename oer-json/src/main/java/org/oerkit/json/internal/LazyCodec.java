package org.oerkit.json.internal;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * A codec looked up on first use, for types that contain themselves, such as an organization's parent.
 *
 * @param <T>  the type
 */
final class LazyCodec<T> extends Codec<T> {

  private final Class<T> type;
  private final Supplier<Codec<T>> target;

  LazyCodec(Class<T> type, Supplier<Codec<T>> target) {
    this.type = requireNonNull(type, "type");
    this.target = requireNonNull(target, "target");
  }

  @Override
  public Class<T> type() {
    return type;
  }

  @Override
  public void write(T value, JsonGenerator generator) {
    target.get().write(value, generator);
  }

  @Override
  public T read(JsonParser parser, DeserializationContext context) {
    return target.get().read(parser, context);
  }

  @Override
  ObjectNode schema(SchemaWriter schemas) {
    return target.get().schema(schemas);
  }

  @Override
  String describe() {
    return target.get().describe();
  }
}
