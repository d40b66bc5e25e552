package org.oerkit.json.internal;

import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The list of every codec of oer-json, and their registration as Jackson serializers and deserializers.
 */
public final class Bindings {

  private static final List<Codec<?>> ALL = concat(PolicyCodecs.TYPES, PolicyCodecs.ENUMERATIONS, List.of(
      ReportCodecs.SEVERITY, ReportCodecs.RULE, ReportCodecs.FINDING, ReportCodecs.REPORT,
      VocabularyCodecs.COUNTRY, VocabularyCodecs.LANGUAGE_TAG, VocabularyCodecs.LOCALIZED_TEXT,
      VocabularyCodecs.ORGANIZATION_KIND, VocabularyCodecs.ORGANIZATION, VocabularyCodecs.PERSON,
      AgendaCodecs.SESSION_KIND, AgendaCodecs.ROLE_KIND, AgendaCodecs.SESSION_TIME, AgendaCodecs.ROLE_HOLDER,
      AgendaCodecs.ROLE, AgendaCodecs.ROOM, AgendaCodecs.PART, AgendaCodecs.BREAKOUT_GROUP, AgendaCodecs.SESSION,
      AgendaCodecs.DAY, AgendaCodecs.WORKSHOP, AgendaCodecs.APPEARANCE,
      Codecs.enumeration(org.oerkit.core.license.AttributionFormat.class),
      LicenseCodecs.JURISDICTION, LicenseCodecs.LICENSE_TERMS, LicenseCodecs.LICENSE, LicenseCodecs.LICENSED_WORK,
      Codecs.enumeration(org.oerkit.core.license.CombinationMode.class),
      Codecs.enumeration(org.oerkit.core.license.LicenseKind.class),
      Codecs.enumeration(org.oerkit.core.license.Permission.class),
      Codecs.enumeration(org.oerkit.core.license.Requirement.class),
      Codecs.enumeration(org.oerkit.core.license.Prohibition.class),
      Codecs.enumeration(org.oerkit.core.license.FiveR.class),
      Codecs.enumeration(org.oerkit.core.license.Openness.class)));

  private Bindings() {}

  @SafeVarargs
  private static List<Codec<?>> concat(List<Codec<?>>... lists) {
    List<Codec<?>> all = new java.util.ArrayList<>();
    for (List<Codec<?>> list : lists) {
      all.addAll(list);
    }
    return List.copyOf(all);
  }

  /**
   * Gets every codec, one per bound type.
   *
   * @return the codecs
   */
  public static List<Codec<?>> all() {
    return ALL;
  }

  /**
   * Gets the codec of a bound type.
   *
   * @param <T>  the type
   * @param type  the type
   * @return the codec
   * @throws IllegalArgumentException if the type is not bound
   */
  @SuppressWarnings("unchecked")
  public static <T> Codec<T> of(Class<T> type) {
    for (Codec<?> codec : ALL) {
      if (codec.type().equals(type)) {
        return (Codec<T>) codec;
      }
    }
    throw new IllegalArgumentException("No codec for " + type.getName());
  }

  /**
   * Registers a serializer and a deserializer for every codec.
   *
   * @param module  the module to add them to
   */
  public static void register(SimpleModule module) {
    for (Codec<?> codec : ALL) {
      add(module, codec);
    }
  }

  private static <T> void add(SimpleModule module, Codec<T> codec) {
    module.addSerializer(codec.type(), new CodecSerializer<>(codec));
    module.addDeserializer(codec.type(), new CodecDeserializer<>(codec));
  }

  /** Writes through a codec. */
  private static final class CodecSerializer<T> extends ValueSerializer<T> {
    private final Codec<T> codec;

    CodecSerializer(Codec<T> codec) {
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializationContext context) {
      codec.write(value, generator);
    }

    @Override
    public Class<?> handledType() {
      return codec.type();
    }
  }

  /** Reads through a codec. */
  private static final class CodecDeserializer<T> extends ValueDeserializer<T> {
    private final Codec<T> codec;

    CodecDeserializer(Codec<T> codec) {
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      return codec.read(parser, context);
    }

    @Override
    public Class<?> handledType() {
      return codec.type();
    }

    @Override
    public boolean isCachable() {
      return true;
    }
  }
}
