package org.oerkit.core.agenda;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.oerkit.core.Finding;
import org.oerkit.core.Report;
import org.oerkit.core.Severity;
import org.oerkit.core.markup.Element;
import org.oerkit.core.markup.Html;
import org.oerkit.core.markup.Markup;
import org.oerkit.core.markup.Node;
import org.oerkit.core.markup.Palette;
import org.oerkit.core.markup.Svg;
import org.oerkit.core.markup.Swatch;
import org.oerkit.core.vocabulary.LanguageTag;

/**
 * The pictures of a workshop programme: a printable HTML agenda and an SVG timetable.
 *
 * <p>The agenda is the printed programme as a page: the title, venue, dates and time zone, then a section per
 * day (its print style sheet starts each day on a new page, on A4 or Letter, whichever the printer has) with
 * every session's time, title, parts, people and their organizations and discussion questions; an inferred
 * time says so in words. The timetable draws the days side by side on one time axis, the rooms of each day as
 * lanes, breaks shaded and hatched, a session interrupted by a break as one box with the break inside it,
 * inferred times with a dashed frame and a "~", and the sessions named by a finding of the validation
 * (overlaps, gaps) framed in red, with the findings listed beneath.
 *
 * <p>Built on the workshop's days and sessions as they are; times the source does not give are listed, not
 * drawn. This class is immutable and thread-safe.
 */
public final class ProgrammePictures {

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  private static final double MARGIN = 16;
  private static final double AXIS = 48;
  private static final double LANE = 150;
  private static final double DAY_GAP = 12;
  private static final double PER_MINUTE = 1.6;
  private static final double FONT = 11;
  private static final double TITLE_FONT = 16;
  private static final double HEAD = 40;

  private ProgrammePictures() {}

  /**
   * Writes the printable agenda as a standalone HTML page.
   *
   * @param workshop  the workshop, not null
   * @return the HTML page, to be stored as UTF-8
   */
  public static String agenda(Workshop workshop) {
    requireNonNull(workshop, "workshop");
    String title = workshop.title().original();
    String language = workshop.title().originalLanguage().toString();
    Element.Builder header = Element.builder("header")
        .add(Element.builder("h1").attr("lang", language).attr("xml:lang", language).text(title).build());
    workshop.title().get(LanguageTag.ENGLISH).filter(en -> !en.equals(title))
        .ifPresent(en -> header.add(Element.builder("p").classes("translation").attr("lang", "en")
            .attr("xml:lang", "en").text(en).build()));
    header.add(Element.of("p", PrintedProgramme.placeAndDates(workshop)));
    if (!workshop.organizers().isEmpty()) {
      StringBuilder organizers = new StringBuilder("Organized by ");
      for (int i = 0; i < workshop.organizers().size(); i++) {
        organizers.append(i == 0 ? "" : ", ").append(workshop.organizers().get(i).displayName());
      }
      header.add(Element.of("p", organizers.append('.').toString()));
    }
    Element.Builder main = Element.builder("main");
    for (int d = 0; d < workshop.days().size(); d++) {
      Day day = workshop.days().get(d);
      Element.Builder section = Element.builder("section").classes("day").attr("id", "day-" + (d + 1))
          .add(Element.of("h2", PrintedProgramme.dayHeading(day, d)),
              Element.builder("p").classes("zone").text(PrintedProgramme.zoneLine(workshop, day.date())).build());
      Element.Builder list = Element.builder("ol").classes("sessions");
      for (Session session : day.sessions()) {
        list.add(session(session));
      }
      section.add(list.build());
      main.add(section.build());
    }
    List<Node> body = List.of(header.build(), main.build());
    return Markup.htmlDocument(Html.page(language, title, AGENDA_CSS, body));
  }

