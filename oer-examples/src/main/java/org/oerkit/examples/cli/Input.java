package org.oerkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Function;
import org.oerkit.json.OerJson;

/**
 * The files a command reads, named as the user named them: a path, or {@code -} for standard input, which
 * errors call {@code <stdin>}. Every failure, of the file or of its content, is an
 * {@link UnusableFileException} naming the file.
 */
final class Input {

  /** The name of standard input on the command line. */
  static final String STANDARD_INPUT = "-";

  private Input() {}

  /**
   * Gets the name errors give a file: the name as given, or {@code <stdin>}.
   *
   * @param name  the name on the command line
   * @return the name for messages
   */
  static String label(String name) {
    return name.equals(STANDARD_INPUT) ? "<stdin>" : name;
  }

  /**
   * Reads a whole file, or standard input, of at most {@link OerJson#MAX_DOCUMENT_LENGTH} bytes.
   *
   * @param name  the path, or {@code -}
   * @return the bytes
   * @throws UnusableFileException if it is missing, a directory, unreadable or too large
   */
  static byte[] bytes(String name) {
    try (InputStream in = open(name)) {
      byte[] bytes = in.readNBytes((int) OerJson.MAX_DOCUMENT_LENGTH + 1);
      if (bytes.length > OerJson.MAX_DOCUMENT_LENGTH) {
        throw new UnusableFileException(label(name), "is larger than " + (OerJson.MAX_DOCUMENT_LENGTH >> 20)
            + " MB, the largest document oerkit reads");
      }
      return bytes;
    } catch (IOException e) {
      throw new UnusableFileException(label(name), "cannot read: " + reason(e));
    }
  }

  /**
   * Opens a file, or standard input, for reading in a stream.
   *
   * @param name  the path, or {@code -}
   * @return the stream; closing it leaves standard input open
   * @throws UnusableFileException if it is missing, a directory or unreadable
   */
  static InputStream open(String name) {
    if (name.equals(STANDARD_INPUT)) {
      return new java.io.FilterInputStream(System.in) {
        @Override
        public void close() {
          // standard input stays open for the rest of the process
        }
      };
    }
    Path path = path(name);
    if (Files.isDirectory(path)) {
      throw new UnusableFileException(name, "is a directory; name a file");
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new UnusableFileException(name, "no such file");
    } catch (IOException e) {
      throw new UnusableFileException(name, "cannot read: " + reason(e));
    }
  }

  /**
   * Reads a document with one of oerkit's readers; a failure of the reader names the file and, where the
   * reader says, the line, the column and the JSON Pointer.
   *
   * @param name  the path, or {@code -}
   * @param reader  reads the bytes
   * @param <T>  the type read
   * @return the value
   * @throws UnusableFileException if the file cannot be read or the reader refuses it
   */
  static <T> T read(String name, Function<byte[], T> reader) {
    byte[] bytes = bytes(name);
    try {
      return reader.apply(bytes);
    } catch (RuntimeException e) {
      throw UnusableFileException.of(label(name), e);
    }
  }

  /**
   * Reads a document named either by an example's name or by its file: a name that is neither is answered
   * with the closest example names and the list of them.
   *
   * @param name  an example's name, a path, or {@code -}
   * @param examples  the examples' names
   * @param reader  reads the file's bytes
   * @param <T>  the type read
   * @return the value
   */
  static <T> T fileOrExample(String name, Collection<String> examples, Function<byte[], T> reader) {
    if (!name.equals(STANDARD_INPUT) && Files.notExists(path(name)) && !name.contains("/")
        && !name.contains(".")) {
      throw new UnusableFileException(name, "no such file, and no example of that name; "
          + Oer.closest(name, examples).map(c -> "did you mean " + c + "? ").orElse("") + "The examples: "
          + String.join(", ", examples.stream().sorted().toList()) + ".");
    }
    return read(name, reader);
  }

  private static Path path(String name) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new UnusableFileException(name, "is not a file name this system accepts: " + e.getReason());
    }
  }

  /** The reason of a failure to read or write, without the file's name, which the error line starts with. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = String.valueOf(e.getMessage());
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      message = fs.getReason();
    }
    return Oer.oneLine(message);
  }
}
