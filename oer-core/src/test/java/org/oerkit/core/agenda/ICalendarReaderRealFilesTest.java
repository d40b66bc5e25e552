package org.oerkit.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.Finding;
import org.oerkit.core.Imported;
import org.oerkit.core.Severity;

/**
 * Real iCalendar files written by a conference site's tool and by calendar apps (origin and licence in
 * {@code real/README.md}); each test asserts what the file says: counts, instants, titles, rooms, people.
 */
class ICalendarReaderRealFilesTest {

  private static String file(String name) throws IOException {
    try (InputStream in = ICalendarReaderRealFilesTest.class.getResourceAsStream("real/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void pycon2025_plenary_thirteenEventsOnFourDaysAtTheirInstants() throws IOException {
    // PyCon US 2025 was in Pittsburgh: America/New_York, UTC-04:00 in May. The file writes UTC times.
    Imported<Workshop> read = ICalendarReader.read(file("pycon-2025-plenary.ics"), ZoneId.of("America/New_York"));
    Workshop pycon = read.value();
    assertThat(pycon.title().original()).isEqualTo("PyCon 2025 Plenary");
    assertThat(pycon.id()).isEqualTo("pycon-2025-plenary");
    assertThat(pycon.sessions()).hasSize(13);
    assertThat(pycon.days()).extracting(Day::date).containsExactly(LocalDate.of(2025, 5, 15),
        LocalDate.of(2025, 5, 16), LocalDate.of(2025, 5, 17), LocalDate.of(2025, 5, 18));
    assertThat(pycon.days()).extracting(d -> d.sessions().size()).containsExactly(1, 3, 2, 7);
    assertThat(pycon.rooms()).extracting(Room::name).containsExactly("Hall B", "Hall A");

    Slot doctorow = pycon.timeline().sessions().stream()
        .filter(s -> s.session().title().equals("[plenary] Keynote - Cory Doctorow")).findFirst().orElseThrow();
    // DTSTART:20250516T134500Z, DTEND:20250516T143000Z
    assertThat(doctorow.start().orElseThrow().toInstant()).isEqualTo(Instant.parse("2025-05-16T13:45:00Z"));
    assertThat(doctorow.session().time().toString()).isEqualTo("09:45/PT45M");
    assertThat(doctorow.session().id()).isEqualTo("e2ca9033-3f0f-5b89-bd7d-96cf9e2530b0");
    assertThat(pycon.room(doctorow.session().room().orElseThrow()).orElseThrow().name()).isEqualTo("Hall B");
    // The speaker is only in the SUMMARY: kept as text, never guessed into a person.
    assertThat(pycon.sessions()).allSatisfy(s -> assertThat(s.roles()).isEmpty());
    assertThat(doctorow.session().description().orElseThrow()).contains("Cory Doctorow").contains("Keynote");

    Session reception = pycon.days().get(0).sessions().get(0);
    assertThat(reception.title()).isEqualTo("[plenary] Opening Reception");
    assertThat(reception.length()).contains(Duration.ofHours(2));
    // Escaped commas (RFC 5545 section 3.3.11) are unescaped.
    assertThat(pycon.days().get(2).sessions().get(0).title()).isEqualTo("[plenary] Diversity & Inclusion Panel: The"
        + " Work Still Matters: Inclusion, Access, and Community in 2025");
    assertThat(pycon.days().get(3).sessions()).extracting(Session::title).last().isEqualTo("[plenary] Closing");
    assertThat(pycon.revisedAt()).isEmpty();
    assertThat(read.report().findings()).extracting(Finding::location).containsExactly("/VCALENDAR/X-WR-CALNAME");
  }

  @Test
  void pycon2025_plenary_withoutAZone_isUtcAndSaysSo() throws IOException {
    Imported<Workshop> read = ICalendarReader.read(file("pycon-2025-plenary.ics"));
    assertThat(read.value().days().get(0).sessions().get(0).time().toString()).isEqualTo("21:00/PT2H");
    assertThat(read.report().findings(ICalendarReader.ZONE.id())).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void thunderbird_eventInLondonSummerTime_alarmsAndMozillaPropertiesAreFindings() throws IOException {
    Imported<Workshop> read = ICalendarReader.read(file("thunderbird-alarms.ics"));
    Workshop calendar = read.value();
    assertThat(calendar.zone()).isEqualTo(ZoneId.of("Europe/London"));
    Session event = calendar.sessions().get(0);
    assertThat(calendar.sessions()).hasSize(1);
    assertThat(event.title()).isEqualTo("event with alarms");
    assertThat(event.id()).isEqualTo("b9a23b47-f109-4e7a-908c-75e925b27def");
    // DTSTART;TZID=Europe/London:20241023T150000 is British Summer Time, UTC+01:00: 14:00Z, for an hour.
    assertThat(calendar.timeline().sessions().get(0).start().orElseThrow().toInstant())
        .isEqualTo(Instant.parse("2024-10-23T14:00:00Z"));
    assertThat(event.length()).contains(Duration.ofHours(1));
    assertThat(calendar.revisedAt()).contains(Instant.parse("2024-10-23T13:11:41Z"));
    List<String> ignored = read.report().findings(ICalendarReader.IGNORED.id()).stream().map(Finding::location)
        .toList();
    assertThat(ignored).containsExactly("/VCALENDAR/VEVENT[1]/X-MOZ-GENERATION", "/VCALENDAR/VEVENT[1]/VALARM[1]",
        "/VCALENDAR/VEVENT[1]/VALARM[2]");
    assertThat(read.report().findings(ICalendarReader.ZONE.id())).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("Europe/London"));
  }

  @Test
  void google_xWrTimezoneIsTheZone_utcStartIsKept() throws IOException {
    Imported<Workshop> read = ICalendarReader.read(file("google-alarms.ics"));
    Workshop calendar = read.value();
    assertThat(calendar.title().original()).isEqualTo("Nicco Kunzmann");
    assertThat(calendar.zone()).isEqualTo(ZoneId.of("Europe/London"));
    Session event = calendar.sessions().get(0);
    // DTSTART:20241004T181500Z, DTEND:20241004T190000Z: 19:15 in London (BST), 45 minutes.
    assertThat(event.time().toString()).isEqualTo("19:15/PT45M");
    // The UID "79fs7pkqvht9m5igs0vjv1sfra@google.com" is no oerkit identifier.
    assertThat(event.id()).isEqualTo("event-1");
    assertThat(read.report().findings(ICalendarReader.IGNORED.id())).extracting(Finding::location)
        .containsExactly("/VCALENDAR/VEVENT[1]/VALARM[1]", "/VCALENDAR/VEVENT[1]/VALARM[2]",
            "/VCALENDAR/VEVENT[1]/VALARM[3]", "/VCALENDAR/VEVENT[1]/VALARM[4]");
  }
}
