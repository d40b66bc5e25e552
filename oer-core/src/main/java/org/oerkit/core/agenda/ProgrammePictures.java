package org.oerkit.core.agenda;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDateTime;
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
 * <p>Both are drawn from the workshop's {@link Timeline}: a session's box spans its {@link Slot}'s local
 * times (a session past midnight runs on below the day's last hour), its parts, parts of parts included
 * ({@link Part#parts()}), are listed in the box, each in the band between breaks in which it starts, and in
 * full in the box's tooltip; the agenda nests a part's parts in its list item. Lanes are as wide as the
 * picture's 1200 units allow, from 150 (a 140-event, 5-room congress) to 250 (Astana's single room), so
 * that long titles wrap in few lines. Times the source does not give are listed, not drawn.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProgrammePictures {

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  private static final double MARGIN = 16;
  private static final double AXIS = 48;
  private static final double MIN_LANE = 150;
  private static final double MAX_LANE = 250;
  private static final double WIDTH = 1200;
  private static final int MAX_GAP_NOTES = 5;
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
      body.add(parts(session.parts()));
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

  /** The parts of a session or of a part, each with its own parts as a list inside its item. */
  private static Element parts(List<Part> parts) {
    Element.Builder list = Element.builder("ol").classes("parts");
    for (Part part : parts) {
      Element.Builder item = Element.builder("li").text(PrintedProgramme.partLine(part, "\u2013"));
      if (!part.parts().isEmpty()) {
        item.add(parts(part.parts()));
      }
      list.add(item.build());
    }
    return list.build();
  }

  /**
   * Draws the timetable as a standalone SVG picture.
   *
   * @param workshop  the workshop, not null
   * @return the SVG file, to be stored as UTF-8
   */
  public static String timetable(Workshop workshop) {
    requireNonNull(workshop, "workshop");
    Timeline timeline = workshop.timeline();
    Report report = workshop.validate();
    Map<Integer, Map<String, List<Slot>>> days = new LinkedHashMap<>();
    for (int d = 1; d <= workshop.days().size(); d++) {
      days.put(d, new LinkedHashMap<>());
    }
    int first = 24 * 60;
    int last = 0;
    for (Slot slot : timeline.sessions()) {
      days.get(slot.dayNumber()).computeIfAbsent(workshop.roomOf(slot.session()), k -> new ArrayList<>()).add(slot);
      Optional<int[]> span = span(slot);
      if (span.isPresent()) {
        first = Math.min(first, span.get()[0]);
        last = Math.max(last, span.get()[1]);
      }
    }
    if (first >= last) {
      first = 9 * 60;
      last = 17 * 60;
    }
    first = first / 60 * 60;
    last = (last + 59) / 60 * 60;
    int lanes = days.values().stream().mapToInt(rooms -> Math.max(1, rooms.size())).sum();
    double lane = Math.max(MIN_LANE, Math.min(MAX_LANE,
        (WIDTH - 2 * MARGIN - AXIS - (days.size() - 1) * DAY_GAP) / Math.max(1, lanes)));
    List<Node> shapes = new ArrayList<>();
    double top = MARGIN + TITLE_FONT + 12;
    double gridTop = top + HEAD;
    double gridBottom = gridTop + (last - first) * PER_MINUTE;
    double x = MARGIN + AXIS;
    List<String> unplaced = new ArrayList<>();
    Layout layout = new Layout(timeline, report, first, gridTop, lane);
    for (Map.Entry<Integer, Map<String, List<Slot>>> entry : days.entrySet()) {
      Day day = workshop.days().get(entry.getKey() - 1);
      Map<String, List<Slot>> rooms = entry.getValue();
      double dayWidth = Math.max(1, rooms.size()) * lane;
      String heading = day.label().map(l -> l + ", ").orElse("") + DAY.format(day.date());
      shapes.add(Svg.box(x, top, dayWidth, HEAD / 2, Palette.HEADER, heading, List.of(Svg.fit(heading,
          dayWidth - 2 * Svg.INSET, FONT)), FONT, true).classes("box day").build());
      int index = 0;
      for (Map.Entry<String, List<Slot>> room : rooms.entrySet()) {
        double laneX = x + index * lane;
        String name = roomName(workshop, room.getKey());
        shapes.add(Svg.box(laneX, top + HEAD / 2, lane, HEAD / 2, Palette.PAPER_MUTED, "Room: " + name,
            List.of(Svg.fit(name, lane - 2 * Svg.INSET, FONT)), FONT, true).classes("box room").build());
        shapes.add(Svg.rect(laneX, gridTop, lane, gridBottom - gridTop).attr("fill", "none")
            .attr("stroke", Palette.SEPARATOR.hex()).build());
        List<Slot> breaksInside = new ArrayList<>();
        for (Slot slot : room.getValue()) {
          if (slot.session().kind().isBreak() && interrupts(day, slot.session())) {
            breaksInside.add(slot);
          }
        }
        for (Slot slot : room.getValue()) {
          if (!breaksInside.contains(slot)) {
            layout.draw(shapes, slot, laneX, 0).ifPresent(unplaced::add);
          }
        }
        for (Slot slot : breaksInside) {
          layout.draw(shapes, slot, laneX, 10).ifPresent(unplaced::add);
        }
        index++;
      }
      x += dayWidth + DAY_GAP;
    }
    String title = workshop.title().in(LanguageTag.ENGLISH);
    double width = Math.ceil(Math.max(x - DAY_GAP + MARGIN, 2 * MARGIN + 1.12 * Svg.textWidth(title, TITLE_FONT)));
    for (int minute = first; minute <= last; minute += 60) {
      double y = gridTop + (minute - first) * PER_MINUTE;
      shapes.add(0, Svg.line(MARGIN + AXIS - 4, y, width - MARGIN, y).attr("stroke", Palette.SEPARATOR.hex()).build());
      shapes.add(Svg.text(MARGIN + AXIS - 8, y + 4, String.format(Locale.ROOT, "%02d:00", minute / 60 % 24))
          .attr("font-size", FONT).attr("text-anchor", "end").attr("fill", Palette.MUTED.hex()).build());
    }
    double y = gridBottom + 20;
    List<String> notes = new ArrayList<>();
    notes.add("Times are local times in " + workshop.zone().getId() + ". Hatched: breaks. Dashed frame and ~: a "
        + "time the source does not give, inferred. Parts of a session are listed in its box, by start time where "
        + "the programme gives one; the tooltip lists them all.");
    List<Finding> gaps = report.findings(AgendaRules.GAP.id());
    for (Finding finding : report.findings()) {
      if (finding.severity().isAtLeast(Severity.WARNING) || gaps.size() <= MAX_GAP_NOTES && gaps.contains(finding)) {
        notes.add((finding.severity() == Severity.INFO ? "Note" : finding.severity() == Severity.ERROR ? "Error"
            : "Warning") + ": " + finding.message());
      }
    }
    if (gaps.size() > MAX_GAP_NOTES) {
      // A congress's changeovers are many and alike: counted here, each listed by the validation's report.
      notes.add("Note: " + gaps.size() + " gaps between consecutive sessions of a room, such as "
          + gaps.get(0).message() + "; the validation's report lists each.");
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

  /**
   * The start and end of a slot in minutes from the midnight that begins its day, from the timeline's local
   * times (an end past midnight is more than 24 hours); empty where the programme gives no start or length.
   */
  private static Optional<int[]> span(Slot slot) {
    if (slot.localStart().isEmpty() || slot.localEnd().isEmpty()) {
      return Optional.empty();
    }
    LocalDateTime midnight = slot.date().atStartOfDay();
    int from = (int) Duration.between(midnight, slot.localStart().get()).toMinutes();
    int to = (int) Duration.between(midnight, slot.localEnd().get()).toMinutes();
    return Optional.of(new int[] {from, Math.max(to, from + 5)});
  }

  /** Draws the session boxes of one timetable: its time scale, its lane width and its findings. */
  private static final class Layout {
    private final Timeline timeline;
    private final Report report;
    private final int first;
    private final double gridTop;
    private final double lane;

    Layout(Timeline timeline, Report report, int first, double gridTop, double lane) {
      this.timeline = timeline;
      this.report = report;
      this.first = first;
      this.gridTop = gridTop;
      this.lane = lane;
    }

    private double y(int minute) {
      return gridTop + (minute - first) * PER_MINUTE;
    }

    /**
     * Draws one session: a box over its time, its text in the bands its interrupting breaks leave free (the
     * time, the title, then its parts, each part in the band in which it starts), the parts in full in the
     * tooltip; returns the session's name instead if it has no time to be drawn at.
     */
    Optional<String> draw(List<Node> shapes, Slot slot, double laneX, double inset) {
      Session session = slot.session();
      Optional<int[]> span = span(slot);
      if (span.isEmpty()) {
        return Optional.of(slot.date() + " " + session.fullTitle());
      }
      int from = span.get()[0];
      int to = span.get()[1];
      List<int[]> bands = bands(slot, from, to);
      double x = laneX + 2 + inset;
      double width = lane - 4 - 2 * inset;
      double textWidth = width - 2 * Svg.INSET;
      boolean isBreak = session.kind().isBreak();
      Swatch swatch = isBreak ? Palette.BREAK : Palette.SESSION;
      String time = PrintedProgramme.time(session.time(), "\u2013");
      String shownTime = (session.time().isInferred() ? "~" : "") + time.replace(" (inferred)", "");
      List<List<String>> partLines = new ArrayList<>();
      bands.forEach(b -> partLines.add(new ArrayList<>()));
      List<String> tooltipParts = new ArrayList<>();
      int band = 0;
      for (Map.Entry<Slot, Integer> part : parts(slot).entrySet()) {
        Optional<int[]> partSpan = span(part.getKey());
        if (partSpan.isPresent()) {
          for (int b = 0; b < bands.size(); b++) {
            if (partSpan.get()[0] >= bands.get(b)[0] && partSpan.get()[0] < bands.get(b)[1]) {
              band = b;
            }
          }
        }
        // No-break spaces indent a part of a part: SVG collapses ordinary spaces.
        String line = "\u00a0\u00a0".repeat(part.getValue() - 1) + (part.getValue() == 1 ? "\u2013 " : "\u00b7 ")
            + part.getKey().localStart().map(t -> HH_MM.format(t) + " ").orElse("")
            + part.getKey().part().get().title();
        partLines.get(band).add(line);
        tooltipParts.add(line.replace('\u00a0', ' ').strip());
      }
      boolean flagged = flagged(slot);
      String tooltip = session.fullTitle() + ", " + time + (tooltipParts.isEmpty() ? ""
          : ". Parts: " + String.join("; ", tooltipParts)) + (flagged ? ". See the findings below." : "");
      double height = y(to) - y(from);
      Element.Builder box = Svg.box(x, y(from), width, height, swatch, isBreak ? "url(#hatch)" : swatch.fill().hex(),
          tooltip, List.of(), FONT, false)
          .classes("box session" + (isBreak ? " break" : "") + (session.time().isInferred() ? " inferred" : ""));
      for (int b = 0; b < bands.size(); b++) {
        double bandTop = y(bands.get(b)[0]);
        double bandHeight = y(bands.get(b)[1]) - bandTop;
        // A band too low for one line with its padding still takes one if the line fits at all (a 10-minute recap).
        int lines = bandHeight < Svg.lineHeight(FONT) + 2 ? 0
            : Math.max(1, (int) ((bandHeight - 4) / Svg.lineHeight(FONT)));
        List<String> text = new ArrayList<>();
        if (b == 0) {
          if (lines >= 2) {
            text.add(Svg.fit(shownTime, textWidth, FONT));
            List<String> title = Svg.wrap(session.fullTitle(), textWidth, FONT, lines - 1);
            text.addAll(title);
          } else if (lines == 1) {
            text.add(Svg.fit(shownTime + " " + session.fullTitle(), textWidth, FONT));
          }
        }
        List<String> parts = partLines.get(b);
        int room = lines - text.size();
        for (int i = 0; i < parts.size() && room > 0; i++, room--) {
          boolean more = room == 1 && i < parts.size() - 1;
          text.add(Svg.fit(more ? "+ " + (parts.size() - i) + " more parts" : parts.get(i), textWidth, FONT));
          if (more) {
            break;
          }
        }
        if (!text.isEmpty()) {
          box.add(Svg.lines(x, bandTop, width, bandHeight, swatch, text, FONT, false));
        }
      }
      Element.Builder frame = Svg.rect(x, y(from), width, height).attr("fill", "none")
          .attr("stroke", flagged ? Palette.ALERT_RULE.hex() : Palette.RULE.hex())
          .attr("stroke-width", flagged ? 2 : 1);
      if (session.time().isInferred()) {
        frame.attr("stroke-dasharray", "4 3");
      }
      box.add(frame.build());
      shapes.add(box.build());
      return Optional.empty();
    }

    /**
     * The bands of a session's time that its interrupting breaks leave free, in order; a break at the start or
     * the end of the session takes its time from the bands too, as it is drawn over them.
     */
    private List<int[]> bands(Slot slot, int from, int to) {
      List<int[]> breaks = new ArrayList<>();
      for (String id : slot.session().interruptedBy()) {
        timeline.session(id).filter(b -> b.date().equals(slot.date())).flatMap(ProgrammePictures::span)
            .filter(b -> b[0] >= from && b[1] <= to).ifPresent(breaks::add);
      }
      breaks.sort((a, b) -> Integer.compare(a[0], b[0]));
      List<int[]> bands = new ArrayList<>();
      int start = from;
      for (int[] pause : breaks) {
        if (pause[0] > start) {
          bands.add(new int[] {start, pause[0]});
        }
        start = Math.max(start, pause[1]);
      }
      bands.add(new int[] {start, to});
      return bands;
    }

    /** The parts of a session, depth first, with their depth (1 for a part of the session). */
    private Map<Slot, Integer> parts(Slot slot) {
      Map<Slot, Integer> parts = new LinkedHashMap<>();
      addParts(slot, 1, parts);
      return parts;
    }

    private void addParts(Slot parent, int depth, Map<Slot, Integer> parts) {
      for (Slot part : timeline.partsOf(parent)) {
        parts.put(part, depth);
        addParts(part, depth + 1, parts);
      }
    }

    /** Whether a warning or error of the validation is about the session or one of its parts or groups. */
    private boolean flagged(Slot slot) {
      String location = slot.pointer();
      return report.findings().stream().anyMatch(f -> f.severity().isAtLeast(Severity.WARNING)
          && (f.location().equals(location) || f.location().startsWith(location + "/")));
    }
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
