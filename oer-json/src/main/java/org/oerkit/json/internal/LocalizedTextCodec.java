package org.oerkit.json.internal;

import org.oerkit.core.DomainRuleException;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link LocalizedText}, written as an object from BCP 47 language tags to texts, the original language
 * first: {@code {"kk": "...", "ru": "...", "en": "..."}}. JSON objects keep their order on the wire, and
 * the reader keeps it too.
 */
final class LocalizedTextCodec extends Codec<LocalizedText> {

  @Override
  public Class<LocalizedText> type() {
    return LocalizedText.class;
  }

  @Override
  public void write(LocalizedText value, JsonGenerator generator) {
    generator.writeStartObject(value);
    value.asMap().forEach((language, text) -> {
      generator.writeName(language.toString());
      generator.writeString(text);
    });
    generator.writeEndObject();
  }

  @Override
  public LocalizedText read(JsonParser parser, DeserializationContext context) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw Problems.wrongKind(parser, "texts by language, written {\"en\": \"...\", \"ru\": \"...\"}");
    }
    LocalizedText.Builder builder = LocalizedText.builder();
    boolean any = false;
    String name;
    while ((name = parser.nextName()) != null) {
      parser.nextToken();
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        throw Problems.wrongKind(parser, "the text in " + Problems.quote(name));
      }
      try {
        builder.put(LanguageTag.parse(name), Codecs.checkCharacters(parser, parser.getString()));
      } catch (DomainRuleException e) {
        throw Problems.at(parser, e.getMessage() + ".", e);
      }
      any = true;
    }
    if (!any) {
      throw Problems.at(parser, "A text needs at least one language, such as {\"en\": \"...\"}.");
    }
    return builder.build();
  }

  @Override
  ObjectNode schema(SchemaWriter schemas) {
    return schemas.define("LocalizedText", s -> {
      ObjectNode node = SchemaWriter.node();
      node.put("title", "LocalizedText");
      node.put("type", "object");
      node.put("minProperties", 1);
      node.set("propertyNames", VocabularyCodecs.LANGUAGE_TAG.schema(s));
      node.set("additionalProperties", Codecs.NON_BLANK_STRING.schema(s));
      return node;
    });
  }

  @Override
  String describe() {
    return "texts by language";
  }
}
