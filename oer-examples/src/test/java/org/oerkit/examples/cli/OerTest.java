package org.oerkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerkit.core.DomainRuleException;
import org.oerkit.json.OerJson;
import tools.jackson.databind.JsonNode;

class OerTest {

  @Test
  void run_noCommand_isUsageErrorOnOneLine() {
    OerRun run = OerRun.of();

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLine()).isEqualTo("oer: Missing a command; try 'oer tour' or 'oer --help'");
  }

  @Test
  void run_unknownCommand_isUsageErrorOnOneLine() {
    OerRun run = OerRun.of("frobnicate");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).isEqualTo("oer: Unknown command 'frobnicate'; the commands: tour, workshop, license, "
        + "policy, json, help");
  }

  @Test
  void run_misspelledCommand_namesTheClosest() {
    OerRun run = OerRun.of("licence", "shwo", "CC-BY-4.0");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).isEqualTo("oer license: Unknown command 'shwo'; did you mean show?");
  }

  @Test
  void run_misspelledTopCommand_namesTheClosest() {
    assertThat(OerRun.of("polcy", "show", "kazakhstan-draft").errLine())
        .isEqualTo("oer: Unknown command 'polcy'; did you mean policy?");
  }

  @Test
  void run_misspelledOption_namesTheClosest() {
    OerRun run = OerRun.of("workshop", "export", "astana-2017", "--formt", "json");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).isEqualTo("oer workshop export: Unknown option '--formt'; did you mean --format?");
  }

  @Test
  void run_abbreviatedOption_namesTheOptionsItBegins() {
    assertThat(OerRun.of("workshop", "export", "astana-2017", "--out", "a.md").errLine())
        .isEqualTo("oer workshop export: Unknown option '--out'; did you mean --output?");
  }

  @Test
  void run_badEnumValue_listsTheValuesAsTyped_withTheClosest() {
    OerRun run = OerRun.of("policy", "show", "kazakhstan-draft", "--format", "markdwn");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).isEqualTo("oer policy show: Invalid value for option '--format': 'markdwn' is not one of "
        + "markdown, json, docx; did you mean markdown?");
  }

  @Test
  void run_usageErrorWithJson_isJsonOnStandardOutput() {
    OerRun run = OerRun.of("license", "show", "CC-BY-4.0", "--jsn", "--json");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    JsonNode error = OerJson.mapper().readTree(run.out()).get("errors").get(0);
    assertThat(error.get("message").asString()).isEqualTo("Unknown option '--jsn'; did you mean --json?");
    assertThat(error.get("file").isNull()).isTrue();
  }

  @Test
  void run_badInputWithJson_isJsonOnStandardOutput_andStillFails() {
    OerRun run = OerRun.of("license", "show", "CC-BY-9.0", "--json");

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    JsonNode node = OerJson.mapper().readTree(run.out());
    assertThat(node.propertyNames()).containsExactly("errors");
    assertThat(node.get("errors").get(0).propertyNames())
        .containsExactly("file", "line", "column", "pointer", "message");
    assertThat(node.get("errors").get(0).get("message").asString()).startsWith("\"CC-BY-9.0\" must name a known");
    assertThat(run.errLine()).startsWith("oer license show: \"CC-BY-9.0\"");
  }

  @Test
  void run_unreadableFileWithFormatJson_isJsonNamingTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cut.json");
    Files.writeString(file, "{\"format\": \"oerkit/policy-draft/1\", \"country\": 7}", StandardCharsets.UTF_8);

    OerRun run = OerRun.of("policy", "show", file.toString(), "--format", "json");

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    JsonNode error = OerJson.mapper().readTree(run.out()).get("errors").get(0);
    assertThat(error.get("file").asString()).isEqualTo(file.toString());
    assertThat(error.get("line").asInt()).isEqualTo(1);
    assertThat(error.get("pointer").asString()).isEqualTo("/country");
    assertThat(run.errLine()).startsWith(file + ":1:").contains(": /country: ");
  }

  @Test
  void run_unknownOption_isUsageErrorOnOneLine() {
    OerRun run = OerRun.of("tour", "--frobnicate");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).isEqualTo("oer tour: Unknown option '--frobnicate'; see 'oer tour --help'");
  }

  @Test
  void run_groupWithoutCommand_isUsageError() {
    for (String group : new String[] {"workshop", "license", "policy", "json"}) {
      OerRun run = OerRun.of(group);

      assertThat(run.status()).as(group).isEqualTo(Oer.USAGE);
      assertThat(run.errLine()).as(group).isEqualTo("oer " + group + ": Missing a command; try 'oer " + group
          + " --help'");
    }
  }

  @Test
  void run_help_printsUsageAndSucceeds() {
    OerRun run = OerRun.of("--help");

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.out()).contains("Usage: oer").contains("Exit status:").contains("2   usage error")
        .contains("tour").contains("workshop").contains("license")
        .contains("policy").contains("json");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void run_helpCommand_printsUsageOfTheNamedCommand() {
    OerRun run = OerRun.of("help", "license");

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.out()).contains("Usage: oer license");
  }

  @Test
  void run_version_printsVersion() {
    OerRun run = OerRun.of("--version");

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.out()).startsWith("oer ");
  }

  @Test
  void describe_brokenRule_isSaidOfTheValue_withoutJavaNames() {
    DomainRuleException e = new DomainRuleException("Country", "code", "must be an ISO 3166-1 alpha-2 code", "XX");

    assertThat(Oer.describe(e)).isEqualTo("\"XX\" must be an ISO 3166-1 alpha-2 code");
  }

  @Test
  void closest_namesAllAtTheSmallestDistance_orNone() {
    assertThat(Oer.closest("shwo", List.of("show", "combine", "adapt"))).contains("show");
    assertThat(Oer.closest("--jsn", List.of("--json", "--help"))).contains("--json");
    assertThat(Oer.closest("frobnicate", List.of("tour", "policy"))).isEmpty();
  }

  @Test
  void describe_missingFile_namesTheFile() {
    assertThat(Oer.describe(new UncheckedIOException(new NoSuchFileException("agenda.json"))))
        .isEqualTo("no such file: agenda.json");
  }

  @Test
  void describe_otherIoError_saysItCannotRead() {
    assertThat(Oer.describe(new IOException("agenda.json: Is a directory")))
        .isEqualTo("cannot read agenda.json: Is a directory");
  }

  @Test
  void describe_multiLineMessage_isOneLine() {
    assertThat(Oer.describe(new IllegalStateException("first\n  second")))
        .isEqualTo("unexpected IllegalStateException: first second");
  }
}
