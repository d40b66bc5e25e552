package org.oerkit.examples.cli;

import picocli.CommandLine.Command;

/** The {@code oer workshop} commands. */
@Command(
    name = "workshop",
    mixinStandardHelpOptions = true,
    description = "Workshop programmes: export them to Markdown, text, JSON, schedule.json, iCalendar or JSON-LD, and check them.",
    subcommands = {})
final class WorkshopCommand extends CommandGroup {}
