package org.oerkit.json.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.oerkit.core.Texts;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * Builds {@link InvalidValueException}s at the parser's current value, and phrases what was found there.
 */
final class Problems {

  private Problems() {}

  /**
   * Gets the JSON Pointer of the value the parser is on (a scalar, or the start or end of a container).
   *
   * @param parser  the parser
   * @return the pointer, empty at the root
   */
  static String pointer(JsonParser parser) {
    TokenStreamContext context = parser.streamReadContext();
    return context == null ? "" : context.pathAsPointer().toString();
  }

  /**
   * Creates a problem at the value the parser is on.
   *
   * @param parser  the parser
   * @param problem  the sentence
   * @return the exception, to throw
   */
  static InvalidValueException at(JsonParser parser, String problem) {
    return new InvalidValueException(parser, pointer(parser), problem, parser.currentTokenLocation(), null);
  }

  /**
   * Creates a problem at the value the parser is on, with the failure underneath.
   *
   * @param parser  the parser
   * @param problem  the sentence
   * @param cause  the failure underneath, may be null
   * @return the exception, to throw
   */
  static InvalidValueException at(JsonParser parser, String problem, Throwable cause) {
    return new InvalidValueException(parser, pointer(parser), problem, parser.currentTokenLocation(), cause);
  }

  /**
   * Creates a problem at a given pointer, located at the parser's current token.
   *
   * @param parser  the parser
   * @param pointer  the JSON Pointer of the offending value
   * @param problem  the sentence
   * @param cause  the failure underneath, may be null
   * @return the exception, to throw
   */
  static InvalidValueException atPointer(JsonParser parser, String pointer, String problem, Throwable cause) {
    return new InvalidValueException(parser, pointer, problem, parser.currentTokenLocation(), cause);
  }

  /**
   * Names the kind of JSON value a token starts, for messages.
   *
   * @param token  the token, may be null at the end of input
   * @return a noun phrase such as {@code "a number"}
   */
  static String found(JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "a list";
      case VALUE_STRING:
        return "text";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "true or false";
      case VALUE_NULL:
        return "null";
      default:
        return "\"" + token + "\"";
    }
  }

  /**
   * Refuses a value of the wrong kind.
   *
   * @param parser  the parser, on the value
   * @param expected  what was expected, such as {@code "a date written YYYY-MM-DD"}
   * @return the exception, to throw
   */
  static InvalidValueException wrongKind(JsonParser parser, String expected) {
    return at(parser, "Expected " + expected + " here, but found " + found(parser.currentToken()) + ".");
  }

  /**
   * Quotes text from the document for a message, shortened if long.
   *
   * @param text  the text
   * @return the text in double quotes, cut to a few dozen characters ({@link Texts#quote(Object)})
   */
  static String quote(String text) {
    return Texts.quote(text);
  }

  /**
   * Escapes one reference token of a JSON Pointer (RFC 6901 section 3).
   *
   * @param token  the property name or index
   * @return the escaped token
   */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Creates the problem of a property name the object already has, at that name.
   *
   * @param parser  the parser, on the name
   * @param name  the name
   * @return the exception, to throw
   */
  static InvalidValueException duplicate(JsonParser parser, String name) {
    return at(parser, Codecs.duplicateKey(name));
  }

  /**
   * Skips the value the parser is on, as {@link JsonParser#skipChildren()} does, refusing a name that
   * occurs twice in any object inside it: the typed readers leave duplicate detection to the codecs, and
   * a skipped (unknown, ignored) value has no codec.
   *
   * @param parser  the parser, on the value
   */
  static void skipChecked(JsonParser parser) {
    if (!parser.currentToken().isStructStart()) {
      return;
    }
    List<Set<String>> open = new ArrayList<>();
    open.add(parser.currentToken() == JsonToken.START_OBJECT ? new HashSet<>() : null);
    while (!open.isEmpty()) {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.START_OBJECT) {
        open.add(new HashSet<>());
      } else if (token == JsonToken.START_ARRAY) {
        open.add(null);
      } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        open.remove(open.size() - 1);
      } else if (token == JsonToken.PROPERTY_NAME && !open.get(open.size() - 1).add(parser.currentName())) {
        throw duplicate(parser, parser.currentName());
      }
    }
  }
}
