package org.oerkit.core.instrument;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One of the six aspects of teachers' work in the UNESCO ICT Competency Framework for Teachers, version 3
 * (2018, ISBN 978-92-3-100285-4), in the framework's order, with its competency at each of the three
 * {@linkplain IctCompetencyLevel levels}: 6 aspects by 3 levels make 18 competencies. The names are those of
 * the matrix on the framework's cover; the framework is published under CC BY-SA 3.0 IGO (imprint page), and
 * {@link Instrument#ICT_CFT_VERSION_3} records its date, 2018. The descriptions of the 18 competencies are
 * not transcribed.
 *
 * <p>Section 7 of the country policy template (institutional capacity building) points to this framework:
 * the Astana 2017 concept note asks, in Session 11, "How to reflect the use and creation of OER in ICT
 * Competency Standard for Teachers".
 */
public enum IctCompetencyAspect {
  /** Understanding ICT in Education Policy. */
  POLICY("Understanding ICT in Education Policy", "Policy Understanding", "Policy Application", "Policy Innovation"),
  /** Curriculum and Assessment. */
  CURRICULUM_AND_ASSESSMENT("Curriculum and Assessment", "Basic Knowledge", "Knowledge Application",
      "Knowledge Society Skills"),
  /** Pedagogy. */
  PEDAGOGY("Pedagogy", "ICT-enhanced Teaching", "Complex Problem-solving", "Self-management"),
  /** Application of Digital Skills. */
  DIGITAL_SKILLS("Application of Digital Skills", "Application", "Infusion", "Transformation"),
  /** Organization and Administration. */
  ORGANIZATION_AND_ADMINISTRATION("Organization and Administration", "Standard Classroom", "Collaborative Groups",
      "Learning Organizations"),
  /** Teacher Professional Learning. */
  PROFESSIONAL_LEARNING("Teacher Professional Learning", "Digital Literacy", "Networking", "Teacher as Innovator");

  private final String title;
  private final List<String> competencies;

  IctCompetencyAspect(String title, String acquisition, String deepening, String creation) {
    this.title = title;
    this.competencies = List.of(acquisition, deepening, creation);
  }

  /**
   * Gets the aspect's name.
   *
   * @return the name, such as {@code "Pedagogy"}
   */
  public String title() {
    return title;
  }

  /**
   * Gets the name of the competency at a level.
   *
   * @param level  the level, not null
   * @return the competency, such as {@code "Teacher as Innovator"}
   */
  public String competency(IctCompetencyLevel level) {
    return competencies.get(requireNonNull(level, "level").ordinal());
  }
}
