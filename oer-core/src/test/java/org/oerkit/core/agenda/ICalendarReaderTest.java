package org.oerkit.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.oerkit.core.Finding;
import org.oerkit.core.Imported;
import org.oerkit.core.Severity;
import org.oerkit.core.UnreadableDocumentException;

/** The iCalendar reader, rule by rule (RFC 5545 sections named in each test). */
class ICalendarReaderTest {

  private static String calendar(String... lines) {
    StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n");
    for (String line : lines) {
      text.append(line).append("\r\n");
    }
    return text.append("END:VCALENDAR\r\n").toString();
  }

  private static String event(String... lines) {
    return "BEGIN:VEVENT\r\nUID:e1\r\n" + String.join("\r\n", lines) + "\r\nEND:VEVENT";
  }

  private static Session only(Imported<Workshop> read) {
    assertThat(read.value().sessions()).hasSize(1);
    return read.value().sessions().get(0);
  }

  @Test
  void read_utcTimes_keepTheInstantInTheNamedZone() {
    // A conference site's export: every time in UTC, no VTIMEZONE (interchange.md section 3).
    Imported<Workshop> read = ICalendarReader.read(calendar("X-WR-CALNAME:PyCon",
        event("DTSTART:20150918T070000Z", "DTEND:20150918T074500Z", "SUMMARY:Talk")), ZoneId.of("Europe/Berlin"));
    Session talk = only(read);
    assertThat(talk.time()).isEqualTo(SessionTime.of(LocalTime.of(9, 0), Duration.ofMinutes(45)));
    assertThat(read.value().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(read.value().timeline().sessions().get(0).start().orElseThrow().toInstant())
        .isEqualTo(Instant.parse("2015-09-18T07:00:00Z"));
    assertThat(read.value().startDate()).isEqualTo(LocalDate.of(2015, 9, 18));
    assertThat(read.report().findings()).extracting(Finding::location).containsExactly("/VCALENDAR/X-WR-CALNAME");
  }

  @Test
  void read_noZoneAnywhere_isUtcWithAWarning() {
    Imported<Workshop> read = ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z", "SUMMARY:Talk")));
    assertThat(read.value().zone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(read.report().findings(ICalendarReader.ZONE.id())).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void read_tzid_isTheIanaZone_andTheProgrammeZoneWhenNoneIsNamed() {
    Imported<Workshop> read = ICalendarReader.read(calendar(
        event("DTSTART;TZID=Asia/Almaty:20171211T090000", "DURATION:PT30M", "SUMMARY:Registration")));
    assertThat(read.value().zone()).isEqualTo(ZoneId.of("Asia/Almaty"));
    // tz database: Asia/Almaty is UTC+06:00 in December 2017.
    assertThat(read.value().timeline().sessions().get(0).start().orElseThrow().toInstant())
        .isEqualTo(Instant.parse("2017-12-11T03:00:00Z"));
    assertThat(only(read).time()).isEqualTo(SessionTime.of(LocalTime.of(9, 0), Duration.ofMinutes(30)));
  }

  @Test
  void read_globallyUniqueTzid_andXLicLocation_nameIanaZones() {
    String mozilla = calendar(event("DTSTART;TZID=/mozilla.org/20050126_1/Europe/Berlin:20180702T100000",
        "SUMMARY:A"));
    assertThat(ICalendarReader.read(mozilla).value().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    String lic = calendar("BEGIN:VTIMEZONE", "TZID:Berlin time", "X-LIC-LOCATION:Europe/Berlin", "END:VTIMEZONE",
        event("DTSTART;TZID=\"Berlin time\":20180702T100000", "SUMMARY:A"));
    assertThat(ICalendarReader.read(lic).value().timeline().sessions().get(0).start().orElseThrow().toInstant())
        .isEqualTo(Instant.parse("2018-07-02T08:00:00Z"));
  }

  /** The VTIMEZONE Outlook writes for "W. Europe Standard Time": yearly rules by month and last Sunday. */
  private static final String[] OUTLOOK_ZONE = {"BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
      "BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0200",
      "TZOFFSETTO:+0100", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010325T020000",
      "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT",
      "END:VTIMEZONE"};

  private static String outlook(String... event) {
    String[] lines = java.util.Arrays.copyOf(OUTLOOK_ZONE, OUTLOOK_ZONE.length + event.length);
    System.arraycopy(event, 0, lines, OUTLOOK_ZONE.length, event.length);
    return calendar(lines);
  }

  @Test
  void read_windowsTzid_isReadByItsVtimezoneRules() {
    // Last Sunday of March 2018 is the 25th, of October the 28th: summer time (UTC+02:00) in July,
    // standard time (UTC+01:00) in December and in January.
    String ics = outlook(event("DTSTART;TZID=W. Europe Standard Time:20180702T100000", "SUMMARY:Summer"),
        "BEGIN:VEVENT", "UID:e2", "DTSTART;TZID=W. Europe Standard Time:20181203T100000", "SUMMARY:Winter",
        "END:VEVENT", "BEGIN:VEVENT", "UID:e3", "DTSTART;TZID=W. Europe Standard Time:20180115T100000",
        "DTEND;TZID=W. Europe Standard Time:20180115T113000", "SUMMARY:January", "END:VEVENT");
    Workshop read = ICalendarReader.read(ics, ZoneId.of("Europe/Berlin")).value();
    assertThat(read.timeline().sessions()).extracting(s -> s.start().orElseThrow().toInstant()).containsExactly(
        Instant.parse("2018-01-15T09:00:00Z"), Instant.parse("2018-07-02T08:00:00Z"),
        Instant.parse("2018-12-03T09:00:00Z"));
    assertThat(read.sessions().get(0).length()).contains(Duration.ofMinutes(90));
  }

  @Test
  void read_windowsTzidWithoutAProgrammeZone_isRefusedClearly() {
    String ics = outlook(event("DTSTART;TZID=W. Europe Standard Time:20180702T100000", "SUMMARY:A"));
    assertThatThrownBy(() -> ICalendarReader.read(ics)).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageStartingWith("/VCALENDAR/VEVENT[1]/DTSTART: line 21: TZID \"W. Europe Standard Time\" is not an"
            + " IANA time zone id: its times are read by its VTIMEZONE's observances, but the programme needs an"
            + " IANA zone");
  }

  @Test
  void read_tzidWithoutVtimezone_orWithAnotherRule_isRefused() {
    assertThatThrownBy(() -> ICalendarReader.read(calendar(event("DTSTART;TZID=Nowhere:20180702T100000",
        "SUMMARY:A")), ZoneId.of("UTC"))).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("TZID \"Nowhere\" is not an IANA time zone id such as \"Europe/Berlin\", and the"
            + " calendar has no VTIMEZONE for it");
    String monthly = calendar("BEGIN:VTIMEZONE", "TZID:Odd", "BEGIN:STANDARD", "DTSTART:19700101T000000",
        "RRULE:FREQ=MONTHLY;BYMONTHDAY=1", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", "END:STANDARD",
        "END:VTIMEZONE", event("DTSTART;TZID=Odd:20180702T100000", "SUMMARY:A"));
    assertThatThrownBy(() -> ICalendarReader.read(monthly, ZoneId.of("UTC"))).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageStartingWith("/VCALENDAR/VTIMEZONE[1]/STANDARD[1]/RRULE: line 8: the time zone rule")
        .hasMessageContaining("is not one oerkit evaluates");
  }

  @Test
  void read_floatingTime_isReadInTheCallersZone() {
    String floating = calendar(event("DTSTART:20171211T090000", "DTEND:20171211T093000", "SUMMARY:A"));
    Imported<Workshop> read = ICalendarReader.read(floating, ZoneId.of("Asia/Almaty"));
    assertThat(read.value().timeline().sessions().get(0).start().orElseThrow().toInstant())
        .isEqualTo(Instant.parse("2017-12-11T03:00:00Z"));
  }

  @Test
  void read_floatingTime_usesXWrTimezone() {
    String floating = calendar("X-WR-TIMEZONE:Asia/Almaty", event("DTSTART:20171211T090000", "SUMMARY:A"));
    assertThat(ICalendarReader.read(floating).value().zone()).isEqualTo(ZoneId.of("Asia/Almaty"));
  }

  @Test
  void read_floatingTimeWithoutAZone_isRefused() {
    String floating = calendar(event("DTSTART:20171211T090000", "SUMMARY:A"));
    assertThatThrownBy(() -> ICalendarReader.read(floating)).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageStartingWith("/VCALENDAR/VEVENT[1]/DTSTART: line 6: DTSTART 20171211T090000 is a floating time")
        .hasMessageContaining("name the zone");
  }

  @Test
  void read_localTimeInTheSpringGap_movesForward() {
    // RFC 5545 section 3.3.5: 02:30 on 2017-03-26 does not exist in Berlin; it is read as 03:30 CEST.
    String gap = calendar(event("DTSTART;TZID=Europe/Berlin:20170326T023000", "SUMMARY:A"));
    assertThat(ICalendarReader.read(gap).value().timeline().sessions().get(0).start().orElseThrow().toInstant())
        .isEqualTo(Instant.parse("2017-03-26T01:30:00Z"));
  }

  @Test
  void read_lfLineEndsAndFoldedLines_areUnfolded() {
    String lf = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:folded-\n uid\nDTSTART:20150918T070000Z\n"
        + "SUMMARY:Keynote (talk by\n\t Larry Hastings)\nEND:VEVENT\nEND:VCALENDAR";
    Session keynote = only(ICalendarReader.read(lf, ZoneId.of("UTC")));
    assertThat(keynote.title()).isEqualTo("Keynote (talk by Larry Hastings)");
    assertThat(keynote.id()).isEqualTo("folded-uid");
    assertThat(keynote.roles()).isEmpty();
  }

  @Test
  void read_escapedText_isUnescaped() {
    Session session = only(ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z",
        "SUMMARY:Policy\\; scope\\, and \\\\ more", "DESCRIPTION:Line one\\nLine two\\NLine three"))));
    assertThat(session.title()).isEqualTo("Policy; scope, and \\ more");
    assertThat(session.description()).contains("Line one\nLine two\nLine three");
  }

  @Test
  void read_peopleInSummaryAndDescription_stayText() {
    Session session = only(ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z",
        "SUMMARY:Keynote - Cory Doctorow", "DESCRIPTION:Speaker: Lina Benete\\, UNESCO"))));
    assertThat(session.roles()).isEmpty();
    assertThat(session.title()).isEqualTo("Keynote - Cory Doctorow");
    assertThat(session.description()).contains("Speaker: Lina Benete, UNESCO");
  }

  @Test
  void read_attendeeAndOrganizerWithNames_areRoles() {
    Session session = only(ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z", "SUMMARY:Panel",
        "ORGANIZER;CN=Krista Pikkat:mailto:k@example.org",
        "ATTENDEE;CN=\"Benete, Lina\";ROLE=CHAIR:mailto:l@example.org",
        "ATTENDEE;CUTYPE=GROUP;CN=National OER Focal group:urn:uuid:1",
        "ATTENDEE:mailto:anonymous@example.org"))));
    assertThat(session.roles()).extracting(Role::line).containsExactly("Organizer: Krista Pikkat",
        "Chair: Benete, Lina", "Participant: National OER Focal group");
  }

  @Test
  void read_contact_isAddedToTheDescriptionOnce() {
    Session session = only(ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z", "SUMMARY:A",
        "DESCRIPTION:Moderator: Lina Benete", "CONTACT:Lina Benete", "CONTACT:Jim Dolittle\\, ABC Industries"))));
    assertThat(session.description()).contains("Moderator: Lina Benete\nContact: Jim Dolittle, ABC Industries");
  }

  @Test
  void read_valarmAndXProperties_areIgnoredWithFindings() {
    Imported<Workshop> read = ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z", "SUMMARY:A",
        "X-MOZ-GENERATION:2", "URL:https://example.org", "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15M",
        "END:VALARM")));
    assertThat(read.report().findings(ICalendarReader.IGNORED.id())).extracting(Finding::location)
        .containsExactly("/VCALENDAR/VEVENT[1]/X-MOZ-GENERATION", "/VCALENDAR/VEVENT[1]/URL",
            "/VCALENDAR/VEVENT[1]/VALARM[1]");
    assertThat(read.report().findings().get(0).message()).startsWith("line 8: the extension property X-MOZ-GENERATION");
    assertThat(read.report().findings().get(2).message()).startsWith("line 10: VALARM (a reminder)");
  }

  @Test
  void read_otherComponents_areIgnoredWithFindings() {
    Imported<Workshop> read = ICalendarReader.read(calendar("BEGIN:VTODO", "UID:t", "END:VTODO",
        event("DTSTART:20150918T070000Z", "SUMMARY:A")));
    assertThat(read.report().findings()).extracting(Finding::location).contains("/VCALENDAR/VTODO[1]");
  }

  @Test
  void read_rrule_isRefusedWithTheReason() {
    String weekly = calendar(event("DTSTART:20150918T070000Z", "SUMMARY:A", "RRULE:FREQ=WEEKLY;COUNT=3"));
    assertThatThrownBy(() -> ICalendarReader.read(weekly)).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageStartingWith("/VCALENDAR/VEVENT[1]/RRULE: line 8: RRULE: recurring events are not read")
        .hasMessageContaining("expand the series in the calendar app");
    String rdate = calendar(event("DTSTART:20150918T070000Z", "SUMMARY:A", "RDATE:20150925T070000Z"));
    assertThatThrownBy(() -> ICalendarReader.read(rdate)).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("RDATE: recurring events are not read");
  }

  @Test
  void read_allDayEvent_isASessionWithoutTime() {
    Imported<Workshop> read = ICalendarReader.read(calendar(event("DTSTART;VALUE=DATE:20171211",
        "DTEND;VALUE=DATE:20171214", "SUMMARY:Workshop")));
    assertThat(only(read).time()).isEqualTo(SessionTime.unknown());
    assertThat(read.value().startDate()).isEqualTo(LocalDate.of(2017, 12, 11));
    assertThat(read.report().findings(ICalendarReader.TIME.id())).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("all-day event (ending 20171214)"));
  }

  @Test
  void read_sessionsAreOrderedByStartWithinTheirDay() {
    Imported<Workshop> read = ICalendarReader.read(calendar(
        event("DTSTART:20171212T050000Z", "SUMMARY:Day 2"),
        "BEGIN:VEVENT", "UID:e2", "DTSTART:20171211T040000Z", "SUMMARY:Second", "END:VEVENT",
        "BEGIN:VEVENT", "UID:e3", "DTSTART:20171211T030000Z", "SUMMARY:First", "END:VEVENT"),
        ZoneId.of("Asia/Almaty"));
    assertThat(read.value().days()).extracting(Day::date)
        .containsExactly(LocalDate.of(2017, 12, 11), LocalDate.of(2017, 12, 12));
    assertThat(read.value().days().get(0).sessions()).extracting(Session::title).containsExactly("First", "Second");
  }

  @Test
  void read_locations_areRooms() {
    Imported<Workshop> read = ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z", "SUMMARY:A",
        "LOCATION:Hall B"), "BEGIN:VEVENT", "UID:e2", "DTSTART:20150918T080000Z", "SUMMARY:B", "LOCATION:Hall A",
        "END:VEVENT"));
    assertThat(read.value().rooms()).extracting(Room::name).containsExactly("Hall B", "Hall A");
    assertThat(read.value().sessions()).extracting(s -> s.room().orElseThrow()).containsExactly("room-1", "room-2");
  }

  @Test
  void read_categories_nameTheKindOrAreReported() {
    Session lunch = only(ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z", "SUMMARY:A",
        "CATEGORIES:Food,Lunch"))));
    assertThat(lunch.kind()).isEqualTo(SessionKind.LUNCH);
    Imported<Workshop> talk = ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z", "SUMMARY:A",
        "CATEGORIES:plenary,talks")));
    assertThat(only(talk).kind()).isEqualTo(SessionKind.OTHER);
    assertThat(talk.report().findings(ICalendarReader.TITLE.id())).filteredOn(f -> f.location().endsWith("CATEGORIES"))
        .singleElement().satisfies(f -> assertThat(f.message()).contains("\"plenary, talks\" name no session kind"));
  }

  @Test
  void read_cancelledEvent_isImportedWithAWarning() {
    Imported<Workshop> read = ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z", "SUMMARY:A",
        "STATUS:CANCELLED")));
    assertThat(read.value().sessions()).hasSize(1);
    assertThat(read.report().findings(ICalendarReader.STATUS.id())).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void read_missingSummary_isTitledWithAWarning() {
    Imported<Workshop> read = ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z")));
    assertThat(only(read).title()).isEqualTo("Untitled event");
    assertThat(read.report().findings(ICalendarReader.TITLE.id())).hasSize(2);
  }

  @Test
  void read_startWithSeconds_keepsTheWholeMinuteWithAWarning() {
    Imported<Workshop> read = ICalendarReader.read(calendar(event("DTSTART:20150918T070010Z", "SUMMARY:A",
        "DURATION:PT45M")));
    assertThat(only(read).time()).isEqualTo(SessionTime.of(LocalTime.of(7, 0), Duration.ofMinutes(45)));
    assertThat(read.report().findings(ICalendarReader.TIME.id())).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("starts at 07:00:10"));
  }

  @Test
  void read_durationInWeeksAndDays_isExact() {
    Session session = only(ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z", "SUMMARY:A",
        "DURATION:P1DT2H3M4S"))));
    assertThat(session.length()).contains(Duration.ofSeconds(26 * 3600 + 3 * 60 + 4));
    Imported<Workshop> long_ = ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z", "SUMMARY:A",
        "DURATION:P2W")));
    assertThat(only(long_).time()).isEqualTo(SessionTime.startingAt(LocalTime.of(7, 0)));
    assertThat(long_.report().findings(ICalendarReader.TIME.id())).hasSize(1);
  }

  @Test
  void read_badValues_areRefusedAtTheirPathAndLine() {
    assertThatThrownBy(() -> ICalendarReader.read(calendar(event("DTSTART:2015-09-18T07:00Z", "SUMMARY:A"))))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageStartingWith("/VCALENDAR/VEVENT[1]/DTSTART: line 6: DTSTART must be a date-time");
    assertThatThrownBy(() -> ICalendarReader.read(calendar(event("DTSTART:20150231T070000Z", "SUMMARY:A"))))
        .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("no such date");
    assertThatThrownBy(() -> ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z", "DURATION:-PT1H"))))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageStartingWith("/VCALENDAR/VEVENT[1]/DURATION: line 7: DURATION must be a positive duration");
    assertThatThrownBy(() -> ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z",
        "DTSTART:20150918T080000Z")))).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("DTSTART occurs twice in one event (lines 6 and 7)");
    assertThatThrownBy(() -> ICalendarReader.read(calendar(event("SUMMARY:no start"))))
        .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("the event has no DTSTART");
    assertThatThrownBy(() -> ICalendarReader.read(calendar(event("DTSTART:18991231T070000Z"))))
        .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("must lie in the years 1900");
  }

  @Test
  void read_brokenStructure_isRefused() {
    assertThatThrownBy(() -> ICalendarReader.read("")).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("no BEGIN:VCALENDAR");
    assertThatThrownBy(() -> ICalendarReader.read("BEGIN:VCARD\r\nEND:VCARD\r\n"))
        .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("starts with BEGIN:VCALENDAR");
    assertThatThrownBy(() -> ICalendarReader.read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n"))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("/VCALENDAR/VEVENT[1]: line 3: END:\"VCALENDAR\" does not close BEGIN:VEVENT of line 2");
    assertThatThrownBy(() -> ICalendarReader.read("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("is never closed");
    assertThatThrownBy(() -> ICalendarReader.read(calendar("this is not a property")))
        .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("line 4: not a content line");
    assertThatThrownBy(() -> ICalendarReader.read(calendar("X-A;P=\"open:value")))
        .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("is never closed");
    assertThatThrownBy(() -> ICalendarReader.read(calendar()))
        .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("has no VEVENT");
    assertThatThrownBy(() -> ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z")) + calendar()))
        .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("content after END:VCALENDAR");
    assertThatThrownBy(() -> ICalendarReader.read("BEGIN:VCALENDAR\r\nVERSION:1.0\r\nEND:VCALENDAR\r\n"))
        .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("VERSION must be 2.0");
  }

  @Test
  void read_parametersWithQuotesAndLists_areParsed() {
    ICalendarReader.Property property = ICalendarReader.contentLine(
        "ATTENDEE;CN=\"Doe; John: Jr.\";MEMBER=\"mailto:a@x\",\"mailto:b@x\";role=chair:mailto:j@x", 1, "/");
    assertThat(property.name).isEqualTo("ATTENDEE");
    assertThat(property.parameters.get("CN")).containsExactly("Doe; John: Jr.");
    assertThat(property.parameters.get("MEMBER")).containsExactly("mailto:a@x", "mailto:b@x");
    assertThat(property.parameters.get("ROLE")).containsExactly("chair");
    assertThat(property.value).isEqualTo("mailto:j@x");
  }

  @Test
  void slug_isTheTitlesAsciiWords() {
    assertThat(ICalendarReader.slug("PyCon 2025: Plenary!")).isEqualTo("pycon-2025-plenary");
    assertThat(ICalendarReader.slug("Расширение")).isEqualTo("calendar");
    assertThat(ICalendarReader.slug("a".repeat(100))).hasSize(64);
    assertThat(ICalendarReader.slug("`a`z{0/9:")).isEqualTo("a-z-0-9");
    // The 64th character would be the hyphen before a word; it is dropped, not left dangling.
    assertThat(ICalendarReader.slug("a".repeat(63) + " b")).isEqualTo("a".repeat(63));
  }

  @Test
  void read_nullArguments_areRefused() {
    assertThatThrownBy(() -> ICalendarReader.read(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> ICalendarReader.read("", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("zone");
  }

  @Test
  void read_attendeesThatNameNoPerson_areIgnoredAtTheirOwnPaths() {
    Imported<Workshop> read = ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z", "SUMMARY:Panel",
        "ATTENDEE;CN=Lina Benete:mailto:l@example.org", "ATTENDEE;CN=\" \":mailto:a@example.org",
        "ATTENDEE;CUTYPE=ROOM;CN=Hall B:mailto:hall@example.org",
        "ATTENDEE;CUTYPE=GROUP;CN=National OER Focal group;X-OER-ROLE=rapporteur:urn:uuid:1")));
    Session panel = only(read);

    assertThat(panel.roles()).extracting(Role::line)
        .containsExactly("Participant: Lina Benete", "Rapporteur: National OER Focal group");
    assertThat(panel.roles()).extracting(r -> r.holder().kind())
        .containsExactly(RoleHolder.Kind.PERSON, RoleHolder.Kind.GROUP);
    assertThat(read.report().findings(ICalendarReader.IGNORED.id()))
        .extracting(Finding::location, Finding::message).containsExactly(
            org.assertj.core.groups.Tuple.tuple("/VCALENDAR/VEVENT[1]/ATTENDEE[2]",
                "line 9: ATTENDEE without a name (CN) is not a person oerkit can name; it is ignored"),
            org.assertj.core.groups.Tuple.tuple("/VCALENDAR/VEVENT[1]/ATTENDEE[3]",
                "line 10: ATTENDEE of type ROOM is not a person oerkit can name; it is ignored"));
  }

  @Test
  void read_blankSummaryAndLocation_areNoTitleAndNoRoom() {
    Imported<Workshop> read = ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z", "SUMMARY:  ",
        "LOCATION: ")));
    assertThat(only(read).title()).isEqualTo("Untitled event");
    assertThat(only(read).room()).isEmpty();
    assertThat(read.value().rooms()).isEmpty();
  }

  @Test
  void read_relatedToOfAnotherTypeOrAnUnknownParent_isIgnoredAtThatRelatedTo() {
    // Regression: the finding about the unknown parent was at the event's first RELATED-TO, here the sibling.
    Imported<Workshop> read = ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z", "SUMMARY:A",
        "RELATED-TO;RELTYPE=SIBLING:e2", "RELATED-TO:nowhere")));
    assertThat(read.value().sessions()).hasSize(1);
    assertThat(read.report().findings(ICalendarReader.IGNORED.id()))
        .extracting(Finding::location, Finding::message).containsExactly(
            org.assertj.core.groups.Tuple.tuple("/VCALENDAR/VEVENT[1]/RELATED-TO",
                "line 8: RELATED-TO of type SIBLING is not part of a programme; it is ignored"),
            org.assertj.core.groups.Tuple.tuple("/VCALENDAR/VEVENT[1]/RELATED-TO[2]",
                "line 9: the parent \"nowhere\" is no session of this calendar; it is ignored"));
  }

  @Test
  void read_allDayEventWithADuration_saysHowLongItLasts() {
    Imported<Workshop> read = ICalendarReader.read(calendar(event("DTSTART;VALUE=DATE:20171211", "DURATION:P3D",
        "SUMMARY:Workshop")));
    assertThat(only(read).time()).isEqualTo(SessionTime.unknown());
    assertThat(read.report().findings(ICalendarReader.TIME.id())).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("line 6: an all-day event (ending P3D); its session has no"
            + " time"));
  }

  @Test
  void read_eventOfExactlyTheLongestSession_keepsItsLength() {
    Imported<Workshop> read = ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z", "SUMMARY:A",
        "DURATION:P1W")));
    assertThat(only(read).length()).contains(Duration.ofDays(7));
    assertThat(read.report().findings(ICalendarReader.TIME.id())).isEmpty();
  }

  @Test
  void read_emptyCategories_areNoCategories() {
    Imported<Workshop> read = ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z", "SUMMARY:A",
        "CATEGORIES:plenary,,talks")));
    assertThat(read.report().findings(ICalendarReader.TITLE.id())).filteredOn(f -> f.location().endsWith("CATEGORIES"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("the categories \"plenary, talks\" name no session kind"));
  }

  @Test
  void read_valueParameter_saysWhetherATimeIsADateOrADateTime() {
    Session session = only(ICalendarReader.read(calendar(event("DTSTART;VALUE=DATE-TIME:20150918T070000Z",
        "SUMMARY:A"))));
    assertThat(session.time()).isEqualTo(SessionTime.startingAt(LocalTime.of(7, 0)));
    assertThatThrownBy(() -> ICalendarReader.read(calendar(event("DTSTART;VALUE=DATE:20150918T070000",
        "SUMMARY:A")))).isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("/VCALENDAR/VEVENT[1]/DTSTART: line 6: DTSTART must be a date such as 20171211 (RFC 5545"
            + " section 3.3.4), was \"20150918T070000\"");
    assertThatThrownBy(() -> ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z",
        "DTEND;VALUE=DATE:20150919", "SUMMARY:A")))).isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("/VCALENDAR/VEVENT[1]/DTEND: line 7: DTEND must be a DATE-TIME here, was VALUE=\"DATE\"");
  }

  @Test
  void read_valuesAtTheirBounds_areReadAndOneBeyond_refused() {
    assertThat(only(ICalendarReader.read(calendar(event("DTSTART:19000101T070000Z", "SUMMARY:A")))).time())
        .isEqualTo(SessionTime.startingAt(LocalTime.of(7, 0)));
    Imported<Workshop> century = ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z", "SUMMARY:A",
        "DURATION:P36525D")));
    assertThat(only(century).time()).isEqualTo(SessionTime.startingAt(LocalTime.of(7, 0)));
    assertThatThrownBy(() -> ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z", "SUMMARY:A",
        "DURATION:P36526D")))).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("DURATION must be at most 36525 days");
    // A number of more than nine digits is no DURATION, whatever its unit.
    assertThatThrownBy(() -> ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z", "SUMMARY:A",
        "DURATION:PT1234567890S")))).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("DURATION must be a positive duration");
    assertThat(ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z", "SUMMARY:A",
        "SEQUENCE:999999999", "DTSTAMP:20171201T101500z"))).value())
        .satisfies(w -> assertThat(w.revision()).isEqualTo(999_999_999))
        .satisfies(w -> assertThat(w.revisedAt()).contains(Instant.parse("2017-12-01T10:15:00Z")));
    assertThatThrownBy(() -> ICalendarReader.read(calendar(event("DTSTART:20150918T070000Z", "SUMMARY:A",
        "SEQUENCE:1000000000")))).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("SEQUENCE must be a number from 0");
  }

  @Test
  void read_calendarProperties_titleOnceDescriptionsNotBlankOthersIgnored() {
    Imported<Workshop> read = ICalendarReader.read(calendar("X-WR-CALNAME;LANGUAGE=:OER in Kazakhstan",
        "NAME:Another name", "X-WR-CALDESC:", "X-WR-CALDESC:About OER", "X-PUBLISHED-TTL:PT1H",
        event("DTSTART:20150918T070000Z", "SUMMARY:A")));
    Workshop workshop = read.value();

    assertThat(workshop.title().original()).isEqualTo("OER in Kazakhstan");
    assertThat(workshop.title().originalLanguage()).isEqualTo(org.oerkit.core.vocabulary.LanguageTag.ENGLISH);
    assertThat(workshop.background()).containsExactly("About OER");
    assertThat(read.report().findings(ICalendarReader.IGNORED.id()))
        .extracting(Finding::location, Finding::message).containsExactly(
            org.assertj.core.groups.Tuple.tuple("/VCALENDAR/NAME",
                "line 5: the calendar's title is already \"OER in Kazakhstan\"; it is ignored"),
            org.assertj.core.groups.Tuple.tuple("/VCALENDAR/X-PUBLISHED-TTL",
                "line 8: the calendar's X-PUBLISHED-TTL is not part of a programme; it is ignored"));
    assertThat(read.report().findings(ICalendarReader.TITLE.id())).extracting(Finding::location)
        .containsExactly("/VCALENDAR/X-WR-CALNAME");
  }

  private static java.util.List<Instant> starts(String ics) {
    return ICalendarReader.read(ics, ZoneId.of("Europe/Berlin")).value().timeline().sessions().stream()
        .map(s -> s.start().orElseThrow().toInstant()).toList();
  }

  private static String events(String tzid, String... dates) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    for (int i = 0; i < dates.length; i++) {
      lines.add("BEGIN:VEVENT\r\nUID:e" + i + "\r\nDTSTART;TZID=" + tzid + ":" + dates[i] + "T100000\r\nSUMMARY:"
          + dates[i] + "\r\nEND:VEVENT");
    }
    return String.join("\r\n", lines);
  }

  @Test
  void read_windowsTzid_changesOnTheLastSundaysOfMarchAndOctober() {
    // Last Sundays of 2018: 25 March and 28 October. 10:00 is UTC+01:00 before the first and after the second.
    assertThat(starts(outlook(events("W. Europe Standard Time", "20180310", "20180320", "20180326", "20181027",
        "20181029")))).containsExactly(Instant.parse("2018-03-10T09:00:00Z"), Instant.parse("2018-03-20T09:00:00Z"),
        Instant.parse("2018-03-26T08:00:00Z"), Instant.parse("2018-10-27T08:00:00Z"),
        Instant.parse("2018-10-29T09:00:00Z"));
  }

  @Test
  void read_usTzid_changesOnTheSecondSundayOfMarchAndTheFirstOfNovember() {
    // Outlook's "Eastern Standard Time": in 2018, 11 March and 4 November.
    String ics = calendar("BEGIN:VTIMEZONE", "TZID:Eastern Standard Time", "BEGIN:STANDARD",
        "DTSTART:16011104T020000", "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "TZOFFSETFROM:-0400",
        "TZOFFSETTO:-0500", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010311T020000",
        "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT",
        "END:VTIMEZONE", events("Eastern Standard Time", "20180310", "20180312", "20181103", "20181105"));
    assertThat(starts(ics)).containsExactly(Instant.parse("2018-03-10T15:00:00Z"),
        Instant.parse("2018-03-12T14:00:00Z"), Instant.parse("2018-11-03T14:00:00Z"),
        Instant.parse("2018-11-05T15:00:00Z"));
  }

  /** A VTIMEZONE at UTC+02:00 with a summer time at UTC+03:00 by the given DAYLIGHT and STANDARD blocks. */
  private static String[] zone(String tzid, String... blocks) {
    java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of("BEGIN:VTIMEZONE", "TZID:" + tzid,
        "BEGIN:STANDARD", "DTSTART:20000101T000000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200", "END:STANDARD"));
    lines.addAll(java.util.List.of(blocks));
    lines.add("END:VTIMEZONE");
    return lines.toArray(new String[0]);
  }

  private static String[] with(String[] zone, String events) {
    String[] lines = java.util.Arrays.copyOf(zone, zone.length + 1);
    lines[zone.length] = events;
    return lines;
  }

  @Test
  void read_vtimezoneRulesByMonthDay_endAfterTheirCountOrAtTheirUntil() {
    String[] summer = {"BEGIN:STANDARD", "DTSTART:20100930T000000", "RRULE:FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=-1",
        "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "END:STANDARD"};
    String[] counted = java.util.stream.Stream.concat(java.util.stream.Stream.of("BEGIN:DAYLIGHT",
        "DTSTART:20100401T000000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=1;COUNT=3", "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0300", "END:DAYLIGHT"), java.util.stream.Stream.of(summer)).toArray(String[]::new);
    String[] until = java.util.stream.Stream.concat(java.util.stream.Stream.of("BEGIN:DAYLIGHT",
        "DTSTART:20100401T000000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=1;UNTIL=20120401T000000Z",
        "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "END:DAYLIGHT"), java.util.stream.Stream.of(summer))
        .toArray(String[]::new);
    // Summer time from 1 April to 30 September in 2010, 2011 and 2012 only.
    for (String[] zone : java.util.List.of(zone("Count", counted), zone("Until", until))) {
      String tzid = zone[1].substring(5);
      assertThat(starts(calendar(with(zone, events(tzid, "20120331", "20120402", "20120930", "20121001",
          "20130702"))))).as(tzid).containsExactly(Instant.parse("2012-03-31T08:00:00Z"),
          Instant.parse("2012-04-02T07:00:00Z"), Instant.parse("2012-09-30T08:00:00Z"),
          Instant.parse("2012-10-01T08:00:00Z"), Instant.parse("2013-07-02T08:00:00Z"));
    }
  }

  @Test
  void read_vtimezoneOnsetsByRdate_andBeforeTheFirstOnset_takeTheirOffsets() {
    String[] rdates = zone("Rdate", "BEGIN:DAYLIGHT", "DTSTART:20180325T020000",
        "RDATE:20190331T020000,20200329T020000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "END:DAYLIGHT",
        "BEGIN:STANDARD", "DTSTART:20181028T030000", "RDATE:20191027T030000", "TZOFFSETFROM:+0300",
        "TZOFFSETTO:+0200", "END:STANDARD");
    assertThat(starts(calendar(with(rdates, events("Rdate", "20190301", "20190701", "20191202", "20200401")))))
        .containsExactly(Instant.parse("2019-03-01T08:00:00Z"), Instant.parse("2019-07-01T07:00:00Z"),
            Instant.parse("2019-12-02T08:00:00Z"), Instant.parse("2020-04-01T07:00:00Z"));
    // Before the first onset a local time has the first onset's TZOFFSETFROM.
    String late = calendar("BEGIN:VTIMEZONE", "TZID:Late", "BEGIN:STANDARD", "DTSTART:20200101T000000",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:STANDARD", "END:VTIMEZONE", events("Late", "20190701"));
    assertThat(starts(late)).containsExactly(Instant.parse("2019-07-01T09:00:00Z"));
  }

  @Test
  void read_vtimezoneRulesInJanuaryAndDecember_areRead() {
    // A southern summer time: from the first Sunday of December (2 December 2018) to the last Sunday of January
    // (27 January 2019).
    String[] south = zone("South", "BEGIN:DAYLIGHT", "DTSTART:20001203T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=12;BYDAY=1SU", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "END:DAYLIGHT",
        "BEGIN:STANDARD", "DTSTART:20010128T030000", "RRULE:FREQ=YEARLY;BYMONTH=1;BYDAY=-1SU", "TZOFFSETFROM:+0300",
        "TZOFFSETTO:+0200", "END:STANDARD");
    assertThat(starts(calendar(with(south, events("South", "20181201", "20181210", "20190115", "20190204")))))
        .containsExactly(Instant.parse("2018-12-01T08:00:00Z"), Instant.parse("2018-12-10T07:00:00Z"),
            Instant.parse("2019-01-15T07:00:00Z"), Instant.parse("2019-02-04T08:00:00Z"));
  }

  @Test
  void read_vtimezoneOffsetWithMinutesAndSeconds_isExact() {
    // Almaty's local mean time, +05:07:48 (tz database), as a VTIMEZONE may write it.
    String lmt = calendar("BEGIN:VTIMEZONE", "TZID:Almaty LMT", "BEGIN:STANDARD", "DTSTART:19000101T000000",
        "TZOFFSETFROM:+050748", "TZOFFSETTO:+050748", "END:STANDARD", "END:VTIMEZONE", events("Almaty LMT", "20190701"));
    Imported<Workshop> read = ICalendarReader.read(lmt, ZoneId.of("UTC"));
    assertThat(only(read).time().start()).contains(LocalTime.of(4, 52));
    assertThat(read.report().findings(ICalendarReader.TIME.id())).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("the event starts at 04:52:12"));
  }

  @Test
  void read_brokenObservances_areRefusedAtTheirPaths() {
    String noOffset = calendar("BEGIN:VTIMEZONE", "TZID:Broken", "BEGIN:STANDARD", "DTSTART:19700101T000000",
        "TZOFFSETFROM:+0100", "END:STANDARD", "END:VTIMEZONE", events("Broken", "20190701"));
    assertThatThrownBy(() -> ICalendarReader.read(noOffset, ZoneId.of("UTC")))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("/VCALENDAR/VTIMEZONE[1]/STANDARD[1]: line 6: STANDARD needs TZOFFSETTO (RFC 5545 section 3.6.5)");
    String badOffset = calendar("BEGIN:VTIMEZONE", "TZID:Broken", "BEGIN:STANDARD", "DTSTART:19700101T000000",
        "TZOFFSETFROM:0100", "TZOFFSETTO:+0100", "END:STANDARD", "END:VTIMEZONE", events("Broken", "20190701"));
    assertThatThrownBy(() -> ICalendarReader.read(badOffset, ZoneId.of("UTC")))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("/VCALENDAR/VTIMEZONE[1]/STANDARD[1]/TZOFFSETFROM: line 8: TZOFFSETFROM must be a UTC offset"
            + " such as +0100 (RFC 5545 section 3.3.14), was \"0100\"");
  }

  @Test
  void contentLine_names_areAsciiLettersDigitsAndHyphens_ofAtMost128() {
    assertThat(ICalendarReader.contentLine("x-az09:v", 1, "/").name).isEqualTo("X-AZ09");
    String longest = "X-" + "A".repeat(126);
    assertThat(ICalendarReader.contentLine(longest + ";" + longest + "=p:v", 1, "/").name).isEqualTo(longest);
    for (String line : new String[] {":v", "X-A@:v", "X-A[:v", "X-A/:v", "X_A:v", longest + "B:v"}) {
      assertThatThrownBy(() -> ICalendarReader.contentLine(line, 3, "/VCALENDAR")).as(line)
          .isInstanceOf(UnreadableDocumentException.class)
          .hasMessageStartingWith("/VCALENDAR: line 3: not a content line \"NAME:value\"");
    }
    assertThatThrownBy(() -> ICalendarReader.contentLine("X-A;P_Q=1:v", 3, "/VCALENDAR"))
        .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("a parameter of X-A is not \"NAME=value\"");
    assertThatThrownBy(() -> ICalendarReader.contentLine("X-A;P=", 3, "/VCALENDAR"))
        .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("the line has no ':' before its value");
  }

  @Test
  void unescape_aBackslashFirstOrLast_isKeptOrDropped() {
    assertThat(ICalendarReader.unescape("\\;scope")).isEqualTo(";scope");
    assertThat(ICalendarReader.unescape("scope\\")).isEqualTo("scope\\");
    assertThat(ICalendarReader.textList("Tea\\, coffee,Snacks")).containsExactly("Tea, coffee", "Snacks");
  }
}
