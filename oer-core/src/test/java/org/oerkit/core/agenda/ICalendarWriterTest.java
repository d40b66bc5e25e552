package org.oerkit.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oerkit.core.agenda.Samples.DAY_1;
import static org.oerkit.core.agenda.Samples.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.oerkit.core.vocabulary.LanguageTag;

/** The iCalendar export, read back with ical4j 4.x (test scope only). */
class ICalendarWriterTest {

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static List<VEvent> events(Calendar calendar) {
    return calendar.getComponents("VEVENT").stream().map(c -> (VEvent) c).collect(Collectors.toList());
  }

  private static String value(VEvent event, String property) {
    return event.<Property>getProperty(property).orElseThrow().getValue();
  }

  private static Instant start(VEvent event) {
    DtStart<Temporal> start = event.<Temporal>getDateTimeStart();
    return Instant.from(start.getDate());
  }

  @Test
  void write_astana_matchesTheGoldenFile() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("golden-programme.ics")) {
      String golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(ICalendarWriter.write(Samples.golden())).isEqualTo(golden);
    }
  }

  @Test
  void write_astana_parsesWithIcal4jAndValidates() throws Exception {
    Calendar calendar = parse(ICalendarWriter.write(Samples.golden()));
    assertThat(calendar.validate().getEntries()).isEmpty();
    // 9 sessions with a start (Session 13 has none) and 2 breakout groups.
    assertThat(events(calendar)).hasSize(11);
    assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
  }

  @Test
  void dtstart_astana_isUtcPlusSixByIcal4j() throws Exception {
    // tz database: Asia/Almaty is UTC+06:00 in December 2017, so 09:00 local is 03:00Z.
    VEvent registration = events(parse(ICalendarWriter.write(Samples.astanaDay1()))).get(0);
    assertThat(value(registration, "SUMMARY")).isEqualTo("Registration");
    assertThat(start(registration)).isEqualTo(Instant.parse("2017-12-11T03:00:00Z"));
    assertThat(value(registration, "DURATION")).isEqualTo("PT30M");
  }

  @Test
  void vtimezone_berlin_carriesTheSummerTimeTransitions() throws Exception {
    // A session in July in Europe/Berlin (UTC+02:00 in summer time): 10:00 local is 08:00Z.
    Workshop summer = Workshop.builder().id("w").title(LanguageTag.ENGLISH, "W").zone("Europe/Berlin")
        .startDate(LocalDate.of(2018, 7, 2)).endDate(LocalDate.of(2018, 7, 2))
        .addDays(Day.of(LocalDate.of(2018, 7, 2), session("a", "10:00-11:00"))).build();
    String ics = ICalendarWriter.write(summer);
    assertThat(ics).contains("BEGIN:DAYLIGHT\r\nDTSTART:20180325T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200");
    assertThat(ics).contains("BEGIN:STANDARD\r\nDTSTART:20171029T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100");
    assertThat(start(events(parse(ics)).get(0))).isEqualTo(Instant.parse("2018-07-02T08:00:00Z"));
  }

  /** A workshop is never in a bare offset (Workshop refuses +06:00, issue 12); Etc/GMT-6 is the IANA region. */
  @Test
  void dtstart_fixedOffsetRegion_isTheRightInstant() throws Exception {
    Workshop workshop = Workshop.builder().from(Samples.oneDay(session("a", "09:00-10:00")))
        .zone(ZoneId.of("Etc/GMT-6")).build();
    String ics = ICalendarWriter.write(workshop);
    assertThat(start(events(parse(ics)).get(0))).isEqualTo(Instant.parse("2017-12-11T03:00:00Z"));
  }

  @Test
  void uid_isNameBasedAndStable() throws Exception {
    Workshop astana = Samples.astanaDay1();
    List<VEvent> events = events(parse(ICalendarWriter.write(astana)));
    assertThat(events).extracting(e -> value(e, "UID")).doesNotHaveDuplicates()
        .contains(astana.timeline().session("session-5").orElseThrow().uid().toString());
    // Same workshop and session ids give the same UID, whatever else changes.
    Workshop retitled = Workshop.builder().from(astana).title(LanguageTag.ENGLISH, "Another title").build();
    assertThat(retitled.timeline().session("session-5").orElseThrow().uid())
        .isEqualTo(astana.timeline().session("session-5").orElseThrow().uid());
    assertThat(astana.uid().version()).isEqualTo(5);
  }

  @Test
  void nameBasedUuid_matchesTheRfcVector() {
    // RFC 9562 Appendix A.4 / Python's uuid.uuid5(NAMESPACE_DNS, "www.example.com").
    UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    assertThat(NameBasedUuid.v5(dns, "www.example.com"))
        .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
  }

  @Test
  void dtstamp_isTheRevisionNotNow() throws Exception {
    Workshop golden = Samples.golden();
    VEvent first = events(parse(ICalendarWriter.write(golden))).get(0);
    assertThat(value(first, "DTSTAMP")).isEqualTo("20171201T101500Z");
    assertThat(value(first, "SEQUENCE")).isEqualTo("3");
    assertThat(ICalendarWriter.write(Samples.astanaDay1())).contains("DTSTAMP:20171211T000000Z");
    assertThat(ICalendarWriter.write(golden)).isEqualTo(ICalendarWriter.write(golden));
  }

  @Test
  void groups_areChildEventsOfTheirSession() throws Exception {
    Workshop golden = Samples.golden();
    Session session9 = golden.session("session-9").orElseThrow();
    List<VEvent> groups = events(parse(ICalendarWriter.write(golden))).stream()
        .filter(e -> e.getProperty("RELATED-TO").isPresent()).collect(Collectors.toList());
    assertThat(groups).extracting(e -> value(e, "RELATED-TO")).containsOnly(golden.timeline().of(session9).orElseThrow().uid().toString());
    assertThat(groups).extracting(e -> value(e, "SUMMARY"))
        .containsExactly("Session 9: Assessment of Situation and Need for OER \u2013 Group 1",
            "Session 9: Assessment of Situation and Need for OER \u2013 Group 2");
    assertThat(groups).extracting(e -> value(e, "LOCATION"))
        .containsExactly("Hall B, Park Inn by Radisson, Astana, Kazakhstan",
            "Hall C, Park Inn by Radisson, Astana, Kazakhstan");
  }

  @Test
  void write_astana_publishesNoAttendee() {
    // RFC 5545 section 3.8.4.1: ATTENDEE "MUST NOT be specified in an iCalendar object when publishing the
    // calendar information".
    assertThat(ICalendarWriter.write(Samples.golden())).doesNotContain("ATTENDEE").doesNotContain("ORGANIZER");
  }

  @Test
  void people_areInTheDescriptionAndTheChairIsTheContact() throws Exception {
    Workshop golden = Samples.golden();
    String ics = ICalendarWriter.write(golden);
    VEvent session14 = events(parse(ics)).stream().filter(e -> value(e, "SUMMARY").startsWith("Session 14"))
        .findFirst().orElseThrow();
    assertThat(session14.getProperties("CONTACT")).isEmpty();
    assertThat(value(session14, "DESCRIPTION")).isEqualTo("Moderator: TBD");
    VEvent session1 = events(parse(ics)).stream().filter(e -> value(e, "SUMMARY").startsWith("Session 1:"))
        .findFirst().orElseThrow();
    Session source = golden.session("session-1").orElseThrow();
    assertThat(value(session1, "DESCRIPTION")).contains(source.roles().stream().map(Role::line).toArray(String[]::new));
    assertThat(session1.<Property>getProperties("CONTACT")).extracting(Property::getValue)
        .containsExactly(source.roles().get(0).holder().description());
  }

  @Test
  void contact_aChairWithTwoRoles_isWrittenOnce() throws Exception {
    org.oerkit.core.vocabulary.Person benete = org.oerkit.core.vocabulary.Person.of("Lina Benete");
    Session session = Session.builder().id("a").title("Opening").time("09:00-10:00")
        .addRoles(Role.moderator(benete), Role.of(RoleKind.CHAIR, benete), Role.speaker(benete),
            Role.of(RoleKind.PARTICIPANT, benete))
        .build();
    VEvent event = events(parse(ICalendarWriter.write(Samples.oneDay(session)))).get(0);
    assertThat(event.<Property>getProperties("CONTACT")).extracting(Property::getValue).containsExactly("Lina Benete");
    assertThat(event.getProperties("ATTENDEE")).isEmpty();
  }

  @Test
  void sessionWithoutStart_isLeftOut() throws Exception {
    String ics = ICalendarWriter.write(Samples.golden());
    assertThat(ics).doesNotContain("Session 13");
  }

  @Test
  void inferredTime_isMarked() {
    assertThat(ICalendarWriter.write(Samples.golden())).contains("X-OER-INFERRED:~11:00-~11:15");
  }

  @Test
  void text_escapesRfc5545Specials() throws Exception {
    assertThat(ICalendarWriter.text("a\\b;c,d\ne")).isEqualTo("a\\\\b\\;c\\,d\\ne");
    Session tricky = Session.builder().id("a").title("Policy; scope, and \\ \"quotes\"\nnext line")
        .time("09:00-10:00").build();
    VEvent event = events(parse(ICalendarWriter.write(Samples.oneDay(tricky)))).get(0);
    assertThat(value(event, "SUMMARY")).isEqualTo("Policy; scope, and \\ \"quotes\"\nnext line");
  }

  @Test
  void parameter_quotesAndDropsDoubleQuotes() {
    assertThat(ICalendarWriter.parameter("Ministry \"MES\"; Kazakhstan")).isEqualTo("\"Ministry 'MES'; Kazakhstan\"");
  }

  @Test
  void fold_cyrillic_keepsLinesWithin75OctetsAndUtf8Whole() throws Exception {
    String title = "Расширение открытых образовательных ресурсов для обучения на протяжении всей жизни";
    Workshop workshop = Workshop.builder().from(Samples.oneDay(Session.builder().id("a").title(title)
        .time("09:00-10:00").build())).title(LanguageTag.RUSSIAN, title).build();
    String ics = ICalendarWriter.write(workshop);
    assertThat(ics).endsWith("\r\n");
    for (String line : ics.split("\r\n")) {
      byte[] octets = line.getBytes(StandardCharsets.UTF_8);
      assertThat(octets.length).as(line).isLessThanOrEqualTo(75);
      assertThat(new String(octets, StandardCharsets.UTF_8)).isEqualTo(line);
    }
    assertThat(Arrays.stream(ics.split("\r\n")).filter(l -> l.startsWith(" ")).count()).isGreaterThan(2);
    assertThat(value(events(parse(ics)).get(0), "SUMMARY")).isEqualTo(title);
  }

  @Test
  void fold_exactly75Octets_isNotFolded() {
    String line = "X".repeat(75);
    assertThat(ICalendarWriter.fold(line)).isEqualTo(line + "\r\n");
    assertThat(ICalendarWriter.fold(line + "Y")).isEqualTo(line + "\r\n Y\r\n");
  }

  // RFC 5545 section 3.1: lines of at most 75 octets; the leading space of a continuation line is one of them.
  @Test
  void fold_continuationLines_carry74OctetsAfterTheirSpace() {
    String first = "X".repeat(75);
    String second = "Y".repeat(74);
    assertThat(ICalendarWriter.fold(first + second)).isEqualTo(first + "\r\n " + second + "\r\n");
    assertThat(ICalendarWriter.fold(first + second + "Z")).isEqualTo(first + "\r\n " + second + "\r\n Z\r\n");
  }

  @Test
  void fold_twoOctetCharacterAtTheBoundary_goesWholeToTheNextLine() {
    String start = "X".repeat(74);
    assertThat(ICalendarWriter.fold(start + "é")).isEqualTo(start + "\r\n é\r\n");
    assertThat(ICalendarWriter.fold("X".repeat(73) + "é")).isEqualTo("X".repeat(73) + "é\r\n");
  }

  @Test
  void fold_characterOutsideTheBmp_isNeverSplit() {
    String start = "X".repeat(73);
    String emoji = new String(Character.toChars(0x1F4DA));
    assertThat(ICalendarWriter.fold(start + emoji)).isEqualTo(start + "\r\n " + emoji + "\r\n");
    assertThat(ICalendarWriter.fold("X".repeat(71) + emoji)).isEqualTo("X".repeat(71) + emoji + "\r\n");
  }

  @Test
  void duration_andOffset_followRfc5545() {
    assertThat(ICalendarWriter.duration(java.time.Duration.ofMinutes(115))).isEqualTo("PT1H55M");
    assertThat(ICalendarWriter.duration(java.time.Duration.ofHours(25))).isEqualTo("PT25H");
    assertThat(ICalendarWriter.offset(ZoneOffset.ofHours(6))).isEqualTo("+0600");
    assertThat(ICalendarWriter.offset(ZoneOffset.ofHoursMinutes(-3, -30))).isEqualTo("-0330");
    assertThat(ICalendarWriter.offset(ZoneOffset.ofTotalSeconds(5 * 3600 + 53 * 60 + 28))).isEqualTo("+055328");
    // Section 3.3.14: "-0000" is not allowed; UTC itself is "+0000".
    assertThat(ICalendarWriter.offset(ZoneOffset.UTC)).isEqualTo("+0000");
    assertThat(ICalendarWriter.duration(java.time.Duration.ofSeconds(90))).isEqualTo("PT1M30S");
    assertThat(ICalendarWriter.duration(java.time.Duration.ofSeconds(3601))).isEqualTo("PT1H1S");
  }

  @Test
  void description_andGroups_carryTheSessionsDescriptionTheGroupsQuestionsAndItsChair() throws Exception {
    Session s = Session.builder().from(session("s9", "11:25-13:00")).description("Drafting in two groups.")
        .addGroups(BreakoutGroup.builder().id("g1").name("Group 1").addRoles(Role.moderator(Samples.LINA_BENETE))
            .addQuestions("What is the scope?", "Who drafts it?").build())
        .build();
    List<VEvent> events = events(parse(ICalendarWriter.write(Samples.oneDay(s))));

    assertThat(value(events.get(0), "DESCRIPTION")).startsWith("Drafting in two groups.\n- Group 1 \u2014 Moderator:");
    assertThat(value(events.get(1), "DESCRIPTION")).isEqualTo("Moderator: Lina Benete, Education Programme"
        + " Specialist, UNESCO Almaty Cluster Office\nQ1. What is the scope?\nQ2. Who drafts it?");
    assertThat(value(events.get(1), "CONTACT")).startsWith("Lina Benete");
  }

  @Test
  void kazakhstan2024_vtimezoneHasTheMoveToUtcPlusFive() throws Exception {
    // tz 2024a: Asia/Almaty moves from UTC+6 to UTC+5 on 2024-03-01 at 00:00 (JDK 17.0.11 and later).
    Workshop workshop = Workshop.builder().id("w").title(LanguageTag.ENGLISH, "W").zone("Asia/Almaty")
        .startDate(LocalDate.of(2024, 3, 1)).endDate(LocalDate.of(2024, 3, 1))
        .addDays(Day.of(LocalDate.of(2024, 3, 1), session("a", "09:00-10:00"))).build();
    String ics = ICalendarWriter.write(workshop);
    assertThat(ics).contains("DTSTART:20240301T000000\r\nTZOFFSETFROM:+0600\r\nTZOFFSETTO:+0500");
    assertThat(ZonedDateTime.of(2024, 3, 1, 9, 0, 0, 0, workshop.zone()).toInstant())
        .isEqualTo(Instant.parse("2024-03-01T04:00:00Z"));
  }

  @Test
  void write_emptyWorkshop_isAValidCalendarWithoutEvents() throws Exception {
    Workshop empty = Samples.workshop();
    assertThat(ICalendarWriter.write(empty)).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//oerkit//oerkit agenda//EN");
    assertThat(events(parse(ICalendarWriter.write(empty)))).isEmpty();
    assertThat(DAY_1).isEqualTo(empty.startDate());
  }
}
