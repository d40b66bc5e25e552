package org.oerkit.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The other instruments of the catalogue: the 2012 Paris OER Declaration (ten points a-j), the 2017
 * Ljubljana OER Action Plan (five areas, 41 actions) and the UNESCO ICT Competency Framework for Teachers,
 * version 3 (2018: six aspects, three levels, 18 competencies).
 */
class ReferenceInstrumentsTest {

  @Test
  void paris2012_hasTenRecommendationsLetteredAToJ() {
    assertThat(ParisRecommendation.values()).hasSize(10);
    assertThat(Arrays.stream(ParisRecommendation.values()).map(ParisRecommendation::letter))
        .containsExactly('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j');
    assertThat(ParisRecommendation.A.text()).isEqualTo("Foster awareness and use of OER");
    assertThat(ParisRecommendation.C.text()).isEqualTo("Reinforce the development of strategies and policies on OER");
    assertThat(ParisRecommendation.J.text())
        .isEqualTo("Encourage the open licensing of educational materials produced with public funds");
  }

  @Test
  void ljubljana2017_hasFiveAreasAnd41Actions() {
    assertThat(LjubljanaArea.values()).extracting(LjubljanaArea::title).containsExactly(
        "Building capacity of users to find, re-use, create and share OER",
        "Language and cultural issues",
        "Ensuring inclusive and equitable access to quality OER",
        "Developing sustainability models",
        "Developing supportive policy environments");
    assertThat(LjubljanaArea.ACTION_COUNT).isEqualTo(41);
    assertThat(LjubljanaArea.SUPPORTIVE_POLICY.number()).isEqualTo(5);
  }

  @Test
  void ictCft3_hasSixAspectsInOrder() {
    assertThat(IctCompetencyAspect.values()).extracting(IctCompetencyAspect::title).containsExactly(
        "Understanding ICT in Education Policy", "Curriculum and Assessment", "Pedagogy",
        "Application of Digital Skills", "Organization and Administration", "Teacher Professional Learning");
  }

  @Test
  void ictCft3_hasThreeLevelsInOrder() {
    assertThat(IctCompetencyLevel.values()).extracting(IctCompetencyLevel::title)
        .containsExactly("Knowledge Acquisition", "Knowledge Deepening", "Knowledge Creation");
  }

  @Test
  void ictCft3_hasEighteenNamedCompetencies() {
    long distinct = Arrays.stream(IctCompetencyAspect.values())
        .flatMap(a -> Arrays.stream(IctCompetencyLevel.values()).map(l -> IctCompetency.of(a, l)))
        .distinct().count();
    assertThat(distinct).isEqualTo(18);
    assertThat(IctCompetency.of(IctCompetencyAspect.PROFESSIONAL_LEARNING, IctCompetencyLevel.KNOWLEDGE_CREATION)
        .title()).isEqualTo("Teacher as Innovator");
    assertThat(IctCompetency.of(IctCompetencyAspect.POLICY, IctCompetencyLevel.KNOWLEDGE_ACQUISITION).toString())
        .isEqualTo("Understanding ICT in Education Policy / Knowledge Acquisition: Policy Understanding");
    assertThat(IctCompetencyAspect.PEDAGOGY.competency(IctCompetencyLevel.KNOWLEDGE_DEEPENING))
        .isEqualTo("Complex Problem-solving");
  }

  @Test
  void paris2012_allTenRecommendationsInOrder() {
    assertThat(ParisRecommendation.values()).extracting(ParisRecommendation::text).containsExactly(
        "Foster awareness and use of OER",
        "Facilitate enabling environments for use of Information and Communications Technologies (ICT)",
        "Reinforce the development of strategies and policies on OER",
        "Promote the understanding and use of open licensing frameworks",
        "Support capacity building for the sustainable development of quality learning materials",
        "Foster strategic alliances for OER",
        "Encourage the development and adaptation of OER in a variety of languages and cultural contexts",
        "Encourage research on OER",
        "Facilitate finding, retrieving and sharing of OER",
        "Encourage the open licensing of educational materials produced with public funds");
  }

  @Test
  void ictCft3_allEighteenCellsByAspectAndLevel() {
    assertThat(Arrays.stream(IctCompetencyAspect.values()).flatMap(a -> Arrays.stream(IctCompetencyLevel.values())
        .map(a::competency))).containsExactly(
            "Policy Understanding", "Policy Application", "Policy Innovation",
            "Basic Knowledge", "Knowledge Application", "Knowledge Society Skills",
            "ICT-enhanced Teaching", "Complex Problem-solving", "Self-management",
            "Application", "Infusion", "Transformation",
            "Standard Classroom", "Collaborative Groups", "Learning Organizations",
            "Digital Literacy", "Networking", "Teacher as Innovator");
  }

  @Test
  void ictCompetency_equals_isByAspectAndLevel() {
    new EqualsTester()
        .addEqualityGroup(IctCompetency.of(IctCompetencyAspect.PEDAGOGY, IctCompetencyLevel.KNOWLEDGE_CREATION),
            IctCompetency.of(IctCompetencyAspect.PEDAGOGY, IctCompetencyLevel.KNOWLEDGE_CREATION))
        .addEqualityGroup(IctCompetency.of(IctCompetencyAspect.PEDAGOGY, IctCompetencyLevel.KNOWLEDGE_DEEPENING))
        .addEqualityGroup(IctCompetency.of(IctCompetencyAspect.POLICY, IctCompetencyLevel.KNOWLEDGE_CREATION))
        .testEquals();
  }
}
