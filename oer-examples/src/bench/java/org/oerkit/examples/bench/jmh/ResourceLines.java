package org.oerkit.examples.bench.jmh;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.oerkit.core.license.LicensedWork;
import org.oerkit.examples.bench.SyntheticResources;
import org.oerkit.examples.bench.SyntheticWorkshops;
import org.oerkit.json.JsonLine;
import org.oerkit.json.JsonLinesReader;
import org.oerkit.json.JsonLinesWriter;
import org.oerkit.json.OerJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a JSON Lines file of n licensed works ({@code OerJson.readLines}), one record at a time, with the
 * heap capped at 64 MB by {@link Benchmarks}; {@link PeakHeapProfiler} reports the peak live heap, which
 * must stay flat from 100,000 to 1,000,000 works. {@link #tokenScan} reads the same bytes binding nothing,
 * the floor; {@link Benchmarks} gives both as megabytes per second too.
 *
 * <p>The file is generated once, streamed through {@code OerJson.writeLines}, into the directory that the
 * system property {@code oerkit.bench.dir} names (the runner's {@code target/benchmarks}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ResourceLines {

  /** The number of works. */
  @Param({"100000", "1000000"})
  public int n;

  private static final JsonFactory SCAN = new JsonFactory();

  private Path file;

  /**
   * Writes the file, unless an earlier run has.
   *
   * @throws IOException if it cannot be written
   */
  @Setup
  public void setUp() throws IOException {
    Path directory = Path.of(System.getProperty("oerkit.bench.dir", System.getProperty("java.io.tmpdir")));
    Files.createDirectories(directory);
    file = file(directory, n);
    if (Files.isRegularFile(file)) {
      return;
    }
    Path temporary = Files.createTempFile(directory, "licensed-works-", ".tmp");
    SyntheticResources resources = SyntheticResources.withSeed(SyntheticWorkshops.SEED);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
        JsonLinesWriter<LicensedWork> lines = OerJson.writeLines(out, LicensedWork.class)) {
      for (int i = 0; i < n; i++) {
        lines.write(resources.work(i));
      }
    }
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Gets the file of n works in a directory.
   *
   * @param directory  the directory, not null
   * @param n  the number of works
   * @return the file
   */
  static Path file(Path directory, int n) {
    return directory.resolve("licensed-works-" + n + ".jsonl");
  }

  /**
   * Scans the tokens of every record of the same file, binding nothing: the floor of reading it.
   *
   * @return the number of tokens
   */
  @Benchmark
  public long tokenScan() {
    long tokens = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        JsonParser parser = SCAN.createParser(ObjectReadContext.empty(), in)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /**
   * Reads every record.
   *
   * @return the number of valid records
   */
  @Benchmark
  public long read() {
    long valid = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        JsonLinesReader<LicensedWork> lines = OerJson.readLines(in, LicensedWork.class)) {
      for (JsonLine<LicensedWork> line : lines) {
        if (line.isValid() && line.value().license() != null) {
          valid++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (valid != n) {
      throw new IllegalStateException("read " + valid + " valid works of " + n);
    }
    return valid;
  }
}