  private static Element session(Session session) {
    SessionTime time = session.time();
    Element.Builder item = Element.builder("li").classes("session" + (session.kind().isBreak() ? " break" : ""))
        .attr("id", "session-" + session.id());
    Element.Builder when = Element.builder("p").classes("time").text(PrintedProgramme.time(time, "\u2013"));
    item.add(when.build());
    Element.Builder body = Element.builder("div").classes("body")
        .add(Element.builder("h3").classes("title").text(session.fullTitle()).build());
    session.subtitle().ifPresent(s -> body.add(Element.builder("p").classes("subtitle").text(s).build()));
    if (!session.roles().isEmpty()) {
      Element.Builder roles = Element.builder("ul").classes("roles");
      session.roles().forEach(r -> roles.add(Element.of("li", r.line())));
      body.add(roles.build());
    }
    if (!session.parts().isEmpty()) {
      Element.Builder parts = Element.builder("ol").classes("parts");
      session.parts().forEach(p -> parts.add(Element.of("li", PrintedProgramme.partLine(p, "\u2013"))));
      body.add(parts.build());
    }
    if (!session.groups().isEmpty()) {
      Element.Builder groups = Element.builder("ul").classes("groups");
      session.groups().forEach(g -> groups.add(Element.of("li", g.name() + g.topic().map(t -> ": " + t).orElse(""))));
      body.add(groups.build());
    }
    List<String> questions = session.allQuestions();
    if (!questions.isEmpty()) {
      Element.Builder list = Element.builder("ol").classes("questions");
      questions.forEach(q -> list.add(Element.of("li", q)));
      body.add(Element.builder("p").classes("questions-heading").text("Discussion questions").build(), list.build());
    }
    return item.add(body.build()).build();
  }

  /**
   * Draws the timetable as a standalone SVG picture.
   *
   * @param workshop  the workshop, not null
   * @return the SVG file, to be stored as UTF-8
   */
  public static String timetable(Workshop workshop) {
    requireNonNull(workshop, "workshop");
    Report report = workshop.validate();
    int first = 24 * 60;
    int last = 0;
    for (Day day : workshop.days()) {
      for (Session session : day.sessions()) {
        Optional<int[]> span = span(session.time());
        if (span.isPresent()) {
          first = Math.min(first, span.get()[0]);
          last = Math.max(last, span.get()[1]);
        }
      }
    }
    if (first >= last) {
      first = 9 * 60;
      last = 17 * 60;
    }
    first = first / 60 * 60;
    last = (last + 59) / 60 * 60;
    List<Node> shapes = new ArrayList<>();
    double top = MARGIN + TITLE_FONT + 12;
    double gridTop = top + HEAD;
    double gridBottom = gridTop + (last - first) * PER_MINUTE;
    double x = MARGIN + AXIS;
    List<String> unplaced = new ArrayList<>();
    for (Day day : workshop.days()) {
      Map<String, List<Session>> lanes = new LinkedHashMap<>();
      for (Session session : day.sessions()) {
        lanes.computeIfAbsent(workshop.roomOf(session), k -> new ArrayList<>()).add(session);
      }
      double dayWidth = lanes.size() * LANE;
      String heading = day.label().map(l -> l + ", ").orElse("") + DAY.format(day.date());
      shapes.add(Svg.box(x, top, dayWidth, HEAD / 2, Palette.HEADER, heading, List.of(Svg.fit(heading,
          dayWidth - 2 * Svg.INSET, FONT)), FONT, true).classes("box day").build());
      int lane = 0;
      for (Map.Entry<String, List<Session>> entry : lanes.entrySet()) {
        double laneX = x + lane * LANE;
        String room = roomName(workshop, entry.getKey());
        shapes.add(Svg.box(laneX, top + HEAD / 2, LANE, HEAD / 2, Palette.PAPER_MUTED, "Room: " + room,
            List.of(Svg.fit(room, LANE - 2 * Svg.INSET, FONT)), FONT, true).classes("box room").build());
        shapes.add(Svg.rect(laneX, gridTop, LANE, gridBottom - gridTop).attr("fill", "none")
            .attr("stroke", Palette.SEPARATOR.hex()).build());
        List<Session> breaksInside = new ArrayList<>();
        for (Session session : entry.getValue()) {
          if (session.kind().isBreak() && interrupts(day, session)) {
            breaksInside.add(session);
          }
        }
        for (Session session : entry.getValue()) {
          if (!breaksInside.contains(session)) {
            draw(shapes, day, session, pointer(workshop, session), laneX, first, gridTop, 0, report).ifPresent(unplaced::add);
          }
        }
        for (Session session : breaksInside) {
          draw(shapes, day, session, pointer(workshop, session), laneX, first, gridTop, 10, report).ifPresent(unplaced::add);
        }
        lane++;
      }
      x += dayWidth + DAY_GAP;
    }
    String title = workshop.title().in(LanguageTag.ENGLISH);
    double width = Math.ceil(Math.max(x - DAY_GAP + MARGIN, 2 * MARGIN + 1.12 * Svg.textWidth(title, TITLE_FONT)));
    for (int minute = first; minute <= last; minute += 60) {
      double y = gridTop + (minute - first) * PER_MINUTE;
      shapes.add(0, Svg.line(MARGIN + AXIS - 4, y, width - MARGIN, y).attr("stroke", Palette.SEPARATOR.hex()).build());
      shapes.add(Svg.text(MARGIN + AXIS - 8, y + 4, String.format(Locale.ROOT, "%02d:00", minute / 60))
          .attr("font-size", FONT).attr("text-anchor", "end").attr("fill", Palette.MUTED.hex()).build());
    }
    double y = gridBottom + 20;
    List<String> notes = new ArrayList<>();
    notes.add("Times are local times in " + workshop.zone().getId() + ". Hatched: breaks. Dashed frame and ~: a "
        + "time the source does not give, inferred.");
    for (Finding finding : report.findings()) {
      if (finding.severity().isAtLeast(Severity.WARNING) || finding.rule().id().equals(AgendaRules.GAP.id())) {
        notes.add((finding.severity() == Severity.INFO ? "Note" : finding.severity() == Severity.ERROR ? "Error"
            : "Warning") + ": " + finding.message());
      }
    }
    for (String name : unplaced) {
      notes.add("Not drawn, no time given: " + name);
    }
    for (String note : notes) {
      for (String line : Svg.wrap(note, width - 2 * MARGIN, FONT, 3)) {
        shapes.add(Svg.text(MARGIN, y, line).attr("font-size", FONT).attr("fill", Palette.INK.hex())
            .classes("note").build());
        y += Svg.lineHeight(FONT);
      }
    }
    double height = Math.ceil(y + MARGIN);
    Element hatch = Element.builder("pattern").attr("id", "hatch").attr("width", 6).attr("height", 6)
        .attr("patternUnits", "userSpaceOnUse").attr("patternTransform", "rotate(45)")
        .add(Svg.rect(0, 0, 6, 6).attr("fill", Palette.BREAK.fill().hex()).build(),
            Svg.line(0, 0, 0, 6).attr("stroke", "#dcdcdc").attr("stroke-width", 1.5).build()).build();
    return Markup.svgDocument(Svg.root(width, height).attr("font-family", Html.FONT_STACK)
        .add(Svg.title("Timetable: " + title))
        .add(Element.of("desc", PrintedProgramme.placeAndDates(workshop) + ". " + notes.get(0)))
        .add(Element.of("defs", hatch))
        .add(Svg.rect(0, 0, width, height).attr("fill", Palette.PAPER.fill().hex()).build())
        .add(Svg.text(MARGIN, MARGIN + TITLE_FONT, Svg.fit(title, width - 2 * MARGIN, TITLE_FONT))
            .attr("font-size", TITLE_FONT).attr("font-weight", "bold").attr("fill", Palette.INK.hex()).build())
        .add(shapes)
        .build());
  }

