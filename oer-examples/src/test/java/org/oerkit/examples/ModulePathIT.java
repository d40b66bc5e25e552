package org.oerkit.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.stream.Collectors.joining;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that the packaged jars of oer-core and oer-json work for a consumer as Joda-Money's or Jackson's
 * do: a module that {@code requires org.oerkit.core} and {@code requires org.oerkit.json} only compiles with
 * {@code -Xlint:all -Werror} and runs on a plain {@code --module-path}, without {@code --add-modules}; a
 * class-path consumer compiles as cleanly.
 *
 * <p>Runs in the {@code verify} phase (failsafe), after the reactor has packaged both jars. The consumer sees
 * what a Maven user of oer-json gets at run time: the two jars, Guava with {@code failureaccess}, and
 * Jackson 3 (core, databind, annotations); not the Immutables annotations, which oerkit needs only to be
 * compiled. The consumer is compiled with the JDK's compiler and run in a child process of the same JDK.
 */
class ModulePathIT {

  private static final List<String> RUN_TIME_JARS =
      List.of("oer-core-", "oer-json-", "guava-", "failureaccess-", "jackson-core-", "jackson-databind-",
          "jackson-annotations-");

  private static final String MODULE_INFO = """
      module demo {
        requires org.oerkit.core;
        requires org.oerkit.json;
      }
      """;

  /** Builds a small workshop, writes it as JSON, reads it back, and finds the Jackson module by service. */
  private static final String MAIN = """
      package demo;

      import java.time.LocalDate;
      import org.oerkit.core.agenda.Day;
      import org.oerkit.core.agenda.Session;
      import org.oerkit.core.agenda.SessionKind;
      import org.oerkit.core.agenda.Workshop;
      import org.oerkit.core.license.License;
      import org.oerkit.core.vocabulary.LanguageTag;
      import org.oerkit.json.OerJson;
      import tools.jackson.databind.json.JsonMapper;

      public final class Main {
        public static void main(String[] args) {
          LocalDate date = LocalDate.of(2017, 12, 11);
          Workshop workshop = Workshop.builder().id("demo").title(LanguageTag.ENGLISH, "Demo").zone("Asia/Almaty")
              .startDate(date).endDate(date)
              .addDays(Day.of(date, Session.builder().id("s1").kind(SessionKind.OPENING).title("Opening")
                  .time("09:30-10:00").build()))
              .build();
          Workshop read = OerJson.read(OerJson.write(workshop), Workshop.class);
          System.out.println("round trip: " + read.equals(workshop));
          System.out.println("licence: " + License.parse("CC BY-SA 4.0"));
          System.out.println("modules: " + JsonMapper.builder().findAndAddModules().build().registeredModules()
              .stream().map(m -> m.getModuleName()).sorted().toList());
        }
      }
      """;

  @TempDir
  Path work;

  private static List<Path> runTimeJars() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(p -> p.getFileName().toString().endsWith(".jar"))
        .filter(p -> RUN_TIME_JARS.stream().anyMatch(prefix -> p.getFileName().toString().startsWith(prefix)))
        .filter(p -> !p.getFileName().toString().contains("testlib"))
        .toList();
  }

  private static String path(List<Path> entries) {
    return entries.stream().map(Path::toString).collect(joining(File.pathSeparator));
  }

  private Path source(String relative, String text) throws IOException {
    Path file = work.resolve("src").resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, UTF_8);
    return file;
  }

  /** Compiles the files with {@code -Xlint:all -Werror} and returns every diagnostic, or none. */
  private static List<String> compile(List<Path> files, List<String> options) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Werror"));
      all.addAll(options);
      boolean ok = javac.getTask(null, fileManager, diagnostics, all, null, fileManager.getJavaFileObjectsFromPaths(files))
          .call();
      List<String> messages = diagnostics.getDiagnostics().stream()
          .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT)).toList();
      assertThat(ok).as("compiled, with diagnostics %s", messages).isTrue();
      return messages;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private Path compiledDemoModule() throws IOException {
    Path out = work.resolve("mods").resolve("demo");
    List<String> messages = compile(
        List.of(source("demo/module-info.java", MODULE_INFO), source("demo/demo/Main.java", MAIN)),
        List.of("--module-path", path(runTimeJars()), "-d", out.toString()));
    assertThat(messages).isEmpty();
    return out;
  }

  @Test
  void consumerModule_onThePlainModulePath_writesAndReadsAWorkshop() throws Exception {
    Path demo = compiledDemoModule();
    List<Path> modulePath = new ArrayList<>(runTimeJars());
    modulePath.add(demo);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder = new ProcessBuilder(java.toString(), "--module-path", path(modulePath), "-m",
        "demo/demo.Main").redirectErrorStream(true);
    // The consumer's own JVM: nothing of this test's class path or options, which failsafe passes down.
    builder.environment().keySet().removeAll(List.of("CLASSPATH", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS",
        "_JAVA_OPTIONS"));
    Process process = builder.start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished in time").isTrue();
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);

    assertThat(process.exitValue()).as("exit value; output:%n%s", output).isZero();
    assertThat(output.lines()).containsExactly(
        "round trip: true",
        "licence: CC-BY-SA-4.0",
        "modules: [oerkit]");
  }

  @Test
  void consumerModule_compiledWithXlintAllWerror_hasNoWarning() throws Exception {
    compiledDemoModule();
  }

  @Test
  void consumerOnTheClassPath_compiledWithXlintAllWerror_hasNoWarning() throws Exception {
    Path out = work.resolve("classes");
    List<String> messages = compile(List.of(source("demo/Main.java", MAIN)),
        List.of("--class-path", path(runTimeJars()), "-d", out.toString()));
    assertThat(messages).isEmpty();
  }

  /** The packages of a jar that hold classes (not those that hold only resources, such as the schemas). */
  private static Set<String> packagesWithClasses(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.stream().map(JarEntry::getName)
          .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/") && !n.equals("module-info.class"))
          .map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.'))
          .collect(toSet());
    }
  }

  @Test
  void libraryJars_areExplicitModulesExportingEveryPackageButTheInternalOnes() throws IOException {
    for (String name : List.of("org.oerkit.core", "org.oerkit.json")) {
      ModuleReference module = ModuleFinder.of(runTimeJars().toArray(Path[]::new)).find(name).orElseThrow();
      ModuleDescriptor descriptor = module.descriptor();
      assertThat(descriptor.isAutomatic()).as(name + " is automatic").isFalse();
      assertThat(descriptor.opens()).as(name + " opens").isEmpty();
      assertThat(descriptor.exports()).allMatch(e -> !e.isQualified());
      assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(toSet()))
          .as(name + " exports")
          .isEqualTo(packagesWithClasses(Path.of(module.location().orElseThrow())).stream()
              .filter(p -> !p.endsWith(".internal"))
              .collect(toSet()));
    }
  }

  @Test
  void jsonModule_providesTheJacksonModule() {
    ModuleDescriptor json = ModuleFinder.of(runTimeJars().toArray(Path[]::new)).find("org.oerkit.json")
        .orElseThrow().descriptor();
    assertThat(json.provides()).anySatisfy(p -> {
      assertThat(p.service()).isEqualTo("tools.jackson.databind.JacksonModule");
      assertThat(p.providers()).containsExactly("org.oerkit.json.OerModule");
    });
  }
}
