package org.oerkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.UnreadableDocumentException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schedule readers on damaged and hostile input: whatever the bytes, a read gives a workshop or the
 * documented exception ({@link OerJsonException} for schedule.json, {@link UnreadableDocumentException} for
 * schedule.xml), never another exception.
 */
class ScheduleHostileTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final byte[] JSON = ScheduleJson.write(AgendaSamples.astana());
  private static final byte[] XML = ScheduleXml.write(AgendaSamples.astana());
  private static final byte[] DEMOCON = C3voc.bytes("pretalx-democon.json");

  /** The values a damaged schedule puts where another was expected. */
  private static JsonNode hostile(int pick) {
    return switch (pick % 16) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.numberNode(-1);
      case 2 -> NODES.stringNode("");
      case 3 -> NODES.stringNode(" \u200B ");
      case 4 -> NODES.stringNode("\uD800x");
      case 5 -> NODES.arrayNode().add(1).add("a");
      case 6 -> NODES.objectNode().put("x", 1);
      case 7 -> NODES.stringNode("9999-12-31T23:59:00-12:00");
      case 8 -> NODES.stringNode("1900-01-01T00:00:00+14:00");
      case 9 -> NODES.stringNode("999:59");
      case 10 -> NODES.stringNode("Mars/Olympus");
      case 11 -> NODES.booleanNode(true);
      case 12 -> NODES.stringNode("a,b;c");
      case 13 -> NODES.numberNode(1e300);
      case 14 -> NODES.stringNode("x".repeat(300));
      default -> NODES.stringNode("2017-12-11T09:00:00Z");
    };
  }

  /** Replaces the value at the n-th node (in document order) with a hostile one. */
  private static void damage(JsonNode root, int target, int pick) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode container = containers.get(target % containers.size());
    if (container instanceof ObjectNode object && object.size() > 0) {
      List<String> names = new ArrayList<>(object.propertyNames());
      object.set(names.get(pick % names.size()), hostile(pick / 3));
    } else if (container instanceof ArrayNode array && array.size() > 0) {
      array.set(pick % array.size(), hostile(pick / 3));
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainer()) {
      out.add(node);
      for (JsonNode child : node) {
        collect(child, out);
      }
    }
  }

  @Test
  void scheduleJson_withHostileValuesAnywhere_givesAWorkshopOrOerJsonException() {
    qt().withExamples(400).withShrinkCycles(5)
        .forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(1, 6), integers().between(0, 1))
        .check((picks, seed) -> {
          JsonNode root = OerJson.mapper().readTree(seed == 0 ? JSON : DEMOCON);
          for (int i = 0; i + 1 < picks.size() || i == 0; i += 2) {
            damage(root, picks.get(i), i + 1 < picks.size() ? picks.get(i + 1) : picks.get(i) / 7);
          }
          return readsOrRefusesJson(OerJson.write(root));
        });
  }

  @Test
  void scheduleJson_withDamagedBytes_givesAWorkshopOrOerJsonException() {
    qt().withExamples(300).withShrinkCycles(5)
        .forAll(integers().between(0, JSON.length - 1), integers().between(0, 255), integers().between(0, 40))
        .check((at, value, cut) -> {
          byte[] bytes = JSON.clone();
          bytes[at] = (byte) (int) value;
          byte[] shorter = java.util.Arrays.copyOf(bytes, Math.max(0, bytes.length - cut * 97));
          return readsOrRefusesJson(bytes) && readsOrRefusesJson(shorter);
        });
  }

  @Test
  void scheduleXml_withDamagedBytes_givesAWorkshopOrUnreadableDocumentException() {
    qt().withExamples(300).withShrinkCycles(5)
        .forAll(integers().between(0, XML.length - 1), integers().between(0, 255), integers().between(0, 40))
        .check((at, value, cut) -> {
          byte[] bytes = XML.clone();
          bytes[at] = (byte) (int) value;
          byte[] shorter = java.util.Arrays.copyOf(bytes, Math.max(0, bytes.length - cut * 97));
          return readsOrRefusesXml(bytes) && readsOrRefusesXml(shorter);
        });
  }

  @Test
  void scheduleXml_withHostileTexts_givesAWorkshopOrUnreadableDocumentException() {
    String[] texts = {"", " ", "&#xD800;", "&#x200B;x&#x200B;", "9999-12-31T23:59:00-12:00", "99:99", "-1",
        "a, b", "<x/>", "<![CDATA[ ]]>", "x".repeat(300), "Mars/Olympus", "&amp;&lt;"};
    String xml = C3voc.text(XML);
    qt().withExamples(300).withShrinkCycles(5)
        .forAll(integers().between(0, 10_000), integers().between(0, texts.length - 1))
        .check((target, pick) -> {
          // Replace the text of the n-th element that has text (between '>' and '</').
          List<int[]> spans = new ArrayList<>();
          for (int i = xml.indexOf('>'); i >= 0 && i + 1 < xml.length(); i = xml.indexOf('>', i + 1)) {
            int end = xml.indexOf("</", i);
            if (end > i + 1 && xml.indexOf('<', i + 1) == end) {
              spans.add(new int[] {i + 1, end});
            }
          }
          int[] span = spans.get(target % spans.size());
          String damaged = xml.substring(0, span[0]) + texts[pick] + xml.substring(span[1]);
          return readsOrRefusesXml(damaged.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
  }

  private static boolean readsOrRefusesJson(byte[] bytes) {
    try {
      assertThat(ScheduleJson.read(bytes).value()).isNotNull();
    } catch (OerJsonException e) {
      assertThat(e.problem()).isNotBlank();
    }
    return true;
  }

  private static boolean readsOrRefusesXml(byte[] bytes) {
    try {
      assertThat(ScheduleXml.read(bytes).value()).isNotNull();
    } catch (UnreadableDocumentException e) {
      assertThat(e.location()).startsWith("/");
    }
    return true;
  }
}
