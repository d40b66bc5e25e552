package org.oerkit.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What {@code target/oer.jar}, the runnable jar of the {@code oer} command line, ships: the command line and
 * its dependencies with their licences, and no benchmark.
 *
 * <p>Runs in the {@code verify} phase (failsafe), after the shade plugin has written the jar.
 */
class OerJarIT {

  private static final Path OER_JAR = Path.of("target", "oer.jar");

  private static List<String> entries(JarFile jar) {
    return jar.stream().map(JarEntry::getName).toList();
  }

  private static Optional<String> text(JarFile jar, String name) throws IOException {
    JarEntry entry = jar.getJarEntry(name);
    if (entry == null) {
      return Optional.empty();
    }
    try (InputStream in = jar.getInputStream(entry)) {
      return Optional.of(new String(in.readAllBytes(), UTF_8));
    }
  }

  @Test
  void oerJar_holdsTheCommandLineAndNoBenchmarkClass() throws IOException {
    try (JarFile jar = new JarFile(OER_JAR.toFile())) {
      List<String> entries = entries(jar);
      assertThat(entries).contains("org/oerkit/examples/cli/Oer.class", "org/oerkit/core/license/License.class");
      assertThat(entries).noneMatch(e -> e.startsWith("org/oerkit/examples/bench/"));
      assertThat(entries).noneMatch(e -> e.startsWith("org/openjdk/jmh/"));
      assertThat(entries).doesNotContain("META-INF/BenchmarkList");
    }
  }

  @Test
  void oerJar_carriesTheLicenceOfEveryDependencyThatShipsOne() throws IOException {
    try (JarFile oer = new JarFile(OER_JAR.toFile())) {
      List<String> shipped = entries(oer);
      String licences = text(oer, "META-INF/LICENSE").orElseThrow();
      List<Path> dependencies = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
          .map(Path::of).filter(p -> p.getFileName().toString().endsWith(".jar")).toList();
      int checked = 0;
      for (Path dependency : dependencies) {
        try (JarFile jar = new JarFile(dependency.toFile())) {
          Optional<String> licence = text(jar, "META-INF/LICENSE");
          Optional<String> someClass = entries(jar).stream()
              .filter(e -> e.endsWith(".class") && !e.startsWith("META-INF/") && !e.endsWith("module-info.class"))
              .findFirst();
          if (licence.isPresent() && someClass.isPresent() && shipped.contains(someClass.get())) {
            assertThat(licences).as("licence of %s", dependency.getFileName()).contains(licence.get().strip());
            checked++;
          }
        }
      }
      assertThat(checked).as("dependencies with a META-INF/LICENSE in oer.jar").isGreaterThanOrEqualTo(2);
      assertThat(text(oer, "META-INF/NOTICE")).isPresent();
    }
  }
}
