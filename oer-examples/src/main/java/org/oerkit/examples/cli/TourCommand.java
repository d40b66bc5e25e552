package org.oerkit.examples.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.oerkit.core.Finding;
import org.oerkit.core.Report;
import org.oerkit.core.Severity;
import org.oerkit.core.agenda.AgendaCheck;
import org.oerkit.core.agenda.Day;
import org.oerkit.core.agenda.Session;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.policy.GapAnalysis;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.examples.astana.Astana2017;
import org.oerkit.examples.license.LicenseWalkthrough;
import org.oerkit.examples.policy.CentralAsiaDrafts;
import org.oerkit.examples.policy.KazakhstanDraft;
import org.oerkit.examples.policy.PolicyMarkdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code oer tour}: the first thing to run, a guided look at what oerkit models, in four stops: the Astana
 * 2017 programme, its validation report, the policy the workshop drafted with its gap report, and a licence
 * example. Its prose is wrapped to {@value #WIDTH} columns, or to the terminal's width ({@code COLUMNS}) when
 * standard output is a narrower terminal.
 */
@Command(
    name = "tour",
    mixinStandardHelpOptions = true,
    description = "A guided tour: the Astana 2017 OER workshop, its validation, a policy gap report and a "
        + "licence example.")
final class TourCommand implements Callable<Integer> {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

  /** The widest line of the tour, in characters. */
  static final int WIDTH = 100;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    Prose out = new Prose(spec.commandLine().getOut(), width());
    Workshop astana = Astana2017.workshop();
    programme(out, astana);
    validation(out, astana);
    policy(out);
    licenses(out);
    out.println("Next");
    out.println("  oer workshop export astana-2017 --format markdown   the full programme (also text, json,");
    out.println("                                                       schedule-json, ics, jsonld)");
    out.println("  oer policy show kazakhstan-draft                      the draft policy in full");
    out.println("  oer policy compare kazakhstan-draft kyrgyzstan-outline tajikistan-outline uzbekistan-outline");
    out.println("  oer license show CC-BY-4.0                            one licence, and whether it is open");
    out.println("Pictures (standalone files, no network needed to view them)");
    out.println("  oer workshop export astana-2017 --format html -o agenda.html   a printable agenda, a page a day");
    out.println("  oer workshop export astana-2017 --format svg -o timetable.svg  the timetable");
    out.println("  oer policy gaps kazakhstan-draft --format html -o gaps.html    the gap report");
    out.println("  oer policy compare kazakhstan-draft kyrgyzstan-outline tajikistan-outline uzbekistan-outline");
    out.println("      --format svg -o coverage.svg                               the coverage heatmap (or html)");
    out.println("  oer license chart --format svg -o charts.svg                   the licence charts (or html)");
    out.println("  oer --help                                                     every command");
    return Oer.OK;
  }

  private static void programme(Prose out, Workshop astana) {
    heading(out, "1. The workshop");
    out.println(astana.title().in(LanguageTag.ENGLISH));
    out.println(astana.venue().orElse("") + ", " + astana.city().orElse("") + ", " + astana.startDate() + " to "
        + astana.endDate() + " (times are " + astana.zone().getId() + ", UTC+06:00 in 2017)");
    out.println("Organized by " + astana.organizers().get(0).name() + " with " + astana.organizers().get(1).name()
        + " and " + astana.organizers().get(2).displayName() + ".");
    out.println();
    out.println("Objectives:");
    for (int i = 0; i < astana.objectives().size(); i++) {
      out.println("  " + (i + 1) + ". " + astana.objectives().get(i), 3);
    }
    for (Day day : astana.days()) {
      out.println();
      out.println(day.label().map(l -> l + ", ").orElse("") + DAY.format(day.date()));
      for (Session session : day.sessions()) {
        String breaks = session.interruptedBy().stream().flatMap(id -> day.session(id).stream())
            .map(b -> " (" + b.title().toLowerCase(Locale.ROOT) + " " + b.time() + " inside)")
            .collect(Collectors.joining());
        out.println(String.format(Locale.ROOT, "  %-13s %s%s", session.time(), session.fullTitle(), breaks), 14);
      }
    }
    out.println();
    out.println("(\"~\" marks a time the concept note does not give, inferred from its neighbours.)");
    out.println();
  }

  private static void validation(Prose out, Workshop astana) {
    heading(out, "2. Does the programme hold together?");
    Report report = AgendaCheck.standard().check(astana);
    out.println(report.format(), 4);
    out.println();
    out.println(report.hasErrors()
        ? "The programme has errors: see above."
        : "No overlaps, no one in two places, and every session's parts fit it. The notes are real: the note "
            + "gives no times for Day 3's coffee break and Session 13, and leaves half an hour between the end "
            + "of Day 1 and the reception.");
    out.println();
  }

  private static void policy(Prose out) {
    heading(out, "3. The policy the workshop drafted (an illustrative example, not an official document)");
    PolicyDraft draft = KazakhstanDraft.draft();
    out.println(draft.title().in(LanguageTag.ENGLISH));
    draft.licenseMandate().ifPresent(m -> out.println("Default licence: " + m.defaultLicense().shortName()));
    draft.workPlan().totalCost().values().forEach(total -> out.println("Work plan: "
        + draft.workPlan().actions().size() + " actions, " + total.format()));
    Report gaps = GapAnalysis.standard().analyze(draft);
    out.println("Gap report against the UNESCO template and the 2019 Recommendation: "
        + gaps.format().lines().reduce((a, b) -> b).orElse(""));
    List<Finding> notes = gaps.filter(f -> f.severity() == Severity.INFO).findings();
    notes.stream().limit(3).forEach(f -> out.println("  " + f, 4));
    if (notes.size() > 3) {
      out.println("  ... and " + (notes.size() - 3) + " more: oer policy gaps kazakhstan-draft");
    }
    out.println();
    out.println("Compared with outlines for the neighbours, built from what the concept note says of them:");
    for (PolicyDraft outline : CentralAsiaDrafts.all()) {
      Report report = GapAnalysis.standard().analyze(outline);
      out.println(String.format(Locale.ROOT, "  %-11s %2d of 10 sections written, %2d errors, %2d warnings",
          outline.country().name(), outline.sectionTexts().size(), report.count(Severity.ERROR),
          report.count(Severity.WARNING)));
    }
    out.println();
  }

  private static void licenses(Prose out) {
    heading(out, "4. Licences: what may a teacher do with typical OER?");
    out.println("A national default, by the Creative Commons chooser (adaptations: yes, commercial use: yes): "
        + LicenseWalkthrough.nationalDefault().id());
    out.println();
    out.println(LicenseWalkthrough.remixAnswers().stripTrailing(), 4);
    out.println();
    out.println("The textbook's attribution in the three languages of Kazakhstan's schools:");
    out.println(LicenseWalkthrough.attributions().stripTrailing(), 4);
    out.println();
  }

  private static void heading(Prose out, String title) {
    out.println(title);
    out.println("=".repeat(title.length()));
  }

  /**
   * The width prose is wrapped to: {@value #WIDTH}, or the terminal's {@code COLUMNS} when standard output is
   * a terminal narrower than that.
   */
  static int width() {
    String columns = System.console() == null ? null : System.getenv("COLUMNS");
    try {
      return columns == null ? WIDTH : Math.max(40, Math.min(WIDTH, Integer.parseInt(columns.strip())));
    } catch (NumberFormatException e) {
      return WIDTH;
    }
  }

  /**
   * Lines of prose wrapped at spaces to a width, each continuation indented by the line's own indent and
   * a hanging indent; a word longer than the width (a URL) stays whole on its line.
   */
  static final class Prose {
    private final PrintWriter out;
    private final int width;

    Prose(PrintWriter out, int width) {
      this.out = out;
      this.width = width;
    }

    void println() {
      out.println();
    }

    void println(String text) {
      println(text, 0);
    }

    /** Prints each line of the text, wrapped; continuations are indented {@code hanging} more than it. */
    void println(String text, int hanging) {
      text.lines().forEach(line -> wrap(line, hanging));
    }

    private void wrap(String line, int hanging) {
      int indent = 0;
      while (indent < line.length() && line.charAt(indent) == ' ') {
        indent++;
      }
      StringBuilder current = new StringBuilder(line.substring(0, indent));
      int start = current.length();
      for (String word : line.substring(indent).split(" ", -1)) {
        if (current.length() > start && current.length() + 1 + word.length() > width) {
          out.println(current);
          current.setLength(0);
          current.append(" ".repeat(indent + hanging));
          start = current.length();
        } else if (current.length() > start) {
          current.append(' ');
        }
        current.append(word);
      }
      out.println(current);
    }
  }
}
