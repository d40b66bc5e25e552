package org.oerkit.examples.astana;

import java.util.List;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.OrganizationKind;
import org.oerkit.core.vocabulary.Person;

/*
 * How the concept note was cleaned
 * ================================
 *
 * The source is the workshop's concept note, "Expanding Open Educational Resources for Lifelong Learning
 * in Kazakhstan, Park Inn by Radisson, Astana 11-13 December 2017" (UNESCO Almaty Cluster Office), as a
 * text extraction of its PDF. The extraction has noise. Each decision below is marked in the code where it
 * applies, as "// C1" and so on. Nothing was invented: where the note gives no value, the value stays
 * unknown, and the two times we had to infer say so in the model.
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
 * | C7  | Session 5 runs 14:15-15:15, a coffee break 15:15-15:30, | two sessions: "Session 5: OER Initiatives in    | A session is one block of time; the note's own times put a break inside Session 5. |
 * |     | then "OER Initiatives in Kazakhstan" 15:30-16:10        | Central Asia" 14:15-15:15 and "Session 5        |     |
 * |     |                                                         | (cont.): OER Initiatives in Kazakhstan"         |     |
 * |     |                                                         | 15:30-16:10                                     |     |
 * | C8  | Session 6: "UNESCO OER Indicators Madagataga System of  | "UNESCO OER Indicators"                         | The rest is a garbled copy of the moderator's section ("Section of Digital Pedagogy and Learning Materials"), which the next line gives correctly. |
 * |     | Digital Radagagy and Learning Matagaile"                |                                                 |     |
 * | C9  | "Collecting Responses to the UNESCO OER Oval            | kept as written                                 | "Oval" may be a garble, but we cannot tell of what; we do not guess. |
 * |     | Questionnaire"                                          |                                                 |     |
 * | C10 | "IITE ." on its own line after Session 8's moderator    | joined to the line before                       | A line break inside one affiliation. |
 * | C11 | "What open licensee should be adopted?"                 | "What open licence should be adopted?"          | A licensee is a person; the question is about the licence. |
 * | C12 | Session 11's second question has no check mark and no   | a second question, "How to train and support    | It is the second of the session's two drafting topics; the note's other questions are questions. |
 * |     | question form: "Training and support to educators ..."  | educators ..."; the note's words in the item    |     |
 * | C13 | "National OER Focal groups", "Focus Group"              | "National OER Focal group"                      | One body; the note names it so nine times. |
 * | C14 | "End of Day 2" four times, one with "13 December 2017"  | the end of Day 2 at 18:30, once                 | Repeats of one table row, joined with the next day's heading. |
 * | C15 | Day 3's lines repeated, each repeat one cell longer     | the longest repeat, read once                   | The extraction re-emitted the growing table row; "(30)" in a shorter repeat is "(30 min)" in the longest. |
 * | C16 | "9:00 – 9:10", "9:10 – 11:00" (Day 3)                   | 09:00-09:10 and 09:10-11:00                     | Same 24-hour clock as the other days. Session 12's items (80 + 30 min) fill 09:10-11:00 exactly. |
 * | C17 | Day 3's coffee break and Session 13 have no times       | coffee break 11:00-11:15 and Session 13         | Session 12 ends at 11:00 and lunch starts at 13:00. The other morning breaks last 15 minutes, so the break |
 * |     |                                                         | 11:15-13:00, both marked inferred               | is inferred at 11:00-11:15 and Session 13 fills the rest. The validation report lists both as inferred. |
 * | C18 | Session 14 "Moderator: TBD"                             | no moderator                                    | The note names none; "TBD" is not a person. |
 * | C19 | "Presenter: Ministry of Education and Science" and the  | the organization, with no person                | The note names a body, not a person; we do not invent one. |
 * |     | closing "Speakers: Ministry ... UNESCO Almaty ..."      |                                                 |     |
 * | C20 | "End of Day 1" 18:30, "End of Day 3" 17:30              | not sessions: each day ends with its last       | They mark the end of the day's programme, not an activity. |
 * |     |                                                         | session                                         |     |
 * | C21 | "Moderator : Jonghwi Park" (space before the colon)     | Jonghwi Park, moderator                         | Spacing only. |
 */

/**
 * The UNESCO national workshop "Expanding Open Educational Resources for Lifelong Learning in Kazakhstan",
 * Astana, 11-13 December 2017, as oerkit data: the people, the organizations and the three-day programme.
 *
 * <p>Source: the workshop's concept note (UNESCO Almaty Cluster Office, 2017), read from a text extraction
 * of its PDF and cleaned as the comment at the top of this file records, decision by decision (C1 to C21).
 * Run {@link #main(String...)} to print the programme and its validation report.
 */
public final class Astana2017 {

  private Astana2017() {}

  // ---------------------------------------------------------------------------------------------------------
  // Organizations, as the note names them. UNESCO's offices and institutes are parts of UNESCO.
  // ---------------------------------------------------------------------------------------------------------

  /** UNESCO, the organizer. */
  public static final Organization UNESCO = Organization.builder()
      .name("United Nations Educational, Scientific and Cultural Organization").acronym("UNESCO")
      .kind(OrganizationKind.UNESCO).build();

