package org.oerkit.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oerkit.core.markup.Markup;
import org.oerkit.core.markup.Pictures;
import org.oerkit.core.markup.Svg;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ProgrammePicturesTest {

  private static final String[] ROOMS = {"saal-1", "saal-2", "saal-g", "saal-6", "saal-17"};

  /**
   * A frab-like schedule: 4 days, 5 rooms, 7 talks a room a day of 30 to 60 minutes with titles of real length,
   * a lunch in every room: 140 talks. Generated, since reading frab is another issue's.
   */
  static Workshop frab140() {
    List<Day> days = new ArrayList<>();
    int n = 0;
    for (int d = 0; d < 4; d++) {
      Day.Builder day = Day.builder().date(LocalDate.of(2026, 12, 27).plusDays(d)).label("Day " + (d + 1));
      for (String room : ROOMS) {
        LocalTime start = LocalTime.of(10, 30);
        for (int t = 0; t < 7; t++) {
          int minutes = t % 3 == 0 ? 60 : t % 3 == 1 ? 30 : 40;
          n++;
          day.addSessions(Session.builder().id("talk-" + n).kind(SessionKind.PLENARY_PRESENTATION).room(room)
              .title("Talk " + n + ": open educational resources, licences and the long tail of reuse in " + room)
              .time(SessionTime.of(start, start.plusMinutes(minutes))).build());
          start = start.plusMinutes(minutes + 10);
          if (t == 3) {
            day.addSessions(Session.builder().id("lunch-" + d + "-" + room).kind(SessionKind.LUNCH).room(room)
                .title("Lunch").time(SessionTime.of(start, start.plusMinutes(60))).build());
            start = start.plusMinutes(70);
          }
        }
      }
      days.add(day.build());
    }
    Workshop.Builder workshop = Workshop.builder().id("frab-140").title(LanguageTag.ENGLISH, "A congress in 5 rooms")
        .zone("Europe/Berlin").startDate(LocalDate.of(2026, 12, 27)).endDate(LocalDate.of(2026, 12, 30));
    for (String room : ROOMS) {
      workshop.addRooms(Room.of(room, room.toUpperCase(Locale.ROOT).replace('-', ' ')));
    }
    return workshop.addAllDays(days).build();
  }

  private static List<Element> groups(Document svg, String prefix) {
    NodeList all = svg.getElementsByTagNameNS(Markup.SVG_NAMESPACE, "g");
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element group = (Element) all.item(i);
      if (group.getAttribute("class").startsWith(prefix)) {
        found.add(group);
      }
    }
    return found;
  }

  private static String tooltip(Element group) {
    return group.getElementsByTagNameNS(Markup.SVG_NAMESPACE, "title").item(0).getTextContent();
  }

  @Test
  void timetable_frab140_drawsEverySessionInItsRoomsLaneWithLinesThatFit() {
    Workshop frab = frab140();
    Document svg = Pictures.parse(ProgrammePictures.timetable(frab));
    List<Element> sessions = groups(svg, "box session");
    assertThat(sessions).hasSize(140 + 20);
    assertThat(groups(svg, "box room")).hasSize(20);
    for (Element session : sessions) {
      Element rect = (Element) session.getElementsByTagNameNS(Markup.SVG_NAMESPACE, "rect").item(0);
      double width = Double.parseDouble(rect.getAttribute("width"));
      NodeList lines = session.getElementsByTagNameNS(Markup.SVG_NAMESPACE, "tspan");
      assertThat(lines.getLength()).isGreaterThan(0);
      for (int i = 0; i < lines.getLength(); i++) {
        assertThat(Svg.textWidth(lines.item(i).getTextContent(), 11)).isLessThanOrEqualTo(width - 2 * Svg.INSET);
      }
    }
  }

  @Test
  void agenda_frab140_listsEverySessionTitle() {
    Workshop frab = frab140();
    Document html = Pictures.parse(ProgrammePictures.agenda(frab));
    NodeList titles = html.getElementsByTagName("h3");
    assertThat(titles.getLength()).isEqualTo(160);
    assertThat(titles.item(0).getTextContent()).startsWith("Talk 1: open educational resources");
    assertThat(html.getElementsByTagName("section").getLength()).isEqualTo(4);
  }

  @Test
  void agenda_inferredTime_saysSoInWords() {
    String html = ProgrammePictures.agenda(Samples.golden());
    Pictures.parse(html);
    assertThat(html).contains("lang=\"en\"");
  }

  @Test
  void timetable_interruptedSession_isOneBoxWithTheBreakInsideIt() {
    Workshop astana = Samples.golden();
    Document svg = Pictures.parse(ProgrammePictures.timetable(astana));
    for (Day day : astana.days()) {
      for (Session session : day.sessions()) {
        for (String breakId : session.interruptedBy()) {
          Element outer = groups(svg, "box session").stream()
              .filter(g -> tooltip(g).startsWith(session.fullTitle() + ", " + PrintedProgramme.time(session.time(), "\u2013")))
              .findFirst().orElseThrow();
          Session inner = day.session(breakId).orElseThrow();
          Element inside = groups(svg, "box session break").stream()
              .filter(g -> tooltip(g).startsWith(inner.fullTitle() + ", " + PrintedProgramme.time(inner.time(), "\u2013")))
              .findFirst().orElseThrow();
          Element a = (Element) outer.getElementsByTagNameNS(Markup.SVG_NAMESPACE, "rect").item(0);
          Element b = (Element) inside.getElementsByTagNameNS(Markup.SVG_NAMESPACE, "rect").item(0);
          assertThat(Double.parseDouble(b.getAttribute("x"))).isGreaterThan(Double.parseDouble(a.getAttribute("x")));
          assertThat(Double.parseDouble(b.getAttribute("width")))
              .isLessThan(Double.parseDouble(a.getAttribute("width")));
        }
      }
    }
  }

  /** A line of text of a box, as the layout estimates it: from its baseline and {@link Svg#textWidth}. */
  private record Line(Element box, String text, double x, double top, double width, double height) {
    boolean overlaps(double ox, double oy, double ow, double oh) {
      return x < ox + ow - 0.01 && ox < x + width - 0.01 && top < oy + oh - 0.01 && oy < top + height - 0.01;
    }
  }

  private static double number(Element element, String attribute) {
    return Double.parseDouble(element.getAttribute(attribute));
  }

  private static Element firstRect(Element box) {
    return (Element) box.getElementsByTagNameNS(Markup.SVG_NAMESPACE, "rect").item(0);
  }

  /**
   * Checks the geometry of a timetable: every line of every box lies inside the box's rectangle, no two lines
   * of different boxes overlap, and no box drawn later (a break inside a session) covers a line.
   */
  private static void assertNoTextOverlaps(Document svg) {
    List<Element> boxes = groups(svg, "box");
    List<List<Line>> lines = new ArrayList<>();
    for (Element box : boxes) {
      Element rect = firstRect(box);
      List<Line> own = new ArrayList<>();
      NodeList spans = box.getElementsByTagNameNS(Markup.SVG_NAMESPACE, "tspan");
      for (int i = 0; i < spans.getLength(); i++) {
        Element span = (Element) spans.item(i);
        double size = number((Element) span.getParentNode(), "font-size");
        double width = Svg.textWidth(span.getTextContent(), size);
        boolean centred = "middle".equals(((Element) span.getParentNode()).getAttribute("text-anchor"));
        double x = number(span, "x") - (centred ? width / 2 : 0);
        own.add(new Line(box, span.getTextContent(), x, number(span, "y") - size * 0.95, width, Svg.lineHeight(size)));
      }
      for (Line line : own) {
        assertThat(line.x() >= number(rect, "x") - 0.01 && line.x() + line.width() <= number(rect, "x")
            + number(rect, "width") + 0.01 && line.top() >= number(rect, "y") - 0.01
            && line.top() + line.height() <= number(rect, "y") + number(rect, "height") + 0.01)
            .as("line \"%s\" inside its box %s", line.text(), tooltip(box)).isTrue();
      }
      lines.add(own);
    }
    for (int a = 0; a < boxes.size(); a++) {
      for (Line line : lines.get(a)) {
        for (int b = 0; b < boxes.size(); b++) {
          if (b == a) {
            continue;
          }
          for (Line other : lines.get(b)) {
            assertThat(line.overlaps(other.x(), other.top(), other.width(), other.height()))
                .as("\"%s\" overlaps \"%s\"", line.text(), other.text()).isFalse();
          }
          Element rect = firstRect(boxes.get(b));
          if (b > a) {
            assertThat(line.overlaps(number(rect, "x"), number(rect, "y"), number(rect, "width"), number(rect, "height")))
                .as("\"%s\" is covered by the box %s", line.text(), tooltip(boxes.get(b))).isFalse();
          }
        }
      }
    }
  }

  @Test
  void timetable_frab140_countsItsManyChangeoverGapsInOneNote() {
    Workshop frab = frab140();
    Document svg = Pictures.parse(ProgrammePictures.timetable(frab));
    List<String> notes = new ArrayList<>();
    NodeList texts = svg.getElementsByTagNameNS(Markup.SVG_NAMESPACE, "text");
    for (int i = 0; i < texts.getLength(); i++) {
      if (((Element) texts.item(i)).getAttribute("class").equals("note")) {
        notes.add(texts.item(i).getTextContent());
      }
    }
    int gaps = frab.validate().findings(AgendaRules.GAP.id()).size();

    assertThat(gaps).isGreaterThan(100);
    assertThat(notes).hasSizeLessThan(6);
    assertThat(String.join(" ", notes)).contains("Note: " + gaps + " gaps between consecutive sessions of a room");
  }

  @Test
  void timetable_frab140_hasNoTextOverlaps() {
    assertNoTextOverlaps(Pictures.parse(ProgrammePictures.timetable(frab140())));
  }

  @Test
  void timetable_astana_hasNoTextOverlaps_andTheBreakCoversNoTextOfItsSession() {
    assertNoTextOverlaps(Pictures.parse(ProgrammePictures.timetable(Samples.golden())));
  }

  /** Session 5 of the Astana concept note: four country parts, the last with two parts of its own, a break. */
  static Workshop nested() {
    Day day = Day.builder().date(LocalDate.of(2017, 12, 11)).label("Day 1")
        .addSessions(Session.builder().id("session-5").label("Session 5").kind(SessionKind.PANEL)
            .title("OER Initiatives in Central Asia").time("14:15-16:10").addInterruptedBy("break-1")
            .addParts(Part.builder().title("OER Initiatives in Kyrgyzstan").time("14:15-14:35").build(),
                Part.builder().title("OER Initiatives in Tajikistan").time("14:35-14:55").build(),
                Part.builder().title("OER Initiatives in Uzbekistan").time("14:55-15:15").build(),
                Part.builder().title("OER Initiatives in Kazakhstan").time("15:30-16:10")
                    .addParts(Part.builder().title("Draft of Country Report on OER in Kazakhstan").minutes(30).build(),
                        Part.builder().title("OER country example").minutes(10).build()).build())
            .build(),
            Session.builder().id("break-1").kind(SessionKind.COFFEE_BREAK).title("Coffee Break")
                .time("15:15-15:30").build())
        .build();
    return Samples.workshop(day);
  }

  @Test
  void timetable_nestedParts_areListedInTheBandWhereTheyStart_andAllInTheTooltip() {
    Document svg = Pictures.parse(ProgrammePictures.timetable(nested()));
    Element session = groups(svg, "box session").stream().filter(g -> tooltip(g).startsWith("Session 5"))
        .findFirst().orElseThrow();
    NodeList texts = session.getElementsByTagNameNS(Markup.SVG_NAMESPACE, "text");

    assertThat(texts.getLength()).isEqualTo(2);
    assertThat(texts.item(0).getTextContent()).contains("14:15 OER Initiatives in Kyrgyzstan")
        .doesNotContain("Kazakhstan");
    assertThat(texts.item(1).getTextContent()).contains("15:30 OER Initiatives in Kazakhstan")
        .contains("\u00b7 Draft of Country Report");
    assertThat(tooltip(session)).contains("Parts: \u2013 14:15 OER Initiatives in Kyrgyzstan;")
        .contains("\u00b7 OER country example");
    assertNoTextOverlaps(svg);
  }

  @Test
  void agenda_nestedParts_areAListInsideTheirPartsItem() {
    Document html = Pictures.parse(ProgrammePictures.agenda(nested()));
    NodeList lists = html.getElementsByTagName("ol");
    Element inner = null;
    for (int i = 0; i < lists.getLength(); i++) {
      Element list = (Element) lists.item(i);
      if (list.getAttribute("class").equals("parts") && list.getParentNode().getNodeName().equals("li")) {
        inner = list;
      }
    }

    assertThat(inner).isNotNull();
    assertThat(inner.getParentNode().getFirstChild().getTextContent()).startsWith("OER Initiatives in Kazakhstan");
    assertThat(inner.getElementsByTagName("li").getLength()).isEqualTo(2);
    assertThat(inner.getTextContent()).contains("Draft of Country Report on OER in Kazakhstan");
  }

  // Issue 16: "SVGs parse as XML and validate as SVG 1.1 or 2 structure where a schema is at hand".
  @Test
  void timetable_isValidAgainstTheSvg11Dtd() {
    for (Workshop workshop : List.of(Samples.golden(), frab140(), nested())) {
      Pictures.validateSvg11(ProgrammePictures.timetable(workshop));
    }
  }

  @Test
  void agenda_parsesAsXhtmlInTheJdkParser() {
    for (Workshop workshop : List.of(Samples.golden(), frab140(), nested())) {
      Document html = Pictures.parse(ProgrammePictures.agenda(workshop));
      assertThat(html.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
      assertThat(html.getDocumentElement().getAttribute("lang")).isEqualTo("en");
    }
  }

  // Timeline: a session whose end is before its start ends on the next day; the timetable draws it whole.
  @Test
  void timetable_sessionPastMidnight_isDrawnWholeBelowTheDaysLastHour() {
    Workshop night = Samples.oneDay(Samples.session("party", "23:00-01:00"));
    Document svg = Pictures.validateSvg11(ProgrammePictures.timetable(night));
    Element party = groups(svg, "box session").get(0);
    List<String> labels = new ArrayList<>();
    NodeList texts = svg.getElementsByTagNameNS(Markup.SVG_NAMESPACE, "text");
    for (int i = 0; i < texts.getLength(); i++) {
      if (((Element) texts.item(i)).getAttribute("text-anchor").equals("end")) {
        labels.add(texts.item(i).getTextContent());
      }
    }

    assertThat(number(firstRect(party), "height")).isEqualTo(120 * 1.6);
    assertThat(labels).containsExactly("23:00", "00:00", "01:00");
  }

  /**
   * The golden programme with what its pictures draw apart: a Russian title with its English translation, two
   * organizers, and a Day 4 whose workshop in Hall B is interrupted by breaks at its start, in its middle and
   * at its end, has more parts than its box has lines, and is followed by a quarter of an hour that has room for
   * one line only; a session in a room the workshop does not declare, overlapping another there (errors, so
   * both boxes are framed as flagged); and a break of Hall B that interrupts nothing.
   */
  static Workshop pictured() {
    Workshop golden = Samples.golden();
    Day day4 = Day.builder().date(Samples.DAY_1.plusDays(3)).label("Day 4")
        .addSessions(Session.builder().id("session-15").label("Session 15").kind(SessionKind.PLENARY_DISCUSSION)
                .title("Licensing the national OER repository").subtitle("A hands-on session").room("hall-b")
                .time("09:00-10:30").addInterruptedBy("d4-pause-3", "d4-pause-1", "d4-pause-2")
                .addRoles(Role.facilitator(Samples.SVETLANA_KNYAZEVA))
                .addParts(Part.builder().title("Choosing a licence").time("09:10-09:20").build(),
                    Part.builder().title("Marking works with their licence").time("09:20-09:30").build(),
                    Part.builder().title("Attribution in practice").time("09:30-09:40").build(),
                    Part.builder().title("Adaptations and their licences").time("09:50-10:05").build(),
                    Part.builder().title("Questions").time("10:05-10:20").build())
                .build(),
            Session.builder().id("d4-pause-1").kind(SessionKind.COFFEE_BREAK).title("Tea").room("hall-b")
                .time("09:00-09:10").build(),
            Session.builder().id("d4-pause-2").kind(SessionKind.COFFEE_BREAK).title("Stretch").room("hall-b")
                .time("09:40-09:50").build(),
            Session.builder().id("d4-pause-3").kind(SessionKind.COFFEE_BREAK).title("Change of rooms")
                .room("hall-b").time("10:20-10:30").build(),
            Session.builder().id("d4-recap").kind(SessionKind.PLENARY_PRESENTATION).title("Recap of the morning")
                .room("hall-b").time("10:40-10:55").build(),
            Session.builder().id("d4-lunch").kind(SessionKind.LUNCH).title("Lunch").room("hall-b")
                .time("12:00-13:00").build(),
            Session.builder().id("d4-annex-1").kind(SessionKind.GROUP_DISCUSSION).title("Repository clinic")
                .room("annex").time("09:30-11:00").build(),
            Session.builder().id("d4-annex-2").kind(SessionKind.GROUP_DISCUSSION).title("Metadata clinic")
                .room("annex").time("10:30-11:30").build())
        .build();
    return Workshop.builder().from(golden)
        .title(LocalizedText.builder().put(LanguageTag.RUSSIAN,
                "\u0420\u0430\u0441\u0448\u0438\u0440\u0435\u043d\u0438\u0435 \u041e\u0420\u041e \u0432 \u041a\u0430\u0437\u0430\u0445\u0441\u0442\u0430\u043d\u0435")
            .put(LanguageTag.ENGLISH, golden.title().original()).build())
        .addOrganizers(Samples.MES_KAZAKHSTAN)
        .endDate(Samples.DAY_1.plusDays(3))
        .addDays(day4)
        .build();
  }

  private static List<String> notes(Workshop workshop) {
    Document svg = Pictures.parse(ProgrammePictures.timetable(workshop));
    List<String> notes = new ArrayList<>();
    NodeList texts = svg.getElementsByTagNameNS(Markup.SVG_NAMESPACE, "text");
    for (int i = 0; i < texts.getLength(); i++) {
      if (((Element) texts.item(i)).getAttribute("class").equals("note")) {
        notes.add(texts.item(i).getTextContent());
      }
    }
    return notes;
  }

  /** A day of talks of half an hour, each a quarter of an hour after the one before it ends. */
  private static Workshop gaps(int gaps) {
    Session[] talks = new Session[gaps + 1];
    for (int i = 0; i <= gaps; i++) {
      LocalTime start = LocalTime.of(9, 0).plusMinutes(45L * i);
      talks[i] = Samples.session("t" + i, start + "-" + start.plusMinutes(30));
    }
    return Samples.oneDay(talks);
  }

  @Test
  void timetable_upToFiveGaps_areNotedOneByOne_moreAreCounted() {
    assertThat(notes(gaps(5))).filteredOn(n -> n.startsWith("Note: 15 min between")).hasSize(5);
    assertThat(notes(gaps(6))).filteredOn(n -> n.startsWith("Note: 15 min between")).isEmpty();
    assertThat(String.join(" ", notes(gaps(6)))).contains("Note: 6 gaps between consecutive sessions of a room");
  }

  // The pictures as a whole: every box, line, note and coordinate, compared with files checked in beside this
  // class (regenerate with -Dgolden.update=true and review the diff).
  @Test
  void timetable_ofTheGoldenProgramme_matchesTheGoldenFile() {
    String svg = ProgrammePictures.timetable(Samples.golden());
    Pictures.validateSvg11(svg);
    Pictures.assertGolden(ProgrammePicturesTest.class, "golden-programme-timetable.svg", svg);
  }

  @Test
  void agenda_ofTheGoldenProgramme_matchesTheGoldenFile() {
    String html = ProgrammePictures.agenda(Samples.golden());
    Pictures.parse(html);
    Pictures.assertGolden(ProgrammePicturesTest.class, "golden-programme-agenda.html", html);
  }

  @Test
  void timetable_ofBreaksAtTheEdgesAndAnUndeclaredRoom_matchesTheGoldenFile() {
    String svg = ProgrammePictures.timetable(pictured());
    assertNoTextOverlaps(Pictures.validateSvg11(svg));
    Pictures.assertGolden(ProgrammePicturesTest.class, "pictured-timetable.svg", svg);
  }

  @Test
  void agenda_ofATranslatedTitleAndTwoOrganizers_matchesTheGoldenFile() {
    String html = ProgrammePictures.agenda(pictured());
    Pictures.parse(html);
    Pictures.assertGolden(ProgrammePicturesTest.class, "pictured-agenda.html", html);
  }
}
