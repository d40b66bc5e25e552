package org.oerkit.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import org.oerkit.core.OerException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code oer} command line: the top command and the program's entry point.
 *
 * <p>Run {@code oer tour} first. The exit status is 0 on success, 1 when a command reports findings (a
 * programme that does not validate, a policy draft with gaps, licences that cannot be combined) or is
 * given input it cannot read, and 2 for a usage error (an unknown option, a missing argument). Errors are
 * one line on standard error, never a stack trace.
 */
@Command(
    name = "oer",
    mixinStandardHelpOptions = true,
    versionProvider = Oer.Version.class,
    description = "Open Educational Resources: workshop programmes, open licences and OER policies.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:success",
        "1:findings (a programme or draft with errors, licences that cannot be combined, an invalid document) "
            + "or input that cannot be read",
        "2:usage error"},
    footer = "%nStart with: oer tour",
    subcommands = {
        TourCommand.class,
        WorkshopCommand.class,
        LicenseCommand.class,
        PolicyCommand.class,
        JsonCommand.class,
        CommandLine.HelpCommand.class
    })
public final class Oer implements Callable<Integer> {

  /** Exit status of a command that did what was asked and found nothing to report. */
  public static final int OK = 0;
  /** Exit status of a command that reports findings or was given input it cannot read. */
  public static final int FINDINGS = 1;
  /** Exit status of a command line that does not parse. */
  public static final int USAGE = 2;

  @Spec
  private CommandSpec spec;

  /**
   * Runs the command line and exits with its status.
   *
   * @param args  the arguments, not null
   */
  public static void main(String... args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int status;
    try {
      status = run(out, err, args);
    } catch (StackOverflowError | OutOfMemoryError | LinkageError e) {
      // Not the user's fault, but still one line: a document nested too deep, too large, or a broken jar.
      err.println("oer: " + describe(e));
      status = FINDINGS;
    }
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the command line with the given output streams, without exiting: the form the tests use.
   *
   * @param out  where results go, not null
   * @param err  where errors go, one line each, not null
   * @param args  the arguments, not null
   * @return the exit status: {@link #OK}, {@link #FINDINGS} or {@link #USAGE}
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    requireNonNull(out, "out");
    requireNonNull(err, "err");
    requireNonNull(args, "args");
    CommandLine commandLine = commandLine();
    commandLine.setOut(out);
    commandLine.setErr(err);
    int status = commandLine.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /**
   * Builds the picocli command line with oerkit's error handling, for tools such as completion scripts.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    return new CommandLine(new Oer())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(Oer::executionError)
        .setParameterExceptionHandler(Oer::usageError);
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing a command; try 'oer tour' or 'oer --help'");
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + oneLine(e.getMessage()));
    return USAGE;
  }

  private static int executionError(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
    commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + describe(e));
    return FINDINGS;
  }

  /**
   * Describes a failure in one line a person can act on.
   *
   * @param e  the failure, not null
   * @return one line, without the exception's class for the project's own exceptions
   */
  static String describe(Throwable e) {
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      return describe(e.getCause());
    }
    if (e instanceof NoSuchFileException) {
      return "no such file: " + e.getMessage();
    }
    if (e instanceof IOException) {
      return "cannot read " + oneLine(String.valueOf(e.getMessage()));
    }
    if (e instanceof OerException) {
      return oneLine(e.getMessage());
    }
    return "unexpected " + e.getClass().getSimpleName() + ": " + oneLine(String.valueOf(e.getMessage()));
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /** The version printed by {@code oer --version}: the jar's implementation version, where known. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Oer.class.getPackage().getImplementationVersion();
      return new String[] {"oer " + (version == null ? "(development build)" : version)};
    }
  }
}
