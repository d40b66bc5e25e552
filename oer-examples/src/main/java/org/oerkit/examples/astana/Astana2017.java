package org.oerkit.examples.astana;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.oerkit.core.agenda.AgendaCheck;
import org.oerkit.core.agenda.Day;
import org.oerkit.core.agenda.Part;
import org.oerkit.core.agenda.PrintedProgramme;
import org.oerkit.core.agenda.Role;
import org.oerkit.core.agenda.RoleKind;
import org.oerkit.core.agenda.Session;
import org.oerkit.core.agenda.SessionKind;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.OrganizationKind;
import org.oerkit.core.vocabulary.Person;

/*
 * How the concept note was cleaned
 * ================================
 *
 * The source is the workshop's concept note and agenda, "Expanding Open Educational Resources for Lifelong
 * Learning in Kazakhstan, Park Inn by Radisson, Astana 11-13 December 2017" (UNESCO; the note names no
 * author office), as a text extraction of its PDF. The extraction has noise. Each decision below is marked
 * in the code where it applies, as "// C1" and so on. Line numbers "note line N" are those of the
 * extraction, whose passages the test resource astana/concept-note-passages.txt keeps.
 *
 * What the example states is the note's, verbatim or cleaned as recorded below, unless a comment names
 * another public source for it. Where neither gives a value, the value stays unknown, and the two times we
 * had to infer say so in the model. ConceptNoteTest checks every text field against the note's passages.
 *
 * | #   | The note has                                            | We write                                        | Why |
 * |-----|---------------------------------------------------------|-------------------------------------------------|-----|
 * | C1  | "40.00" alone on a line between 09:55 and 10:00         | nothing                                         | No time reads 40.00 and no item follows it: a page-number or table artefact of the extraction. |
 * | C2  | "Meldebekova MayraTurganbaevna"                         | "Meldebekova Mayra Turganbaevna"                | A space lost at a line join; the name stays in the note's order, family name first. |
 * | C3  | "Chief, of Unit for ICT in Education"                   | "Chief of Unit for ICT in Education"            | Stray comma; the note writes the title without it three times elsewhere. |
 * | C4  | "UNESCO Cluster Office" (opening); "UNESCO Almty ..."   | "UNESCO Almaty Cluster Office"                  | Same person, same office everywhere else in the note; "Almty" is a typo. |
 * | C5  | Session 1: "Global UNESCO ICT in Education Programme    | title "Global UNESCO ICT in Education Programme | Two table lines run together: the second is the theme of the session. |
 * |     | and OER Projects The role of OER in achieving SDG 4"    | and OER Projects", subtitle "The role of OER in |     |
 * |     |                                                         | achieving SDG 4"                                |     |
 * | C6  | "Welcome and Opening Session" with no time, then three  | one session 09:30-10:00 holding three items of  | The heading spans the three timed lines below it; their times sum to 30 minutes. |
 * |     | timed lines 09:30-09:50, 09:50-09:55, 09:55-10:00       | 20, 5 and 5 minutes                             |     |
 * | C7  | Session 5's parts run 14:15-15:15, a coffee break       | one session 14:15-16:10 interrupted by the      | The heading names all four countries and the parts after the break continue it; its |
 * |     | 15:15-15:30, then "OER Initiatives in Kazakhstan"       | coffee break, which is a session of its own     | parts (3 x 20 + 30 + 10 min) fill the 100 minutes left once the break is taken out. |
 * |     | 15:30-16:10, with no new session heading                |                                                 |     |
 * | C8  | Session 6: "UNESCO OER Indicators Madagataga System of  | "UNESCO OER Indicators"                         | The rest is a garbled copy of the moderator's section ("Section of Digital Pedagogy and Learning Materials"), which the next line gives correctly. |
 * |     | Digital Radagagy and Learning Matagaile"                |                                                 |     |
 * | C9  | "Collecting Responses to the UNESCO OER Oval            | kept as written                                 | "Oval" may be a garble, but we cannot tell of what; we do not guess. |
 * |     | Questionnaire"                                          |                                                 |     |
 * | C10 | "IITE ." on its own line after Session 8's moderator    | joined to the line before                       | A line break inside one affiliation. |
 * | C11 | "What open licensee should be adopted?"                 | "What open license should be adopted?"          | A licensee is a person; the question is about the license (the note's spelling). |
 * | C12 | Session 11's second question has no check mark          | the second discussion question, in the note's   | The mark was lost in the extraction; the line is the session's second drafting topic. |
 * |     | ("Training and support to educators ...")               | words                                           |     |
 * | C13 | "National OER Focal groups", "Focus Group"              | "National OER Focal group"                      | One body; the note names it so ten times. |
 * | C14 | "End of Day 2" four times, one with "13 December 2017"  | the end of Day 2 at 18:30, once                 | Repeats of one table row, joined with the next day's heading. |
 * | C15 | Day 3's lines repeated, each repeat one cell longer     | the longest repeat, read once                   | The extraction re-emitted the growing table row; "(30)" in a shorter repeat is "(30 min)" in the longest. |
 * | C16 | "9:00 – 9:10", "9:10 – 11:00" (Day 3)                   | 09:00-09:10 and 09:10-11:00                     | Same 24-hour clock as the other days. Session 12's items (80 + 30 min) fill 09:10-11:00 exactly. |
 * | C17 | Day 3's coffee break and Session 13 have no times       | coffee break 11:00-11:15 and Session 13         | Session 12 ends at 11:00 and lunch starts at 13:00. The other morning breaks last 15 minutes, so the break |
 * |     |                                                         | 11:15-13:00, both marked inferred               | is inferred at 11:00-11:15 and Session 13 fills the rest. The validation report lists both as inferred. |
 * | C18 | Session 14 "Moderator: TBD"                             | a moderator role to be announced, "TBD"         | The note names none; "TBD" is not a person, but the role exists. |
 * | C19 | "Presenter: Ministry of Education and Science" and the  | the organization, with no person                | The note names a body, not a person; we do not invent one. |
 * |     | closing "Speakers: Ministry ... UNESCO Almaty ..."      |                                                 |     |
 * | C20 | "End of Day 1" 18:30, "End of Day 3" 17:30              | not sessions: each day ends with its last       | They mark the end of the day's programme, not an activity. |
 * |     |                                                         | session                                         |     |
 * | C21 | "Moderator : Jonghwi Park" (space before the colon)     | Jonghwi Park, moderator                         | Spacing only. |
 * | C22 | "(20-22June 2012)" (note line 15)                       | "(20-22 June 2012)"                             | A lost space; the note writes every other date with one. |
 * | C23 | footnote marks "¹", "²", "³" after three sentences     | no marks in the text; the footnotes' URLs are   | A background paragraph reads without marks; the references keep the footnotes' order. |
 * |     | (note lines 19, 21, 23) and before the footnotes        | the references, in order                        |     |
 * | C24 | "UNESCO Asia-Pacific Regional Bureau" (agenda)          | "UNESCO Asia-Pacific Regional Bureau for        | The full name the note gives the same office in its background (note line 23). |
 * |     |                                                         | Education"                                      |     |
 * | C25 | no heading "expected outputs" anywhere                  | expected outputs only where a part's own words  | Sessions 12 and 14 present "the first draft" of the policies and of the work plan for |
 * |     |                                                         | name what it produces: Sessions 12, 13 and 14   | consensus; Session 13 drafts the two items its part lists. Sessions 6, 9, 10 and 11 |
 * |     |                                                         |                                                 | name no output, and have none. |
 * | C26 | Session 9: "Facilitators: National OER Focal group as   | Session 9's group work facilitated, Sessions 10 | Each session's own line (note lines 119, 130, 138). |
 * |     | group leaders"; Sessions 10 and 11: "Moderator: ..."    | and 11's moderated, by the focal group          |     |
 */

