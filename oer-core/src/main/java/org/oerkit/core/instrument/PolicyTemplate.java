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
 * <p>{@link #unescoCountryTemplate()} is the UNESCO country OER policy template, worded for any country. The
 * template document itself is not public; its sections and guiding questions are known only from the
 * concept note of the first workshop that used it ("Expanding Open Educational Resources for Lifelong
 * Learning in Kazakhstan", UNESCO, Astana, 11-13 December 2017, Sessions 8 to 14; each section cites its
 * sessions in {@link PolicySection#source()}). The questions are the concept note's, with these changes
 * only, so that they name no country and no body of one workshop:
 * <ul>
 *   <li>"Kazakhstan" and "of Kazakhstan" become "the country" (sections 1, 3 and 4);</li>
 *   <li>"What open licensee should be adopted?" becomes "What open licence should be adopted?", correcting
 *       the concept note's typing error (section 5);</li>
 *   <li>"ICT Competency Standard for Teachers", the name of the host country's standard, becomes "the ICT
 *       competency standard for teachers" (section 7);</li>
 *   <li>"Group Discussion and Drafting Strategies and Work Plan", the title of a group session, becomes
 *       "Drafting strategies and work plan" (section 8);</li>
 *   <li>"... division of responsibilities of national OER Focus Group", the group formed at that workshop,
 *       ends at "division of responsibilities" (section 9).</li>
 * </ul>
 * For sections 8 to 10 the concept note gives topic lines rather than questions, and those lines are kept.
 * Its field list has not been found in any public source, and oerkit invents none: the template holds no
 * fields, its {@link #source()} says so, and a user who holds the field list supplies it with
 * {@link #withFields(PolicySection, List)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PolicyTemplate {

  private static final PolicyTemplate UNESCO_COUNTRY = unesco();

  PolicyTemplate() {}

  /**
   * Gets the UNESCO country OER policy template, worded for any country.
   *
   * @return the template, with ten sections and no fields
   */
  public static PolicyTemplate unescoCountryTemplate() {
    return UNESCO_COUNTRY;
  }

  /**
   * Starts a builder, for a template of the user's own.
   *
   * <p>Required: {@code title},
   * {@code source}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
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
        .source("Sections and guiding questions as given in the concept note of the UNESCO national OER "
            + "workshop, Astana, 11-13 December 2017, worded for any country; the template document and its field list are not public")
        .addSections(
            TemplateSection.of(PolicySection.CONTEXT,
                "How OER supports the vision of education development of the country (policy context, mission and "
                    + "objectives of OER policy)?"),
            TemplateSection.of(PolicySection.SCOPE,
                "What OER policies and strategies should be developed (scope)?"),
            TemplateSection.of(PolicySection.POSITIONING,
                "Where to position the newly developed OER policies and strategies (required changes in existing "
                    + "policies)?",
                "Discussion on how to position OER in national education strategies of the country."),
            TemplateSection.of(PolicySection.MATERIALS,
                "Status of existing openly licensed teaching, learning and research materials in the country "
                    + "(national repository/website available, funding mechanism)?",
                "What educational materials should be obliged to be openly licensed in the country?"),
            TemplateSection.of(PolicySection.LICENSE,
                "What open licence should be adopted?"),
            TemplateSection.of(PolicySection.STRATEGIES,
                "What strategies should be developed to encourage use, re-use, and sharing of OER?"),
            TemplateSection.of(PolicySection.CAPACITY_BUILDING,
                "How to reflect the use and creation of OER in the ICT competency standard for teachers",
                "Training and support to educators and teacher education institutions in developing and using OER"),
            TemplateSection.of(PolicySection.WORK_PLAN,
                "Drafting strategies and work plan"),
            TemplateSection.of(PolicySection.COORDINATION,
                "National coordinating structure for the development and monitoring of OER policies and division "
                    + "of responsibilities"),
            TemplateSection.of(PolicySection.FUNDING,
                "Cost estimation and sustainable funding strategies"))
        .build();
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
