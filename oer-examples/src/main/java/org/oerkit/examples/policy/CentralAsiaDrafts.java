package org.oerkit.examples.policy;

import static org.oerkit.examples.astana.Astana2017.MES_KYRGYZSTAN;
import static org.oerkit.examples.astana.Astana2017.MES_TAJIKISTAN;
import static org.oerkit.examples.astana.Astana2017.MPE_UZBEKISTAN;
import static org.oerkit.examples.astana.Astana2017.OSI_KYRGYZSTAN;
import static org.oerkit.examples.astana.Astana2017.OSI_TAJIKISTAN;

import java.time.LocalDate;
import java.util.List;
import org.oerkit.core.instrument.PolicySection;
import org.oerkit.core.policy.CoordinatingStructure;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.core.policy.PolicyStatus;
import org.oerkit.core.policy.PolicyVersion;
import org.oerkit.core.policy.WorkPlan;
import org.oerkit.core.policy.WorkPlanAction;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;
import org.oerkit.core.vocabulary.Organization;

/**
 * Short drafts for Kyrgyzstan, Tajikistan and Uzbekistan, built only from what the Astana 2017 concept note
 * says of their initiatives, to compare with {@link KazakhstanDraft}.
 *
 * <p><b>These are examples, not official documents.</b> The note says three things of each country: who
 * presented its OER initiatives in Session 5 (the ministry, and for Kyrgyzstan and Tajikistan the Open
 * Society Institute); that UNESCO, under its agreement with the Weidong Group, supports it in developing and
 * implementing a national OER policy (section 1); and that Session 15 proposed follow-up national activities.
 * The drafts hold exactly that, so their gap reports show what a national workshop like Astana's would still
 * have to draft.
 */
public final class CentralAsiaDrafts {

  private CentralAsiaDrafts() {}

  private static final PolicyDraft KYRGYZSTAN = outline(Country.KYRGYZSTAN, "Kyrgyzstan", MES_KYRGYZSTAN,
      List.of(OSI_KYRGYZSTAN), "Ulanbek Mambetakunov (Ministry of Education and Science) and Lira Samykbayeva"
          + " (Open Society Institute)");

  private static final PolicyDraft TAJIKISTAN = outline(Country.TAJIKISTAN, "Tajikistan", MES_TAJIKISTAN,
      List.of(OSI_TAJIKISTAN), "Parviz Latifov (Ministry of Education and Science) and Nazarkhudo Dastambuev"
          + " (Open Society Institute)");

  private static final PolicyDraft UZBEKISTAN = outline(Country.UZBEKISTAN, "Uzbekistan", MPE_UZBEKISTAN,
      List.of(), "Haydarov Ozodjon (Ministry of Public Education)");

  /**
   * Gets the outline for Kyrgyzstan.
   *
   * @return the draft
   */
  public static PolicyDraft kyrgyzstan() {
    return KYRGYZSTAN;
  }

  /**
   * Gets the outline for Tajikistan.
   *
   * @return the draft
   */
  public static PolicyDraft tajikistan() {
    return TAJIKISTAN;
  }

  /**
   * Gets the outline for Uzbekistan.
   *
   * @return the draft
   */
  public static PolicyDraft uzbekistan() {
    return UZBEKISTAN;
  }

  /**
   * Gets the three outlines, in the note's order of the countries.
   *
   * @return Kyrgyzstan, Tajikistan and Uzbekistan
   */
  public static List<PolicyDraft> all() {
    return List.of(KYRGYZSTAN, TAJIKISTAN, UZBEKISTAN);
  }

  private static PolicyDraft outline(Country country, String name, Organization ministry,
      List<Organization> partners, String presenters) {
    String context = "Under its agreement with the Weidong Group, UNESCO supports the Central Asian countries"
        + " (Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan) in developing and implementing national OER"
        + " policies. " + name + "'s OER initiatives were presented at the Astana workshop of December 2017 by " + presenters
        + ".";
    return PolicyDraft.builder()
        .country(country)
        .title(LocalizedText.of(LanguageTag.ENGLISH, "OER policy outline for " + name + " (illustrative)"))
        .addVersions(PolicyVersion.builder().label("Outline").date(LocalDate.of(2017, 12, 13))
            .status(PolicyStatus.DRAFT).note("Illustrative example built by oerkit from what the Astana 2017"
                + " concept note says of " + name + "; not an official document.").build())
        .draftingBody(ministry)
        .putSectionText(PolicySection.CONTEXT, LocalizedText.of(LanguageTag.ENGLISH, context))
        .coordination(CoordinatingStructure.builder().lead(ministry).addAllMembers(partners).build())
        .workPlan(WorkPlan.of(WorkPlanAction.builder().id("follow-up")
            .title("Proposed follow-up national activities (Astana 2017, Session 15)").lead(ministry).build()))
        .build();
  }
}