  private static String roomName(Workshop workshop, String id) {
    return workshop.rooms().stream().filter(r -> r.id().equals(id)).map(Room::name).findFirst().orElse(id);
  }

  private static boolean interrupts(Day day, Session candidate) {
    return day.sessions().stream().anyMatch(s -> s.interruptedBy().contains(candidate.id()));
  }

  /** The start and end of a time in minutes of the day, where both are known or derivable. */
  private static Optional<int[]> span(SessionTime time) {
    if (time.start().isEmpty() || time.length().isEmpty()) {
      return Optional.empty();
    }
    LocalTime start = time.start().get();
    int from = start.getHour() * 60 + start.getMinute();
    long minutes = time.length().map(Duration::toMinutes).orElse(0L);
    return Optional.of(new int[] {from, (int) Math.min(from + Math.max(minutes, 5), 24 * 60)});
  }

  private static String pointer(Workshop workshop, Session session) {
    return workshop.timeline().of(session).map(Slot::pointer).orElseThrow();
  }

  private static Optional<String> draw(List<Node> shapes, Day day, Session session, String pointer, double laneX,
      int first, double gridTop, double inset, Report report) {
    double room = Double.MAX_VALUE;
    for (String id : session.interruptedBy()) {
      Optional<int[]> inside = day.session(id).flatMap(b -> span(b.time()));
      Optional<int[]> own = span(session.time());
      if (inside.isPresent() && own.isPresent()) {
        room = Math.min(room, (inside.get()[0] - own.get()[0]) * PER_MINUTE);
      }
    }
    Optional<int[]> span = span(session.time());
    if (span.isEmpty()) {
      return Optional.of(day.date() + " " + session.fullTitle());
    }
    double y = gridTop + (span.get()[0] - first) * PER_MINUTE;
    double height = (span.get()[1] - span.get()[0]) * PER_MINUTE;
    double x = laneX + 2 + inset;
    double width = LANE - 4 - 2 * inset;
    boolean isBreak = session.kind().isBreak();
    Swatch swatch = isBreak ? Palette.BREAK : Palette.SESSION;
    String time = PrintedProgramme.time(session.time(), "\u2013");
    String shownTime = (session.time().isInferred() ? "~" : "") + time.replace(" (inferred)", "");
    double textHeight = Math.min(height, room);
    int lines = Math.max(1, (int) ((textHeight - 4) / Svg.lineHeight(FONT)));
    List<String> text = new ArrayList<>();
    double textWidth = width - 2 * Svg.INSET;
    if (lines >= 2) {
      text.add(Svg.fit(shownTime, textWidth, FONT));
      text.addAll(Svg.wrap(session.fullTitle(), textWidth, FONT, lines - 1));
    } else {
      text.add(Svg.fit(shownTime + " " + session.fullTitle(), textWidth, FONT));
    }
    if (height < Svg.lineHeight(FONT) + 2) {
      text = List.of();
    }
    boolean flagged = report.findings().stream().anyMatch(f -> f.severity().isAtLeast(Severity.WARNING)
        && (f.location().equals(pointer) || f.location().startsWith(pointer + "/")));
    String tooltip = session.fullTitle() + ", " + time + (flagged ? ". See the findings below." : "");
    Element.Builder box = Svg.box(x, y, width, textHeight < height ? textHeight : height, swatch,
        isBreak ? "url(#hatch)" : swatch.fill().hex(), tooltip, text, FONT, false)
        .classes("box session" + (isBreak ? " break" : "") + (session.time().isInferred() ? " inferred" : ""));
    if (textHeight < height) {
      box.add(Svg.rect(x, y + textHeight, width, height - textHeight).attr("fill", swatch.fill().hex()).build());
    }
    Element.Builder frame = Svg.rect(x, y, width, height).attr("fill", "none")
        .attr("stroke", flagged ? Palette.ALERT_RULE.hex() : Palette.RULE.hex())
        .attr("stroke-width", flagged ? 2 : 1);
    if (session.time().isInferred()) {
      frame.attr("stroke-dasharray", "4 3");
    }
    box.add(frame.build());
    shapes.add(box.build());
    return Optional.empty();
  }

