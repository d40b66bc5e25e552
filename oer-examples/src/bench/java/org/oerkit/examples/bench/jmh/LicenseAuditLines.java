package org.oerkit.examples.bench.jmh;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oerkit.examples.bench.SyntheticLicenseStrings;
import org.oerkit.examples.bench.SyntheticWorkshops;
import org.oerkit.examples.cli.Oer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * {@code oer license audit FILE --json --mandate CC-BY-4.0,CC-BY-SA-4.0} over a JSON Lines file of n
 * repository records (oerkit issue 14), run in this JVM through {@link Oer#run}, with the heap capped at
 * 64 MB by {@link Benchmarks}; {@link PeakHeapProfiler} reports the peak live heap, which must stay flat
 * from 100,000 to 1,000,000 records, and the time gives the records per second of one JVM.
 *
 * <p>Each record has a title, an author, a source and a licence field drawn from
 * {@link SyntheticLicenseStrings}; the file is generated once into the directory that the system property
 * {@code oerkit.bench.dir} names.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LicenseAuditLines {

  /** The count of records in the JSON report. */
  private static final Pattern RECORDS = Pattern.compile("\"records\"\\s*:\\s*(\\d+)");

  /** The number of records. */
  @Param({"100000", "1000000"})
  public int n;

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
    file = directory.resolve("audit-records-" + n + ".jsonl");
    if (Files.isRegularFile(file)) {
      return;
    }
    Path temporary = Files.createTempFile(directory, "audit-records-", ".tmp");
    SyntheticLicenseStrings strings = SyntheticLicenseStrings.withSeed(SyntheticWorkshops.SEED);
    JsonStringEncoder encoder = JsonStringEncoder.getInstance();
    try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < n; i++) {
        line.setLength(0);
        line.append("{\"title\":\"Lesson ").append(i)
            .append("\",\"author\":\"Aigerim Abenova\",\"source\":\"https://oer.example.org/resources/")
            .append(i).append("\",\"license\":\"");
        encoder.quoteAsString(strings.string(i), line);
        out.append(line).append("\"}\n");
      }
    }
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Audits the file as the command line does.
   *
   * @return the length of the JSON report
   */
  @Benchmark
  public int audit() {
    StringWriter report = new StringWriter();
    PrintWriter err = new PrintWriter(Writer.nullWriter());
    int status = Oer.run(new PrintWriter(report), err, "license", "audit", file.toString(), "--json",
        "--mandate", "CC-BY-4.0,CC-BY-SA-4.0");
    Matcher records = RECORDS.matcher(report.getBuffer());
    if (status != Oer.OK || !records.find() || Long.parseLong(records.group(1)) != n) {
      throw new IllegalStateException("oer license audit exited with " + status + " and reported " + report);
    }
    return report.getBuffer().length();
  }
}
