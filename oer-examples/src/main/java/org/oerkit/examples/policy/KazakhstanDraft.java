package org.oerkit.examples.policy;

import static org.oerkit.examples.astana.Astana2017.INET;
import static org.oerkit.examples.astana.Astana2017.MES_KAZAKHSTAN;
import static org.oerkit.examples.astana.Astana2017.NATIONAL_OER_FOCAL_GROUP;
import static org.oerkit.examples.astana.Astana2017.NAZARBAYEV_UNIVERSITY_LIBRARY;
import static org.oerkit.examples.astana.Astana2017.UNESCO_ALMATY;
import static org.oerkit.examples.astana.Astana2017.WEIDONG_GROUP;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.oerkit.core.instrument.IctCompetency;
import org.oerkit.core.instrument.IctCompetencyAspect;
import org.oerkit.core.instrument.IctCompetencyLevel;
import org.oerkit.core.instrument.PolicySection;
import org.oerkit.core.instrument.Stakeholder;
import org.oerkit.core.instrument.SubAction;
import org.oerkit.core.license.Licenses;
import org.oerkit.core.policy.CapacityBuilding;
import org.oerkit.core.policy.CoordinatingStructure;
import org.oerkit.core.policy.EducationSector;
import org.oerkit.core.policy.FundingSource;
import org.oerkit.core.policy.FundingSourceKind;
import org.oerkit.core.policy.GapAnalysis;
import org.oerkit.core.policy.LearningMode;
import org.oerkit.core.policy.LicenseMandate;
import org.oerkit.core.policy.MaterialCategory;
import org.oerkit.core.policy.Measurement;
import org.oerkit.core.policy.Milestone;
import org.oerkit.core.policy.MonitoringIndicator;
import org.oerkit.core.policy.Objective;
import org.oerkit.core.policy.OpenMaterials;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.core.policy.PolicyFocus;
import org.oerkit.core.policy.PolicyRelation;
import org.oerkit.core.policy.PolicyStatus;
import org.oerkit.core.policy.PolicyType;
import org.oerkit.core.policy.PolicyVersion;
import org.oerkit.core.policy.RelatedInstrument;
import org.oerkit.core.policy.Responsibility;
import org.oerkit.core.policy.Scope;
import org.oerkit.core.policy.SpatialCoverage;
import org.oerkit.core.policy.Strategy;
import org.oerkit.core.policy.WorkPlan;
import org.oerkit.core.policy.WorkPlanAction;
import org.oerkit.core.policy.WorldMapDescription;
import org.oerkit.core.policy.WorldMapLicense;
import org.oerkit.core.policy.WorldMapScope;
import org.oerkit.core.policy.WorldMapStatus;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;
import org.oerkit.core.vocabulary.Money;

/**
 * An illustrative first draft of a national OER policy for Kazakhstan, in the shape the Astana 2017
 * workshop's drafting sessions asked for.
 *
 * <p><b>This is an example, not an official document.</b> The workshop's focal group drafted a policy
 * (UNESCO Almaty Cluster Office news item of 8 February 2018), but that text is not public. This draft
 * answers the questions of Sessions 9 to 14 of the concept note with what the note and public sources say
 * about Kazakhstan in 2017, and with plausible choices where a drafting group would have had to decide. The
 * costs are illustrative figures in tenge (KZT), not estimates by any ministry.
 *
 * <p><b>An anachronism kept on purpose.</b> The draft is dated to the workshop's last day, 13 December 2017,
 * but its capacity-building section names competencies of the UNESCO ICT Competency Framework for Teachers,
 * version 3, which UNESCO published in 2018 (the framework's imprint). A drafting group in Astana could only
 * have used version 2 (2011). The example keeps version 3, the only version oerkit models, so that the gap
 * analysis shows its check: {@code oer policy gaps kazakhstan-draft} reports it as a warning
 * ({@code policy.not-yet-adopted}, section 7).
 *
 * <p>Run {@link #main(String...)} to print the draft and its gap report.
 */
public final class KazakhstanDraft {