/**
 * The UNESCO national workshop "Expanding Open Educational Resources for Lifelong Learning in Kazakhstan",
 * Astana, 11-13 December 2017, as oerkit data: the people, the organizations and the three-day programme.
 *
 * <p>Source: the workshop's concept note and agenda (UNESCO, 2017), read from a text extraction of its PDF
 * and cleaned as the comment at the top of this file records, decision by decision (C1 to C26). The
 * background, objectives, participants, titles, names, positions and discussion questions are the note's
 * words; the background is abridged, and "[…]" marks each omission. Every value the note does not give
 * names its own public source beside it: the organizing offices, the countries and seats of the
 * organizations, the time zone. Run {@link #main(String...)} to print the programme and its validation
 * report.
 *
 * <p>The programme validates: {@code AgendaCheck} finds no error and no warning, only three notes, each real.
 * Day 3's coffee break and Session 13 have inferred times (C17), and Day 1 leaves half an hour between the
 * end of its programme (18:30) and the reception (19:00). Session 5 is not an overlap with the coffee break
 * inside it, because the session says the break interrupts it (C7).
 */
public final class Astana2017 {

  private Astana2017() {}

  // ---------------------------------------------------------------------------------------------------------
  // Organizations, as the note names them. UNESCO's offices and institutes are parts of UNESCO. A country
  // the note does not give names its source; an organization the note places under a country's heading
  // ("OER Initiatives in Kyrgyzstan") is that country's.
  // ---------------------------------------------------------------------------------------------------------

  /**
   * UNESCO: "UNESCO is organizing the National Workshop" (note line 25). The full name is UNESCO's own
   * (https://en.unesco.org/news/frequently-asked-questions-faq).
   */
  public static final Organization UNESCO = Organization.builder()
      .name("United Nations Educational, Scientific and Cultural Organization").acronym("UNESCO")
      .kind(OrganizationKind.UNESCO).build();

  /** UNESCO Headquarters, "in Paris" (note line 15). */
  public static final Organization UNESCO_HQ = unesco("UNESCO Headquarters", Country.FRANCE);

  /**
   * The UNESCO Almaty Cluster Office (C4), "Cluster Office to Kazakhstan, Kyrgyzstan, Tajikistan and
   * Uzbekistan" (https://en.unesco.org/fieldoffice/almaty); UNESCO's news item names it as the workshop's
   * organizer (see {@link #workshop()}).
   */
  public static final Organization UNESCO_ALMATY = unesco("UNESCO Almaty Cluster Office", Country.KAZAKHSTAN);

  /**
   * The UNESCO Institute for Information Technologies in Education, "located in Moscow, Russian Federation"
   * (https://webarchive.unesco.org/web/20211220234410/https://iite.unesco.org/about-unesco-iite/).
   */
  public static final Organization IITE = Organization.builder()
      .name("UNESCO Institute for Information Technologies in Education").acronym("IITE")
      .kind(OrganizationKind.UNESCO).country(Country.of("RU")).parent(UNESCO).build();

  /**
   * The UNESCO Asia-Pacific Regional Bureau for Education (C24), which is UNESCO Bangkok
   * (https://www.aseanrokfund.com/our-partners/unesco-bangkok).
   */
  public static final Organization UNESCO_BANGKOK =
      unesco("UNESCO Asia-Pacific Regional Bureau for Education", Country.of("TH"));

