package org.oerkit.examples.cli;

import picocli.CommandLine.Command;

/** The {@code oer policy} commands. */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    description = "OER policy drafts after the UNESCO template: show one, list its gaps, compare drafts, print the reference catalogue.",
    subcommands = {})
final class PolicyCommand extends CommandGroup {}
