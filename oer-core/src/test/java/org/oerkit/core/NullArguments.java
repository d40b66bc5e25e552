package org.oerkit.core;

import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.util.List;
import org.oerkit.core.instrument.PolicySection;
import org.oerkit.core.instrument.SubAction;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;
import org.oerkit.core.vocabulary.Money;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.OrganizationKind;

/** The NullPointerTester every package's {@code NullArgumentsTest} uses, with valid defaults for our types. */
public final class NullArguments {

  private NullArguments() {}

  /**
   * Gets a tester that passes valid values of oerkit's types for the parameters it does not set to null.
   *
   * @return a new tester
   */
  public static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(String.class, "x")
        .setDefault(java.time.Year.class, java.time.Year.of(2020))
        .setDefault(java.time.LocalDate.class, java.time.LocalDate.of(2020, 1, 1))
        .setDefault(CharSequence.class, "KZT 1.00")
        .setDefault(Country.class, Country.KAZAKHSTAN)
        .setDefault(LanguageTag.class, LanguageTag.ENGLISH)
        .setDefault(LocalizedText.class, LocalizedText.of(LanguageTag.ENGLISH, "x"))
        .setDefault(Organization.class, Organization.builder().name("UNESCO").kind(OrganizationKind.UNESCO).build())
        .setDefault(Money.class, Money.ofMajor("KZT", 1))
        .setDefault(SubAction.class, SubAction.of("12(a)"))
        .setDefault(PolicySection.class, PolicySection.SCOPE);
  }

  /**
   * Lists the public top-level types of a package, leaving out the generated implementations.
   *
   * @param packageName  the package, such as {@code "org.oerkit.core.policy"}
   * @return the types, in name order
   */
  public static List<Class<?>> publicTypes(String packageName) {
    // Read the package's directory of compiled classes: on the module path (where surefire runs a named
    // module) Guava's ClassPath sees no class at all.
    try {
      java.nio.file.Path classes = java.nio.file.Path.of(Report.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      java.nio.file.Path dir = classes.resolve(packageName.replace('.', '/'));
      try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
        List<Class<?>> types = files.map(f -> f.getFileName().toString())
            .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
            .map(n -> load(packageName + "." + n.substring(0, n.length() - ".class".length())))
            .filter(c -> Modifier.isPublic(c.getModifiers()) && !c.getSimpleName().startsWith("Immutable"))
            .filter(c -> !c.getSimpleName().endsWith("Test") && !c.isAnnotation())
            .sorted(java.util.Comparator.comparing(Class::getName))
            .<Class<?>>map(c -> c)
            .toList();
        if (types.isEmpty()) {
          throw new AssertionError("no public type found in " + dir);
        }
        return types;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, NullArguments.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Checks that every public static method of every public type of a package refuses null, and every public
   * instance method of the samples: each throws {@link NullPointerException}. The samples are also the values
   * passed for parameters of their types (and of the oerkit types they extend).
   *
   * @param packageName  the package, whose test classes are compiled beside its classes
   * @param samples  one value of each public type with instance methods worth testing
   */
  public static void check(String packageName, List<Object> samples) {
    List<Class<?>> types = publicTypes(packageName);
    org.assertj.core.api.Assertions.assertThat(types).as("public types of " + packageName).isNotEmpty();
    NullPointerTester tester = tester();
    for (Object sample : samples) {
      for (Class<?> c = sample.getClass(); c != null && c.getName().startsWith("org.oerkit."); c = c.getSuperclass()) {
        setDefault(tester, c, sample);
      }
    }
    types.forEach(tester::testAllPublicStaticMethods);
    samples.forEach(tester::testAllPublicInstanceMethods);
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object sample) {
    tester.setDefault(type, (T) sample);
  }
}
