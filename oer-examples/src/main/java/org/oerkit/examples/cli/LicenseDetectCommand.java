package org.oerkit.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.oerkit.core.license.Detection;
import org.oerkit.core.license.License;
import org.oerkit.core.license.LicenseDetector;
import org.oerkit.core.license.Normalization;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code oer license detect}: what licence, if any, each text names. */
@Command(
    name = "detect",
    mixinStandardHelpOptions = true,
    description = "Detect the licence a text names: an SPDX id, a URI, a name, an SPDX expression, a statement "
        + "in prose or HTML, or a full legal text. Each answer is exact, normalized, ambiguous, expression, "
        + "text, not-a-license or unknown.")
final class LicenseDetectCommand implements Callable<Integer> {

  /**
   * Gets the mapper that writes one JSON object per line, built on first use: picocli creates every command
   * at start-up, and a mapper built there would cost every command, {@code oer --version} included, the
   * loading of Jackson.
   *
   * @return the mapper
   */
  static JsonMapper compact() {
    return Compact.MAPPER;
  }

  /** Holds the compact mapper, initialized when first used (the holder idiom). */
  private static final class Compact {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
  }

  @Spec
  private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Inputs inputs;

  static final class Inputs {
    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The texts to detect, each one input.")
    List<String> texts;

    @Option(names = "--file", paramLabel = "FILE", description = "Read one input, the whole file (a legal text, "
        + "an HTML page); - for standard input.")
    String file;

    @Option(names = "--lines", paramLabel = "FILE", description = "Read one input per line of the file; - for "
        + "standard input.")
    String lines;
  }

  @Option(names = "--json", description = "Print each answer as JSON; one object per line with --lines.")
  private boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    LicenseDetector detector = LicenseDetector.standard();
    if (inputs.lines != null) {
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(Input.open(inputs.lines),
          StandardCharsets.UTF_8))) {
        // A progress line on standard error for a person at a terminal, every 10,000 lines; none otherwise.
        boolean progress = System.console() != null;
        PrintWriter err = spec.commandLine().getErr();
        long count = 0;
        String line;
        while ((line = reader.readLine()) != null) {
          print(out, detector.detect(line), true);
          if (progress && ++count % 10_000 == 0) {
            err.print("\r" + Input.label(inputs.lines) + ": " + count + " lines read");
            err.flush();
          }
        }
        if (progress && count >= 10_000) {
          err.println();
        }
      } catch (IOException e) {
        throw new UnusableFileException(Input.label(inputs.lines), "cannot read: " + Input.reason(e));
      }
      out.flush();
      return Oer.OK;
    }
    List<String> texts = new ArrayList<>();
    if (inputs.file != null) {
      texts.add(new String(Input.bytes(inputs.file), StandardCharsets.UTF_8));
    } else {
      texts.addAll(inputs.texts);
    }
    for (String text : texts) {
      print(out, detector.detect(text), texts.size() > 1);
    }
    out.flush();
    return Oer.OK;
  }

  private void print(PrintWriter out, Detection detection, boolean compact) {
    if (json) {
      ObjectNode node = json(detection);
      out.print(compact ? compact().writeValueAsString(node) + "\n" : Json.write(node));
    } else {
      out.println(text(detection));
    }
  }

  /** One line for people: the input, the answer and what it found. */
  static String text(Detection detection) {
    StringBuilder line = new StringBuilder(quote(detection.input())).append(": ").append(detection.answer().label());
    detection.license().ifPresent(l -> line.append(" ").append(l.id()));
    detection.expression().ifPresent(e -> line.append(" ").append(e));
    if (detection.license().isEmpty() && detection.expression().isEmpty() && !detection.candidates().isEmpty()) {
      line.append(detection.answer() == Detection.Answer.UNKNOWN ? " (close: " : " (candidates: ")
          .append(ids(detection.candidates())).append(')');
    }
    if (!detection.normalizations().isEmpty()) {
      line.append(" [").append(detection.normalizations().stream().map(Normalization::label)
          .collect(Collectors.joining(", "))).append(']');
    }
    line.append(" — ").append(detection.explanation());
    return line.toString();
  }

  /** The documented JSON of one answer. */
  static ObjectNode json(Detection detection) {
    ObjectNode node = Json.object();
    node.put("input", detection.input());
    node.put("answer", detection.answer().label());
    node.put("license", detection.license().map(License::id).orElse(null));
    node.put("expression", detection.expression().map(Object::toString).orElse(null));
    node.set("candidates", Json.strings(detection.candidates().stream().map(License::id).toList()));
    if (detection.confidence().isPresent()) {
      node.put("confidence", detection.confidence().getAsDouble());
    } else {
      node.putNull("confidence");
    }
    node.set("normalized", Json.strings(detection.normalizations().stream().map(Normalization::label).toList()));
    node.put("explanation", detection.explanation());
    return node;
  }

  private static String ids(List<License> licenses) {
    return licenses.stream().map(License::id).collect(Collectors.joining(", "));
  }

  private static String quote(String text) {
    return "\"" + text.replace("\n", "\\n") + "\"";
  }
}
