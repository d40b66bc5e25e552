package org.oerkit.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code oer-examples/oer} as the README installs it, a symbolic link on the PATH, and the
 * class-data-sharing archive the build makes for it. Runs in the {@code verify} phase (failsafe), after the
 * package phase has written {@code target/oer.jar} and {@code target/oer.jsa}. Nothing here is timed: the
 * cold-start rows of BENCHMARKS.md measure the archive's effect.
 */
class OerLauncherIT {

  private static final Path LAUNCHER = Path.of("oer").toAbsolutePath();

  private static String run(Path command, String... args) throws IOException, InterruptedException {
    List<String> line = new java.util.ArrayList<>(List.of(command.toString()));
    line.addAll(List.of(args));
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  @Test
  void build_makesTheArchiveTheLauncherUses() {
    assertThat(Path.of("target", "oer.jsa")).isRegularFile();
    assertThat(Files.isExecutable(LAUNCHER)).isTrue();
  }

  @Test
  void launcher_throughASymbolicLinkOnThePath_findsItsJar_andSaysNothingElse(@TempDir Path bin)
      throws IOException, InterruptedException {
    Path oer = Files.createSymbolicLink(bin.resolve("oer"), LAUNCHER);
    try {
      assertThat(run(oer, "--version")).startsWith("oer ").doesNotContain("warning").hasLineCount(1);
      assertThat(run(oer, "license", "show", "CC-BY-4.0")).startsWith("Attribution 4.0 International (CC-BY-4.0)");
    } finally {
      // Removed here: JUnit warns when it deletes a link that points out of its directory.
      Files.delete(oer);
    }
  }
}