  /** UNESCO Headquarters, Paris. */
  public static final Organization UNESCO_HQ = unesco("UNESCO Headquarters", Country.FRANCE);

  /** The UNESCO Almaty Cluster Office, which organized the workshop (C4). */
  public static final Organization UNESCO_ALMATY = unesco("UNESCO Almaty Cluster Office", Country.KAZAKHSTAN);

  /** The UNESCO Institute for Information Technologies in Education, Moscow. */
  public static final Organization IITE = Organization.builder()
      .name("UNESCO Institute for Information Technologies in Education").acronym("IITE")
      .kind(OrganizationKind.UNESCO).country(Country.of("RU")).parent(UNESCO).build();

  /** The UNESCO Asia-Pacific Regional Bureau for Education, Bangkok. */
  public static final Organization UNESCO_BANGKOK =
      unesco("UNESCO Asia-Pacific Regional Bureau for Education", Country.of("TH"));

  /** The UNESCO Tashkent Office, a partner of the Central Asia OER project. */
  public static final Organization UNESCO_TASHKENT = unesco("UNESCO Tashkent Office", Country.UZBEKISTAN);

  /** The host ministry. */
  public static final Organization MES_KAZAKHSTAN = Organization.builder()
      .name("Ministry of Education and Science of the Republic of Kazakhstan")
      .kind(OrganizationKind.MINISTRY).country(Country.KAZAKHSTAN).build();

  /** The Institute for New Educational Technologies, Kazakhstan. */
  public static final Organization INET = Organization.builder()
      .name("Institute for New Educational Technologies")
      .kind(OrganizationKind.RESEARCH_INSTITUTE).country(Country.KAZAKHSTAN).build();

  /** Nazarbayev University, Astana. */
  public static final Organization NAZARBAYEV_UNIVERSITY = Organization.builder()
      .name("Nazarbayev University").kind(OrganizationKind.UNIVERSITY).country(Country.KAZAKHSTAN).build();

  /** Nazarbayev University Library. */
  public static final Organization NAZARBAYEV_UNIVERSITY_LIBRARY = Organization.builder()
      .name("Nazarbayev University Library").kind(OrganizationKind.LIBRARY).country(Country.KAZAKHSTAN)
      .parent(NAZARBAYEV_UNIVERSITY).build();

  /** Knowledge Engineering, whose director presented open licensing; the note says no more of it. */
  public static final Organization KNOWLEDGE_ENGINEERING = Organization.builder()
      .name("Knowledge Engineering").kind(OrganizationKind.OTHER).build();

  /** The Ministry of Education and Science of the Kyrgyz Republic. */
  public static final Organization MES_KYRGYZSTAN = ministry("Ministry of Education and Science", Country.KYRGYZSTAN);

  /** The Open Society Institute in Kyrgyzstan (Soros Foundation). */
  public static final Organization OSI_KYRGYZSTAN = Organization.builder()
      .name("Open Society Institute").kind(OrganizationKind.NGO).country(Country.KYRGYZSTAN).build();

  /** The Ministry of Education and Science of the Republic of Tajikistan. */
  public static final Organization MES_TAJIKISTAN = ministry("Ministry of Education and Science", Country.TAJIKISTAN);

  /** The Open Society Institute in Tajikistan (Soros Foundation). */
  public static final Organization OSI_TAJIKISTAN = Organization.builder()
      .name("Open Society Institute").kind(OrganizationKind.NGO).country(Country.TAJIKISTAN).build();

  /** The Ministry of Public Education of the Republic of Uzbekistan. */
  public static final Organization MPE_UZBEKISTAN = ministry("Ministry of Public Education", Country.UZBEKISTAN);

  /** FiBS, the Research Institute for the Economics of Education and Social Affairs, Germany. */
  public static final Organization FIBS = Organization.builder()
      .name("FiBS").kind(OrganizationKind.RESEARCH_INSTITUTE).country(Country.of("DE")).build();

  /** The National OER Focal group of Kazakhstan, which led the drafting groups (C13). */
  public static final Organization NATIONAL_OER_FOCAL_GROUP = Organization.builder()
      .name("National OER Focal group").kind(OrganizationKind.WORKING_GROUP).country(Country.KAZAKHSTAN).build();

  /** The Weidong Group, whose agreement with UNESCO funds the Central Asia OER project. */
  public static final Organization WEIDONG_GROUP = Organization.builder()
      .name("Weidong Group").kind(OrganizationKind.COMPANY).country(Country.of("CN")).build();

  // ---------------------------------------------------------------------------------------------------------
  // People, with the positions and organizations the note gives them. Names stay in the note's order.
  // ---------------------------------------------------------------------------------------------------------

  /** Moderator of the opening, Sessions 1 to 3, 15 and the closing. */
  public static final Person LINA_BENETE =
      person("Lina Benete", "Education Programme Specialist", UNESCO_ALMATY); // C4

  /** Opening remarks for the host ministry (C2). */
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

  /** Presenter of Session 4, moderator of Session 7 (C21). */
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
