package org.oerkit.examples.cli;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.oerkit.core.Finding;
import org.oerkit.core.Severity;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.json.DocumentType;
import org.oerkit.json.OerJson;
import org.oerkit.json.OerJsonException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code oer json} commands. */
@Command(
    name = "json",
    mixinStandardHelpOptions = true,
    description = "oerkit's native JSON documents: validate one against its schema, its rules and its checks.",
    subcommands = {JsonCommand.Validate.class})
final class JsonCommand extends CommandGroup {

  static {
    // The schema validator logs through SLF4J, which warns on standard error when no logger is bound;
    // the command line keeps standard error for its one-line errors.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
  }

  /** {@code oer json validate}: a document against its JSON Schema, then against the domain's rules. */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = "Validate an oerkit JSON document (a workshop, a policy draft, a questionnaire response, an "
          + "indicator set, a licensed resource) against the JSON Schema its \"format\" names, then against the "
          + "rules of the domain. Each problem is reported as FILE:LINE:COLUMN: POINTER: message, with the JSON "
          + "Pointer of the value. Exit status 1 if any.")
  static final class Validate implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The document; - for standard input.")
    private String file;

    @Option(names = "--json", description = "Print the result as {\"valid\", \"format\", \"errors\": [{\"pointer\", "
        + "\"line\", \"column\", \"message\"}]}, also when the file cannot be read.")
    private boolean json;

    @Override
    public Integer call() {
      String label = Input.label(file);
      DocumentType type = null;
      List<Problem> errors;
      try {
        byte[] bytes = Input.bytes(file);
        type = detect(label, bytes);
        errors = validate(bytes, type);
      } catch (UnusableFileException e) {
        if (!json) {
          throw e;
        }
        spec.commandLine().getErr().println(e.line());
        print(type, List.of(e.json()));
        return Oer.FINDINGS;
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        print(type, errors.stream().map(Problem::json).toList());
      } else if (errors.isEmpty()) {
        out.println(label + ": a valid " + type.format() + " document");
      } else {
        errors.forEach(e -> out.println(e.line(label)));
        out.println(errors.size() + (errors.size() == 1 ? " error" : " errors"));
      }
      return errors.isEmpty() ? Oer.OK : Oer.FINDINGS;
    }

    private void print(DocumentType type, List<ObjectNode> errors) {
      ObjectNode node = Json.object();
      node.put("valid", errors.isEmpty());
      node.put("format", type == null ? null : type.format());
      ArrayNode list = node.putArray("errors");
      errors.forEach(list::add);
      spec.commandLine().getOut().print(Json.write(node));
    }

    private static DocumentType detect(String label, byte[] bytes) {
      try {
        return OerJson.detect(bytes);
      } catch (OerJsonException e) {
        throw UnusableFileException.of(label, e);
      }
    }

    /**
     * The document's errors: the reader's first, in its words, then those the schema finds elsewhere, in the
     * same voice, then the errors of the checks.
     */
    private static List<Problem> validate(byte[] bytes, DocumentType type) {
      Object value = null;
      OerJsonException refusal = null;
      try {
        value = OerJson.read(bytes, type.javaType());
      } catch (OerJsonException e) {
        refusal = e;
      }
      JsonNode tree;
      try {
        tree = OerJson.mapper().readTree(bytes);
      } catch (JacksonException e) {
        // Not well-formed: the reader said where and what.
        return List.of(Problem.of(refusal));
      }
      List<Problem> errors = new ArrayList<>();
      if (refusal != null) {
        errors.add(Problem.of(refusal));
      }
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(OerJson.mapper().readTree(type.schema()));
      List<Problem> schemaErrors = new ArrayList<>();
      for (Error error : schema.validate(tree,
          context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))) {
        SchemaMessages.Message message = SchemaMessages.of(error);
        if (refusal == null || !message.pointer().equals(refusal.pointer())) {
          schemaErrors.add(new Problem(message.pointer(), 0, 0, message.text()));
        }
      }
      if (value instanceof Workshop workshop && errors.isEmpty() && schemaErrors.isEmpty()) {
        // The schema holds and the document reads: a programme can still have errors in it.
        for (Finding finding : workshop.validate().findings()) {
          if (finding.severity() == Severity.ERROR) {
            schemaErrors.add(new Problem(finding.location(), 0, 0, finding.message()));
          }
        }
      }
      errors.addAll(SchemaMessages.locate(bytes, schemaErrors));
      return errors;
    }
  }

  /** One error of a document: its JSON Pointer, its line and column where known (else 0), and what. */
  record Problem(String pointer, long line, int column, String message) {

    static Problem of(OerJsonException e) {
      return new Problem(e.pointer(), e.line(), e.column(), e.problem());
    }

    /** The error line, {@code FILE:LINE:COLUMN: POINTER: message}. */
    String line(String file) {
      return UnusableFileException.line(file, line, column, pointer, message);
    }

    /** The error as {@code --json} prints it, {@code {"pointer", "line", "column", "message"}}. */
    ObjectNode json() {
      ObjectNode node = Json.object();
      node.put("pointer", pointer);
      if (line > 0) {
        node.put("line", line);
        node.put("column", column);
      } else {
        node.putNull("line");
        node.putNull("column");
      }
      node.put("message", message);
      return node;
    }
  }
}
