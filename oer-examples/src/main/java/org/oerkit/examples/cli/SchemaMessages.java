package org.oerkit.examples.cli;

import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.oerkit.core.Texts;
import org.oerkit.json.OerJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * The schema validator's errors in the voice of oerkit's reader: a sentence about the value, at the JSON
 * Pointer of the value itself (an unknown property is {@code /bogus}, not the object holding it), never a
 * regular expression or a list of hundreds of allowed values.
 */
final class SchemaMessages {

  /** An error's pointer and sentence. */
  record Message(String pointer, String text) {}

  /** The most allowed values a message lists; longer lists are named by the closest values. */
  private static final int LISTED = 8;

  private SchemaMessages() {}

  /**
   * Says one schema error in oerkit's words.
   *
   * @param error  the validator's error
   * @return its pointer and sentence
   */
  static Message of(Error error) {
    String at = error.getInstanceLocation().toString();
    JsonNode value = error.getInstanceNode();
    JsonNode schema = error.getSchemaNode();
    String property = error.getProperty();
    return switch (error.getKeyword()) {
      case "additionalProperties", "unevaluatedProperties" -> new Message(at + "/" + escape(property),
          Texts.quote(property) + " is not a property here; check its spelling.");
      case "required" -> new Message(at, "The property " + Texts.quote(property) + " is required here, and missing.");
      case "type" -> new Message(at, "Expected " + expected(schema) + " here, but found " + kind(value) + ".");
      case "enum" -> new Message(at, shown(value) + " is not one of the values allowed here" + choices(value, schema));
      case "const" -> new Message(at, shown(value) + " must be " + shown(schema) + " here.");
      case "format" -> new Message(at, shown(value) + " is not " + format(schema) + ".");
      case "pattern" -> new Message(at, shown(value) + " does not have the form this value needs.");
      case "minLength" -> new Message(at, "This text must not be empty or shorter than " + schema + " characters.");
      case "maxLength" -> new Message(at, "This text must be at most " + schema + " characters long.");
      case "minimum", "exclusiveMinimum" -> new Message(at, "This number must be at least " + schema + ", but was "
          + value + ".");
      case "maximum", "exclusiveMaximum" -> new Message(at, "This number must be at most " + schema + ", but was "
          + value + ".");
      case "minItems" -> new Message(at, "This list must have at least " + schema + " entries.");
      case "maxItems" -> new Message(at, "This list must have at most " + schema + " entries.");
      case "uniqueItems" -> new Message(at, "This list must not hold the same entry twice.");
      default -> new Message(at, "This value does not meet the schema's \"" + error.getKeyword() + "\" rule.");
    };
  }

  /**
   * Adds the line and column of each problem's value, found in one pass over the document.
   *
   * @param bytes  the document, well-formed JSON
   * @param problems  the problems, with pointers
   * @return the problems with their lines and columns where found, in order
   */
  static List<JsonCommand.Problem> locate(byte[] bytes, List<JsonCommand.Problem> problems) {
    if (problems.isEmpty()) {
      return problems;
    }
    Map<String, TokenStreamLocation> wanted = new HashMap<>();
    problems.forEach(p -> wanted.put(p.pointer(), null));
    try (JsonParser parser = OerJson.mapper().createParser(bytes)) {
      int remaining = wanted.size();
      while (remaining > 0 && parser.nextToken() != null) {
        String pointer = parser.streamReadContext().pathAsPointer().toString();
        if (parser.currentToken().isStructStart() && !parser.streamReadContext().inRoot()) {
          // The start of an object or array already belongs to its own context.
          pointer = parser.streamReadContext().getParent().pathAsPointer().toString();
        }
        if (wanted.containsKey(pointer) && wanted.get(pointer) == null) {
          wanted.put(pointer, parser.currentTokenLocation());
          remaining--;
        }
      }
    } catch (JacksonException e) {
      // Well-formed by now; a location not found is printed without one.
    }
    List<JsonCommand.Problem> located = new ArrayList<>();
    for (JsonCommand.Problem p : problems) {
      TokenStreamLocation where = wanted.get(p.pointer());
      located.add(where == null ? p
          : new JsonCommand.Problem(p.pointer(), where.getLineNr(), where.getColumnNr(), p.message()));
    }
    return located;
  }

  private static String escape(String name) {
    return name == null ? "" : name.replace("~", "~0").replace("/", "~1");
  }

  private static String expected(JsonNode type) {
    if (type != null && type.isArray()) {
      return StreamSupport.stream(type.spliterator(), false).map(t -> kind(t.asString()))
          .collect(Collectors.joining(" or "));
    }
    return type == null ? "another kind of value" : kind(type.asString());
  }

  private static String kind(String type) {
    return switch (type) {
      case "string" -> "text";
      case "integer" -> "a whole number";
      case "number" -> "a number";
      case "boolean" -> "true or false";
      case "object" -> "an object";
      case "array" -> "a list";
      case "null" -> "null";
      default -> type;
    };
  }

  private static String kind(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    if (value.isString()) {
      return "text";
    }
    if (value.isNumber()) {
      return "a number";
    }
    if (value.isBoolean()) {
      return "true or false";
    }
    if (value.isObject()) {
      return "an object";
    }
    return value.isArray() ? "a list" : "null";
  }

  private static String shown(JsonNode value) {
    return value == null ? "This value" : value.isString() ? Texts.quote(value.asString()) : Texts.quote(value.toString());
  }

  private static String choices(JsonNode value, JsonNode allowed) {
    if (allowed == null || !allowed.isArray()) {
      return ".";
    }
    List<String> values = StreamSupport.stream(allowed.spliterator(), false)
        .map(v -> v.isString() ? v.asString() : v.toString()).toList();
    if (values.size() <= LISTED) {
      return "; they are: " + String.join(", ", values) + ".";
    }
    Optional<String> closest = value != null && value.isString() ? Oer.closest(value.asString(), values)
        : Optional.empty();
    return closest.map(c -> "; did you mean " + c + "?").orElse(" (one of " + values.size() + ").");
  }

  private static String format(JsonNode format) {
    String name = format == null ? "" : format.asString();
    return switch (name) {
      case "date" -> "a date written YYYY-MM-DD, such as \"2017-12-11\"";
      case "date-time" -> "a date and time written YYYY-MM-DDTHH:MM:SS with its offset, such as "
          + "\"2017-12-11T09:00:00+06:00\"";
      case "time" -> "a time written HH:MM:SS with its offset";
      case "uri", "iri" -> "an absolute URI, such as \"https://example.org/\"";
      case "uri-reference", "iri-reference" -> "a URI";
      case "email", "idn-email" -> "an e-mail address";
      case "uuid" -> "a UUID";
      default -> "in the form \"" + name + "\"";
    };
  }
}
