package org.oerkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.Imported;
import org.oerkit.core.UnreadableDocumentException;
import org.oerkit.core.agenda.RoleKind;
import org.oerkit.core.agenda.Workshop;

class ScheduleXmlTest {

  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private static Imported<Workshop> read(String xml) {
    return ScheduleXml.read(xml.getBytes(UTF_8));
  }

  @Test
  void write_astana_isValidAgainstTheC3vocXsd() {
    assertThat(C3voc.xmlErrors(ScheduleXml.write(AgendaSamples.astana()))).isEmpty();
    assertThat(C3voc.xmlErrors(ScheduleXml.write(AgendaSamples.astana(), URI.create("https://example.org/kz/"))))
        .isEmpty();
  }

  @Test
  void write_everyGeneratedWorkshop_isValidAgainstTheC3vocXsd() {
    qt().withExamples(150).withShrinkCycles(5).forAll(AgendaSamples.workshops())
        .check(w -> C3voc.xmlErrors(ScheduleXml.write(w)).isEmpty());
  }

  @Test
  void write_astana_givesTheEventsOfScheduleJson() {
    String xml = C3voc.text(ScheduleXml.write(AgendaSamples.astana()));
    assertThat(xml).contains("<event guid=\"c4c0fd94-3402-5dc6-b389-908e66446920\" id=\"1\">")
        .contains("<date>2017-12-11T09:00:00+06:00</date>")
        .contains("<day index=\"1\" date=\"2017-12-11\" start=\"2017-12-11T09:00:00+06:00\""
            + " end=\"2017-12-11T16:10:00+06:00\">")
        .contains("<person guid=").contains(">Lina Benete</person>")
        .doesNotContain("<url>");
  }

  @Test
  void read_whatWasWritten_carriesTimesTitlesKindsRoomsAndPeople() {
    qt().withExamples(100).withShrinkCycles(5).forAll(AgendaSamples.workshops()).check(w -> {
      Workshop read = ScheduleXml.read(ScheduleXml.write(w)).value();
      return C3voc.carried(read).equals(C3voc.carriedInXml(w)) && read.zone().equals(w.zone())
          && read.startDate().equals(w.startDate()) && read.endDate().equals(w.endDate());
    });
  }

  @Test
  void read_writtenAstana_losesTheRoleKindsAsDocumented() {
    Imported<Workshop> read = ScheduleXml.read(ScheduleXml.write(AgendaSamples.astana()));
    assertThat(read.report().findings()).isEmpty();
    Workshop astana = read.value();
    assertThat(astana.sessions()).hasSize(6);
    assertThat(astana.sessions().get(1).roles()).allSatisfy(r -> assertThat(r.kind()).isEqualTo(RoleKind.SPEAKER));
    assertThat(astana.sessions().get(1).roles()).extracting(r -> r.holder().name())
        .containsExactly("Lina Benete", "Krista Pikkat", "Meldebekova Mayra Turganbaevna");
    assertThat(astana.timeline().sessions().get(0).start().get().toInstant())
        .isEqualTo(Instant.parse("2017-12-11T03:00:00Z"));
  }