  private KazakhstanDraft() {}

  /** The label every version of this draft carries: an example, not an official document. */
  public static final String EXAMPLE_NOTICE = "Illustrative example built by oerkit from the Astana 2017 concept"
      + " note; not an official document of the Republic of Kazakhstan.";

  // Section 1 (Session 9): policy context, mission and objectives.
  private static final String CONTEXT = "Kazakhstan has committed to Sustainable Development Goal 4: inclusive"
      + " and quality education and lifelong learning for all by 2030. The country has a general legislative"
      + " framework that supports the use of OER (UNESCO IITE survey, 2011), but the quality of available resources"
      + " is not regulated, few institutions store and share their collections, and materials produced with"
      + " public funds are made free to use without being openly licensed. This policy makes openly licensed"
      + " educational resources the rule for publicly funded materials, so that every learner and teacher in"
      + " Kazakhstan, in Kazakh, Russian and English, can use, adapt and share them.";

  // Section 2 (Session 9): scope.
  private static final String SCOPE = "The policy covers school education (grades 1-11), technical and vocational"
      + " education and training, higher education, teacher education and non-formal lifelong learning, in the"
      + " whole country, and materials in Kazakh, Russian and English.";

  // Section 3 (Sessions 8 and 9): positioning against existing policies.
  private static final String POSITIONING = "The policy implements the 2012 Paris OER Declaration and the"
      + " Qingdao Declaration (2015), contributes to the State Programme of Development of Education and Science"
      + " 2016-2019 and to the Digital Kazakhstan state programme, and asks for a review of the Law on Copyright"
      + " and Related Rights so that works made with public funds can be openly licensed by the body that"
      + " commissioned them.";

  // Section 4 (Session 10): curriculum and material to be openly licensed.
  private static final String MATERIALS = "Textbooks, curricula, teacher guides, video lessons and online courses"
      + " produced or bought with public funds are released under an open license and deposited, with their source"
      + " files, in the national OER repository. Materials for which the ministry holds only a free-use licence"
      + " from a private publisher are excepted until their contracts are renewed.";

  // Section 5 (Session 10): the open license to adopt.
  private static final String LICENSE = "The default license is Creative Commons Attribution 4.0 International"
      + " (CC BY 4.0). CC BY-SA 4.0 may be used where a work adapts share-alike material. Licenses with the"
      + " NoDerivatives element are not open in the sense of the 2019 Recommendation and are not used.";

  // Section 6 (Session 10): strategies to encourage use, re-use and sharing.
  private static final String STRATEGIES = "A national OER repository with open metadata; an awareness campaign"
      + " for teachers, school leaders and parents; recognition of OER authorship in teacher attestation; and"
      + " quality assurance of OER within the existing review of learning materials.";

  // Section 7 (Session 11): institutional capacity building.
  private static final String CAPACITY = "OER use and creation enter the national ICT competency standard for"
      + " teachers, following the UNESCO ICT Competency Framework for Teachers, and the in-service training of"
      + " teachers and teacher educators.";

  // Sections 8 to 10 (Sessions 13 and 14): work plan, coordinating structure, costs and funding.
  private static final String WORK_PLAN = "Six actions from 2018 to 2022, each with a lead body, dates, a cost"
      + " and its sources of funding, below.";
  private static final String COORDINATION = "A National OER Council chaired by the Ministry of Education and"
      + " Science coordinates the policy; the National OER Focal group is its working body.";
  private static final String FUNDING = "The state budget carries the repository and the licensing of"
      + " textbooks; teacher training is shared with international partners, and the licence translation is"
      + " asked of UNESCO. No cost falls on teachers or learners.";

