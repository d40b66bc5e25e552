package org.oerkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oerkit.core.license.CombinationMode;
import org.oerkit.core.license.LicensedWork;
import org.oerkit.core.license.Licenses;
import org.oerkit.core.vocabulary.LanguageTag;
import org.quicktheories.core.Gen;

class LicensedWorkJsonTest {

  static final LicensedWork ORIGINAL = LicensedWork.builder().title("OER policy guidelines (example)")
      .addAuthors("UNESCO", "Commonwealth of Learning").license(Licenses.CC_BY_SA_3_0_IGO)
      .source(URI.create("https://example.org/oer-policy-guidelines")).language(LanguageTag.ENGLISH).build();
  static final LicensedWork TRANSLATION = LicensedWork.builder().title("Руководство по разработке политики ООР")
      .addAuthors("National OER Focal group").license(Licenses.CC_BY_SA_4_0).language(LanguageTag.RUSSIAN)
      .addAdaptedFrom(ORIGINAL).changes("Translated into Russian.").build();

  static Gen<LicensedWork> works() {
    Gen<String> names = Generators.trimmed();
    Gen<org.oerkit.core.license.License> licenses = LicenseJsonTest.licenses();
    return in -> {
      LicensedWork.Builder work = LicensedWork.builder().license(licenses.generate(in));
      if (Generators.coin(in)) {
        work.title(names.generate(in));
      }
      work.addAllAuthors(Generators.lists(names, 2).generate(in));
      if (Generators.coin(in)) {
        work.addAdaptedFrom(LicensedWork.of(names.generate(in), names.generate(in), licenses.generate(in)))
            .mode(Generators.coin(in) ? CombinationMode.ADAPTATION : CombinationMode.values()[1])
            .changes(names.generate(in));
      }
      return work.build();
    };
  }

  @Test
  void write_translation_matchesGoldenFileWithFormatAtTheRootOnly() {
    String json = OerJson.writeString(TRANSLATION);
    assertThat(json).isEqualTo(Golden.read("licensed-resource.json"));
    assertThat(json.split("\"format\"", -1)).hasSize(2);
    assertThat(OerJson.read(Golden.bytes("licensed-resource.json"), LicensedWork.class)).isEqualTo(TRANSLATION);
    assertThat(Schemas.errors(DocumentType.LICENSED_RESOURCE, Golden.bytes("licensed-resource.json"))).isEmpty();
  }

  @Test
  void write_everyGeneratedWork_readsBackEqualAndValidates() {
    qt().withExamples(200).forAll(works()).check(w -> {
      byte[] bytes = OerJson.write(w);
      return OerJson.read(bytes, LicensedWork.class).equals(w)
          && Schemas.errors(DocumentType.LICENSED_RESOURCE, bytes).isEmpty();
    });
  }

  @Test
  void read_formatInsideANestedWork_isAnUnknownProperty() {
    String json = Golden.read("licensed-resource.json").replace("\"adaptedFrom\": [\n    {",
        "\"adaptedFrom\": [\n    {\n      \"format\": \"oerkit/licensed-resource/1\",");
    assertThatThrownBy(() -> OerJson.read(json.getBytes(UTF_8), LicensedWork.class))
        .isInstanceOfSatisfying(OerJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/adaptedFrom/0/format"));
  }

  @Test
  void read_adaptationWithoutChanges_pointsAtChanges() {
    String json = Golden.read("licensed-resource.json").replace(",\n  \"changes\": \"Translated into Russian.\"", "");
    assertThatThrownBy(() -> OerJson.read(json.getBytes(UTF_8), LicensedWork.class))
        .isInstanceOfSatisfying(OerJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/changes");
          assertThat(e.problem()).contains("must say what was changed");
        });
  }

  @Test
  void truncation_atEveryByteOfTheGoldenWork_isRefused() {
    byte[] valid = Golden.bytes("licensed-resource.json");
    int end = new String(valid, UTF_8).lastIndexOf('}');
    for (int length = 0; length <= end; length++) {
      int n = length;
      assertThatThrownBy(() -> OerJson.read(java.util.Arrays.copyOf(valid, n), LicensedWork.class)).as("prefix %s", n)
          .isInstanceOf(OerJsonException.class);
    }
  }

  @Test
  void jsonLines_ofWorks_roundTripWithTheFormatOnEveryLine() {
    List<LicensedWork> works = List.of(ORIGINAL, TRANSLATION, LicensedWork.of("Slides", "A. Author", Licenses.CC0_1_0));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter<LicensedWork> writer = OerJson.writeLines(out, LicensedWork.class)) {
      works.forEach(writer::write);
    }
    String text = out.toString(UTF_8);
    assertThat(text.lines()).hasSize(3).allMatch(l -> l.startsWith("{\"format\":\"oerkit/licensed-resource/1\","));
    try (JsonLinesReader<LicensedWork> reader = OerJson.readLines(new ByteArrayInputStream(out.toByteArray()),
        LicensedWork.class)) {
      assertThat(reader.values().collect(Collectors.toList())).isEqualTo(works);
    }
  }
}
