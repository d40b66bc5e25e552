package org.oerkit.json;

import org.oerkit.core.UnreadableDocumentException;

/**
 * A JSON document that oerkit cannot read: the one error type of the JSON binding.
 *
 * <p>It says where, three ways: the JSON Pointer (RFC 6901) of the offending value, such as
 * {@code /days/0/sessions/3/start}; the line and column in the text; and, through
 * {@link #problem()}, what was wrong there, as a sentence the author of the document can act on, such as
 * {@code "2025-02-30" is not a date written YYYY-MM-DD, such as "2017-12-11".} A domain rule broken inside
 * the document points at the field it names, not at the whole object. The message never quotes more than
 * a few dozen characters of the document.
 *
 * <p>Whatever went wrong (bad syntax, a cut-off file, a duplicate key, an unknown property, a value of the
 * wrong kind, a broken domain rule, a limit exceeded), no partial value is ever returned.
 */
public final class OerJsonException extends UnreadableDocumentException {

  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final long line;
  private final int column;
  private final String problem;

  OerJsonException(String pointer, long line, int column, String problem, Throwable cause) {
    super(location(pointer, line, column), problem, cause);
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  OerJsonException(String pointer, long line, int column, String problem) {
    super(location(pointer, line, column), problem);
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  private static String location(String pointer, long line, int column) {
    String at = line > 0 ? "line " + line + (column > 0 ? ", column " + column : "") : "";
    if (pointer.isEmpty()) {
      return at.isEmpty() ? "document" : at;
    }
    return at.isEmpty() ? pointer : pointer + " (" + at + ")";
  }

  /**
   * Creates a copy that reports a line of a JSON Lines file, whose records each sit on one line.
   *
   * @param fileLine  the line number in the file, from 1
   * @return the copy
   */
  OerJsonException onLine(long fileLine) {
    return getCause() == null
        ? new OerJsonException(pointer, fileLine, column, problem)
        : new OerJsonException(pointer, fileLine, column, problem, getCause());
  }

  /**
   * Gets the JSON Pointer (RFC 6901) of the offending value.
   *
   * @return the pointer, such as {@code "/sessions/3/start"}, or empty for the whole document
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Gets the line of the offending text, counted from 1; in a JSON Lines file, the line of the record.
   *
   * @return the line, or 0 if unknown
   */
  public long line() {
    return line;
  }

  /**
   * Gets the column of the offending text, counted from 1.
   *
   * @return the column, or 0 if unknown
   */
  public int column() {
    return column;
  }

  /**
   * Gets what was wrong, as a sentence the author of the document can act on.
   *
   * @return the sentence, without the location
   */
  public String problem() {
    return problem;
  }
}