  private static final PolicyDraft DRAFT = PolicyDraft.builder()
      .country(Country.KAZAKHSTAN)
      .title(LocalizedText.builder()
          .put(LanguageTag.ENGLISH, "National Policy on Open Educational Resources of the Republic of Kazakhstan"
              + " (illustrative first draft)")
          .put(LanguageTag.RUSSIAN, "Национальная политика Республики Казахстан в области открытых"
              + " образовательных ресурсов (иллюстративный первый проект)")
          .build())
      .addVersions(PolicyVersion.builder().label("First draft").date(LocalDate.of(2017, 12, 13))
          .status(PolicyStatus.DRAFT).note(EXAMPLE_NOTICE).build())
      .draftingBody(NATIONAL_OER_FOCAL_GROUP)
      .startYear(Year.of(2018)).endYear(Year.of(2022))
      .addLanguages(LanguageTag.KAZAKH, LanguageTag.RUSSIAN, LanguageTag.ENGLISH)
      .putSectionText(PolicySection.CONTEXT, en(CONTEXT))
      .putSectionText(PolicySection.SCOPE, en(SCOPE))
      .putSectionText(PolicySection.POSITIONING, en(POSITIONING))
      .putSectionText(PolicySection.MATERIALS, en(MATERIALS))
      .putSectionText(PolicySection.LICENSE, en(LICENSE))
      .putSectionText(PolicySection.STRATEGIES, en(STRATEGIES))
      .putSectionText(PolicySection.CAPACITY_BUILDING, en(CAPACITY))
      .putSectionText(PolicySection.WORK_PLAN, en(WORK_PLAN))
      .putSectionText(PolicySection.COORDINATION, en(COORDINATION))
      .putSectionText(PolicySection.FUNDING, en(FUNDING))
      .scope(Scope.builder()
          .addSectors(EducationSector.SCHOOL, EducationSector.VOCATIONAL, EducationSector.HIGHER_EDUCATION,
              EducationSector.FURTHER)
          .addLearningModes(LearningMode.FORMAL, LearningMode.NON_FORMAL)
          .addStakeholders(Stakeholder.TEACHER, Stakeholder.LEARNER, Stakeholder.TEACHER_TRAINER,
              Stakeholder.EDUCATIONAL_PROVIDER, Stakeholder.POLICY_MAKER, Stakeholder.PUBLISHER,
              Stakeholder.CIVIL_SOCIETY)
          .build())
      .addRelatedInstruments(
          RelatedInstrument.builder().title("Paris OER Declaration").relation(PolicyRelation.IMPLEMENTS)
              .year(2012).build(),
          RelatedInstrument.builder().title("Qingdao Declaration").relation(PolicyRelation.ALIGNS_WITH)
              .year(2015).build(),
          RelatedInstrument.builder().title("State Programme of Development of Education and Science 2016-2019")
              .relation(PolicyRelation.ALIGNS_WITH).year(2016).build(),
          RelatedInstrument.builder().title("Digital Kazakhstan state programme")
              .relation(PolicyRelation.ALIGNS_WITH).year(2017).build(),
          RelatedInstrument.builder().title("Law on Copyright and Related Rights").relation(PolicyRelation.AMENDS)
              .year(1996).build())
      .openMaterials(OpenMaterials.builder()
          .addCategories(MaterialCategory.TEXTBOOK, MaterialCategory.CURRICULUM, MaterialCategory.TEACHER_GUIDE,
              MaterialCategory.VIDEO_LESSON, MaterialCategory.ONLINE_COURSE)
          .publiclyFundedOpen(true)
          .addExceptions("Textbooks for which the ministry holds only a free-use licence from a private"
              + " publisher, until the contract is renewed")
          .repository("National OER repository, operated by the Institute for New Educational Technologies")
          .build())
      .licenseMandate(LicenseMandate.builder()
          .defaultLicense(Licenses.CC_BY_4_0)
          .addAlternatives(Licenses.CC_BY_SA_4_0)
          // Creative Commons publishes the 4.0 legal code in Russian; a Kazakh translation is work-plan action
          // "translate", so the draft does not claim it yet.
          .addTranslatedInto(LanguageTag.RUSSIAN)
          .build())
      .addStrategies(
          Strategy.of("National OER repository with open metadata and source files", SubAction.of("11(d)"),
              SubAction.of("12(d)")),
          Strategy.of("Awareness campaign for teachers, school leaders and parents", SubAction.of("11(a)")),
          Strategy.of("Recognize OER authorship in teacher attestation", SubAction.of("12(c)")),
          Strategy.of("Quality assurance of OER within the review of learning materials", SubAction.of("12(b)"),
              SubAction.of("13(f)")),
          Strategy.of("OER in Kazakh, Russian and English, and offline copies for rural schools",
              SubAction.of("13(a)"), SubAction.of("13(b)")),
          Strategy.of("Share Russian-language OER with Kyrgyzstan, Tajikistan and Uzbekistan through the UNESCO"
              + " Central Asia OER project", SubAction.of("15(a)"), SubAction.of("15(c)")))
      .capacityBuilding(CapacityBuilding.builder()
          .addMeasures("OER use and creation in the national ICT competency standard for teachers",
              "In-service training on finding, adapting and openly licensing OER",
              "Training for teacher educators and librarians on open licensing")
          .addAudiences(Stakeholder.TEACHER, Stakeholder.TEACHER_TRAINER, Stakeholder.EDUCATION_SUPPORT_PERSONNEL)
          // ICT CFT version 3 (2018) in a draft of December 2017: kept on purpose, see the class comment.
          .addCompetencies(
              IctCompetency.of(IctCompetencyAspect.CURRICULUM_AND_ASSESSMENT, IctCompetencyLevel.KNOWLEDGE_ACQUISITION),
              IctCompetency.of(IctCompetencyAspect.PROFESSIONAL_LEARNING, IctCompetencyLevel.KNOWLEDGE_DEEPENING))
          .build())
      .coordination(CoordinatingStructure.builder()
          .name("National OER Council")
          .lead(MES_KAZAKHSTAN)
          .addMembers(NATIONAL_OER_FOCAL_GROUP, INET, NAZARBAYEV_UNIVERSITY_LIBRARY)
          .addResponsibilities(
              Responsibility.of(MES_KAZAKHSTAN, "Chairs the council, adopts the policy and funds the work plan"),
              Responsibility.of(NATIONAL_OER_FOCAL_GROUP, "Drafts, monitors and reports on the policy"),
              Responsibility.of(INET, "Operates the national OER repository and trains teachers"),
              Responsibility.of(NAZARBAYEV_UNIVERSITY_LIBRARY, "Advises on licensing, metadata and preservation"))
          .build())
      .workPlan(WorkPlan.of(
          action("adopt", "Adopt the policy and the open-licensing mandate for publicly funded materials",
              "2018-01-01", "2018-06-30", 5_000_000, PolicySection.CONTEXT, PolicySection.MATERIALS)
              .lead(MES_KAZAKHSTAN)
              .addFunding(FundingSource.of(FundingSourceKind.STATE_BUDGET))
              .addSubActions(SubAction.of("12(a)"))
              .addMilestones(Milestone.of("Policy adopted by ministerial order", LocalDate.of(2018, 6, 30)))
              .build(),
          action("translate", "Translate the CC BY 4.0 deed and legal code into Kazakh",
              "2018-03-01", "2018-12-31", 3_000_000, PolicySection.LICENSE)
              .lead(NATIONAL_OER_FOCAL_GROUP).addPartners(UNESCO_ALMATY)
              .addFunding(FundingSource.builder().kind(FundingSourceKind.INTERNATIONAL_DONOR).funder(UNESCO_ALMATY)
                  .build())
              .addSubActions(SubAction.of("11(e)"))
              .build(),
          action("repository", "Build and run the national OER repository",
              "2018-07-01", "2022-12-31", 60_000_000, PolicySection.STRATEGIES)
              .lead(INET)
              .addFunding(FundingSource.of(FundingSourceKind.STATE_BUDGET))
              .addSubActions(SubAction.of("11(d)"), SubAction.of("12(d)"))
              .addDeliverables("Repository with open metadata (Dublin Core) and source files")
              .build(),
          action("textbooks", "Openly license the publicly funded textbooks of grades 1-11",
              "2018-09-01", "2021-08-31", 15_000_000, PolicySection.MATERIALS)
              .lead(MES_KAZAKHSTAN)
              .addFunding(FundingSource.of(FundingSourceKind.BUDGET_REALLOCATION))
              .addSubActions(SubAction.of("12(a)"), SubAction.of("14(a)"))
              .build(),
          action("training", "Train teachers and teacher educators in OER",
              "2019-01-01", "2022-06-30", 40_000_000, PolicySection.CAPACITY_BUILDING)
              .lead(INET).addPartners(UNESCO_ALMATY)
              .addFunding(FundingSource.of(FundingSourceKind.STATE_BUDGET),
                  FundingSource.builder().kind(FundingSourceKind.INTERNATIONAL_DONOR).funder(WEIDONG_GROUP).build())
              .addSubActions(SubAction.of("11(b)"), SubAction.of("12(c)"))
              .addIndicators("teachers-trained")
              .build(),
          action("monitor", "Monitor the policy and report to UNESCO",
              "2019-01-01", "2022-12-31", 4_000_000, PolicySection.COORDINATION, PolicySection.WORK_PLAN)
              .lead(NATIONAL_OER_FOCAL_GROUP)
              .addFunding(FundingSource.of(FundingSourceKind.STATE_BUDGET))
              .addSubActions(SubAction.of("12(a)"))
              .build()))
      .addObjectives(
          Objective.of("open-by-default", en("Publicly funded educational materials are openly licensed.")),
          Objective.of("teachers", en("Teachers find, adapt and share OER in their daily work.")))
      .addIndicators(
          MonitoringIndicator.builder().id("open-textbooks").name("Share of publicly funded textbooks under an"
              + " open license").unit("percent").addObjectives("open-by-default")
              .baseline(Measurement.of(0, 2017)).target(Measurement.of(100, 2022)).build(),
          MonitoringIndicator.builder().id("teachers-trained").name("Teachers trained in OER").unit("teachers")
              .addObjectives("teachers").baseline(Measurement.of(0, 2017)).target(Measurement.of(30_000, 2022))
              .build())
      .worldMap(WorldMapDescription.builder()
          .type(PolicyType.POLICY_DOCUMENT).scope(WorldMapScope.DEDICATED).status(WorldMapStatus.PROPOSED)
          .spatialCoverage(SpatialCoverage.NATIONAL)
          .addFocus(PolicyFocus.CONTENT, PolicyFocus.LEGAL_FRAMEWORK, PolicyFocus.CAPACITY_BUILDING,
              PolicyFocus.INFRASTRUCTURE)
          .addSectors(EducationSector.SCHOOL, EducationSector.VOCATIONAL, EducationSector.HIGHER_EDUCATION)
          .addLicenses(WorldMapLicense.CC_BY)
          .build())
      .build();

  /**
   * Gets the illustrative draft.
   *
   * @return the draft, labelled as an example in its version note
   */
  public static PolicyDraft draft() {
    return DRAFT;
  }

  /**
   * Prints the draft as Markdown, its gap report, and a comparison with the outlines for Kyrgyzstan,
   * Tajikistan and Uzbekistan.
   *
   * @param args  ignored
   */
  public static void main(String... args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(PolicyMarkdown.format(DRAFT));
    out.println();
    out.println("## Gap report");
    out.println();
    out.println(GapAnalysis.standard().analyze(DRAFT).format());
    out.println();
    List<PolicyDraft> all = new ArrayList<>(List.of(DRAFT));
    all.addAll(CentralAsiaDrafts.all());
    out.print(GapAnalysis.standard().compare(all).format());
  }

  private static WorkPlanAction.Builder action(String id, String title, String start, String end, long tenge,
      PolicySection... sections) {
    return WorkPlanAction.builder().id(id).title(title)
        .start(LocalDate.parse(start)).end(LocalDate.parse(end))
        .cost(Money.ofMajor("KZT", tenge))
        .addSections(sections);
  }

  private static LocalizedText en(String text) {
    return LocalizedText.of(LanguageTag.ENGLISH, text);
  }
}
