package org.oerkit.json.internal;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.vocabulary.LanguageTag;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * A possibly empty map from languages to texts, written as an object keyed by BCP 47 tags in the map's
 * order; a language given twice, in any case, is refused.
 */
final class LanguageMapCodec extends Codec<Map<LanguageTag, String>> {

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Class<Map<LanguageTag, String>> type() {
    return (Class) Map.class;
  }

  @Override
  public void write(Map<LanguageTag, String> value, JsonGenerator generator) {
    generator.writeStartObject(value);
    value.forEach((language, text) -> {
      generator.writeName(language.toString());
      generator.writeString(text);
    });
    generator.writeEndObject();
  }

  @Override
  public Map<LanguageTag, String> read(JsonParser parser, DeserializationContext context) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw Problems.wrongKind(parser, "texts by language, written {\"en\": \"...\"}");
    }
    Map<LanguageTag, String> map = new LinkedHashMap<>();
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      String text = Codecs.NON_BLANK_STRING.read(parser, context);
      LanguageTag language;
      try {
        language = LanguageTag.parse(name);
      } catch (DomainRuleException e) {
        throw Problems.at(parser, e.getMessage() + ".", e);
      }
      if (map.put(language, text) != null) {
        throw Problems.at(parser, "The language \"" + language + "\" is given twice; keep one.");
      }
    }
    return ImmutableMap.copyOf(map);
  }

  @Override
  ObjectNode schema(SchemaWriter schemas) {
    ObjectNode node = SchemaWriter.node();
    node.put("type", "object");
    node.set("propertyNames", VocabularyCodecs.LANGUAGE_TAG.schema(schemas));
    node.set("additionalProperties", Codecs.NON_BLANK_STRING.schema(schemas));
    return node;
  }

  @Override
  String describe() {
    return "texts by language";
  }
}
