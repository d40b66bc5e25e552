package org.oerkit.examples.cli;

import picocli.CommandLine.Command;

/** The {@code oer license} commands. */
@Command(
    name = "license",
    mixinStandardHelpOptions = true,
    description = "Open licences: show one, combine several, check an adaptation, write an attribution, choose a licence.",
    subcommands = {})
final class LicenseCommand extends CommandGroup {}
