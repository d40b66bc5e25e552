package org.oerkit.examples.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oerkit.examples.bench.Measurement;
import org.oerkit.examples.bench.Target;
import org.oerkit.examples.bench.Targets;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Keeps the benchmark suite from rotting: runs every benchmark of every group of {@link Benchmarks} once, in
 * this JVM, for one measured iteration of a tenth of a second at the smallest sizes, so that a benchmark that
 * throws, no longer agrees with its baseline in its set-up, or has left its group fails the build. Nothing is
 * timed or compared here; the full run ({@code java -jar oer-bench.jar}) measures.
 *
 * <p>Runs in the {@code verify} phase (failsafe), after the shade plugin has written {@code target/oer.jar},
 * which the cold-start benchmark starts.
 */
class BenchmarkSmokeIT {

  private static final String PACKAGE = Benchmarks.class.getPackageName() + ".";
  /** The sizes of the smoke run: every {@code n} parameter of the suite becomes this. */
  private static final Map<String, String> SMALL = Map.of("n", "100");

  private static Set<BenchmarkListEntry> compiled() {
    PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
    return BenchmarkList.defaultList().getAll(OutputFormatFactory.createFormatInstance(quiet, VerboseMode.SILENT),
        List.of());
  }

  /** The class and method of a benchmark, such as {@code "WorkshopRead.oerkit"}. */
  private static String name(BenchmarkListEntry entry) {
    return entry.getUsername().substring(PACKAGE.length());
  }

  /** The benchmark of a key of a {@link Target}, without its parameters and metric. */
  private static String benchmarkOf(String key) {
    int end = key.length();
    for (char c : new char[] {'[', ':'}) {
      int at = key.indexOf(c);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    return key.substring(0, end);
  }

  @Test
  void everyCompiledBenchmark_belongsToAGroupOfTheSuite() {
    Set<String> grouped = Benchmarks.GROUPS.stream().flatMap(g -> g.classes.stream()).collect(Collectors.toSet());
    Set<String> classes = compiled().stream().map(e -> name(e).substring(0, name(e).indexOf('.')))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(classes).isNotEmpty();
    assertThat(grouped).containsAll(classes);
    assertThat(classes).containsAll(grouped);
  }

  @Test
  void everyTarget_namesACompiledBenchmarkWithItsParameters() {
    Map<String, BenchmarkListEntry> byName = compiled().stream()
        .collect(Collectors.toMap(BenchmarkSmokeIT::name, e -> e));
    for (Target target : Targets.all()) {
      List<String> keys = new ArrayList<>();
      keys.add(target.measurement());
      target.reference().ifPresent(keys::add);
      for (String key : keys) {
        BenchmarkListEntry entry = byName.get(benchmarkOf(key));
        assertThat(entry).as("the benchmark of %s in target %s", key, target).isNotNull();
        int open = key.indexOf('[');
        if (open >= 0) {
          String[] param = key.substring(open + 1, key.indexOf(']')).split("=");
          assertThat(entry.getParams().get()).as(key).containsKey(param[0]);
          assertThat(entry.getParams().get().get(param[0])).as(key).contains(param[1]);
        }
      }
    }
  }

  @Test
  void everyBenchmark_runsOnceAtTheSmallestSize() throws Exception {
    Path out = Path.of("target", "benchmark-smoke");
    Files.createDirectories(out);
    System.setProperty("oerkit.bench.dir", out.toString());
    System.setProperty("oerkit.jar", Path.of("target", "oer.jar").toString());
    // JMH refuses to start while another JMH holds /tmp/jmh.lock (a benchmark run, or another build's smoke
    // run on a shared machine); this run times nothing, so it may share the machine.
    System.setProperty("jmh.ignoreLock", "true");
    Set<String> ran = new TreeSet<>();
    for (Benchmarks.Group group : Benchmarks.GROUPS) {
      for (Measurement measurement : Benchmarks.run(group, group.classes, Benchmarks.Length.SMOKE, out, out,
          SMALL)) {
        assertThat(measurement.score()).as(measurement.key()).isNotNaN();
        ran.add(measurement.benchmark());
      }
    }
    Set<String> all = compiled().stream().map(BenchmarkSmokeIT::name).collect(Collectors.toCollection(TreeSet::new));
    assertThat(ran).isEqualTo(all);
  }
}