  /**
   * The UNESCO Tashkent Office, a partner of the Central Asia OER project (note line 23), which "represents
   * the Organization in Uzbekistan" (https://en.unesco.org/fieldoffice/tashkent/about).
   */
  public static final Organization UNESCO_TASHKENT = unesco("UNESCO Tashkent Office", Country.UZBEKISTAN);

  /** The Ministry of Education and Science of the Republic of Kazakhstan, at the opening and the closing. */
  public static final Organization MES_KAZAKHSTAN = Organization.builder()
      .name("Ministry of Education and Science of the Republic of Kazakhstan")
      .kind(OrganizationKind.MINISTRY).country(Country.KAZAKHSTAN).build();

  /** The Institute for New Educational Technologies, whose director presented the draft country report. */
  public static final Organization INET = Organization.builder()
      .name("Institute for New Educational Technologies")
      .kind(OrganizationKind.RESEARCH_INSTITUTE).country(Country.KAZAKHSTAN).build();

  /** Nazarbayev University, of which the note names the library. */
  public static final Organization NAZARBAYEV_UNIVERSITY = Organization.builder()
      .name("Nazarbayev University").kind(OrganizationKind.UNIVERSITY).country(Country.KAZAKHSTAN).build();

  /** Nazarbayev University Library. */
  public static final Organization NAZARBAYEV_UNIVERSITY_LIBRARY = Organization.builder()
      .name("Nazarbayev University Library").kind(OrganizationKind.LIBRARY).country(Country.KAZAKHSTAN)
      .parent(NAZARBAYEV_UNIVERSITY).build();

  /** Knowledge Engineering, whose director presented open licensing; the note says no more of it. */
  public static final Organization KNOWLEDGE_ENGINEERING = Organization.builder()
      .name("Knowledge Engineering").kind(OrganizationKind.OTHER).build();

  /** The Ministry of Education and Science, under the note's heading for Kyrgyzstan. */
  public static final Organization MES_KYRGYZSTAN = ministry("Ministry of Education and Science", Country.KYRGYZSTAN);

  /** The Open Society Institute, as the note names the organization of a presenter for Kyrgyzstan. */
  public static final Organization OSI_KYRGYZSTAN = Organization.builder()
      .name("Open Society Institute").kind(OrganizationKind.NGO).country(Country.KYRGYZSTAN).build();

  /** The Ministry of Education and Science, under the note's heading for Tajikistan. */
  public static final Organization MES_TAJIKISTAN = ministry("Ministry of Education and Science", Country.TAJIKISTAN);

  /** The Open Society Institute, as the note names the organization of a presenter for Tajikistan. */
  public static final Organization OSI_TAJIKISTAN = Organization.builder()
      .name("Open Society Institute").kind(OrganizationKind.NGO).country(Country.TAJIKISTAN).build();

  /** The Ministry of Public Education, under the note's heading for Uzbekistan. */
  public static final Organization MPE_UZBEKISTAN = ministry("Ministry of Public Education", Country.UZBEKISTAN);

  /**
   * FiBS, "Germany" (note line 95): the "FiBS-Institute for Educational and Socio-Economic Research, Berlin",
   * as Dominic Orr's own slides name it
   * (http://de.slideshare.net/DominicOrr/wie-misst-man-den-einsatz-von-oer-und-deren-wirkung).
   */
  public static final Organization FIBS = Organization.builder()
      .name("FiBS").kind(OrganizationKind.RESEARCH_INSTITUTE).country(Country.of("DE")).build();

  /** The National OER Focal group of Kazakhstan, which led the drafting groups (C13). */
  public static final Organization NATIONAL_OER_FOCAL_GROUP = Organization.builder()
      .name("National OER Focal group").kind(OrganizationKind.WORKING_GROUP).country(Country.KAZAKHSTAN).build();

  /**
   * The Weidong Group, under "a signed agreement" with which UNESCO supports Central Asian countries in
   * developing national OER policies (note line 23). The note says no more of it: the country and kind come
   * from UNESCO IITE ("the Wei Dong Group of the People's Republic of China", https://iite.unesco.org/news/639323/)
   * and UNESCO-ICHEI ("Weidong Cloud Education Group was established in Qingdao, China in 2012",
   * http://en.ichei.org/2017/03/30/ichei-and-weidong-cloud-education-group-signed-an-mou/).
   */
  public static final Organization WEIDONG_GROUP = Organization.builder()
      .name("Weidong Group").kind(OrganizationKind.COMPANY).country(Country.of("CN")).build();

  // ---------------------------------------------------------------------------------------------------------
  // People, with the positions and organizations the note gives them. Names stay in the note's order.
  // ---------------------------------------------------------------------------------------------------------

  /** Moderator of the opening, Sessions 1 to 3, 15 and the closing. */
  public static final Person LINA_BENETE =
      person("Lina Benete", "Education Programme Specialist", UNESCO_ALMATY); // C4

  /** Opening remarks for the Ministry of Education and Science of the Republic of Kazakhstan (C2). */
  public static final Person MAYRA_MELDEBEKOVA = Person.builder()
      .name("Meldebekova Mayra Turganbaevna").familyName("Meldebekova").addAffiliations(MES_KAZAKHSTAN).build();

  /** Opening remarks for UNESCO. */
  public static final Person KRISTA_PIKKAT = person("Krista Pikkat", "Director", UNESCO_ALMATY);

