package org.oerkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the jshell startup script and the README's analysis in a real jshell, in this JVM.
 */
class JshellScriptTest {

  private JShell shell;

  @BeforeEach
  void openShell() {
    shell = JShell.builder().executionEngine("local").out(new java.io.PrintStream(
        java.io.OutputStream.nullOutputStream())).build();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    for (String entry : classPath.split(File.pathSeparator)) {
      // What oer.jar holds: oerkit's modules and their run-time dependencies, not the test libraries.
      if (entry.endsWith("classes") && !entry.endsWith("test-classes") || entry.contains("guava")
          || entry.contains("jackson")) {
        shell.addToClasspath(entry);
      }
    }
    // jshell's DEFAULT startup, which oer-jshell loads before oerkit.jsh.
    evalAll("import java.util.*;\nimport java.util.function.*;\nimport java.util.stream.*;\n");
  }

  @AfterEach
  void closeShell() {
    shell.close();
  }

  @Test
  void startupScriptAndReadmeAnalysis_runAndAnswer() throws IOException {
    // One shell for both: starting jshell is the slow part.
    evalAll(Files.readString(Path.of("jshell/oerkit.jsh"), StandardCharsets.UTF_8));

    assertThat(value("astana.sessions().size()")).isEqualTo("30");
    assertThat(value("draft.country().code()")).isEqualTo("\"KZ\"");

    List<String> lines = Readme.javaLines("## Scripting in jshell", "## Module map");

    assertThat(lines).hasSize(5);
    lines.forEach(this::evalAll);
    assertThat(value("minutesByKind.get(SessionKind.GROUP_DISCUSSION)")).isEqualTo("425");
    assertThat(value("groupWorkShare")).isEqualTo("24");
    assertThat(value("voices.get(\"Lina Benete\")")).isEqualTo("7");
    assertThat(value("inferred")).isEqualTo("[Coffee/tea Break, Session 13: Follow-up Strategies and Work Plan]");
    assertThat(value("costs.get(\"repository\")")).isEqualTo("\"KZT 60000000.00\"");
  }

  private void evalAll(String source) {
    String remaining = source;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(remaining);
      for (SnippetEvent event : shell.eval(info.source())) {
        assertThat(event.status()).as(info.source() + diagnostics(event.snippet())).isNotEqualTo(Snippet.Status.REJECTED);
        assertThat(event.exception()).as(info.source()).isNull();
      }
      remaining = info.remaining();
    }
  }

  private String diagnostics(Snippet snippet) {
    return shell.diagnostics(snippet).map(d -> d.getMessage(null)).collect(Collectors.joining("; ", " ", ""));
  }

  private String value(String expression) {
    List<SnippetEvent> events = shell.eval(expression + ";");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).exception()).isNull();
    return events.get(0).value();
  }
}
