package org.oerkit.core.vocabulary;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.oerkit.core.Texts;

/**
 * A person who takes part in OER work: a presenter, a moderator, a member of a drafting group.
 *
 * <p>The name is kept exactly as the source writes it, in the source's order: the Astana 2017 concept note
 * writes "Meldebekova Mayra Turganbaevna", family name first, in the Kazakh and Russian manner, and
 * "Mr. Mohammed Nazrul Islam" with an honorific. oerkit never reorders or splits a name; where the family
 * name is known it may be given separately in {@link #familyName()}. The position ("Chief of Unit for ICT
 * in Education") and the affiliations follow schema.org's {@code jobTitle} and {@code affiliation}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Person {

  Person() {}

  /**
   * Obtains a person known only by name.
   *
   * @param name  the name as the source writes it, not blank
   * @return the person
   * @throws org.oerkit.core.DomainRuleException if the name is blank or has white space at its ends
   */
  public static Person of(String name) {
    return builder().name(name).build();
  }

  /**
   * Starts a builder.
   *
   * <p>Required: {@code name}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the name, as the source writes it and in the source's order, without honorific.
   *
   * @return the name, such as {@code "Meldebekova Mayra Turganbaevna"}
   */
  public abstract String name();

  /**
   * Gets the family name, where the source or the user makes it known.
   *
   * @return the family name, such as {@code "Meldebekova"}, or empty
   */
  public abstract Optional<String> familyName();

  /**
   * Gets the honorific the source uses, if any.
   *
   * @return the honorific, such as {@code "Mr."}, {@code "Ms."} or {@code "Dr."}, or empty
   */
  public abstract Optional<String> honorific();

  /**
   * Gets the position or job title, if known.
   *
   * @return the position, such as {@code "Chief of Unit for ICT in Education"}, or empty
   */
  public abstract Optional<String> position();

  /**
   * Gets the organizations the person belongs to, in the source's order.
   *
   * @return the affiliations, possibly empty
   */
  public abstract List<Organization> affiliations();

  /**
   * Gets the name with the honorific, if any, as a programme prints it.
   *
   * @return the full name, such as {@code "Mr. Mohammed Nazrul Islam"}
   */
  public String fullName() {
    return honorific().map(h -> h + " " + name()).orElse(name());
  }

  @Value.Check
  void check() {
    Texts.requireTrimmed("Person", "name", name());
    familyName().ifPresent(f -> Texts.requireTrimmed("Person", "familyName", f));
    honorific().ifPresent(h -> Texts.requireTrimmed("Person", "honorific", h));
    position().ifPresent(p -> Texts.requireTrimmed("Person", "position", p));
  }

  /**
   * Builds a {@link Person}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