  /** Presenter of the objectives, Sessions 1 and 3 and the policy template (C3). */
  public static final Person FENGCHUN_MIAO =
      person("Fengchun Miao", "Chief of Unit for ICT in Education", UNESCO_HQ);

  /** Presenter in Session 1, moderator of Sessions 5, 6 and 8. */
  public static final Person SVETLANA_KNYAZEVA =
      person("Svetlana Knyazeva", "Chief of Section of Digital Pedagogy and Learning Materials", IITE);

  /** Presenter of Session 2, open licensing. */
  public static final Person NARTAY_ASHYM = person("Nartay Ashym", "Director", KNOWLEDGE_ENGINEERING);

  /** Presenter of Session 4, moderator of Session 7 (C21, C24). */
  public static final Person JONGHWI_PARK =
      person("Jonghwi Park", "Education Programme Specialist", UNESCO_BANGKOK);

  /** Presenter for Kyrgyzstan. */
  public static final Person ULANBEK_MAMBETAKUNOV = person("Ulanbek Mambetakunov", MES_KYRGYZSTAN);

  /** Presenter for Kyrgyzstan. */
  public static final Person LIRA_SAMYKBAYEVA = person("Lira Samykbayeva", OSI_KYRGYZSTAN);

  /** Presenter for Tajikistan. */
  public static final Person PARVIZ_LATIFOV = person("Parviz Latifov", MES_TAJIKISTAN);

  /** Presenter for Tajikistan. */
  public static final Person NAZARKHUDO_DASTAMBUEV = person("Nazarkhudo Dastambuev", OSI_TAJIKISTAN);

  /** Presenter for Uzbekistan; the note writes the family name first. */
  public static final Person OZODJON_HAYDAROV = Person.builder()
      .name("Haydarov Ozodjon").familyName("Haydarov").addAffiliations(MPE_UZBEKISTAN).build();

  /** Presenter of the draft country report on OER in Kazakhstan. */
  public static final Person YERMEK_ALIMZHANOV = person("Yermek Alimzhanov", "Director", INET);

  /** Presenter of an OER country example. */
  public static final Person PIOTR_LAPO =
      person("Piotr Lapo", "General Library Expert", NAZARBAYEV_UNIVERSITY_LIBRARY);

  /** Presenter and facilitator of Session 6, the UNESCO OER indicators. */
  public static final Person DOMINIC_ORR = person("Dominic Orr", FIBS);

  // ---------------------------------------------------------------------------------------------------------
  // The concept note, sections 1 to 3: background, objectives and who should attend, in the note's words.
  // ---------------------------------------------------------------------------------------------------------

  /**
   * Section 1, "Background" (note lines 11 to 25), one element a paragraph of the note. Abridged: "[…]"
   * marks each omission of whole sentences (two in the first paragraph, one in the seventh); what stands
   * is verbatim, but for C22 and C23.
   */
  private static final List<String> BACKGROUND = List.of(
      "In 2015, the United Nations adopted the Sustainable Development agenda until 2030. As part of this agenda,"
          + " Kazakhstan agreed to achieve the Sustainable Development Goal 4 until 2030, which aims at ensuring"
          + " inclusive and quality education for all and promoting lifelong learning. […] In this context, the"
          + " potential of opening up educational resources for use and adaptation by everyone, especially those"
          + " in resource-poor environments, is a great opportunity to achieve quality education for all.",
      "The term Open Educational Resources (OER) was coined at UNESCO's 2002 Forum on Open Courseware and"
          + " designates \"teaching, learning and research materials in any medium, digital or otherwise, that"
          + " reside in the public domain or have been released under an open license that permits no-cost"
          + " access, use, adaptation and redistribution by others with no or limited restrictions. Open licensing"
          + " is built within the existing framework of intellectual property rights as defined by relevant"
          + " international conventions and respects the authorship of the work\". UNESCO recognizes the"
          + " potential OER holds to widen access to education at all levels, both formal and non-formal in a"
          + " perspective of lifelong learning, and to improve both cost-efficiency and quality of teaching and"
          + " learning outcomes.",
      "After leading the OER initiative over one decade, UNESCO convened the World OER Congress at its"
          + " Headquarters in Paris (20-22 June 2012) during which Member States of UNESCO signed the 2012 Paris" // C22
          + " OER Declaration. The Qingdao Declaration, adopted by Member States during the International"
          + " Conference on ICT and Post-2015 Education held on 23-25 May 2015 at Qingdao, China, reaffirmed that"
          + " UNESCO identifies OER as a way to provide education stakeholders with opportunities to improve the"
          + " quality of, and expand access to, textbooks and other forms of learning content, to catalyze the"
          + " innovative use of content, and to foster knowledge creation.",
      "Member States should embrace the commitment to develop sector-wide strategies and capacity building"
          + " programmes to fully realize the potential of OER to expand access to lifelong learning opportunities"
          + " and achieve quality education.",
      "The Asia-Pacific Ministerial Forum on ICT in Education 2017 (11-12 May 2017, Seoul, Republic of Korea)"
          + " adopted the Asia-Pacific Regional Strategy on Using ICT to Facilitate the Achievement of Education"
          + " 2030 for the next five years. During the forum, the Central Asian countries highlighted that progress"
          + " in priority areas on secondary education, technical and vocational education (TVET) and higher"
          + " education development could be achieved through enhanced access to OER and MOOCs to address the"
          + " needs of the labour market by 2022 (action point 3).", // C23
      "In line with these global and regional agreements, UNESCO has been conducting a number of activities on"
          + " ICTs in education and OER in Kazakhstan. UNESCO Institute for Information Technologies in Education"
          + " (IITE) completed a survey on OER in Kazakhstan in 2011. The findings of this survey indicated that" // C23
          + " Kazakhstan required comprehensive programmes on nation-wide training in ICTs in education and on"
          + " increasing a scale and impact of OER initiatives. For instance, Kazakhstan developed a general"
          + " legislative framework, which supports the use of OER. However, the quality of available resources is"
          + " not regulated, as decision makers in education require more understanding of benefits which OER can"
          + " offer. Some education institutions need to learn to store their OER collections and cooperate with"
          + " others to widen the access to external OER sources.",
      "Since 2013, the annual Central Asia Symposiums on ICT Education (CASIE) have been calling for urgent"
          + " attention to significant benefits of OER in the Central Asian context for enhancing educational"
          + " practices for all. Following CASIE 2015, UNESCO Headquarters developed a project on OER in Central" // C23
          + " Asia, in collaboration with the UNESCO Cluster Office in Almaty, the UNESCO Tashkent Office, UNESCO"
          + " Asia-Pacific Regional Bureau for Education, and IITE. […] Under the framework of a signed agreement"
          + " with Weidong Group, UNESCO supports Member States, including Central Asian countries (Kazakhstan,"
          + " Kyrgyzstan, Tajikistan, and Uzbekistan), in developing and implementing national OER policies"
          + " through regional and country-specific OER seminars and workshops.",
      "In this context, UNESCO is organizing the National Workshop on Expanding OER for Lifelong Learning in"
          + " Kazakhstan. A core task of this workshop is to contribute towards establishing an enabling"
          + " environment towards the development and implementation of national OER policies in the country. To"
          + " facilitate this environment, it is necessary to share national experiences, scrutinize existing"
          + " policy frameworks, compare them with the advanced international practices and recommendations,"
          + " identify existing gaps, and enhance the existing policy framework to fill these existing gaps.");

