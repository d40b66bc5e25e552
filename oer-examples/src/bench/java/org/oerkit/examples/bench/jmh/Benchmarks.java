package org.oerkit.examples.bench.jmh;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.oerkit.examples.bench.Measurement;
import org.oerkit.examples.bench.RatioTable;
import org.oerkit.examples.bench.Targets;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmark suite and prints its ratios: the main class of {@code oer-bench.jar}.
 *
 * <pre>
 * mvn -B -Pbench -DskipTests package
 * java -jar oer-examples/target/oer-bench.jar [quick|full] [--only=WorkshopRead,ColdStart] [--update=BENCHMARKS.md]
 * </pre>
 *
 * <p>The benchmarks run in groups, each with the JVM options and profiler it needs: the JSON and iCalendar
 * binding with JMH's allocation profiler, the JSON Lines reader and the licence audit with the heap capped at
 * 64 MB and the {@link PeakHeapProfiler}, the algorithms, the detection of a million licence strings, the
 * naive baselines, and the cold start of the command line. {@code quick} (the default) runs one fork of 3
 * warm-up and 5 measured iterations of one second and takes about ten minutes on two cores; {@code full}
 * runs 3 forks of 5 and 10 (about 25 minutes), the harness that {@code json-performance-reliability.md}
 * §5.a proposes. The sides of an {@code interleaved} benchmark (its {@code @AuxCounters} ending in
 * {@code Nanos}) become measurements of their own, such as {@code WorkshopWrite.interleaved:oerkit}. The ratios go to standard output and, as Markdown,
 * to {@code target/benchmarks/results.md}; {@code --update} also writes them into a file between the
 * markers {@code <!-- results:begin -->} and {@code <!-- results:end -->}. The exit status is 1 if a
 * benchmark of a target did not run; a missed target is reported, not an error.
 */
public final class Benchmarks {

  private static final String PACKAGE = Benchmarks.class.getPackageName() + ".";
  private static final String BEGIN = "<!-- results:begin -->";
  private static final String END = "<!-- results:end -->";

  /** How long the suite runs. */
  enum Length {
    QUICK(1, 3, 5, 1, 1, 2, TimeValue.seconds(1)),
    FULL(3, 5, 10, 1, 2, 3, TimeValue.seconds(1)),
    /**
     * Every benchmark once, in this JVM, for one iteration of a tenth of a second: what the build's
     * {@code BenchmarkSmokeIT} runs so that a broken benchmark fails it. Times nothing worth reading.
     */
    SMOKE(0, 0, 1, 0, 0, 1, TimeValue.milliseconds(100));

    final int forks;
    final int warmups;
    final int iterations;
    final int slowForks;
    final int slowWarmups;
    final int slowIterations;
    final TimeValue time;

    Length(int forks, int warmups, int iterations, int slowForks, int slowWarmups, int slowIterations,
        TimeValue time) {
      this.forks = forks;
      this.warmups = warmups;
      this.iterations = iterations;
      this.slowForks = slowForks;
      this.slowWarmups = slowWarmups;
      this.slowIterations = slowIterations;
      this.time = time;
    }
  }

  /** A group of benchmarks that share JVM options, a profiler and an iteration scheme. */
  static final class Group {
    final String name;
    final List<String> classes;
    final List<String> jvmArgs;
    final Optional<Class<? extends InternalProfiler>> profiler;
    final boolean slow;

    Group(String name, List<String> classes, List<String> jvmArgs,
        Optional<Class<? extends InternalProfiler>> profiler, boolean slow) {
      this.name = name;
      this.classes = classes;
      this.jvmArgs = jvmArgs;
      this.profiler = profiler;
      this.slow = slow;
    }
  }

  static final List<Group> GROUPS = ImmutableList.of(
      new Group("json", List.of("WorkshopRead", "WorkshopWrite", "ICalendarWrite", "ICalendarRead",
          "ScheduleXmlRead"), List.of("-Xms1g", "-Xmx1g"),
          Optional.of(GCProfiler.class), false),
      new Group("lines", List.of("ResourceLines", "LicenseAuditLines"), List.of("-Xmx64m"),
          Optional.of(PeakHeapProfiler.class), true),
      new Group("algorithms", List.of("LicenseCompatibility", "ProgrammeValidation", "GapAnalysis", "LicenseTexts"),
          List.of("-Xms2g", "-Xmx2g"), Optional.of(GCProfiler.class), false),
      new Group("detection", List.of("LicenseDetection"), List.of("-Xms2g", "-Xmx2g"), Optional.empty(), true),
      new Group("naive", List.of("LicenseCompatibilityNaive", "ProgrammeValidationBruteForce"),
          List.of("-Xms2g", "-Xmx2g"), Optional.empty(), true),
      new Group("start", List.of("ColdStart"), List.of("-Xmx256m"), Optional.empty(), false));

  private Benchmarks() {}

