package org.oerkit.examples.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cold start of the {@code oer} command line, the whole process from launch to exit, against
 * {@code java -version} on the same JVM: what a user waits for when typing {@code oer --version} or
 * {@code oer tour}.
 *
 * <p>The benchmark finds {@code oer.jar} through the system property {@code oerkit.jar}, which
 * {@link Benchmarks} sets to the jar beside {@code oer-bench.jar}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ColdStart {

  private String java;
  private String jar;
  private String launcher;

  /**
   * Finds the java launcher of this JVM and {@code oer.jar}.
   */
  @Setup
  public void locate() {
    java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    jar = System.getProperty("oerkit.jar", "oer-examples/target/oer.jar");
    if (!Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException("oer.jar not found at " + jar + ": build it with mvn -Pbench package");
    }
    Path script = Path.of(jar).toAbsolutePath().getParent().resolveSibling("oer");
    if (!Files.isExecutable(script)) {
      throw new IllegalStateException("the launcher oer-examples/oer is not beside " + jar);
    }
    launcher = script.toString();
  }

  /**
   * Runs {@code java -version}, the floor of any Java program's start.
   *
   * @return the exit status
   */
  @Benchmark
  public int javaVersion() {
    return run(java, "-version");
  }

  /**
   * Runs {@code oer --version}: the command line's start and nothing else.
   *
   * @return the exit status
   */
  @Benchmark
  public int oerVersion() {
    return run(java, "-jar", jar, "--version");
  }

  /**
   * Runs {@code oer tour}: the start and one real command over the Astana 2017 workshop.
   *
   * @return the exit status
   */
  @Benchmark
  public int oerTour() {
    return run(java, "-jar", jar, "tour");
  }

  /**
   * Runs {@code oer --version} through the launcher {@code oer-examples/oer}, as a user types it: the
   * client compiler, the serial collector and the class-data-sharing archive {@code target/oer.jsa}
   * that the build makes, on this JVM.
   *
   * @return the exit status
   */
  @Benchmark
  public int launcherVersion() {
    return run(launcher, "--version");
  }

  /**
   * Runs {@code oer tour} through the launcher, as {@link #launcherVersion} does.
   *
   * @return the exit status
   */
  @Benchmark
  public int launcherTour() {
    return run(launcher, "tour");
  }

  private static int run(String... command) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      Process process = builder
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      int status = process.waitFor();
      if (status != 0) {
        throw new IllegalStateException(String.join(" ", command) + " exited with " + status);
      }
      return status;
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