  /** Section 2, "Main objectives" (note lines 35 to 37), verbatim without their numbers. */
  private static final List<String> OBJECTIVES = List.of(
      "Train the participating policy makers on the essential knowledge on OER and its implications for"
          + " Education 2030.",
      "Present existing OER experiences and activities implemented in Kazakhstan and lessons learned from the OER"
          + " policy development of other countries with a view to facilitate policy dialogue in the field of ICT"
          + " in education.",
      "Develop the capacity of the participating policy makers in planning the sector-wide strategies needed to"
          + " adopt OER, and prepare the first draft of the national policy on OER.");

  /**
   * Section 3, "Participants" (note lines 41 to 46), verbatim: first the note's rule of who should attend,
   * then the four profiles its second sentence introduces.
   */
  private static final List<String> PARTICIPANTS = List.of(
      "If a national committee for OER policy or strategy has been established, the core members of the"
          + " committee who have been designated by the minister(s) should be the main participants. If the"
          + " Committee has not yet been established, those who will be involved in developing and coordinating"
          + " the implementation of the OER policy/strategy should attend the workshop:",
      "Director-general level MoE officials from the departments who are in charge of the use of ICT in the"
          + " education sector including ICT in K-12, tertiary education (including higher education), TVET,"
          + " teacher training, and non-formal education.",
      "MoE officials from the departments/sections/units that are in charge of digital content development.",
      "Directors or experts from key national and international institutions that are/should be involved in"
          + " developing and coordinating the implementation of the OER policy/strategy.",
      "Representatives from Non-governmental educational institutions involved in lifelong learning and out of"
          + " school education");

  /** The footnotes of section 1 (note lines 29 to 33), in order (C23). */
  private static final List<String> REFERENCES = List.of(
      "http://bangkok.unesco.org/content/asia-pacific-ministerial-forum-ict-education-2017",
      "http://iite.unesco.org/pics/publications/ru/files/3214683.pdf",
      "http://en.unesco.kz/central-asia-symposium-on-ict-in-education-casie-2016-2016-09-02");

  // ---------------------------------------------------------------------------------------------------------
  // Day 1, 11 December 2017: the global, regional and national picture.
  // ---------------------------------------------------------------------------------------------------------

