package org.oerkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pastes the root README's Java blocks, from "Java quick start" to "Scripting in jshell", into a real
 * jshell, as a reader would, and checks every result the README writes in a comment ({@code // true},
 * {@code // "Казахстан"}, {@code // [CC-BY-NC-4.0, ...]}, and the message of a {@code DomainRuleException}).
 */
class ReadmeJshellTest {

  private JShell shell;

  @BeforeEach
  void openShell() {
    shell = JShell.builder().executionEngine("local").out(new PrintStream(OutputStream.nullOutputStream()))
        .build();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    for (String entry : classPath.split(File.pathSeparator)) {
      // oerkit's modules and their run-time dependencies, as a reader's class path holds them.
      if (entry.endsWith("classes") && !entry.endsWith("test-classes") || entry.contains("guava")
          || entry.contains("jackson")) {
        shell.addToClasspath(entry);
      }
    }
  }

  @AfterEach
  void closeShell() {
    shell.close();
  }

  @Test
  void javaBlocks_runAsPastedAndAnswerAsCommented() throws IOException {
    List<String> lines = Readme.javaLines("### Java quick start", "## Scripting in jshell");
    Map<String, String> expected = expectedResults(lines);
    assertThat(expected).as("the README's commented results").hasSizeGreaterThanOrEqualTo(8);

    List<String> checked = new ArrayList<>();
    String remaining = String.join("\n", lines) + "\n";
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(remaining);
      assertThat(info.completeness()).as(remaining).isNotEqualTo(SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE);
      String key = code(lastLine(info.source()));
      String want = expected.get(key);
      for (SnippetEvent event : shell.eval(info.source())) {
        if (event.causeSnippet() != null) {
          continue;
        }
        assertThat(event.status()).as(info.source() + diagnostics(event.snippet()))
            .isNotEqualTo(Snippet.Status.REJECTED);
        if (want != null && want.startsWith("DomainRuleException:")) {
          assertThat(event.exception()).as(key).isInstanceOf(EvalException.class);
          EvalException thrown = (EvalException) event.exception();
          assertThat(thrown.getExceptionClassName()).isEqualTo("org.oerkit.core.DomainRuleException");
          assertThat(thrown.getMessage()).isEqualTo(want.substring("DomainRuleException:".length()));
        } else {
          assertThat(event.exception()).as(info.source()).isNull();
          if (want != null) {
            assertThat(event.value()).as(key).isEqualTo(want);
          }
        }
      }
      if (want != null) {
        checked.add(key);
      }
      remaining = info.remaining();
    }
    assertThat(checked).containsExactlyInAnyOrderElementsOf(expected.keySet());
  }

  /** Maps the code of each line that ends in a result comment to the result jshell shows for it. */
  private static Map<String, String> expectedResults(List<String> lines) {
    Map<String, String> expected = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int comment = line.indexOf("//");
      if (comment <= 0 || !line.substring(0, comment).strip().endsWith(";")) {
        continue;
      }
      String result = line.substring(comment + 2).strip();
      String code = code(line);
      if (result.startsWith("\"")) {
        expected.put(code, result.substring(0, result.indexOf('"', 1) + 1));
      } else if (result.startsWith("[")) {
        expected.put(code, result.substring(0, result.indexOf(']') + 1));
      } else if (result.startsWith("true") || result.startsWith("false")) {
        expected.put(code, result.startsWith("true") ? "true" : "false");
      } else if (result.startsWith("DomainRuleException:")) {
        String message = lines.get(i + 1).strip();
        expected.put(code, "DomainRuleException:" + message.substring(2).strip());
      }
    }
    return expected;
  }

  private static String lastLine(String source) {
    String[] lines = source.strip().split("\n");
    return lines[lines.length - 1];
  }

  private static String code(String line) {
    int comment = line.indexOf("//");
    return (comment < 0 ? line : line.substring(0, comment)).strip();
  }

  private String diagnostics(Snippet snippet) {
    return shell.diagnostics(snippet).map(d -> d.getMessage(null)).collect(Collectors.joining("; ", " ", ""));
  }
}
