package org.oerkit.examples.cli;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.oerkit.core.UnreadableDocumentException;
import org.oerkit.json.OerJsonException;
import tools.jackson.databind.node.ObjectNode;

/**
 * A file a command cannot use: it is missing, a directory, unwritable, or its content cannot be read. It is
 * printed as compilers print errors, {@code FILE:LINE:COLUMN: message}, with the line and column where
 * known and the JSON Pointer of the value at the start of the message, so that shell loops over many files
 * say which file failed.
 */
final class UnusableFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final int column;
  private final String pointer;
  private final String problem;

  UnusableFileException(String file, long line, int column, String pointer, String problem, Throwable cause) {
    super(requireNonNull(problem, "problem"), cause);
    this.file = requireNonNull(file, "file");
    this.line = line;
    this.column = column;
    this.pointer = requireNonNull(pointer, "pointer");
    this.problem = problem;
  }

  /** A file that cannot be opened, read or written, with no position in it. */
  UnusableFileException(String file, String problem) {
    this(file, 0, 0, "", problem, null);
  }

  /**
   * The failure of reading a file's content, located by the reader's exception where it says where.
   *
   * @param file  the file as the user named it ({@code <stdin>} for standard input)
   * @param e  the reader's failure
   * @return the exception
   */
  static UnusableFileException of(String file, RuntimeException e) {
    if (e instanceof OerJsonException json) {
      return new UnusableFileException(file, json.line(), json.column(), json.pointer(), json.problem(), e);
    }
    if (e instanceof UnreadableDocumentException document && document.location().startsWith("/")) {
      return new UnusableFileException(file, 0, 0, document.location(),
          document.getMessage().substring(document.location().length() + 2), e);
    }
    return new UnusableFileException(file, 0, 0, "", Oer.describe(e), e);
  }

  /**
   * Gets the error line: {@code FILE:LINE:COLUMN: POINTER: problem}, without the parts not known.
   *
   * @return one line
   */
  String line() {
    return line(file, line, column, pointer, problem);
  }

  /**
   * Formats an error line about a file, as compilers write it.
   *
   * @param file  the file's name for messages
   * @param line  the line, or 0 if not known
   * @param column  the column, or 0 if not known
   * @param pointer  the JSON Pointer of the value, or empty
   * @param problem  what was wrong
   * @return {@code FILE:LINE:COLUMN: POINTER: problem}, without the parts not known
   */
  static String line(String file, long line, int column, String pointer, String problem) {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    text.append(": ");
    if (!pointer.isEmpty()) {
      text.append(pointer).append(": ");
    }
    return text.append(Oer.oneLine(problem)).toString();
  }

  /**
   * Gets the error as {@code --json} prints it: {@code {"file", "line", "column", "pointer", "message"}}.
   *
   * @return the object; line and column are null when not known, the pointer is empty for the whole file
   */
  ObjectNode json() {
    return Oer.errorJson(Optional.of(file), line, column, pointer, Oer.oneLine(problem));
  }
}
