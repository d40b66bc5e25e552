package org.oerkit.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.OerException;
import org.oerkit.core.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code oer} command line: the top command and the program's entry point.
 *
 * <p>Run {@code oer tour} first. The exit status is 0 on success, 1 when a command reports findings (a
 * programme that does not validate, a policy draft with gaps, licences that cannot be combined) or is
 * given input it cannot read, and 2 for a usage error (an unknown option, a missing argument). Errors are
 * one line on standard error, never a stack trace: {@code FILE:LINE:COLUMN: message} for a file, as
 * compilers write it, {@code oer command: message} otherwise; an unknown command or option is answered with
 * the closest ones. With {@code --json} (or {@code --format json}) every outcome is JSON on standard output,
 * an error as {@code {"errors": [{"file", "line", "column", "pointer", "message"}]}}, and the exit status
 * still says what happened.
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
    String message = e instanceof UnmatchedArgumentException unmatched ? unmatched(unmatched)
        : choices(oneLine(e.getMessage()));
    commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + message);
    if (Arrays.asList(args).contains("--json")) {
      printErrorJson(commandLine, errorJson(Optional.empty(), 0, 0, "", message));
    }
    return USAGE;
  }

  private static int executionError(Exception e, CommandLine commandLine, ParseResult parsed) {
    ObjectNode json;
    if (e instanceof UnusableFileException file) {
      commandLine.getErr().println(file.line());
      json = file.json();
    } else {
      String message = describe(e);
      commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + message);
      json = errorJson(Optional.empty(), 0, 0, "", message);
    }
    if (wantsJson(commandLine.getParseResult())) {
      printErrorJson(commandLine, json);
    }
    return FINDINGS;
  }

  /** Whether the command was asked for JSON: {@code --json}, or {@code --format json}. */
  private static boolean wantsJson(ParseResult parsed) {
    if (parsed == null) {
      return false;
    }
    Object format = parsed.matchedOptionValue("--format", null);
    return parsed.hasMatchedOption("--json") || (format != null && format.toString().equalsIgnoreCase("json"));
  }

  private static void printErrorJson(CommandLine commandLine, ObjectNode error) {
    ObjectNode node = Json.object();
    node.putArray("errors").add(error);
    commandLine.getOut().print(Json.write(node));
    commandLine.getOut().flush();
  }

  /**
   * Gets one error as {@code --json} prints it.
   *
   * @param file  the file, if the error is about one
   * @param line  the line, or 0 if not known
   * @param column  the column, or 0 if not known
   * @param pointer  the JSON Pointer of the value, or empty
   * @param message  the message, one line
   * @return {@code {"file", "line", "column", "pointer", "message"}}, null for what is not known
   */
  static ObjectNode errorJson(Optional<String> file, long line, int column, String pointer, String message) {
    ObjectNode node = Json.object();
    node.put("file", file.orElse(null));
    if (line > 0) {
      node.put("line", line);
    } else {
      node.putNull("line");
    }
    if (line > 0 && column > 0) {
      node.put("column", column);
    } else {
      node.putNull("column");
    }
    node.put("pointer", pointer.isEmpty() ? null : pointer);
    node.put("message", message);
    return node;
  }

  private static final java.util.regex.Pattern ENUM_CHOICES = java.util.regex.Pattern.compile(
      "expected one of \\[([^\\]]*)\\] \\(case-insensitive\\) but was '(.*)'$");

  /**
   * An option value that is not one of an enumeration's: its values as the command line spells them (lower
   * case, not the Java constants), and the closest.
   */
  private static String choices(String message) {
    java.util.regex.Matcher m = ENUM_CHOICES.matcher(message);
    if (!m.find()) {
      return message;
    }
    List<String> values = Arrays.stream(m.group(1).split(",\\s*"))
        .map(v -> v.toLowerCase(java.util.Locale.ROOT).replace('_', '-')).collect(Collectors.toList());
    String given = m.group(2);
    return message.substring(0, m.start()) + "'" + given + "' is not one of " + String.join(", ", values)
        + closest(given, values).map(c -> "; did you mean " + c + "?").orElse("");
  }

  /** An unknown command or option, with the closest ones, or the list of commands when none is close. */
  private static String unmatched(UnmatchedArgumentException e) {
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    String argument = e.getUnmatched().isEmpty() ? "" : e.getUnmatched().get(0);
    if (argument.startsWith("-")) {
      String option = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
      List<String> names = spec.options().stream().filter(o -> !o.hidden())
          .flatMap(o -> Arrays.stream(o.names())).collect(Collectors.toList());
      return "Unknown option '" + option + "'" + closest(option, names).map(c -> "; did you mean " + c + "?")
          .orElse("; see '" + spec.qualifiedName() + " --help'");
    }
    if (!spec.subcommands().isEmpty()) {
      Collection<String> names = spec.subcommands().keySet();
      return "Unknown command '" + argument + "'" + closest(argument, names).map(c -> "; did you mean " + c + "?")
          .orElse("; the commands: " + spec.subcommands().values().stream().distinct()
              .map(c -> c.getCommandName()).collect(Collectors.joining(", ")));
    }
    return oneLine(e.getMessage());
  }

  /**
   * Names the closest of the known names to a misspelled one, by {@link Texts#editDistance}, or those it
   * begins: all at the smallest distance, joined by "or".
   *
   * @param name  the name given
   * @param known  the names known
   * @return the closest names, if any is close
   */
  static Optional<String> closest(String name, Collection<String> known) {
    int max = Math.min(3, Math.max(2, name.length() / 3));
    int best = Integer.MAX_VALUE;
    for (String candidate : known) {
      best = Math.min(best, distance(name, candidate, max));
    }
    int smallest = best;
    return smallest == Integer.MAX_VALUE ? Optional.empty() : Optional.of(known.stream().distinct()
        .filter(c -> distance(name, c, max) == smallest).sorted().collect(Collectors.joining(" or ")));
  }

  private static int distance(String name, String candidate, int max) {
    String a = name.toLowerCase(java.util.Locale.ROOT);
    String b = candidate.toLowerCase(java.util.Locale.ROOT);
    if (a.length() >= 3 && b.startsWith(a) && !a.equals(b)) {
      return 1;
    }
    return Texts.editDistance(a, b, max);
  }

  /**
   * Describes a failure in one line a person can act on, in the user's words: a broken rule is said of the
   * value given, without the Java names the exception carries in its fields.
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
    if (e instanceof UnusableFileException file) {
      return file.line();
    }
    if (e instanceof DomainRuleException rule) {
      return oneLine(Texts.quote(rule.value()) + " " + rule.rule());
    }
    if (e instanceof OerException) {
      return oneLine(e.getMessage());
    }
    return "unexpected " + e.getClass().getSimpleName() + ": " + oneLine(String.valueOf(e.getMessage()));
  }

  static String oneLine(String text) {
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
