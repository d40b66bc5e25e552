package org.oerkit.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * How one Java type is written as JSON, read back from JSON and described by JSON Schema: the single
 * declaration from which the serializer, the deserializer and the shipped schema all follow, so that they
 * cannot drift apart.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <T>  the Java type
 */
public abstract class Codec<T> {

  Codec() {}

  /**
   * Gets the Java type this codec binds.
   *
   * @return the type
   */
  public abstract Class<T> type();

  /**
   * Writes a value.
   *
   * @param value  the value, not null
   * @param generator  the generator, positioned where a value may be written
   */
  public abstract void write(T value, JsonGenerator generator);

  /**
   * Reads a value whose first token is the parser's current token, leaving the parser on its last token.
   *
   * @param parser  the parser, on the value's first token
   * @param context  the deserialization context, giving strict or lenient mode
   * @return the value, never null
   * @throws InvalidValueException if the value is not of this type or breaks a domain rule
   */
  public abstract T read(JsonParser parser, DeserializationContext context);

  /**
   * Describes the values of this codec as a JSON Schema (2020-12) fragment.
   *
   * @param schemas  the schema being built, where object codecs register their definitions
   * @return the fragment
   */
  abstract ObjectNode schema(SchemaWriter schemas);

  /**
   * Gets a short noun phrase for messages, such as {@code "text"} or {@code "a Person"}.
   *
   * @return the description
   */
  abstract String describe();
}
