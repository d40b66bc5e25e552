package org.oerkit.examples.cli;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.oerkit.core.Finding;
import org.oerkit.core.Severity;
import org.oerkit.core.agenda.Day;
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

  /**
   * Parses a document as a tree; a document that is not well-formed JSON is refused by oerkit's reader,
   * whose message says where and what in a sentence.
   */
  private static JsonNode tree(byte[] bytes, DocumentType type) {
    try {
      return OerJson.mapper().readTree(bytes);
    } catch (JacksonException e) {
      OerJson.read(bytes, type.javaType());
      throw e;
    }
  }

  /** {@code oer json validate}: a document against its JSON Schema, then against the domain's rules. */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = "Validate an oerkit JSON document (a workshop, a policy draft, a questionnaire response, an "
          + "indicator set, a licensed resource) against the JSON Schema its \"format\" names, then against the "
          + "rules of the domain. Each problem is reported with the JSON Pointer of the value. Exit status 1 if any.")
  static final class Validate implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The document.")
    private Path file;

    @Option(names = "--json", description = "Print the result as {\"valid\", \"format\", \"errors\": [{\"pointer\", "
        + "\"message\"}]}.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
      byte[] bytes = Files.readAllBytes(file);
      DocumentType type = OerJson.detect(bytes);
      List<String[]> errors = new ArrayList<>();
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(OerJson.mapper().readTree(type.schema()));
      for (Error error : schema.validate(tree(bytes, type),
          context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))) {
        errors.add(new String[] {error.getInstanceLocation().toString(), error.getMessage()});
      }
      if (errors.isEmpty()) {
        // The schema holds; the domain's rules (a session's end after its start, ...) are checked by reading.
        // Then the checks' findings: a document that reads can still be a programme with errors in it.
        try {
          Object value = OerJson.read(bytes, type.javaType());
          if (value instanceof Workshop) {
            Workshop workshop = (Workshop) value;
            for (Finding finding : workshop.validate().findings()) {
              if (finding.severity() == Severity.ERROR) {
                errors.add(new String[] {finding.location(), finding.message()});
              }
            }
          }
        } catch (OerJsonException e) {
          errors.add(new String[] {e.pointer(), e.problem()});
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        ObjectNode node = Json.object();
        node.put("valid", errors.isEmpty());
        node.put("format", type.format());
        node.set("errors", Json.array(errors, e -> {
          ObjectNode error = Json.object();
          error.put("pointer", e[0]);
          error.put("message", e[1]);
          return error;
        }));
        out.print(Json.write(node));
      } else if (errors.isEmpty()) {
        out.println(file + ": a valid " + type.format() + " document");
      } else {
        errors.forEach(e -> out.println(file + ": " + (e[0].isEmpty() ? "(document)" : e[0]) + ": " + e[1]));
        out.println(errors.size() + (errors.size() == 1 ? " error" : " errors"));
      }
      return errors.isEmpty() ? Oer.OK : Oer.FINDINGS;
    }
  }
}
