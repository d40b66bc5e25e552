package org.oerkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerkit.core.Report;
import org.oerkit.core.Severity;
import org.oerkit.core.UnreadableDocumentException;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.OrganizationKind;
import org.oerkit.core.vocabulary.Person;

class OerJsonTest {

  static final Organization UNESCO = Organization.builder().name("UNESCO").kind(OrganizationKind.UNESCO).build();
  static final Person PERSON = Person.builder()
      .name("Meldebekova Mayra Turganbaevna")
      .familyName("Meldebekova")
      .honorific("Ms.")
      .addAffiliation(Organization.builder().name("UNESCO Almaty Cluster Office").acronym("UNESCO Almaty")
          .kind(OrganizationKind.UNESCO).country(Country.KAZAKHSTAN).parent(UNESCO).build())
      .build();

  private static byte[] json(String text) {
    return text.replace('\'', '"').getBytes(UTF_8);
  }

  @Test
  void write_person_matchesGoldenFile() throws IOException {
    assertThat(OerJson.writeString(PERSON)).isEqualTo(Golden.read("person.json"));
  }

  @Test
  void read_goldenPerson_givesEqualPerson() throws IOException {
    assertThat(OerJson.read(Golden.read("person.json").getBytes(UTF_8), Person.class)).isEqualTo(PERSON);
  }

  @Test
  void write_localizedText_keepsOriginalLanguageFirst() {
    LocalizedText text = LocalizedText.of(LanguageTag.KAZAKH, "Ашық білім").with(LanguageTag.ENGLISH, "Open");
    assertThat(OerJson.writeString(text)).isEqualTo("{\n  \"kk\": \"Ашық білім\",\n  \"en\": \"Open\"\n}\n");
    assertThat(OerJson.read(OerJson.write(text), LocalizedText.class).originalLanguage()).isEqualTo(LanguageTag.KAZAKH);
  }

