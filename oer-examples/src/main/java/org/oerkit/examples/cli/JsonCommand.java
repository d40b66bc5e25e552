package org.oerkit.examples.cli;

import picocli.CommandLine.Command;

/** The {@code oer json} commands. */
@Command(
    name = "json",
    mixinStandardHelpOptions = true,
    description = "oerkit's native JSON documents: validate one against its schema.",
    subcommands = {})
final class JsonCommand extends CommandGroup {}
