package org.oerkit.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.oerkit.core.Report;
import org.oerkit.core.agenda.AgendaCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code oer workshop} commands. */
@Command(
    name = "workshop",
    mixinStandardHelpOptions = true,
    description = "Workshop programmes: export them to Markdown, text, JSON, schedule.json, iCalendar or JSON-LD, "
        + "and check them.",
    subcommands = {WorkshopCommand.Check.class})
final class WorkshopCommand extends CommandGroup {

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
