package org.oerkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oerkit.json.internal.Bindings;
import org.oerkit.json.internal.SchemaWriter;

/**
 * The JSON Schemas shipped as resources are those the binding derives, and are valid draft 2020-12.
 *
 * <p>After a change to a codec, regenerate them with {@code mvn -pl oer-json test
 * -Dtest=DocumentSchemaTest -Doerkit.writeSchemas=true} and review the difference.
 */
class DocumentSchemaTest {

  static String derived(DocumentType type) {
    String kind = type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return OerJson.writeString(SchemaWriter.document(Bindings.of(type.javaType()), type.schemaId(),
        "oerkit " + kind + " document (" + type.format() + ")"));
  }

  @ParameterizedTest
  @EnumSource(DocumentType.class)
  void schema_shipped_isTheOneTheBindingDerives(DocumentType type) throws IOException {
    String derived = derived(type);
    if (Boolean.getBoolean("oerkit.writeSchemas")) {
      Path file = Path.of("src/main/resources").resolve(type.schemaResource().substring(1));
      Files.createDirectories(file.getParent());
      Files.writeString(file, derived);
    }
    assertThat(type.schema()).isEqualTo(derived);
  }

  @ParameterizedTest
  @EnumSource(DocumentType.class)
  void schema_shipped_isValidDraft202012(DocumentType type) {
    assertThat(Schemas.errors(Schemas.metaSchema(), OerJson.mapper().readTree(type.schema()))).isEmpty();
    assertThat(OerJson.mapper().readTree(type.schema()).get("$id").asString()).isEqualTo(type.schemaId());
  }
}