  private static Day day1() {
    return Day.builder().date(LocalDate.of(2017, 12, 11)).label("Day 1").closesAt(LocalTime.of(18, 30)) // C20
        .addSessions(
            Session.builder().id("d1-registration").kind(SessionKind.REGISTRATION).title("Registration")
                .time("09:00-09:30").build(),
            Session.builder().id("d1-opening").kind(SessionKind.OPENING).title("Welcome and Opening Session")
                .time("09:30-10:00") // C6
                .addRoles(Role.moderator(LINA_BENETE))
                .addParts(
                    Part.builder().title("Opening remarks").time("09:30-09:50")
                        .addRoles(Role.speaker(MAYRA_MELDEBEKOVA), Role.speaker(KRISTA_PIKKAT)).build(),
                    Part.builder().title("Introduction of Participants").time("09:50-09:55")
                        .addRoles(Role.presenter(LINA_BENETE)).build(),
                    Part.builder().title("Introduction of the Objectives and Background").time("09:55-10:00")
                        .addRoles(Role.presenter(FENGCHUN_MIAO)).build()) // C3
                .build(),
            // C1: the stray "40.00" stood here.
            Session.builder().id("session-1").label("Session 1").kind(SessionKind.PLENARY_PRESENTATION)
                .title("Global UNESCO ICT in Education Programme and OER Projects")
                .subtitle("The role of OER in achieving SDG 4") // C5
                .time("10:00-10:30")
                .addRoles(Role.moderator(LINA_BENETE), Role.presenter(FENGCHUN_MIAO),
                    Role.presenter(SVETLANA_KNYAZEVA))
                .build(),
            Session.builder().id("d1-coffee-1").kind(SessionKind.COFFEE_BREAK)
                .title("Coffee/tea Break & Group Photo").time("10:30-11:00").build(),
            Session.builder().id("session-2").label("Session 2").kind(SessionKind.PLENARY_PRESENTATION)
                .title("Experience on OER Policy Development: Open Licensing").time("11:00-11:45")
                .addRoles(Role.moderator(LINA_BENETE))
                .addParts(Part.builder().title("Open Licensing").minutes(45)
                    .addRoles(Role.presenter(NARTAY_ASHYM)).build())
                .build(),
            Session.builder().id("session-3").label("Session 3").kind(SessionKind.PLENARY_PRESENTATION)
                .title("Global Experience on OER Policy Development").time("11:45-12:30")
                .addRoles(Role.moderator(LINA_BENETE))
                .addParts(Part.builder().title("Global Experience on OER Policy Development").minutes(45)
                    .addRoles(Role.presenter(FENGCHUN_MIAO)).build())
                .build(),
            Session.builder().id("d1-lunch").kind(SessionKind.LUNCH).title("Lunch Break").time("12:30-14:00")
                .build(),
            Session.builder().id("session-4").label("Session 4").kind(SessionKind.PLENARY_PRESENTATION)
                .title("Regional Experience on OER").time("14:00-14:15")
                .addParts(Part.builder().title("Regional Experience on OER").minutes(15)
                    .addRoles(Role.presenter(JONGHWI_PARK)).build())
                .build(),
            Session.builder().id("session-5").label("Session 5").kind(SessionKind.PLENARY_PRESENTATION)
                .title("OER Initiatives in Central Asia: Kyrgyzstan, Tajikistan, Uzbekistan and Kazakhstan")
                .time("14:15-16:10").addInterruptedBy("d1-coffee-2") // C7
                .addRoles(Role.moderator(SVETLANA_KNYAZEVA))
                .addParts(
                    // The note prints 14:15-14:35 on the session's line, the Kyrgyzstan part's 20 minutes.
                    Part.builder().title("OER Initiatives in Kyrgyzstan").time("14:15-14:35")
                        .addRoles(Role.presenter(ULANBEK_MAMBETAKUNOV), Role.presenter(LIRA_SAMYKBAYEVA)).build(),
                    Part.builder().title("OER Initiatives in Tajikistan").time("14:35-14:55")
                        .addRoles(Role.presenter(PARVIZ_LATIFOV), Role.presenter(NAZARKHUDO_DASTAMBUEV)).build(),
                    Part.builder().title("OER Initiatives in Uzbekistan").time("14:55-15:15")
                        .addRoles(Role.presenter(OZODJON_HAYDAROV)).build(),
                    Part.builder().title("OER Initiatives in Kazakhstan").time("15:30-16:10")
                        .addParts(
                            Part.builder().title("Draft of Country Report on OER in Kazakhstan").minutes(30)
                                .addRoles(Role.presenter(YERMEK_ALIMZHANOV)).build(),
                            Part.builder().title("OER country example").minutes(10)
                                .addRoles(Role.presenter(PIOTR_LAPO)).build())
                        .build())
                .build(),
            Session.builder().id("d1-coffee-2").kind(SessionKind.COFFEE_BREAK).title("Coffee/tea Break")
                .time("15:15-15:30").build(),
            Session.builder().id("session-6").label("Session 6").kind(SessionKind.PLENARY_PRESENTATION)
                .title("UNESCO OER Indicators") // C8
                .time("16:10-18:30")
                .addRoles(Role.moderator(SVETLANA_KNYAZEVA))
                .addParts(
                    Part.builder().title("Presentation of OER in Germany and UNESCO OER Indicators")
                        .addRoles(Role.presenter(DOMINIC_ORR)).build(),
                    Part.builder().title("Collecting Responses to the UNESCO OER Oval Questionnaire") // C9
                        .kind(SessionKind.GROUP_DISCUSSION)
                        .addRoles(Role.facilitator(DOMINIC_ORR)).build()) // C25
                .build(),
            Session.builder().id("d1-reception").kind(SessionKind.RECEPTION).title("Reception")
                .time("19:00-21:00").build())
        .build();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Day 2, 12 December 2017: policy in Kazakhstan, then the first three drafting sessions.
  // ---------------------------------------------------------------------------------------------------------

  private static Day day2() {
    return Day.builder().date(LocalDate.of(2017, 12, 12)).label("Day 2").closesAt(LocalTime.of(18, 30)) // C14
        .addSessions(
            Session.builder().id("d2-recap").kind(SessionKind.RECAP).title("Recap of Results of Day 1")
                .time("09:00-09:10").build(),
            Session.builder().id("session-7").label("Session 7").kind(SessionKind.PLENARY_PRESENTATION)
                .title("OER Policies Development in Kazakhstan").time("09:10-10:10")
                .addRoles(Role.moderator(JONGHWI_PARK)) // C21
                .addParts(
                    Part.builder().title("OER in Development and Education Policies in Kazakhstan").minutes(30)
                        .addRoles(Role.presenter(MES_KAZAKHSTAN)).build(), // C19
                    Part.builder().title("Introduction to the UNESCO OER Country Policy template").minutes(30)
                        .addRoles(Role.presenter(FENGCHUN_MIAO)).build())
                .build(),
            Session.builder().id("session-8").label("Session 8").kind(SessionKind.PLENARY_DISCUSSION)
                .title("Why OER: OER Essentials for Policy Makers").time("10:10-11:10")
                .description("OER policy review and OER policy examples. Strengths and limits in developing OER"
                    + " Policies in Kazakhstan. Discussion on how to position OER in national education strategies"
                    + " of Kazakhstan.")
                .addRoles(Role.moderator(SVETLANA_KNYAZEVA)) // C10
                .build(),
            Session.builder().id("d2-coffee-1").kind(SessionKind.COFFEE_BREAK).title("Coffee/tea Break")
                .time("11:10-11:25").build(),
            Session.builder().id("session-9").label("Session 9").kind(SessionKind.GROUP_DISCUSSION)
                .title("Assessment of Situation and Need for OER").time("11:25-13:00")
                .addParts(
                    drafting(75, Role.facilitator(NATIONAL_OER_FOCAL_GROUP).withNote("as group leaders"), // C26
                        "How OER supports the vision of education development of Kazakhstan (policy context,"
                            + " mission and objectives of OER policy)?",
                        "What OER policies and strategies should be developed (scope)?",
                        "Where to position the newly developed OER policies and strategies (required changes in"
                            + " existing policies)?")
                        .build(), // C25
                    groupResults(20))
                .build(),
            Session.builder().id("d2-lunch").kind(SessionKind.LUNCH).title("Lunch Break/Press Briefing")
                .time("13:00-14:30").build(),
            Session.builder().id("session-10").label("Session 10").kind(SessionKind.GROUP_DISCUSSION)
                .title("Curriculum and Material to be Openly Licensed").time("14:30-16:15")
                .addParts(
                    drafting(75, Role.moderator(NATIONAL_OER_FOCAL_GROUP), // C26
                        "Status of existing openly licensed teaching, learning and research materials in"
                            + " Kazakhstan (national repository/website available, funding mechanism)?",
                        "What educational materials should be obliged to be openly licensed in Kazakhstan?",
                        "What open license should be adopted?", // C11
                        "What strategies should be developed to encourage use, re-use, and sharing of OER?")
                        .build(), // C25
                    groupResults(30))
                .build(),
            Session.builder().id("d2-coffee-2").kind(SessionKind.COFFEE_BREAK).title("Coffee/tea Break")
                .time("16:15-16:30").build(),
            Session.builder().id("session-11").label("Session 11").kind(SessionKind.GROUP_DISCUSSION)
                .title("Institutional Capacity Building").time("16:30-18:30")
                .addParts(
                    drafting(90, Role.moderator(NATIONAL_OER_FOCAL_GROUP), // C13, C26
                        "How to reflect the use and creation of OER in ICT Competency Standard for Teachers",
                        "Training and support to educators and teacher education institutions in developing and"
                            + " using OER") // C12
                        .build(), // C25
                    groupResults(30))
                .build())
        .build();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Day 3, 13 December 2017: refining the draft, the work plan, and the synthesis. (C15, C16)
  // ---------------------------------------------------------------------------------------------------------

  private static Day day3() {
    return Day.builder().date(LocalDate.of(2017, 12, 13)).label("Day 3").closesAt(LocalTime.of(17, 30)) // C20
        .addSessions(
            Session.builder().id("d3-recap").kind(SessionKind.RECAP).title("Recap of Results of Day 2")
                .time("09:00-09:10").build(),
            Session.builder().id("session-12").label("Session 12").kind(SessionKind.GROUP_DISCUSSION)
                .title("Refine the Draft OER Policies for Kazakhstan").time("09:10-11:00")
                .addParts(
                    Part.builder().title("Group work to refine the OER policies").minutes(80)
                        .kind(SessionKind.GROUP_DISCUSSION)
                        .addRoles(Role.moderator(NATIONAL_OER_FOCAL_GROUP)).build(),
                    Part.builder().title("Presentation and consensus of the first draft of the OER Policies for"
                        + " Kazakhstan").minutes(30).kind(SessionKind.GROUP_RESULTS)
                        .addRoles(Role.moderator(NATIONAL_OER_FOCAL_GROUP))
                        .addExpectedOutputs("First draft of the OER Policies for Kazakhstan").build()) // C25
                .build(),
            Session.builder().id("d3-coffee-1").kind(SessionKind.COFFEE_BREAK).title("Coffee/tea Break")
                .time("~11:00-~11:15").build(), // C17
            Session.builder().id("session-13").label("Session 13").kind(SessionKind.GROUP_DISCUSSION)
                .title("Follow-up Strategies and Work Plan").time("~11:15-~13:00") // C17
                .addRoles(Role.moderator(NATIONAL_OER_FOCAL_GROUP))
                .addParts(Part.builder().title("Group Discussion and Drafting Strategies and Work Plan")
                    .kind(SessionKind.GROUP_DISCUSSION)
                    .addExpectedOutputs( // C25
                        "National coordinating structure for the development and monitoring of OER policies and"
                            + " division of responsibilities of national OER Focal group", // C13
                        "Cost estimation and sustainable funding strategies")
                    .build())
                .build(),
            Session.builder().id("d3-lunch").kind(SessionKind.LUNCH).title("Lunch Break").time("13:00-14:30")
                .build(),
            Session.builder().id("session-14").label("Session 14").kind(SessionKind.GROUP_RESULTS)
                .title("Follow-up Strategies and Work Plan (cont.)").time("14:30-16:15")
                .addRoles(Role.toBeAnnounced(RoleKind.MODERATOR)) // C18
                .addParts(
                    Part.builder().title("Presentation and consensus of the first draft of the follow-up"
                        + " strategies and work plan").minutes(75)
                        .addRoles(Role.presenter(NATIONAL_OER_FOCAL_GROUP))
                        .addExpectedOutputs("First draft of the follow-up strategies and work plan").build(), // C25
                    Part.builder().title("Meeting with high-level MOE officials in charge of education and ICT in"
                        + " education of Kazakhstan").minutes(30).kind(SessionKind.MEETING).build())
                .build(),
            Session.builder().id("d3-coffee-2").kind(SessionKind.COFFEE_BREAK).title("Coffee/tea Break")
                .time("16:15-16:30").build(),
            Session.builder().id("session-15").label("Session 15").kind(SessionKind.SYNTHESIS)
                .title("Synthesis of the Workshop").time("16:30-17:00")
                .addRoles(Role.moderator(LINA_BENETE))
                .addParts(
                    Part.builder().title("Building Consensus on the Features of OER Policies in Kazakhstan")
                        .minutes(15).addRoles(Role.presenter(NATIONAL_OER_FOCAL_GROUP)).build(),
                    Part.builder().title("Proposed Follow-up National Activities in Kyrgyzstan, Tajikistan, and"
                        + " Uzbekistan").minutes(15).build())
                .build(),
            Session.builder().id("d3-closing").kind(SessionKind.CLOSING).title("Closing Session")
                .time("17:00-17:30")
                .addRoles(Role.moderator(LINA_BENETE), // C4
                    Role.speaker(MES_KAZAKHSTAN), Role.speaker(UNESCO_ALMATY)) // C19
                .build())
        .build();
  }

  /** The group-work part of a drafting session, led by the focal group in its role, with the note's questions. */
  private static Part.Builder drafting(long minutes, Role lead, String... questions) {
    return Part.builder().title("Group discussion and policy drafting").minutes(minutes)
        .kind(SessionKind.GROUP_DISCUSSION).addRoles(lead).addQuestions(questions);
  }

  /** The plenary part of a drafting session where the groups present their results. */
  private static Part groupResults(long minutes) {
    return Part.builder().title("Presentation of the results of group work").minutes(minutes)
        .kind(SessionKind.GROUP_RESULTS).addRoles(Role.moderator(NATIONAL_OER_FOCAL_GROUP)).build();
  }

  // ---------------------------------------------------------------------------------------------------------
  // The workshop.
  // ---------------------------------------------------------------------------------------------------------

  private static final Workshop WORKSHOP = Workshop.builder()
      .id("astana-2017")
      .title(LanguageTag.ENGLISH, "Expanding Open Educational Resources for Lifelong Learning in Kazakhstan")
      .venue("Park Inn by Radisson").city("Astana").country(Country.KAZAKHSTAN)
      // Not in the note: Astana keeps Almaty time, UTC+06:00 in 2017; the tz database lists Astana under
      // Asia/Almaty (https://github.com/eggert/tz/blob/main/asia, Kazakhstan).
      .zone("Asia/Almaty")
      .startDate(LocalDate.of(2017, 12, 11)).endDate(LocalDate.of(2017, 12, 13))
      // The note says only "UNESCO is organizing" (note line 25). The three offices, all parts of UNESCO, are
      // from UNESCO's news item of 12 February 2018: "The UNESCO Cluster Office in Almaty, in collaboration
      // with the UNESCO Headquarters and the UNESCO Institute for Information Technologies in Education,
      // organized" the workshop (http://woman.unesco.kz/expanding-open-educational-resources-for-lifelong-learning-in-kazakhstan-2018-02-08).
      // Neither names partners or funders of the workshop itself, so it has none.
      .addOrganizers(UNESCO_ALMATY, UNESCO_HQ, IITE)
      .background(BACKGROUND).objectives(OBJECTIVES).participantProfiles(PARTICIPANTS).references(REFERENCES)
      .addDays(day1(), day2(), day3())
      .build();

  /**
   * Gets the workshop, with its three-day programme.
   *
   * @return the Astana 2017 workshop
   */
  public static Workshop workshop() {
    return WORKSHOP;
  }

  /**
   * Gets everyone the note names, in order of first appearance.
   *
   * @return the people
   */
  public static List<Person> people() {
    return List.of(LINA_BENETE, MAYRA_MELDEBEKOVA, KRISTA_PIKKAT, FENGCHUN_MIAO, SVETLANA_KNYAZEVA, NARTAY_ASHYM,
        JONGHWI_PARK, ULANBEK_MAMBETAKUNOV, LIRA_SAMYKBAYEVA, PARVIZ_LATIFOV, NAZARKHUDO_DASTAMBUEV,
        OZODJON_HAYDAROV, YERMEK_ALIMZHANOV, PIOTR_LAPO, DOMINIC_ORR);
  }

  /**
   * Prints the programme as a printed programme would show it, then its validation report.
   *
   * @param args  ignored
   */
  public static void main(String... args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(PrintedProgramme.plainText(WORKSHOP));
    out.println();
    out.println("Validation");
    out.println(AgendaCheck.standard().check(WORKSHOP).format());
  }

  private static Organization unesco(String name, Country country) {
    return Organization.builder().name(name).kind(OrganizationKind.UNESCO).country(country).parent(UNESCO).build();
  }

  private static Organization ministry(String name, Country country) {
    return Organization.builder().name(name).kind(OrganizationKind.MINISTRY).country(country).build();
  }

  private static Person person(String name, Organization organization) {
    return Person.builder().name(name).addAffiliations(organization).build();
  }

  private static Person person(String name, String position, Organization organization) {
    return Person.builder().name(name).position(position).addAffiliations(organization).build();
  }
}
