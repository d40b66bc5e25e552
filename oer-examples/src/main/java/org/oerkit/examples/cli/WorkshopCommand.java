package org.oerkit.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oerkit.core.Report;
import org.oerkit.core.agenda.AgendaCheck;
import org.oerkit.core.agenda.ICalendarWriter;
import org.oerkit.core.agenda.PrintedProgramme;
import org.oerkit.core.agenda.ProgrammePictures;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.json.OerJson;
import org.oerkit.json.ScheduleJson;
import org.oerkit.json.SchemaOrg;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** The {@code oer workshop} commands. */
@Command(
    name = "workshop",
    mixinStandardHelpOptions = true,
    description = "Workshop programmes: export them to Markdown, text, JSON, schedule.json, iCalendar or JSON-LD, "
        + "and check them.",
    subcommands = {WorkshopCommand.Export.class, WorkshopCommand.Check.class})
final class WorkshopCommand extends CommandGroup {

  /** The formats of {@code oer workshop export}, by the names the command accepts. */
  enum Format {
    MARKDOWN("markdown", PrintedProgramme::markdown),
    TEXT("text", PrintedProgramme::plainText),
    JSON("json", OerJson::writeString),
    SCHEDULE_JSON("schedule-json", w -> new String(ScheduleJson.write(w), StandardCharsets.UTF_8)),
    ICS("ics", ICalendarWriter::write),
    JSONLD("jsonld", w -> new String(SchemaOrg.write(w), StandardCharsets.UTF_8)),
    HTML("html", ProgrammePictures::agenda),
    SVG("svg", ProgrammePictures::timetable);

    final String name;
    final Function<Workshop, String> writer;

    Format(String name, Function<Workshop, String> writer) {
      this.name = name;
      this.writer = writer;
    }

    static Format named(String name) {
      for (Format format : values()) {
        if (format.name.equalsIgnoreCase(name)) {
          return format;
        }
      }
      throw new TypeConversionException("expected one of " + Arrays.stream(values()).map(f -> f.name)
          .collect(Collectors.joining(", ")) + ", was '" + name + "'");
    }
  }

  /** {@code oer workshop export}: a programme in one of the export formats. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Export a workshop programme: markdown, text (a printed programme), json (oerkit's native "
          + "format), schedule-json (the frab/pretalx schedule.json of c3voc), ics (RFC 5545 iCalendar) or jsonld "
          + "(schema.org Event), html (a printable agenda, a page per day) or svg (a timetable).")
  static final class Export implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "WORKSHOP", description = WORKSHOP_HELP)
    private String name;

    @Option(names = "--format", defaultValue = "markdown", paramLabel = "FORMAT", converter = FormatConverter.class,
        description = "markdown (the default), text, json, schedule-json, ics, jsonld, html (a printable agenda) "
            + "or svg (a timetable).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard "
        + "output (- for standard output).")
    private Path output;

    @Override
    public Integer call() {
      Output.write(spec, output, format.writer.apply(Workshops.read(name)));
      return Oer.OK;
    }
  }

  /** Reads a format by its name. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Format.named(value);
    }
  }

  private static final String WORKSHOP_HELP = "A JSON file in oerkit's native format, or the example astana-2017.";

  /** {@code oer workshop check}: the validation report of a programme. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = "Validate a workshop programme: overlaps, people in two places, parts that do not fit, "
          + "unknown and inferred times. Exit status 1 if the report has errors.")
  static final class Check implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "WORKSHOP", description = WORKSHOP_HELP)
    private String name;

    @Option(names = "--json", description = "Print the findings as a JSON list.")
    private boolean json;

    @Override
    public Integer call() {
      Report report = AgendaCheck.standard().check(Workshops.read(name));
      PrintWriter out = spec.commandLine().getOut();
      out.print(json ? Json.write(Findings.json(report)) : report.format() + "\n");
      return report.hasErrors() ? Oer.FINDINGS : Oer.OK;
    }
  }
}