  @Test
  void read_externalEntity_isRefusedBeforeAnythingIsFetched() {
    String xxe = HEAD + "<!DOCTYPE schedule [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
        + "<schedule><version>&secret;</version></schedule>";
    assertThatThrownBy(() -> read(xxe)).isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
      assertThat(e.getMessage()).contains("DOCTYPE").contains("line 2").doesNotContain("root:");
      assertThat(e.location()).isEqualTo("/");
    });
  }

  @Test
  void read_billionLaughs_isRefusedAtTheDoctype() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    String bomb = HEAD + dtd + "]>\n<schedule><version>&lol9;</version></schedule>";
    assertThatThrownBy(() -> read(bomb)).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("document type declaration");
  }

  @Test
  void read_undeclaredEntity_isRefusedWithItsElement() {
    assertThatThrownBy(() -> read(HEAD + "<schedule>\n<version>&lol;</version></schedule>"))
        .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
          assertThat(e.location()).isEqualTo("/schedule/version");
          assertThat(e.getMessage()).contains("line 3");
        });
  }

  @Test
  void read_tooDeep_isRefusedWithThePath() {
    String deep = HEAD + "<schedule>" + "<x>".repeat(80) + "</x>".repeat(80) + "</schedule>";
    assertThatThrownBy(() -> read(deep)).isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
      assertThat(e.getMessage()).contains("nest deeper than 64");
      assertThat(e.location()).startsWith("/schedule/x/x/x");
    });
  }

  @Test
  void read_malformed_saysWhereAndWhat() {
    assertThatThrownBy(() -> read(HEAD + "<schedule>\n<version>1</versio></schedule>"))
        .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
          assertThat(e.location()).isEqualTo("/schedule/version");
          assertThat(e.getMessage()).contains("line 3").contains("not well-formed");
        });
    assertThatThrownBy(() -> read("")).isInstanceOf(UnreadableDocumentException.class);
  }

  @Test
  void read_malformedUtf8_isTheDocumentsErrorAndNothingIsPrinted() {
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(printed, true, UTF_8));
    try {
      byte[] latin1 = (HEAD + "<schedule><version>\u00e9</version></schedule>").getBytes(
          java.nio.charset.StandardCharsets.ISO_8859_1);
      assertThatThrownBy(() -> ScheduleXml.read(latin1)).isInstanceOfSatisfying(UnreadableDocumentException.class,
          e -> assertThat(e.getMessage()).contains("not valid UTF-8"));
    } finally {
      System.setErr(err);
    }
    assertThat(printed.toString(UTF_8)).isEmpty();
  }

  @Test
  void read_declaredLatin1_isDecodedAsDeclared() {
    byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<schedule><version>1</version>"
        + "<conference><acronym>cafe</acronym><title>Caf\u00e9</title></conference><day index=\"1\""
        + " date=\"2024-05-02\" start=\"2024-05-02T09:00:00Z\" end=\"2024-05-02T10:00:00Z\"/></schedule>")
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(ScheduleXml.read(latin1).value().title().original()).isEqualTo("Caf\u00e9");
  }

  @Test
  void read_controlCharacterInADoctype_isTheDocumentsError() {
    // Found by ForeignReadFuzzTest: the JDK's parser, skipping the DTD, threw MissingResourceException.
    byte[] xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [\u0001]>\n<schedule/>".getBytes(UTF_8);
    assertThatThrownBy(() -> ScheduleXml.read(xml)).isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("line 2").hasMessageContaining("not well-formed XML")
        .hasMessageContaining("InvalidCharInDTD");
  }

  @Test
  void read_anotherRoot_isRefused() {
    assertThatThrownBy(() -> read(HEAD + "<html/>")).isInstanceOfSatisfying(UnreadableDocumentException.class,
        e -> assertThat(e.getMessage()).contains("not a schedule.xml"));
  }

  /**
   * A hand-made schedule with the oddities interchange.md lists for real files: a time written in Z that is
   * local, a person outside persons, names joined by commas, the same event id in two rooms, a break as an
   * event, an event without a date, a person without a name.
   */
  private static final String MESSY = HEAD + "<schedule>\n"
      + "  <version>1</version>\n"
      + "  <conference><acronym>oer-camp</acronym><title>OER Camp</title><start>2024-05-02</start>"
      + "<end>2024-05-02</end><time_zone_name>Europe/Berlin</time_zone_name></conference>\n"
      + "  <day index=\"1\" date=\"2024-05-02\" start=\"2024-05-02T09:00:00+02:00\" end=\"2024-05-02T18:00:00+02:00\">\n"
      + "    <room name=\"Hall\">\n"
      + "      <event id=\"7\" guid=\"not-a-uuid\"><date>2024-05-02T10:00:00Z</date><start>10:00</start>"
      + "<duration>1:00</duration><title>Open licences</title><type>Talk</type>"
      + "<person>Ana Lopez, Ben Ode</person></event>\n"
      + "      <event id=\"8\" guid=\"x2\"><date>2024-05-02T11:00:00+02:00</date><start>11:00</start>"
      + "<duration>00:15</duration><title>Coffee break</title><type>break</type><persons/></event>\n"
      + "    </room>\n"
      + "    <room name=\"Lab\">\n"
      + "      <event id=\"7\" guid=\"x3\"><start>12:00</start><duration>00:45</duration>"
      + "<title>Remix lab</title><persons><person id=\"1\"></person><person>Chen Wei</person></persons></event>\n"
      + "    </room>\n"
      + "  </day>\n"
      + "</schedule>\n";

  @Test
  void read_messyFile_importsEveryEventAndReportsEachOddityByXPath() {
    Imported<Workshop> read = read(MESSY);
    Workshop camp = read.value();
    assertThat(camp.sessions()).extracting(s -> s.title()).containsExactly("Open licences", "Coffee break",
        "Remix lab");
    // 10:00Z whose clock is its start 10:00: a local time written in Z, read as 10:00 in Europe/Berlin.
    assertThat(camp.timeline().sessions().get(0).start().get().toInstant())
        .isEqualTo(Instant.parse("2024-05-02T08:00:00Z"));
    // No date: the day's date and the start.
    assertThat(camp.timeline().sessions().get(2).start().get().toInstant())
        .isEqualTo(Instant.parse("2024-05-02T10:00:00Z"));
    assertThat(camp.sessions().get(0).roles()).extracting(r -> r.holder().name()).containsExactly("Ana Lopez, Ben Ode");
    assertThat(camp.sessions().get(2).roles()).extracting(r -> r.holder().name()).containsExactly("Chen Wei");
    assertThat(camp.sessions().get(1).kind().id()).isEqualTo("break");
    assertThat(camp.rooms()).extracting(r -> r.name()).containsExactly("Hall", "Lab");
    List<String> findings = read.report().findings().stream().map(f -> f.location() + " " + f.rule().id()).toList();
    assertThat(findings).contains(
        "/schedule/day[1]/room[1]/event[1]/person[1] schedule.person-name",
        "/schedule/day[1]/room[1]/event[1]/date schedule.time-zone",
        "/schedule/day[1]/room[2]/event[1]/@id schedule.duplicate-event",
        "/schedule/day[1]/room[2]/event[1]/date schedule.unreadable-value",
        "/schedule/day[1]/room[2]/event[1]/persons/person[1] schedule.person-name");
    assertThat(read.report().findings()).filteredOn(f -> f.location().endsWith("event[1]/person[1]"))
        .anySatisfy(f -> assertThat(f.message()).contains("several people joined by commas"));
  }
}
