package org.oerkit.core.license;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;
import org.oerkit.core.vocabulary.LanguageTag;

/**
 * An educational resource under a licence: its title, authors, source and language, and, for a remix, the
 * works it was made from and the changes made, so that a remix knows its whole provenance.
 *
 * <p>The fields are those of the TASL attribution practice (Title, Author, Source, License; CC wiki "Best
 * practices for attribution"): no title is needed where the work has none, an author may be a pseudonym or
 * an organization, the source is at least a URL. An adaptation must say what was changed, as the 4.0 legal
 * code requires ("indicate if You modified the Licensed Material and retain an indication of any previous
 * modifications", section 3(a)(1)(B)).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LicensedWork {

  LicensedWork() {}

  /**
   * Obtains a work known by its title, one author and its licence.
   *
   * @param title  the title, not blank
   * @param author  the author, as the work credits them, not blank
   * @param license  the licence, not null
   * @return the work
   */
  public static LicensedWork of(String title, String author, License license) {
    return builder().title(title).addAuthor(author).license(license).build();
  }

  /**
   * Starts a builder.
   *
   * <p>Required: {@code license}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the title.
   *
   * @return the title, or empty for an untitled work
   */
  public abstract Optional<String> title();

  /**
   * Gets the authors, as the work credits them: people, pseudonyms or organizations.
   *
   * @return the authors, possibly empty
   */
  public abstract List<String> authors();

  /**
   * Gets where the work can be found.
   *
   * @return the URI, or empty if unknown
   */
  public abstract Optional<URI> source();

  /**
   * Gets the licence.
   *
   * @return the licence
   */
  public abstract License license();

  /**
   * Gets the language of the work.
   *
   * @return the language, or empty if unknown or not applicable
   */
  public abstract Optional<LanguageTag> language();

  /**
   * Gets the works this one was made from, directly.
   *
   * @return the sources, empty for an original work
   */
  public abstract List<LicensedWork> adaptedFrom();

  /**
   * Gets how the sources were put together: adapted into one work, or collected unmodified.
   *
   * @return the mode, {@link CombinationMode#ADAPTATION} by default
   */
  @Value.Default
  public CombinationMode mode() {
    return CombinationMode.ADAPTATION;
  }

  /**
   * Gets the indication of the changes made to the sources, such as "Translated from English to Kazakh".
   *
   * @return the changes, required for an adaptation
   */
  public abstract Optional<String> changes();

  /**
   * Checks whether the work is an adaptation of other works.
   *
   * @return true if it has sources and adapts them
   */
  public boolean isAdaptation() {
    return !adaptedFrom().isEmpty() && mode() == CombinationMode.ADAPTATION;
  }

  /**
   * Gets every work this one descends from, depth first in source order: the sources, their sources, and
   * so on. Each work of a remix's provenance keeps its own licence for its own material.
   *
   * @return the provenance, empty for an original work
   */
  public List<LicensedWork> provenance() {
    List<LicensedWork> provenance = new ArrayList<>();
    for (LicensedWork source : adaptedFrom()) {
      provenance.add(source);
      provenance.addAll(source.provenance());
    }
    return provenance;
  }

  /**
   * Checks the work's licence against its provenance: may the licences of every work it descends from be
   * combined in the work's mode and the result released under the work's licence?
   *
   * @return the answer, with the work's licence as the only candidate; allowed for an original work
   */
  public Compatibility licenseCheck() {
    List<License> licenses = new ArrayList<>();
    for (LicensedWork ancestor : provenance()) {
      licenses.add(ancestor.license());
    }
    return Compatibility.of(mode(), licenses, List.of(license()));
  }

  @Value.Check
  void check() {
    String name = title().orElse("untitled work");
    title().ifPresent(t -> Texts.requireTrimmed("LicensedWork", "title", t));
    for (String author : authors()) {
      Texts.requireTrimmed("LicensedWork", "authors", author);
    }
    changes().ifPresent(c -> Texts.requireTrimmed("LicensedWork", "changes", c));
    if (isAdaptation() && changes().isEmpty()) {
      throw new DomainRuleException("LicensedWork", "changes", "must say what was changed in an adaptation "
          + "(4.0 legal code section 3(a)(1)(B))", name);
    }
  }

  /**
   * Builds a {@link LicensedWork}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableLicensedWork.Builder {
    Builder() {}
  }
}
