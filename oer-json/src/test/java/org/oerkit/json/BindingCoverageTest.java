package org.oerkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.json.internal.Bindings;
import org.oerkit.json.internal.Codec;

/** Every public value type of oer-core is bound, and the shared mapper is safe to share. */
class BindingCoverageTest {

  /**
   * Public types of oer-core that are not values to store: exceptions, catalogues, rule sets, computed
   * results and helpers. A new type that is none of these must get a codec.
   */
  private static final Set<String> NOT_DATA = Set.of(
      "OerStyle", "Texts", "OerException", "DomainRuleException", "MissingAttributesException",
      "UnreadableDocumentException",
      "Licenses", "LicenseCatalog", "LicenseRules", "StandardLicenses", "CompatibilityRules", "Compatibility",
      "UnknownLicenseException", "LicenseName",
      "GapAnalysis", "PolicyComparison", "PolicyRules", "Recommendation2019", "WorldMapConcept",
      "Coverage", "CoverageEntry", "QuestionSummary", "AnswerFigure", "LjubljanaActionPlan",
      "AgendaCheck", "AgendaRules", "ICalendarWriter", "ICalendarReader", "PrintedProgramme", "Timeline", "Slot", "NameBasedUuid", "Attribution", "LicenseChooser");

  @Test
  void everyPublicValueTypeOfCore_hasACodec() throws IOException {
    Set<Class<?>> bound = Bindings.all().stream().map(Codec::type).collect(Collectors.toSet());
    List<String> unbound = ClassPath.from(Workshop.class.getClassLoader()).getTopLevelClassesRecursive("org.oerkit.core")
        .stream()
        .map(ClassPath.ClassInfo::load)
        .filter(c -> Modifier.isPublic(c.getModifiers()) && !c.getSimpleName().startsWith("Immutable"))
        .filter(c -> !c.getSimpleName().equals("package-info"))
        .filter(c -> !NOT_DATA.contains(c.getSimpleName()))
        .filter(c -> !bound.contains(c))
        .map(Class::getName)
        .sorted()
        .collect(Collectors.toList());
    assertThat(unbound).isEmpty();
  }

  @Test
  void appearance_roundTrips() {
    org.oerkit.core.agenda.Appearance appearance = org.oerkit.core.agenda.Appearance.builder()
        .date(java.time.LocalDate.of(2017, 12, 11))
        .session(AgendaSamples.astana().session("d1-opening").orElseThrow())
        .role(org.oerkit.core.agenda.Role.moderator(AgendaSamples.BENETE))
        .build();
    assertThat(OerJson.read(OerJson.write(appearance), org.oerkit.core.agenda.Appearance.class)).isEqualTo(appearance);
  }

  @Test
  void sharedMapper_usedByEightThreads_givesTheSameResultsAsOne() throws Exception {
    List<Workshop> workshops = List.of(AgendaSamples.astana());
    byte[] expected = OerJson.write(AgendaSamples.astana());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int i = 0; i < 50; i++) {
            byte[] written = OerJson.write(workshops.get(0));
            if (!java.util.Arrays.equals(written, expected)
                || !OerJson.read(written, Workshop.class).equals(workshops.get(0))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }
}
