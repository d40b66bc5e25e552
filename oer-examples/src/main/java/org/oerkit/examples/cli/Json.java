package org.oerkit.examples.cli;

import java.util.Collection;
import java.util.function.Function;
import org.oerkit.json.OerJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The machine-readable output of {@code --json}: trees with exactly the fields each command documents,
 * written by oerkit's deterministic mapper.
 */
final class Json {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  static ArrayNode strings(Collection<?> values) {
    ArrayNode array = array();
    values.forEach(v -> array.add(v.toString()));
    return array;
  }

  static <T> ArrayNode array(Collection<T> values, Function<T, JsonNode> element) {
    ArrayNode array = array();
    values.forEach(v -> array.add(element.apply(v)));
    return array;
  }

  /**
   * Writes a tree as an indented document ending in one line end.
   *
   * @param node  the tree
   * @return the text
   */
  static String write(JsonNode node) {
    String text = OerJson.writeString(node);
    return text.endsWith("\n") ? text : text + "\n";
  }
}
