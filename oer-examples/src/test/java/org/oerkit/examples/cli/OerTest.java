package org.oerkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import org.oerkit.core.DomainRuleException;

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
    assertThat(run.errLine()).startsWith("oer: Unmatched argument").contains("'frobnicate'").doesNotContain("\n");
  }

  @Test
  void run_unknownOption_isUsageErrorOnOneLine() {
    OerRun run = OerRun.of("tour", "--frobnicate");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).isEqualTo("oer tour: Unknown option: '--frobnicate'");
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
  void describe_projectException_isItsMessage() {
    DomainRuleException e = new DomainRuleException("Country", "code", "must be an ISO 3166-1 alpha-2 code", "XX");

    assertThat(Oer.describe(e)).isEqualTo("Country.code must be an ISO 3166-1 alpha-2 code, was \"XX\"");
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