  private static final String AGENDA_CSS = String.join("\n",
      "body { font-family: " + Html.FONT_STACK + "; color: " + Palette.INK.hex() + "; background: "
          + Palette.PAPER.fill().hex() + "; margin: 1.5rem auto; max-width: 52rem; line-height: 1.4; padding: 0 1rem; }",
      "h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }",
      "h2 { font-size: 1.3rem; margin: 2rem 0 0.25rem; border-bottom: 2px solid " + Palette.RULE.hex() + "; }",
      "h3 { font-size: 1rem; margin: 0; }",
      ".translation, .zone, .subtitle { color: " + Palette.MUTED.hex() + "; }",
      "ol.sessions { list-style: none; padding: 0; margin: 0; }",
      "li.session { display: grid; grid-template-columns: 8.5rem 1fr; gap: 0.75rem; padding: 0.4rem 0; "
          + "border-bottom: 1px solid " + Palette.SEPARATOR.hex() + "; break-inside: avoid; }",
      "li.session.break { background: " + Palette.BREAK.fill().hex() + "; }",
      "li.session p { margin: 0; }",
      ".time { font-variant-numeric: tabular-nums; }",
      "ul.roles, ol.parts, ul.groups, ol.questions { margin: 0.2rem 0 0; padding-left: 1.2rem; }",
      ".questions-heading { font-style: italic; margin-top: 0.2rem; }",
      ".body { min-width: 0; overflow-wrap: break-word; }",
      "@page { margin: 12mm; }",
      "@media print {",
      "  body { margin: 0; max-width: none; padding: 0; font-size: 7.5pt; line-height: 1.25; }",
      "  h1 { font-size: 12pt; } h2 { font-size: 10pt; margin-top: 0; } h3 { font-size: 7.5pt; }",
      "  header p { margin: 0; }",
      "  section.day { break-after: page; }",
      "  section.day:last-child { break-after: auto; }",
      "  li.session { grid-template-columns: 6.5rem 1fr; padding: 0.15rem 0; gap: 0.4rem; }",
      "}",
      "");
}
