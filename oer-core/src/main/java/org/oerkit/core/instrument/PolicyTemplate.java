package org.oerkit.core.instrument;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;

/**
 * A policy template: the ten sections, in order, that a national OER policy draft fills.
 *
 * <p>{@link #unescoCountryTemplate()} is the UNESCO country OER policy template as used at the Astana 2017
 * workshop. Its sections and guiding questions come from the workshop's concept note ("Expanding Open
 * Educational Resources for Lifelong Learning in Kazakhstan", Astana, 11-13 December 2017, Sessions 9, 10,
 * 11 and 13). Its field list has not been found ({@link MissingSource#TEMPLATE_FIELD_LIST}): the template
 * holds no fields until the user supplies them with {@link #withFields(PolicySection, List)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PolicyTemplate {

  private static final PolicyTemplate UNESCO_COUNTRY = unesco();

  PolicyTemplate() {}

  /**
   * Gets the UNESCO country OER policy template as used at the Astana 2017 workshop.
   *
   * @return the template, with ten sections and no fields
   */
  public static PolicyTemplate unescoCountryTemplate() {
    return UNESCO_COUNTRY;
  }

  /**
   * Starts a builder, for a template of the user's own.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Gets the public source of the template's sections and questions.
   *
   * @return a citation
   */
  public abstract String source();

  /**
   * Gets the sections, in the template's order.
   *
   * @return the ten sections, each once, in {@link PolicySection} order
   */
  public abstract List<TemplateSection> sections();

  /**
   * Gets one section.
   *
   * @param section  the section, not null
   * @return the template's section
   */
  public TemplateSection section(PolicySection section) {
    requireNonNull(section, "section");
    return sections().get(section.ordinal());
  }

  /**
   * Checks whether any section has fields, that is, whether the user supplied a field list.
   *
   * @return true if some section has fields
   */
  public boolean hasFields() {
    return sections().stream().anyMatch(s -> !s.fields().isEmpty());
  }

  /**
   * Returns a copy in which one section has the given fields, replacing any it had.
   *
   * @param section  the section, not null
   * @param fields  the fields, distinct keys, not null
   * @return the new template
   * @throws DomainRuleException if two fields share a key
   */
  public PolicyTemplate withFields(PolicySection section, List<TemplateField> fields) {
    requireNonNull(section, "section");
    requireNonNull(fields, "fields");
    List<TemplateSection> copy = new ArrayList<>(sections());
    copy.set(section.ordinal(), TemplateSection.builder().from(copy.get(section.ordinal())).fields(fields).build());
    return builder().from(this).sections(copy).build();
  }

  @Value.Check
  void check() {
    Texts.requireTrimmed("PolicyTemplate", "title", title());
    Texts.requireTrimmed("PolicyTemplate", "source", source());
    PolicySection[] all = PolicySection.values();
    Set<PolicySection> seen = EnumSet.noneOf(PolicySection.class);
    for (int i = 0; i < sections().size(); i++) {
      PolicySection s = sections().get(i).section();
      if (i >= all.length || s != all[i] || !seen.add(s)) {
        throw new DomainRuleException("PolicyTemplate", "sections", "must hold the ten sections in template order",
            sections().stream().map(TemplateSection::id).toList().toString());
      }
    }
    if (seen.size() != all.length) {
      throw new DomainRuleException("PolicyTemplate", "sections", "must hold the ten sections in template order",
          sections().stream().map(TemplateSection::id).toList().toString());
    }
  }

  private static PolicyTemplate unesco() {
    return builder()
        .title("UNESCO OER Country Policy template")
        .source("Concept note \"Expanding Open Educational Resources for Lifelong Learning in Kazakhstan\", "
            + "UNESCO, Astana, 11-13 December 2017, Sessions 7-13")
        .addSections(
            section(PolicySection.CONTEXT, List.of(9),
                "How OER supports the vision of education development of Kazakhstan (policy context, mission and "
                    + "objectives of OER policy)?"),
            section(PolicySection.SCOPE, List.of(9),
                "What OER policies and strategies should be developed (scope)?"),
            section(PolicySection.POSITIONING, List.of(8, 9),
                "Where to position the newly developed OER policies and strategies (required changes in existing "
                    + "policies)?",
                "Discussion on how to position OER in national education strategies of Kazakhstan."),
            section(PolicySection.MATERIALS, List.of(10),
                "Status of existing openly licensed teaching, learning and research materials in Kazakhstan "
                    + "(national repository/website available, funding mechanism)?",
                "What educational materials should be obliged to be openly licensed in Kazakhstan?"),
            section(PolicySection.LICENSE, List.of(10),
                "What open licensee should be adopted?"),
            section(PolicySection.STRATEGIES, List.of(10),
                "What strategies should be developed to encourage use, re-use, and sharing of OER?"),
            section(PolicySection.CAPACITY_BUILDING, List.of(11),
                "How to reflect the use and creation of OER in ICT Competency Standard for Teachers",
                "Training and support to educators and teacher education institutions in developing and using OER"),
            section(PolicySection.WORK_PLAN, List.of(13, 14),
                "Group Discussion and Drafting Strategies and Work Plan"),
            section(PolicySection.COORDINATION, List.of(13),
                "National coordinating structure for the development and monitoring of OER policies and division "
                    + "of responsibilities of national OER Focus Group"),
            section(PolicySection.FUNDING, List.of(13),
                "Cost estimation and sustainable funding strategies"))
        .build();
  }

  private static TemplateSection section(PolicySection section, List<Integer> sessions, String... questions) {
    return TemplateSection.builder().section(section).addAllSessions(sessions)
        .addQuestions(questions).build();
  }

  /**
   * Builds a {@link PolicyTemplate}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutablePolicyTemplate.Builder {
    Builder() {}
  }
}
