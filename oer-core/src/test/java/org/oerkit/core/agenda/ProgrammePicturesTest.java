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
              .filter(g -> tooltip(g).equals(session.fullTitle() + ", " + PrintedProgramme.time(session.time(), "\u2013")))
              .findFirst().orElseThrow();
          Session inner = day.session(breakId).orElseThrow();
          Element inside = groups(svg, "box session break").stream()
              .filter(g -> tooltip(g).equals(inner.fullTitle() + ", " + PrintedProgramme.time(inner.time(), "\u2013")))
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
}
