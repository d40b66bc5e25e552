package org.oerkit.examples.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.instrument.PolicySection;
import org.oerkit.core.instrument.PolicyTemplate;
import org.oerkit.core.instrument.TemplateSection;
import org.oerkit.core.policy.GapAnalysis;

/**
 * The template as the Astana 2017 workshop used it, pinned to the concept note "Expanding Open Educational
 * Resources for Lifelong Learning in Kazakhstan" (UNESCO, Astana, 11-13 December 2017).
 */
class AstanaTemplateTest {

  private static final PolicyTemplate ASTANA = AstanaTemplate.template();

  @Test
  void sessions_areThoseOfTheConceptNote_nineToFourteen() {
    assertThat(PolicySection.values()).extracting(AstanaTemplate::sessions).containsExactly(
        List.of(9), List.of(9), List.of(8, 9), List.of(10), List.of(10), List.of(10), List.of(11),
        List.of(13, 14), List.of(13), List.of(13));
  }

  @Test
  void sessions_agreeWithTheSourceEachSectionCites() {
    for (PolicySection section : PolicySection.values()) {
      List<Integer> sessions = AstanaTemplate.sessions(section);
      String cited = sessions.size() == 1 ? "Session " + sessions.get(0)
          : "Sessions " + sessions.get(0) + " and " + sessions.get(1);
      assertThat(section.source()).as(section.id()).endsWith(cited);
    }
  }

  @Test
  void sessions_null_isRefused() {
    assertThatThrownBy(() -> AstanaTemplate.sessions(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("section");
  }

  @Test
  void questions_keepTheConceptNotesWording() {
    assertThat(ASTANA.section(PolicySection.CONTEXT).questions()).containsExactly(
        "How OER supports the vision of education development of Kazakhstan (policy context, mission and "
            + "objectives of OER policy)?");
    assertThat(ASTANA.section(PolicySection.LICENSE).questions())
        .containsExactly("What open licensee should be adopted?");
    assertThat(ASTANA.section(PolicySection.COORDINATION).questions()).singleElement().asString()
        .endsWith("division of responsibilities of national OER Focus Group");
  }

  @Test
  void questions_differFromTheNeutralTemplateOnlyInTheSectionsItsJavadocNames() {
    PolicyTemplate neutral = PolicyTemplate.unescoCountryTemplate();
    List<PolicySection> differing = ASTANA.sections().stream()
        .filter(s -> !s.questions().equals(neutral.section(s.section()).questions()))
        .map(TemplateSection::section).toList();
    assertThat(differing).containsExactly(PolicySection.CONTEXT, PolicySection.POSITIONING,
        PolicySection.MATERIALS, PolicySection.LICENSE, PolicySection.CAPACITY_BUILDING, PolicySection.WORK_PLAN,
        PolicySection.COORDINATION);
  }

  @Test
  void gapAnalysis_withEitherTemplate_givesTheSameReport() {
    assertThat(GapAnalysis.of(ASTANA).analyze(KazakhstanDraft.draft()))
        .isEqualTo(GapAnalysis.standard().analyze(KazakhstanDraft.draft()));
  }
}
