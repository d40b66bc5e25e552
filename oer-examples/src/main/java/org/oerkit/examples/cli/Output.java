package org.oerkit.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command's document goes: standard output, or the file of its {@code -o} option, in UTF-8. */
final class Output {

  private Output() {}

  /**
   * Writes a document.
   *
   * @param spec  the command, whose standard output is used when there is no file
   * @param file  the file, or null for standard output
   * @param text  the document
   * @throws IOException if the file cannot be written
   */
  static void write(CommandSpec spec, Path file, String text) throws IOException {
    if (file == null) {
      spec.commandLine().getOut().print(text);
    } else {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }
  }
}
