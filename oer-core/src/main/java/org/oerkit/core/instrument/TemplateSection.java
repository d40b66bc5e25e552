package org.oerkit.core.instrument;

import java.util.List;
import org.immutables.value.Value;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;

/**
 * One section of a policy template: its place, title, the guiding questions the drafters answer, and the
 * fields a user may supply.
 *
 * <p>For the UNESCO country template the questions are those of the Astana 2017 concept note, worded for any
 * country (see {@link PolicyTemplate#unescoCountryTemplate()}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TemplateSection {

  TemplateSection() {}

  /**
   * Obtains a section of a template with its guiding questions and no fields.
   *
   * @param section  which of the ten sections, not null
   * @param questions  the guiding questions, in order, none blank
   * @return the template section
   */
  public static TemplateSection of(PolicySection section, String... questions) {
    return builder().section(section).addQuestions(questions).build();
  }

  /**
   * Starts a builder.
   *
   * <p>Required: {@code section}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets which of the ten sections this is.
   *
   * @return the section
   */
  public abstract PolicySection section();

  /**
   * Gets the stable identifier of the section, a shortcut for {@code section().id()}.
   *
   * @return the identifier, such as {@code "scope"}
   */
  public String id() {
    return section().id();
  }

  /**
   * Gets the title, a shortcut for {@code section().title()}.
   *
   * @return the title
   */
  public String title() {
    return section().title();
  }

  /**
   * Gets the guiding questions, in the source's order.
   *
   * @return the questions, not empty
   */
  public abstract List<String> questions();

  /**
   * Gets the fields the user supplied for this section; empty unless supplied.
   *
   * @return the fields, possibly empty
   */
  public abstract List<TemplateField> fields();

  @Value.Check
  void check() {
    if (questions().isEmpty()) {
      throw new DomainRuleException("TemplateSection", "questions", "must not be empty", section().id());
    }
    questions().forEach(q -> Texts.requireTrimmed("TemplateSection", "questions", q));
    if (fields().stream().map(TemplateField::key).distinct().count() != fields().size()) {
      throw new DomainRuleException("TemplateSection", "fields", "must have distinct keys", fields().toString());
    }
  }

  /**
   * Builds a {@link TemplateSection}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableTemplateSection.Builder {
    Builder() {}
  }
}
