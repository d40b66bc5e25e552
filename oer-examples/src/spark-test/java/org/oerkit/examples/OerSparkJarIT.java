package org.oerkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerkit.examples.cli.Oer;

/**
 * What {@code target/oer-spark.jar}, the Spark job for {@code spark-submit}, ships, and that it runs as a
 * cluster runs it: in a JVM of its own whose class path is the job jar and Spark's jars only (Spark's
 * Jackson 2, no oerkit, no Jackson 3, no picocli) and Kryo as Spark's serializer, giving the report
 * {@code oer license audit} gives.
 *
 * <p>Runs in the {@code verify} phase of the {@code spark} profile (failsafe), after the shade plugin.
 */
class OerSparkJarIT {

  private static final Path JAR = Path.of("target", "oer-spark.jar");

  @Test
  void sparkJar_holdsTheJobAndOerkitButNotSpark() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> entries = jar.stream().map(JarEntry::getName).toList();
      assertThat(entries).contains("org/oerkit/examples/cli/SparkLicenseAudit.class",
          "org/oerkit/core/license/LicenseAudit.class", "org/oerkit/json/OerJson.class",
          "org/oerkit/shaded/com/google/common/collect/ImmutableList.class");
      assertThat(entries).noneMatch(e -> e.startsWith("org/apache/spark/") || e.startsWith("scala/")
          || e.startsWith("com/google/common/") || e.startsWith("com/fasterxml/"));
      assertThat(entries).doesNotContain("log4j2.component.properties");
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("org.oerkit.examples.cli.SparkLicenseAudit");
    }
  }

  @Test
  void sparkJar_onSparksClassPathAlone_printsTheCommandsReport(@TempDir Path dir) throws Exception {
    Path records = dir.resolve("records.jsonl");
    Files.writeString(records, """
        {"title": "Algebra 1", "license": "CC BY 4.0", "source": "https://example.org/1"}
        {"title": "Biology", "license": "https://creativecommons.org/licenses/by-nc/4.0/"}
        this line is not JSON
        {"title": "Chemistry", "license": "cc-by"}
        {"title": "Drawing", "licence": "All rights reserved"}
        {"title": "Economics", "license": ["CC-BY-SA-4.0"]}
        """);
    StringWriter expected = new StringWriter();
    Oer.run(new PrintWriter(expected), new PrintWriter(new StringWriter()), "license", "audit", records.toString(),
        "--mandate", "CC-BY-4.0", "--json");

    List<String> sparkJars = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> entry.endsWith(".jar"))
        .filter(entry -> Stream.of("/target/", "/org/oerkit/", "/tools/jackson/", "/info/picocli/", "/org/apache/poi/")
            .noneMatch(entry.replace(File.separatorChar, '/')::contains))
        .toList();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", JAR + File.pathSeparator + String.join(File.pathSeparator, sparkJars)));
    command.addAll(List.of(System.getProperty("oer.spark.jvmOptions", "").trim().split("\\s+")));
    // Kryo, as many clusters set it (SparkConf reads spark.* system properties): the job must not depend on it.
    command.add("-Dspark.serializer=org.apache.spark.serializer.KryoSerializer");
    command.addAll(List.of("org.oerkit.examples.cli.SparkLicenseAudit", records.toString(), "--master", "local[2]",
        "--mandate", "CC-BY-4.0", "--json"));
    Path out = dir.resolve("out.json");
    Path err = dir.resolve("err.txt");
    Process process = new ProcessBuilder(command.stream().filter(s -> !s.isEmpty()).collect(Collectors.toList()))
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the job ends").isTrue();

    assertThat(process.exitValue()).as(Files.readString(err, StandardCharsets.UTF_8)).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    assertThat(Files.readString(err, StandardCharsets.UTF_8))
        .contains(":3: this line is not a JSON object");
  }
}
