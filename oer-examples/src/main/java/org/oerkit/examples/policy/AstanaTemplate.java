package org.oerkit.examples.policy;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.oerkit.core.instrument.PolicySection;
import org.oerkit.core.instrument.PolicyTemplate;
import org.oerkit.core.instrument.TemplateSection;

/**
 * The UNESCO country OER policy template as the Astana 2017 workshop used it: the sections, the sessions of
 * the workshop that drafted each, and the guiding questions in the concept note's own wording, which names
 * Kazakhstan and the workshop's national OER focus group.
 *
 * <p>Source: concept note "Expanding Open Educational Resources for Lifelong Learning in Kazakhstan"
 * (UNESCO, Astana, 11-13 December 2017), Sessions 8 to 14. The questions are quoted as written there,
 * including "What open licensee should be adopted?". The library's
 * {@link PolicyTemplate#unescoCountryTemplate()} holds the same sections and questions worded for any
 * country; its Javadoc lists each change. Both templates have the same sections, so a gap analysis gives the
 * same report with either.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AstanaTemplate {

  private static final Map<PolicySection, List<Integer>> SESSIONS = sessionsBySection();
  private static final PolicyTemplate TEMPLATE = build();

  private AstanaTemplate() {}

  /**
   * Gets the template with the concept note's wording.
   *
   * @return the template, with ten sections and no fields
   */
  public static PolicyTemplate template() {
    return TEMPLATE;
  }

  /**
   * Gets the numbers of the workshop sessions that drafted a section, in the concept note's order.
   *
   * @param section  the section, not null
   * @return the session numbers, such as {@code [8, 9]} for the positioning section
   */
  public static List<Integer> sessions(PolicySection section) {
    requireNonNull(section, "section");
    return SESSIONS.get(section);
  }

  /**
   * Prints each section with its sessions and its questions as the workshop had them.
   *
   * @param args  ignored
   */
  public static void main(String... args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println(TEMPLATE.title());
    for (TemplateSection section : TEMPLATE.sections()) {
      out.println(section.section().number() + ". " + section.title() + " (sessions "
          + sessions(section.section()) + ")");
      section.questions().forEach(q -> out.println("   - " + q));
    }
  }

  private static Map<PolicySection, List<Integer>> sessionsBySection() {
    Map<PolicySection, List<Integer>> sessions = new EnumMap<>(PolicySection.class);
    sessions.put(PolicySection.CONTEXT, List.of(9));
    sessions.put(PolicySection.SCOPE, List.of(9));
    sessions.put(PolicySection.POSITIONING, List.of(8, 9));
    sessions.put(PolicySection.MATERIALS, List.of(10));
    sessions.put(PolicySection.LICENSE, List.of(10));
    sessions.put(PolicySection.STRATEGIES, List.of(10));
    sessions.put(PolicySection.CAPACITY_BUILDING, List.of(11));
    sessions.put(PolicySection.WORK_PLAN, List.of(13, 14));
    sessions.put(PolicySection.COORDINATION, List.of(13));
    sessions.put(PolicySection.FUNDING, List.of(13));
    return Map.copyOf(sessions);
  }

  private static PolicyTemplate build() {
    return PolicyTemplate.builder()
        .title("UNESCO OER Country Policy template, as used at Astana, 11-13 December 2017")
        .source("Concept note \"Expanding Open Educational Resources for Lifelong Learning in Kazakhstan\", "
            + "UNESCO, Astana, 11-13 December 2017, Sessions 8-14")
        .addSections(
            TemplateSection.of(PolicySection.CONTEXT,
                "How OER supports the vision of education development of Kazakhstan (policy context, mission and "
                    + "objectives of OER policy)?"),
            TemplateSection.of(PolicySection.SCOPE,
                "What OER policies and strategies should be developed (scope)?"),
            TemplateSection.of(PolicySection.POSITIONING,
                "Where to position the newly developed OER policies and strategies (required changes in existing "
                    + "policies)?",
                "Discussion on how to position OER in national education strategies of Kazakhstan."),
            TemplateSection.of(PolicySection.MATERIALS,
                "Status of existing openly licensed teaching, learning and research materials in Kazakhstan "
                    + "(national repository/website available, funding mechanism)?",
                "What educational materials should be obliged to be openly licensed in Kazakhstan?"),
            TemplateSection.of(PolicySection.LICENSE,
                "What open licensee should be adopted?"),
            TemplateSection.of(PolicySection.STRATEGIES,
                "What strategies should be developed to encourage use, re-use, and sharing of OER?"),
            TemplateSection.of(PolicySection.CAPACITY_BUILDING,
                "How to reflect the use and creation of OER in ICT Competency Standard for Teachers",
                "Training and support to educators and teacher education institutions in developing and using OER"),
            TemplateSection.of(PolicySection.WORK_PLAN,
                "Group Discussion and Drafting Strategies and Work Plan"),
            TemplateSection.of(PolicySection.COORDINATION,
                "National coordinating structure for the development and monitoring of OER policies and division "
                    + "of responsibilities of national OER Focus Group"),
            TemplateSection.of(PolicySection.FUNDING,
                "Cost estimation and sustainable funding strategies"))
        .build();
  }
}
