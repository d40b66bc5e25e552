package org.oerkit.json.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.oerkit.core.DomainRuleException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An oerkit value type written as a JSON object: its properties in the declared order, optional values
 * and empty lists left out, read through the type's builder so that every domain rule is checked.
 *
 * <p>Reading is all or nothing: the value is built only after its whole object has been read, and a
 * domain rule broken at {@code build()} is reported at the property it names
 * ({@link DomainRuleException#attribute()}), not at the whole object. Unknown properties are refused, or
 * skipped and recorded when {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is off.
 *
 * @param <T>  the value type
 * @param <B>  its builder
 */
public final class ObjectCodec<T, B> extends Codec<T> {

  /** The name of the root property that names a document's format and version. */
  public static final String FORMAT = "format";
  private static final SerializableString FORMAT_NAME = new SerializedString(FORMAT);

  private final Class<T> type;
  private final String name;
  private final String format;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final List<Property<T, B>> properties;
  private final Map<String, Property<T, B>> byName;
  /** Matches the names of the properties, then {@code format}, on the parser's bytes (index = position). */
  private final PropertyNameMatcher matcher;
  private final String names;
  private final List<String> exactlyOne;

  private ObjectCodec(Declaration<T, B> declaration) {
    this.exactlyOne = List.copyOf(declaration.exactlyOne);
    this.type = declaration.type;
    this.name = declaration.type.getSimpleName();
    this.format = declaration.format;
    this.newBuilder = declaration.newBuilder;
    this.build = declaration.build;
    this.properties = List.copyOf(declaration.properties);
    Map<String, Property<T, B>> map = new HashMap<>();
    for (Property<T, B> property : properties) {
      map.put(property.name, property);
    }
    this.byName = map;
    List<String> matched = new ArrayList<>();
    properties.forEach(p -> matched.add(p.name));
    if (format != null) {
      matched.add(FORMAT);
    }
    // The matcher databind's bean readers use: on a UTF-8 parser the name is matched on its undecoded bytes,
    // without a String or a symbol-table lookup; other parsers match the decoded name. Not interned: a name
    // from a tree or another factory is matched by its content.
    this.matcher = BinaryNameMatcher.construct(matched, false);
    List<String> all = new ArrayList<>();
    if (format != null) {
      all.add(FORMAT);
    }
    properties.forEach(p -> all.add(p.name));
    this.names = String.join(", ", all);
  }

  /**
   * Starts the declaration of an object type.
   *
   * @param <T>  the value type
   * @param <B>  its builder
   * @param type  the value type
   * @param newBuilder  creates an empty builder
   * @param build  builds the value, checking its rules
   * @return the declaration
   */
  public static <T, B> Declaration<T, B> of(Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
    return new Declaration<>(type, newBuilder, build);
  }

  /**
   * Gets the format identifier written at the root of documents of this type, if it is a document type.
   *
   * @return the format, such as {@code "oerkit/workshop/1"}, or empty
   */
  public Optional<String> format() {
    return Optional.ofNullable(format);
  }

  /**
   * Gets the JSON names of the properties, in the order they are written.
   *
   * <p>{@code format} is written and read at a document's root only.
   *
   * @return the names, {@code format} first for a document type
   */
  public List<String> propertyNames() {
    return List.of(names.split(", "));
  }

  @Override
  public Class<T> type() {
    return type;
  }

  @Override
  public void write(T value, JsonGenerator generator) {
    boolean root = generator.streamWriteContext().inRoot();
    generator.writeStartObject(value);
    if (format != null && root) {
      generator.writeName(FORMAT_NAME);
      generator.writeString(format);
    }
    for (Property<T, B> property : properties) {
      property.write(value, generator);
    }
    generator.writeEndObject();
  }

  @Override
  public T read(JsonParser parser, DeserializationContext context) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw Problems.wrongKind(parser, "an object (written { ... }) describing " + describe());
    }
    B builder = newBuilder.get();
    boolean[] seen = new boolean[properties.size()];
    // A document's format is declared at its root only: nested values, such as the works an adaptation
    // was made from, or documents inside a list, carry none.
    tools.jackson.core.TokenStreamContext parent = parser.streamReadContext().getParent();
    boolean root = parent == null || parent.inRoot();
    boolean formatSeen = false;
    Set<String> unknownNames = null;
    int match;
    while ((match = parser.nextNameMatch(matcher)) != PropertyNameMatcher.MATCH_END_OBJECT) {
      if (match == PropertyNameMatcher.MATCH_ODD_TOKEN) {
        // Neither a name nor the object's end, which a parser inside an object does not give: refused, not looped on.
        throw Problems.wrongKind(parser, "a property name or the end of " + describe());
      }
      String property = parser.currentName();
      Property<T, B> known = match >= 0 && match < seen.length ? properties.get(match) : null;
      boolean isFormat = match == seen.length && root;
      // Duplicate keys are found here, on the name, by what the object has seen so far: the typed readers
      // turn Jackson's STRICT_DUPLICATE_DETECTION off, which costs a set of names per object.
      if (known != null ? seen[known.index] : isFormat ? formatSeen : unknownNames != null
          && unknownNames.contains(property)) {
        throw Problems.duplicate(parser, property);
      }
      JsonToken token = parser.nextToken();
      if (format != null && root && !formatSeen && !isFormat) {
        throw Problems.at(parser, "An oerkit document starts with \"" + FORMAT + "\": \"" + format
            + "\"; put it before " + Problems.quote(property) + ".");
      }
      if (known == null) {
        if (isFormat) {
          checkFormat(parser);
          formatSeen = true;
        } else {
          unknown(parser, context, property);
          if (unknownNames == null) {
            unknownNames = new HashSet<>();
          }
          unknownNames.add(property);
        }
        continue;
      }
      if (token == JsonToken.VALUE_NULL) {
        throw Problems.at(parser, "\"" + property + "\" must not be null; "
            + (known.required ? "give it a value." : "leave the property out when there is no value."));
      }
      try {
        known.read(parser, context, builder);
      } catch (DomainRuleException e) {
        throw Problems.at(parser, e.getMessage() + ".", e);
      }
      seen[known.index] = true;
    }
    // The parser is on END_OBJECT: its context is the parent again, whose pointer is this object's.
    if (format != null && root && !formatSeen) {
      throw Problems.at(parser, "This is not marked as an oerkit document: it needs the property \"" + FORMAT
          + "\": \"" + format + "\".");
    }
    List<String> missing = null;
    for (Property<T, B> p : properties) {
      if (p.required && !seen[p.index]) {
        if (missing == null) {
          missing = new ArrayList<>();
        }
        missing.add("\"" + p.name + "\"");
      }
    }
    if (missing != null) {
      throw Problems.at(parser, describeCapitalized() + " needs " + String.join(" and ", missing)
          + (missing.size() == 1 ? ", which is missing." : ", which are missing."));
    }
    if (!exactlyOne.isEmpty()) {
      int present = 0;
      for (String alternative : exactlyOne) {
        present += seen[byName.get(alternative).index] ? 1 : 0;
      }
      if (present != 1) {
        throw Problems.at(parser, describeCapitalized() + " needs exactly one of \""
            + String.join("\", \"", exactlyOne) + "\", but has " + present + ".");
      }
    }
    try {
      return build.apply(builder);
    } catch (DomainRuleException e) {
      String objectPointer = Problems.pointer(parser);
      String field = e.type().equals(name) ? fieldPointer(e.attribute()) : null;
      throw Problems.atPointer(parser, field == null ? objectPointer : objectPointer + field, e.getMessage() + ".", e);
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw Problems.at(parser, describeCapitalized() + " cannot be built: " + e.getMessage(), e);
    }
  }

  private void checkFormat(JsonParser parser) {
    String prefix = format.substring(0, format.lastIndexOf('/') + 1);
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw Problems.wrongKind(parser, "the format \"" + format + "\"");
    }
    String found = parser.getString();
    if (found.equals(format)) {
      return;
    }
    if (found.startsWith(prefix)) {
      throw Problems.at(parser, "This document is written in " + Problems.quote(found)
          + ", a version of the format this version of oerkit cannot read; it reads \"" + format + "\".");
    }
    throw Problems.at(parser, "This is a " + Problems.quote(found) + " document, not \"" + format + "\".");
  }

  private void unknown(JsonParser parser, DeserializationContext context, String property) {
    if (context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
      throw Problems.at(parser, Problems.quote(property) + " is not a property of " + describe()
          + "; check its spelling. The properties are: " + names + ".");
    }
    IgnoredProperties.record(context, Problems.pointer(parser), name);
    Problems.skipChecked(parser);
  }

  /**
   * Turns the attribute named by a domain rule into a pointer below this object: {@code "end"} gives
   * {@code "/end"}, {@code "sessions[3]"} gives {@code "/sessions/3"}.
   */
  private String fieldPointer(String attribute) {
    int cut = attribute.length();
    for (int i = 0; i < attribute.length(); i++) {
      char c = attribute.charAt(i);
      if (c == '[' || c == '.') {
        cut = i;
        break;
      }
    }
    String head = attribute.substring(0, cut);
    if (!byName.containsKey(head)) {
      return null;
    }
    StringBuilder pointer = new StringBuilder("/").append(Problems.escape(head));
    String rest = attribute.substring(cut);
    for (String segment : rest.split("[\\[\\].]")) {
      if (!segment.isEmpty()) {
        pointer.append('/').append(Problems.escape(segment));
      }
    }
    return pointer.toString();
  }

  @Override
  ObjectNode schema(SchemaWriter schemas) {
    return schemas.define(name, s -> definition(s, false));
  }

  /**
   * Describes this type as the root of a document: with its {@code format}, which nested values lack.
   *
   * @param schemas  the schema being built
   * @return the root schema's keywords
   */
  ObjectNode documentSchema(SchemaWriter schemas) {
    return definition(schemas, true);
  }

  private ObjectNode definition(SchemaWriter s, boolean document) {
    ObjectNode node = SchemaWriter.node();
    node.put("title", name);
    node.put("type", "object");
    ObjectNode props = node.putObject("properties");
    ArrayNode required = SchemaWriter.node().arrayNode();
    if (format != null && document) {
      props.putObject(FORMAT).put("const", format);
      required.add(FORMAT);
    }
    for (Property<T, B> p : properties) {
      props.set(p.name, p.schema(s));
      if (p.required) {
        required.add(p.name);
      }
    }
    if (!required.isEmpty()) {
      node.set("required", required);
    }
    if (!exactlyOne.isEmpty()) {
      ArrayNode oneOf = node.putArray("oneOf");
      for (String alternative : exactlyOne) {
        oneOf.addObject().putArray("required").add(alternative);
      }
    }
    node.put("additionalProperties", false);
    return node;
  }

  @Override
  String describe() {
    return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }

  private String describeCapitalized() {
    String d = describe();
    return Character.toUpperCase(d.charAt(0)) + d.substring(1);
  }

  @Override
  public String toString() {
    return "ObjectCodec[" + name + ": " + properties.stream().map(p -> p.name).collect(Collectors.joining(", ")) + "]";
  }

  /**
   * The declaration of an object type's properties, in the order they are written.
   *
   * @param <T>  the value type
   * @param <B>  its builder
   */
  public static final class Declaration<T, B> {
    private final Class<T> type;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Property<T, B>> properties = new ArrayList<>();
    private final List<String> exactlyOne = new ArrayList<>();
    private String format;

    private Declaration(Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
      this.type = requireNonNull(type, "type");
      this.newBuilder = requireNonNull(newBuilder, "newBuilder");
      this.build = requireNonNull(build, "build");
    }

    /**
     * Makes this a document type, with a {@code format} property written first.
     *
     * @param format  the format identifier, such as {@code "oerkit/workshop/1"}
     * @return this declaration
     */
    public Declaration<T, B> format(String format) {
      this.format = requireNonNull(format, "format");
      return this;
    }

    /**
     * Declares a property that must be present.
     *
     * @param <V>  the property's type
     * @param name  the JSON name, the same as the Java attribute
     * @param codec  the property's codec
     * @param get  reads the property from a value
     * @param set  sets it on a builder
     * @return this declaration
     */
    public <V> Declaration<T, B> required(String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      properties.add(new Single<>(properties.size(), name, true, codec, get, set));
      return this;
    }

    /**
     * Declares a property with a default: always written, optional when read.
     *
     * @param <V>  the property's type
     * @param name  the JSON name, the same as the Java attribute
     * @param codec  the property's codec
     * @param get  reads the property from a value
     * @param set  sets it on a builder
     * @return this declaration
     */
    public <V> Declaration<T, B> defaulted(String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      properties.add(new Single<>(properties.size(), name, false, codec, get, set));
      return this;
    }

    /**
     * Declares a property with a default that is left out when it has its default value.
     *
     * @param <V>  the property's type
     * @param name  the JSON name, the same as the Java attribute
     * @param codec  the property's codec
     * @param get  reads the property from a value
     * @param set  sets it on a builder
     * @param byDefault  the default value, not written
     * @return this declaration
     */
    public <V> Declaration<T, B> defaulted(String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set,
        V byDefault) {
      requireNonNull(byDefault, "byDefault");
      Function<T, V> unlessDefault = v -> {
        V value = get.apply(v);
        return byDefault.equals(value) ? null : value;
      };
      properties.add(new Single<>(properties.size(), name, false, codec, unlessDefault, set));
      return this;
    }

    /**
     * Declares an optional property, left out when empty.
     *
     * @param <V>  the property's type
     * @param name  the JSON name, the same as the Java attribute
     * @param codec  the property's codec
     * @param get  reads the property from a value
     * @param set  sets it on a builder
     * @return this declaration
     */
    public <V> Declaration<T, B> optional(String name, Codec<V> codec, Function<T, Optional<V>> get,
        BiConsumer<B, V> set) {
      properties.add(new Single<>(properties.size(), name, false, codec, v -> get.apply(v).orElse(null), set));
      return this;
    }

    /**
     * Declares a list property, left out when empty.
     *
     * @param <V>  the element type
     * @param name  the JSON name, the same as the Java attribute
     * @param codec  the elements' codec
     * @param get  reads the list from a value
     * @param set  adds all elements to a builder
     * @return this declaration
     */
    public <V> Declaration<T, B> list(String name, Codec<V> codec, Function<T, ? extends List<V>> get,
        BiConsumer<B, List<V>> set) {
      Function<T, List<V>> nonEmpty = v -> {
        List<V> list = get.apply(v);
        return list.isEmpty() ? null : list;
      };
      properties.add(new Single<>(properties.size(), name, false, new ListCodec<>(codec), nonEmpty, set));
      return this;
    }

    /**
     * Declares a list property that must have at least one element.
     *
     * @param <V>  the element type
     * @param name  the JSON name, the same as the Java attribute
     * @param codec  the elements' codec
     * @param get  reads the list from a value
     * @param set  adds all elements to a builder
     * @return this declaration
     */
    public <V> Declaration<T, B> nonEmptyList(String name, Codec<V> codec, Function<T, ? extends List<V>> get,
        BiConsumer<B, List<V>> set) {
      Function<T, List<V>> list = get::apply;
      properties.add(new Single<>(properties.size(), name, true, new ListCodec<>(codec, 1), list, set));
      return this;
    }

    /**
     * Requires exactly one of some optional properties already declared.
     *
     * @param alternatives  the names of the properties
     * @return this declaration
     */
    public Declaration<T, B> exactlyOneOf(String... alternatives) {
      for (String alternative : alternatives) {
        if (properties.stream().noneMatch(p -> p.name.equals(alternative))) {
          throw new IllegalArgumentException("No property " + alternative);
        }
        exactlyOne.add(alternative);
      }
      return this;
    }

    /**
     * Completes the declaration.
     *
     * @return the codec
     */
    public ObjectCodec<T, B> build() {
      return new ObjectCodec<>(this);
    }
  }

  /** One property: its name, whether it must be present, and how to get, write, read and set it. */
  private abstract static class Property<T, B> {
    final int index;
    final String name;
    final SerializableString serialized;
    final boolean required;

    Property(int index, String name, boolean required) {
      this.index = index;
      this.name = requireNonNull(name, "name");
      this.serialized = new SerializedString(name);
      this.required = required;
    }

    abstract void write(T value, JsonGenerator generator);

    abstract void read(JsonParser parser, DeserializationContext context, B builder);

    abstract ObjectNode schema(SchemaWriter schemas);
  }

  /** A property holding one value (or a list, through a list codec); a null from the getter is not written. */
  private static final class Single<T, B, V> extends Property<T, B> {
    private final Codec<V> codec;
    private final Function<T, V> get;
    private final BiConsumer<B, V> set;

    Single(int index, String name, boolean required, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      super(index, name, required);
      this.codec = requireNonNull(codec, "codec");
      this.get = requireNonNull(get, "get");
      this.set = requireNonNull(set, "set");
    }

    @Override
    void write(T value, JsonGenerator generator) {
      V v = get.apply(value);
      if (v != null) {
        generator.writeName(serialized);
        codec.write(v, generator);
      }
    }

    @Override
    void read(JsonParser parser, DeserializationContext context, B builder) {
      set.accept(builder, codec.read(parser, context));
    }

    @Override
    ObjectNode schema(SchemaWriter schemas) {
      return codec.schema(schemas);
    }
  }
}
