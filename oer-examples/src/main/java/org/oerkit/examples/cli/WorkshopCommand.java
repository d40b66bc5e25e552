package org.oerkit.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oerkit.core.Finding;
import org.oerkit.core.Imported;
import org.oerkit.core.Report;
import org.oerkit.core.agenda.AgendaCheck;
import org.oerkit.core.agenda.ICalendarWriter;
import org.oerkit.core.agenda.PrintedProgramme;
import org.oerkit.core.agenda.ProgrammePictures;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.json.OerJson;
import org.oerkit.json.OerWorldMap;
import org.oerkit.json.ScheduleJson;
import org.oerkit.json.ScheduleXml;
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
    description = "Workshop programmes: export them to Markdown, text, JSON, schedule.json, schedule.xml, "
        + "iCalendar, JSON-LD, the OER World Map, HTML or SVG, convert what other tools wrote, and check them.",
    subcommands = {WorkshopCommand.Export.class, WorkshopCommand.Convert.class, WorkshopCommand.Check.class})
final class WorkshopCommand extends CommandGroup {

  /** The formats of {@code oer workshop export}, by the names the command accepts. */
  enum Format {
    MARKDOWN("markdown", PrintedProgramme::markdown),
    TEXT("text", PrintedProgramme::plainText),
    JSON("json", OerJson::writeString),
    SCHEDULE_JSON("schedule-json", w -> new String(ScheduleJson.write(w), StandardCharsets.UTF_8)),
    SCHEDULE_XML("schedule-xml", w -> new String(ScheduleXml.write(w), StandardCharsets.UTF_8)),
    ICS("ics", ICalendarWriter::write),
    JSONLD("jsonld", w -> new String(SchemaOrg.write(w), StandardCharsets.UTF_8)),
    OWM("owm", w -> new String(OerWorldMap.write(w), StandardCharsets.UTF_8)),
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
          + "format), schedule-json or schedule-xml (the frab/pretalx formats of c3voc), ics (RFC 5545 iCalendar), "
          + "jsonld (schema.org Event), owm (an OER World Map Event), html (a printable agenda, a page per day) or "
          + "svg (a timetable).")
  static final class Export implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "WORKSHOP", description = WORKSHOP_HELP)
    private String name;

    @Option(names = "--format", defaultValue = "markdown", paramLabel = "FORMAT", converter = FormatConverter.class,
        description = FORMAT_HELP + " The default: markdown.")
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

  /** Reads a zone by its IANA name, such as {@code Asia/Almaty}. */
  static final class ZoneConverter implements ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
      try {
        return ZoneId.of(value);
      } catch (DateTimeException e) {
        throw new TypeConversionException("expected a time zone such as Asia/Almaty or UTC, was '" + value + "'");
      }
    }
  }

  private static final String WORKSHOP_HELP = "A JSON file in oerkit's native format, or the example astana-2017.";

  private static final String INPUT_HELP = "A file in any format oerkit reads (json, schedule-json, schedule-xml, "
      + "ics, indico, owm; told from its content), - for standard input, or the example astana-2017.";

  private static final String FORMAT_HELP = "markdown, text, json, schedule-json, schedule-xml, ics, jsonld, owm, "
      + "html (a printable agenda) or svg (a timetable).";

  private static final String ZONE_HELP = "The time zone of times that carry none, such as Asia/Almaty: floating "
      + "iCalendar times and OER World Map dates.";

  /**
   * {@code oer workshop convert}: a programme in any format oerkit reads, written in one it writes. The import's
   * findings go to standard error, one a line with its path into the input; they are warnings, the exit status
   * is 0 when the programme was converted.
   */
  @Command(
      name = "convert",
      mixinStandardHelpOptions = true,
      description = "Convert a workshop programme from any format oerkit reads to one it writes. What the import "
          + "cannot carry is reported on standard error, one line each with its path. "
          + "Exit status 0 when converted, 1 when the input cannot be read, 2 for a usage error.")
  static final class Convert implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "INPUT", description = INPUT_HELP)
    private String input;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
        description = FORMAT_HELP)
    private Format to;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard "
        + "output.")
    private Path output;

    @Option(names = "--zone", paramLabel = "ZONE", converter = ZoneConverter.class, description = ZONE_HELP)
    private ZoneId zone;

    @Override
    public Integer call() {
      Imported<Workshop> workshop = Workshops.imported(input, Optional.ofNullable(zone));
      Report losses = to == Format.OWM ? OerWorldMap.losses(workshop.value()) : Report.empty();
      PrintWriter err = spec.commandLine().getErr();
      for (Finding finding : workshop.report().plus(losses).findings()) {
        err.println(Input.label(input) + ": " + finding);
      }
      Output.write(spec, output, to.writer.apply(workshop.value()));
      return Oer.OK;
    }
  }

  /** {@code oer workshop check}: the validation report of a programme. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = "Validate a workshop programme in any format oerkit reads: the findings of the import, then "
          + "overlaps, people in two places, parts that do not fit, unknown and inferred times. Exit status 1 if "
          + "the report has errors or the input cannot be read.")
  static final class Check implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "WORKSHOP", description = INPUT_HELP)
    private String name;

    @Option(names = "--json", description = "Print the findings as a JSON list.")
    private boolean json;

    @Option(names = "--zone", paramLabel = "ZONE", converter = ZoneConverter.class, description = ZONE_HELP)
    private ZoneId zone;

    @Override
    public Integer call() {
      Imported<Workshop> workshop = Workshops.imported(name, Optional.ofNullable(zone));
      Report report = workshop.report().plus(AgendaCheck.standard().check(workshop.value()));
      PrintWriter out = spec.commandLine().getOut();
      out.print(json ? Json.write(Findings.json(report)) : report.format() + "\n");
      return report.hasErrors() ? Oer.FINDINGS : Oer.OK;
    }
  }
}
