package org.oerkit.json.internal;

import static java.util.Objects.requireNonNull;

import java.util.function.Predicate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * A value written as text when it has a well-known identifier and as an object otherwise, such as a
 * licence: {@code "CC-BY-SA-4.0"} for one of the catalogue, a full object for a user-defined one.
 *
 * @param <T>  the type
 */
final class EitherCodec<T> extends Codec<T> {

  private final Codec<T> text;
  private final Codec<T> object;
  private final Predicate<T> writtenAsText;

  EitherCodec(Codec<T> text, Codec<T> object, Predicate<T> writtenAsText) {
    this.text = requireNonNull(text, "text");
    this.object = requireNonNull(object, "object");
    this.writtenAsText = requireNonNull(writtenAsText, "writtenAsText");
  }

  @Override
  public Class<T> type() {
    return object.type();
  }

  @Override
  public void write(T value, JsonGenerator generator) {
    (writtenAsText.test(value) ? text : object).write(value, generator);
  }

  @Override
  public T read(JsonParser parser, DeserializationContext context) {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      return text.read(parser, context);
    }
    if (parser.currentToken() == JsonToken.START_OBJECT) {
      return object.read(parser, context);
    }
    throw Problems.wrongKind(parser, describe());
  }

  @Override
  ObjectNode schema(SchemaWriter schemas) {
    ObjectNode node = SchemaWriter.node();
    node.putArray("anyOf").add(text.schema(schemas)).add(object.schema(schemas));
    return node;
  }

  @Override
  String describe() {
    return text.describe() + ", or " + object.describe();
  }
}