  /**
   * Runs the suite.
   *
   * @param args  {@code quick} or {@code full}, {@code --only=Class,...}, {@code --update=FILE}
   * @throws IOException if the results cannot be written
   */
  public static void main(String... args) throws IOException {
    Length length = Length.QUICK;
    Set<String> all = GROUPS.stream().flatMap(g -> g.classes.stream()).collect(Collectors.toCollection(TreeSet::new));
    Set<String> only = all;
    Optional<Path> update = Optional.empty();
    for (String arg : args) {
      if (arg.equals("quick") || arg.equals("full")) {
        length = Length.valueOf(arg.toUpperCase(Locale.ROOT));
      } else if (arg.startsWith("--only=")) {
        only = new TreeSet<>(Arrays.asList(arg.substring("--only=".length()).split(",")));
      } else if (arg.startsWith("--update=")) {
        update = Optional.of(Path.of(arg.substring("--update=".length())));
      } else {
        System.err.println("usage: java -jar oer-bench.jar [quick|full] [--only=Class,...] [--update=FILE]");
        System.exit(2);
      }
    }
    Path home = home();
    Path out = home.resolve("benchmarks");
    Files.createDirectories(out);
    Instant started = Instant.now();
    String loadBefore = loadAverage();
    List<Measurement> measurements = new ArrayList<>();
    for (Group group : GROUPS) {
      List<String> selected = group.classes.stream().filter(only::contains).collect(Collectors.toList());
      if (!selected.isEmpty()) {
        try {
          measurements.addAll(run(group, selected, length, home, out));
        } catch (RunnerException e) {
          // One broken group leaves its rows "not measured"; the others still run.
          System.err.println("benchmark group " + group.name + " failed: " + e);
        }
      }
    }
    Duration took = Duration.between(started, Instant.now()).truncatedTo(ChronoUnit.SECONDS);
    RatioTable table = RatioTable.of(Targets.all(), measurements);
    String report = report(table, length, started, took, loadBefore, loadAverage(), args);
    Files.writeString(out.resolve("results.md"), report, StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(report);
    if (update.isPresent()) {
      updateFile(update.get(), report);
    }
    boolean complete = table.rows().stream().noneMatch(r -> r.verdict().equals("not measured"));
    System.exit(complete || !only.containsAll(all) ? 0 : 1);
  }

  static Collection<Measurement> run(Group group, List<String> classes, Length length, Path home, Path out)
      throws RunnerException {
    return run(group, classes, length, home, out, Map.of());
  }

  /**
   * Runs some benchmarks of a group.
   *
   * @param params  values that replace those of the benchmarks' {@code @Param}s, such as a small {@code n}
   *     for the smoke run
   */
  static Collection<Measurement> run(Group group, List<String> classes, Length length, Path home, Path out,
      Map<String, String> params) throws RunnerException {
    List<String> jvmArgs = new ArrayList<>(group.jvmArgs);
    jvmArgs.add("-Doerkit.jar=" + home.resolve("oer.jar"));
    jvmArgs.add("-Doerkit.bench.dir=" + out);
    ChainedOptionsBuilder options = new OptionsBuilder()
        .forks(group.slow ? length.slowForks : length.forks)
        .warmupIterations(group.slow ? length.slowWarmups : length.warmups)
        .warmupTime(length.time)
        .measurementIterations(group.slow ? length.slowIterations : length.iterations)
        .measurementTime(length.time)
        .jvmArgs(jvmArgs.toArray(new String[0]))
        .shouldFailOnError(true)
        .resultFormat(ResultFormatType.JSON)
        .result(out.resolve("jmh-" + group.name + ".json").toString());
    for (String name : classes) {
      options.include("^" + java.util.regex.Pattern.quote(PACKAGE + name + ".") + "\\w+$");
    }
    group.profiler.ifPresent(options::addProfiler);
    params.forEach(options::param);
    if (length == Length.SMOKE) {
      options.verbosity(org.openjdk.jmh.runner.options.VerboseMode.SILENT);
    }
    List<Measurement> measurements = new ArrayList<>();
    for (RunResult result : new Runner(options.build()).run()) {
      measurements.addAll(measurements(result));
      throughput(result, out).ifPresent(measurements::add);
    }
    return measurements;
  }

  static List<Measurement> measurements(RunResult result) {
    BenchmarkParams params = result.getParams();
    String benchmark = params.getBenchmark().substring(PACKAGE.length());
    Map<String, String> values = new LinkedHashMap<>();
    params.getParamsKeys().forEach(k -> values.put(k, params.getParam(k)));
    List<Measurement> measurements = new ArrayList<>();
    Result<?> primary = result.getPrimaryResult();
    measurements.add(Measurement.of(benchmark, values, Measurement.PRIMARY, primary.getScore(),
        primary.getScoreError(), primary.getScoreUnit()));
    for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
      String metric = secondary.getKey().replace("·", "");
      if (metric.equals("gc.alloc.rate.norm") || metric.startsWith("heap.")) {
        Result<?> r = secondary.getValue();
        measurements.add(Measurement.of(benchmark, values, metric, r.getScore(), r.getScoreError(),
            r.getScoreUnit()));
      } else if (metric.endsWith(SIDE_NANOS) && result.getSecondaryResults().containsKey(ROUNDS)) {
        measurements.add(side(result, benchmark, values, secondary.getKey()));
      }
    }
    return measurements;
  }