  @Test
  void write_underAnotherDefaultLocale_givesTheSameBytes() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ROOT);
      byte[] root = OerJson.write(PERSON);
      Locale.setDefault(new Locale("tr", "TR"));
      byte[] turkish = OerJson.write(PERSON);
      Locale.setDefault(new Locale("ar", "EG"));
      assertThat(OerJson.write(PERSON)).isEqualTo(root).isEqualTo(turkish);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void write_everyGeneratedValue_readsBackEqual() {
    qt().withExamples(300).forAll(Generators.people()).check(p -> OerJson.read(OerJson.write(p), Person.class).equals(p));
    qt().withExamples(200).forAll(Generators.organizations())
        .check(o -> OerJson.read(OerJson.write(o), Organization.class).equals(o));
    qt().withExamples(200).forAll(Generators.localizedTexts())
        .check(t -> OerJson.read(OerJson.write(t), LocalizedText.class).equals(t));
    qt().withExamples(200).forAll(Generators.reports()).check(r -> OerJson.read(OerJson.write(r), Report.class).equals(r));
  }

  @Test
  void write_twice_givesTheSameBytes() {
    qt().withExamples(100).forAll(Generators.people())
        .check(p -> java.util.Arrays.equals(OerJson.write(p), OerJson.write(Person.builder().from(p).build())));
  }

  @Test
  void read_country_acceptsOnlyCanonicalCode() {
    assertThat(OerJson.read(json("'KZ'"), Country.class)).isEqualTo(Country.KAZAKHSTAN);
    assertThatThrownBy(() -> OerJson.read(json("'kz'"), Country.class))
        .isInstanceOf(OerJsonException.class).hasMessageContaining("ISO 3166-1 alpha-2");
  }

  @Test
  void read_unknownProperty_isAnErrorAtItsPointer() {
    assertThatThrownBy(() -> OerJson.read(json("{'name':'A','affiliations':[{'name':'B','kind':'NGO','url':'x'}]}"),
        Person.class))
        .isInstanceOfSatisfying(OerJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/affiliations/0/url");
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.column()).isPositive();
          assertThat(e.problem()).contains("\"url\" is not a property of an Organization", "check its spelling");
        });
  }

  @Test
  void read_missingRequiredProperty_pointsAtTheObject() {
    assertThatThrownBy(() -> OerJson.read(json("{'name':'A','affiliations':[{'name':'B'}]}"), Person.class))
        .isInstanceOfSatisfying(OerJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/affiliations/0");
          assertThat(e.problem()).isEqualTo("An Organization needs \"kind\", which is missing.");
        });
  }

  @Test
  void read_domainRuleBrokenAtBuild_pointsAtTheField() {
    String finding = "{'rule':{'id':'a.b','description':'d','source':'s'},'severity':'ERROR','location':' ',"
        + "'message':'m'}";
    assertThatThrownBy(() -> OerJson.read(json("{'findings':[" + finding + "]}"), Report.class))
        .isInstanceOfSatisfying(OerJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/findings/0/location");
          assertThat(e.problem()).contains("Finding.location must not be blank");
        });
  }

  @Test
  void read_domainRuleBrokenByAValue_pointsAtTheValue() {
    assertThatThrownBy(() -> OerJson.read(json("{'rule':{'id':'Not An Id','description':'d','source':'s'}}"),
        org.oerkit.core.Finding.class))
        .isInstanceOfSatisfying(OerJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/rule/id");
          assertThat(e.problem()).contains("Rule.id must be lower-case words");
        });
  }

  @Test
  void read_null_isRefusedWithAdvice() {
    assertThatThrownBy(() -> OerJson.read(json("{'name':'A','honorific':null}"), Person.class))
        .isInstanceOfSatisfying(OerJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/honorific");
          assertThat(e.problem()).contains("must not be null", "leave the property out");
        });
  }

  @Test
  void read_error_isAnUnreadableDocumentExceptionWithLocation() {
    assertThatThrownBy(() -> OerJson.read(json("{'name':1}"), Person.class))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("/name (line 1, column 9): Expected text here, but found a number.");
  }

  @Test
  void readLenient_unknownProperties_areSkippedAndReported() {
    ReadResult<Person> result = OerJson.readLenient(
        json("{'name':'A','nick':{'deep':[1,2]},'affiliations':[{'name':'B','kind':'NGO','url':'x'}]}"), Person.class);
    assertThat(result.value()).isEqualTo(Person.builder().name("A")
        .addAffiliation(Organization.of("B", OrganizationKind.NGO)).build());
    assertThat(result.ignored()).containsExactly("/nick", "/affiliations/0/url");
    assertThat(result.report().count(Severity.WARNING)).isEqualTo(2);
    assertThat(result.report().findings().get(1).message()).isEqualTo("\"url\" is not a property of Organization and was ignored.");
  }

  @Test
  void readLenient_otherProblems_stayErrors() {
    assertThatThrownBy(() -> OerJson.readLenient(json("{'name':'A','name':'B'}"), Person.class))
        .isInstanceOf(OerJsonException.class).hasMessageContaining("appears twice");
  }

  @Test
  void read_inputStream_isLeftOpenAndFullyChecked() throws IOException {
    ByteArrayInputStream in = new ByteArrayInputStream(json("{'name':'A'} x"));
    assertThatThrownBy(() -> OerJson.read(in, Person.class)).isInstanceOf(OerJsonException.class);
    ByteArrayInputStream ok = new ByteArrayInputStream(json("{'name':'A'}\n"));
    assertThat(OerJson.read(ok, Person.class)).isEqualTo(Person.of("A"));
  }

  @Test
  void write_path_replacesTheFileAndLeavesNothingElse(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("person.json");
    Files.writeString(file, "old");
    OerJson.write(PERSON, file);
    assertThat(OerJson.read(file, Person.class)).isEqualTo(PERSON);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("person.json");
    }
  }

  @Test
  void limits_areSetOnOurMapperOnlyAndLeaveJacksonsDefaultsAlone() {
    OerJson.mapper();
    tools.jackson.core.StreamReadConstraints defaults = tools.jackson.core.StreamReadConstraints.defaults();
    assertThat(defaults.getMaxNestingDepth()).isEqualTo(500);
    assertThat(defaults.getMaxDocumentLength()).isEqualTo(-1);
    tools.jackson.core.StreamReadConstraints ours = OerJson.mapper().tokenStreamFactory().streamReadConstraints();
    assertThat(ours.getMaxNestingDepth()).isEqualTo(OerJson.MAX_NESTING_DEPTH);
    assertThat(ours.getMaxStringLength()).isEqualTo(OerJson.MAX_STRING_LENGTH);
    assertThat(ours.getMaxNumberLength()).isEqualTo(OerJson.MAX_NUMBER_LENGTH);
    assertThat(ours.getMaxNameLength()).isEqualTo(OerJson.MAX_NAME_LENGTH);
    assertThat(ours.getMaxDocumentLength()).isEqualTo(OerJson.MAX_DOCUMENT_LENGTH);
    assertThat(ours.getMaxTokenCount()).isEqualTo(OerJson.MAX_TOKEN_COUNT);
  }

  @Test
  void mapper_isSharedAndBindsOurTypes() {
    assertThat(OerJson.mapper()).isSameAs(OerJson.mapper());
    assertThat(OerJson.mapper().readValue("\"kk\"", LanguageTag.class)).isEqualTo(LanguageTag.KAZAKH);
    assertThat(OerJson.mapper().writeValueAsString(List.of(Country.FRANCE))).isEqualTo("[\"FR\"]");
  }

  // Issue 12: writing a file keeps what the file is, and where it is.

  @Test
  void writeFile_existingFile_keepsItsPermissions(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    java.nio.file.Path file = dir.resolve("person.json");
    java.nio.file.Files.writeString(file, "old");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null);
    java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    OerJson.write(PERSON, file);
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r--r--");
    assertThat(OerJson.read(file, Person.class)).isEqualTo(PERSON);
  }

  @Test
  void writeFile_throughASymbolicLink_replacesTheTargetAndKeepsTheLink(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
    java.nio.file.Path real = java.nio.file.Files.createDirectory(dir.resolve("real")).resolve("person.json");
    java.nio.file.Files.writeString(real, "old");
    java.nio.file.Path link = dir.resolve("link.json");
    try {
      java.nio.file.Files.createSymbolicLink(link, real);
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
    }
    OerJson.write(PERSON, link);
    assertThat(java.nio.file.Files.isSymbolicLink(link)).isTrue();
    assertThat(java.nio.file.Files.readSymbolicLink(link)).isEqualTo(real);
    assertThat(OerJson.read(real, Person.class)).isEqualTo(PERSON);
    try (java.util.stream.Stream<java.nio.file.Path> left = java.nio.file.Files.list(real.getParent())) {
      assertThat(left).containsExactly(real);
    }
  }

  @Test
  void writeFile_newFile_isCreated(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    java.nio.file.Path file = dir.resolve("new.json");
    OerJson.write(PERSON, file);
    assertThat(OerJson.read(file, Person.class)).isEqualTo(PERSON);
  }
}
