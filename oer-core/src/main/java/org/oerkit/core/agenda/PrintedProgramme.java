package org.oerkit.core.agenda;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A workshop programme as people print it: one table per day with the times, the titles, the parts and the
 * people, in Markdown or in plain text.
 *
 * <p>The layout follows the printed programmes of UNESCO OER meetings (the 2017 Ljubljana OER Congress, the
 * Astana 2017 concept note), frab's booklet and Indico's PDF timetable: a heading per day with its weekday
 * and date and the time zone, a 24-hour time column, the session title in bold with its parts beneath, role
 * lines such as "Moderator: Lina Benete, Education Programme Specialist, UNESCO Almaty Cluster Office",
 * breaks as single rows, and the discussion questions as a numbered list after the table (GitHub Flavored
 * Markdown table cells cannot hold lists). Times the source does not give are printed as not given, and
 * inferred times say so. English labels; dates in English whatever the default locale.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PrintedProgramme {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
  private static final DateTimeFormatter FULL_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  private PrintedProgramme() {}

  /**
   * Writes the programme in GitHub Flavored Markdown, a table per day.
   *
   * @param workshop  the workshop, not null
   * @return the Markdown text, lines ending in {@code \n}
   */
  public static String markdown(Workshop workshop) {
    requireNonNull(workshop, "workshop");
    StringBuilder md = new StringBuilder();
    md.append("# ").append(cell(workshop.title().original())).append("\n\n");
    md.append(cell(placeAndDates(workshop))).append("\n");
    if (!workshop.organizers().isEmpty()) {
      md.append("\nOrganized by ").append(cell(workshop.organizers().stream().map(o -> o.displayName())
          .collect(Collectors.joining(", ")))).append(".\n");
    }
    for (int d = 0; d < workshop.days().size(); d++) {
      Day day = workshop.days().get(d);
      md.append("\n## ").append(cell(dayHeading(day, d))).append("\n\n");
      md.append(zoneLine(workshop, day.date())).append("\n\n");
      md.append("| Time | Session | People |\n");
      md.append("|---|---|---|\n");
      for (Session session : day.sessions()) {
        List<String> lines = new ArrayList<>();
        lines.add(session.kind().isBreak() ? "*" + cell(session.fullTitle()) + "*"
            : "**" + cell(session.fullTitle()) + "**");
        session.subtitle().ifPresent(s -> lines.add("*" + cell(s) + "*"));
        session.description().ifPresent(s -> lines.add(cell(s)));
        partLines(session.parts(), "", "\u2013 ", "\u2013").forEach(l -> lines.add(cell(l)));
        for (BreakoutGroup group : session.groups()) {
          lines.add(cell(groupLine(group)));
        }
        interruptions(day, session, "\u2013").forEach(i -> lines.add("*" + cell(i) + "*"));
        String people = session.roles().stream().map(r -> cell(r.line())).collect(Collectors.joining("<br>"));
        md.append("| ").append(time(session.time(), "\u2013")).append(" | ").append(String.join("<br>", lines))
            .append(" | ").append(people).append(" |\n");
      }
      day.closesAt().ifPresent(t -> md.append("\nThe day's programme ends at ").append(HH_MM.format(t))
          .append(".\n"));
      for (Session session : day.sessions()) {
        List<String> questions = session.allQuestions();
        List<String> outputs = outputs(session);
        if (questions.isEmpty() && outputs.isEmpty()) {
          continue;
        }
        md.append("\n### ").append(cell(session.fullTitle())).append("\n");
        if (!questions.isEmpty()) {
          md.append("\nDiscussion questions:\n\n");
          for (int i = 0; i < questions.size(); i++) {
            md.append(i + 1).append(". ").append(cell(questions.get(i))).append("\n");
          }
        }
        if (!outputs.isEmpty()) {
          md.append("\nExpected outputs:\n\n");
          outputs.forEach(o -> md.append("- ").append(cell(o)).append("\n"));
        }
      }
    }
    return md.toString();
  }

  /**
   * Writes the programme as plain text, a two-column table per day: times, then sessions with their parts
   * and people indented beneath.
   *
   * @param workshop  the workshop, not null
   * @return the text, lines ending in {@code \n}
   */
  public static String plainText(Workshop workshop) {
    requireNonNull(workshop, "workshop");
    StringBuilder text = new StringBuilder();
    String title = workshop.title().original();
    text.append(title).append("\n").append("=".repeat(title.length())).append("\n\n");
    text.append(placeAndDates(workshop)).append("\n");
    if (!workshop.organizers().isEmpty()) {
      text.append("Organized by ").append(workshop.organizers().stream().map(o -> o.displayName())
          .collect(Collectors.joining(", "))).append(".\n");
    }
    String indent = " ".repeat(14);
    for (int d = 0; d < workshop.days().size(); d++) {
      Day day = workshop.days().get(d);
      String heading = dayHeading(day, d);
      text.append("\n").append(heading).append("\n").append("-".repeat(heading.length())).append("\n");
      text.append(zoneLine(workshop, day.date())).append("\n\n");
      for (Session session : day.sessions()) {
        String time = time(session.time(), "-");
        // A time too wide for its column goes on a line of its own.
        text.append(time).append(time.length() > 12 ? "\n" + indent : " ".repeat(14 - time.length()))
            .append(session.fullTitle()).append("\n");
        session.subtitle().ifPresent(s -> text.append(indent).append(s).append("\n"));
        session.description().ifPresent(s -> text.append(indent).append(s).append("\n"));
        session.roles().forEach(r -> text.append(indent).append(r.line()).append("\n"));
        plainParts(text, indent, session.parts());
        for (BreakoutGroup group : session.groups()) {
          text.append(indent).append("- ").append(groupLine(group)).append("\n");
        }
        List<String> questions = session.allQuestions();
        for (int i = 0; i < questions.size(); i++) {
          text.append(indent).append("Q").append(i + 1).append(". ").append(questions.get(i)).append("\n");
        }
        outputs(session).forEach(o -> text.append(indent).append("Expected output: ").append(o).append("\n"));
        interruptions(day, session, "-").forEach(i -> text.append(indent).append(i).append("\n"));
      }
      day.closesAt().ifPresent(t -> text.append(HH_MM.format(t)).append(" ".repeat(9))
          .append("End of the day's programme\n"));
    }
    return text.toString();
  }

  private static String placeAndDates(Workshop workshop) {
    List<String> place = new ArrayList<>();
    workshop.venue().ifPresent(place::add);
    workshop.city().ifPresent(place::add);
    workshop.country().ifPresent(c -> place.add(c.name()));
    place.add(dates(workshop.startDate(), workshop.endDate()));
    return String.join(", ", place);
  }

  private static String dates(LocalDate start, LocalDate end) {
    if (start.equals(end)) {
      return FULL_DATE.format(start);
    }
    if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
      return start.getDayOfMonth() + "\u2013" + FULL_DATE.format(end);
    }
    if (start.getYear() == end.getYear()) {
      return DAY_MONTH.format(start) + " \u2013 " + FULL_DATE.format(end);
    }
    return FULL_DATE.format(start) + " \u2013 " + FULL_DATE.format(end);
  }

  private static String dayHeading(Day day, int index) {
    return day.label().orElse("Day " + (index + 1)) + " \u2014 " + DAY.format(day.date());
  }

  private static String zoneLine(Workshop workshop, LocalDate date) {
    ZoneOffset offset = workshop.zone().getRules().getOffset(date.atTime(LocalTime.NOON));
    String utc = offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
    return "All times are local times in " + workshop.zone().getId() + " (" + utc + ").";
  }

  static String time(SessionTime time, String dash) {
    String text;
    if (time.start().isEmpty()) {
      text = time.length().map(l -> "(" + minutes(l) + ")").orElse("time not given");
    } else {
      text = HH_MM.format(time.start().get());
      if (time.end().isPresent()) {
        text += dash + HH_MM.format(time.end().get());
      } else if (time.duration().isPresent()) {
        text += dash + HH_MM.format(time.start().get().plus(time.duration().get()));
      }
    }
    return time.isInferred() ? text + " (inferred)" : text;
  }

  private static String partTime(SessionTime time, String dash) {
    if (time.equals(SessionTime.unknown())) {
      return "";
    }
    String text = time(time, dash);
    return text.startsWith("(") ? " " + text : " (" + text + ")";
  }

  static String partLine(Part part, String dash) {
    String roles = part.roles().stream().map(Role::line).collect(Collectors.joining("; "));
    return part.title() + partTime(part.time(), dash) + (roles.isEmpty() ? "" : " \u2014 " + roles);
  }

  /**
   * The lines of parts and their parts, depth first: each line is {@code nested} once a level of depth, then
   * {@code prefix}, then the {@link #partLine}.
   */
  static List<String> partLines(List<Part> parts, String prefix, String nested, String dash) {
    List<String> lines = new ArrayList<>();
    addPartLines(lines, parts, prefix, "", nested, dash);
    return lines;
  }

  private static void addPartLines(List<String> lines, List<Part> parts, String prefix, String depth,
      String nested, String dash) {
    for (Part part : parts) {
      lines.add(depth + prefix + partLine(part, dash));
      addPartLines(lines, part.parts(), prefix, depth + nested, nested, dash);
    }
  }

  private static void plainParts(StringBuilder text, String indent, List<Part> parts) {
    for (Part part : parts) {
      text.append(indent).append("- ").append(part.title()).append(partTime(part.time(), "-")).append("\n");
      part.roles().forEach(r -> text.append(indent).append("  ").append(r.line()).append("\n"));
      plainParts(text, indent + "  ", part.parts());
    }
  }

  static String groupLine(BreakoutGroup group) {
    String roles = group.roles().stream().map(Role::line).collect(Collectors.joining("; "));
    return group.name() + group.topic().map(t -> ": " + t).orElse("") + (roles.isEmpty() ? "" : " \u2014 " + roles);
  }

  static List<String> interruptions(Day day, Session session, String dash) {
    List<String> lines = new ArrayList<>();
    for (String id : session.interruptedBy()) {
      Optional<Session> pause = day.session(id);
      lines.add("Interrupted by " + pause.map(p -> p.title() + ", " + time(p.time(), dash)).orElse(id));
    }
    return lines;
  }

  static List<String> outputs(Session session) {
    List<String> outputs = new ArrayList<>(session.expectedOutputs());
    partOutputs(session.parts(), outputs);
    session.groups().forEach(g -> outputs.addAll(g.expectedOutputs()));
    return outputs;
  }

  private static void partOutputs(List<Part> parts, List<String> outputs) {
    for (Part part : parts) {
      outputs.addAll(part.expectedOutputs());
      partOutputs(part.parts(), outputs);
    }
  }

  static String minutes(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes < 60 || duration.isNegative()) {
      return minutes + " min";
    }
    return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
  }

  /** Escapes text for a Markdown table cell: backslash, pipe, emphasis marks, angle brackets, line breaks. */
  private static String cell(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\\': case '|': case '*': case '_': case '`': case '[': case ']':
          escaped.append('\\').append(c);
          break;
        case '<':
          escaped.append("&lt;");
          break;
        case '>':
          escaped.append("&gt;");
          break;
        case '\n':
          escaped.append("<br>");
          break;
        case '\r':
          break;
        default:
          escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