  /**
   * The megabytes per second of a benchmark of {@link ResourceLines}, which reads the file of its n works
   * once an operation: metric {@code throughput}, in MB/s.
   */
  private static Optional<Measurement> throughput(RunResult result, Path out) {
    BenchmarkParams params = result.getParams();
    String benchmark = params.getBenchmark().substring(PACKAGE.length());
    if (!benchmark.startsWith(ResourceLines.class.getSimpleName() + ".")) {
      return Optional.empty();
    }
    Path file = ResourceLines.file(out, Integer.parseInt(params.getParam("n")));
    try {
      double megabytes = Files.size(file) / 1e6;
      double seconds = result.getPrimaryResult().getScore() / 1_000;
      Map<String, String> values = new LinkedHashMap<>();
      params.getParamsKeys().forEach(k -> values.put(k, params.getParam(k)));
      return Optional.of(Measurement.of(benchmark, values, "throughput", megabytes / seconds, Double.NaN, "MB/s"));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The suffix of the counters of an interleaved benchmark's sides, such as {@code oerkitNanos}. */
  static final String SIDE_NANOS = "Nanos";
  /** The counter of an interleaved benchmark's rounds, each of which runs every side once. */
  static final String ROUNDS = "rounds";

  /**
   * One side of an interleaved benchmark ({@link WorkshopWrite#interleaved}): its mean time a round in
   * microseconds, metric {@code oerkit} for the counter {@code oerkitNanos}, with the 99.9 % half-width over
   * the iterations of every fork, as JMH gives it for a primary result.
   */
  private static Measurement side(RunResult result, String benchmark, Map<String, String> values, String counter) {
    org.openjdk.jmh.util.ListStatistics perRound = new org.openjdk.jmh.util.ListStatistics();
    for (org.openjdk.jmh.results.BenchmarkResult fork : result.getBenchmarkResults()) {
      for (org.openjdk.jmh.results.IterationResult iteration : fork.getIterationResults()) {
        Result<?> nanos = iteration.getSecondaryResults().get(counter);
        Result<?> rounds = iteration.getSecondaryResults().get(ROUNDS);
        if (nanos != null && rounds != null && rounds.getScore() > 0) {
          perRound.addValue(nanos.getScore() / rounds.getScore() / 1_000);
        }
      }
    }
    double error = perRound.getN() > 2 ? perRound.getMeanErrorAt(0.999) : Double.NaN;
    String side = counter.replace("·", "");
    return Measurement.of(benchmark, values, side.substring(0, side.length() - SIDE_NANOS.length()),
        perRound.getMean(), error, "us/op");
  }

  private static Path home() {
    try {
      Path location = Path.of(Benchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return location.getParent();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String report(RatioTable table, Length length, Instant started, Duration took, String loadBefore,
      String loadAfter, String... args) {
    StringBuilder report = new StringBuilder();
    report.append("Run of ").append(started.truncatedTo(ChronoUnit.SECONDS)).append(", ")
        .append(length.name().toLowerCase(Locale.ROOT)).append(" mode (")
        .append(length.forks).append(" fork(s) × ").append(length.warmups).append(" warm-up + ")
        .append(length.iterations).append(" measured iterations of 1 s; slow groups ")
        .append(length.slowForks).append(" × ").append(length.slowWarmups).append(" + ")
        .append(length.slowIterations).append("), took ").append(took.toString().substring(2).toLowerCase(Locale.ROOT))
        .append(". Command: `java -jar oer-examples/target/oer-bench.jar")
        .append(args.length == 0 ? "" : " " + String.join(" ", args)).append("`.\n\n");
    report.append("Machine: ").append(machine()).append(". Load average (1, 5, 15 min) before the run ")
        .append(loadBefore).append(", after it ").append(loadAfter).append(".\n\n");
    report.append(table.toMarkdown()).append('\n');
    report.append("<details><summary>All measurements</summary>\n\n")
        .append(table.measurementsToMarkdown()).append("\n</details>\n");
    return report.toString();
  }

  private static String machine() {
    String cpu = "unknown CPU";
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      cpu = lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst().orElse(cpu);
    } catch (IOException | RuntimeException e) {
      // Not Linux: the CPU stays unknown.
    }
    long memory = com.sun.management.OperatingSystemMXBean.class
        .cast(java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
    return String.format(Locale.ROOT, "%s, %d cores available, %.1f GB RAM; %s %s %s; %s %s; JMH 1.37",
        cpu, Runtime.getRuntime().availableProcessors(), memory / 1e9, System.getProperty("os.name"),
        System.getProperty("os.version"), System.getProperty("os.arch"), System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"));
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return fields[0] + ", " + fields[1] + ", " + fields[2];
    } catch (IOException | RuntimeException e) {
      return String.format(Locale.ROOT, "%.2f",
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static void updateFile(Path file, String report) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalStateException(file + " has no " + BEGIN + " ... " + END + " section");
    }
    Files.writeString(file, text.substring(0, begin + BEGIN.length()) + "\n" + report + text.substring(end),
        StandardCharsets.UTF_8);
  }
}
