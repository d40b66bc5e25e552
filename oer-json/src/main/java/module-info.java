/**
 * oerkit JSON: the Jackson 3 binding of {@code org.oerkit.core}, its interchange formats and their JSON
 * Schemas.
 *
 * <p>Both {@code org.oerkit.core} and Jackson's databind are re-exported ({@code requires transitive}):
 * the API takes and returns oerkit values and names Jackson types ({@link tools.jackson.databind.json.JsonMapper},
 * {@link tools.jackson.databind.module.SimpleModule}, {@link tools.jackson.databind.node.ObjectNode}).
 * {@code org.oerkit.json.internal}, the codecs behind the module, is not exported. The module is also a
 * provider of {@link tools.jackson.databind.JacksonModule}, so {@code JsonMapper.builder().findAndAddModules()}
 * finds {@link org.oerkit.json.OerModule} on the module path as it does on the class path (through
 * {@code META-INF/services}).
 *
 * <p>Nothing is opened: every type is bound by a hand-written serializer and deserializer, and the JSON
 * Schemas are read by {@link org.oerkit.json.DocumentType#schema()} from inside this module.
 */
module org.oerkit.json {
  requires transitive org.oerkit.core;
  requires transitive tools.jackson.databind;
  requires com.google.common;
  // StAX, for schedule.xml (ScheduleXml): the JDK's own parser, with DTDs and entities off.
  requires java.xml;

  exports org.oerkit.json;

  provides tools.jackson.databind.JacksonModule with org.oerkit.json.OerModule;
}
