package org.oerkit.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a command's document goes: standard output, or the file of its {@code -o} option ({@code -} for
 * standard output), in UTF-8. A file that cannot be written is an {@link UnusableFileException} saying why:
 * a directory, a directory that does not exist, no permission.
 */
final class Output {

  private Output() {}

  /**
   * Writes a document.
   *
   * @param spec  the command, whose standard output is used when there is no file
   * @param file  the file, {@code -} or null for standard output
   * @param text  the document
   * @throws UnusableFileException if the file cannot be written
   */
  static void write(CommandSpec spec, Path file, String text) {
    if (isStandard(file)) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      return;
    }
    write(file, stream -> {
      try {
        stream.write(text.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Tells whether a file option names standard output.
   *
   * @param file  the option's value, or null when not given
   * @return true for null and {@code -}
   */
  static boolean isStandard(Path file) {
    return file == null || file.toString().equals("-");
  }

  /**
   * Writes a document to a file through a stream.
   *
   * @param file  the file, not standard output
   * @param writer  writes the document to the stream
   * @throws UnusableFileException if the file cannot be written
   */
  static void write(Path file, Consumer<OutputStream> writer) {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new UnusableFileException(name, "cannot write: is a directory; name a file in it");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UnusableFileException(name, "cannot write: the directory " + parent + " does not exist");
    }
    try (OutputStream stream = Files.newOutputStream(file)) {
      writer.accept(stream);
    } catch (IOException e) {
      throw new UnusableFileException(name, "cannot write: " + Input.reason(e));
    } catch (UncheckedIOException e) {
      throw new UnusableFileException(name, "cannot write: " + Input.reason(e.getCause()));
    }
  }
}
