package org.oerkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Proves that the packaged jars of oer-core and oer-json work on the module path under their
 * {@code Automatic-Module-Name}s, {@code org.oerkit.core} and {@code org.oerkit.json}.
 *
 * <p>Runs in the {@code verify} phase (failsafe), after the reactor has packaged both jars, and resolves a
 * module layer from them and their run-time dependencies alone: no class path is involved.
 */
class ModulePathIT {

  private static final List<String> RUN_TIME_JARS =
      List.of("oer-core-", "oer-json-", "guava-", "failureaccess-", "jackson-core-", "jackson-databind-",
          "jackson-annotations-");

  private static ModuleLayer layer() {
    Path[] jars = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(p -> p.toString().endsWith(".jar"))
        .filter(p -> RUN_TIME_JARS.stream().anyMatch(prefix -> p.getFileName().toString().startsWith(prefix)))
        .filter(p -> !p.getFileName().toString().contains("testlib"))
        .toArray(Path[]::new);
    ModuleFinder finder = ModuleFinder.of(jars);
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolve(finder, ModuleFinder.of(), finder.findAll().stream()
            .map(m -> m.descriptor().name()).collect(Collectors.toSet()));
    return ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getSystemClassLoader().getParent());
  }

  @Test
  void coreJar_isTheNamedModuleOrgOerkitCore() throws Exception {
    ModuleLayer layer = layer();
    Module core = layer.findModule("org.oerkit.core").orElseThrow();
    assertThat(core.getDescriptor().isAutomatic()).isTrue();
    assertThat(core.getPackages()).contains("org.oerkit.core", "org.oerkit.core.vocabulary");

    Class<?> country = Class.forName("org.oerkit.core.vocabulary.Country", true, core.getClassLoader());
    assertThat(country.getModule()).isSameAs(core);
    Object kazakhstan = country.getMethod("of", String.class).invoke(null, "KZ");
    assertThat(country.getMethod("name").invoke(kazakhstan)).isEqualTo("Kazakhstan");
  }

  @Test
  void jsonJar_isTheNamedModuleOrgOerkitJsonReadingCoreAndJackson() {
    ModuleLayer layer = layer();
    Module json = layer.findModule("org.oerkit.json").orElseThrow();
    assertThat(json.getPackages()).contains("org.oerkit.json");
    assertThat(layer.configuration().findModule("org.oerkit.json").orElseThrow().reads())
        .extracting(m -> m.name())
        .contains("org.oerkit.core", "tools.jackson.databind", "com.google.common");
  }

  @Test
  void jsonModule_isFoundThroughServiceLoaderOnTheModulePath() throws Exception {
    ModuleLayer layer = layer();
    Class<?> service = Class.forName("tools.jackson.databind.JacksonModule", false,
        layer.findLoader("tools.jackson.databind"));
    assertThat(java.util.ServiceLoader.load(layer, service).stream().map(p -> p.type().getName()))
        .contains("org.oerkit.json.OerModule");
  }
}
