package org.oerkit.core;

import com.google.common.reflect.ClassPath;
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
    try {
      return ClassPath.from(NullArguments.class.getClassLoader()).getTopLevelClasses(packageName).stream()
          .map(ClassPath.ClassInfo::load)
          .filter(c -> Modifier.isPublic(c.getModifiers()) && !c.getSimpleName().startsWith("Immutable"))
          .filter(c -> !c.getSimpleName().endsWith("Test") && !c.isAnnotation())
          .sorted(java.util.Comparator.comparing(Class::getName))
          .<Class<?>>map(c -> c)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
