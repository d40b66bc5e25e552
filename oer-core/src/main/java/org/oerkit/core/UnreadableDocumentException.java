package org.oerkit.core;

import static java.util.Objects.requireNonNull;

/**
 * A document that cannot be read: text or bytes that do not form a valid oerkit value.
 *
 * <p>The message says where (a JSON Pointer, a line and column, or a line of a text format) and what was
 * wrong, in a sentence the author of the document can act on. Readers of particular formats, such as the
 * JSON binding, subclass it to carry their own kind of location.
 */
public class UnreadableDocumentException extends OerException {

  private static final long serialVersionUID = 1L;

  private final String location;

  /**
   * Creates an exception for a document that cannot be read.
   *
   * @param location  where in the document, such as {@code "/days/0/sessions/3/start"} or
   *     {@code "line 12"}, not null
   * @param problem  what was wrong there, as a sentence, not null
   */
  public UnreadableDocumentException(String location, String problem) {
    super(requireNonNull(location, "location") + ": " + requireNonNull(problem, "problem"));
    this.location = location;
  }

  /**
   * Creates an exception for a document that cannot be read, with the failure underneath it.
   *
   * @param location  where in the document, not null
   * @param problem  what was wrong there, as a sentence, not null
   * @param cause  the failure underneath, not null
   */
  public UnreadableDocumentException(String location, String problem, Throwable cause) {
    super(requireNonNull(location, "location") + ": " + requireNonNull(problem, "problem"),
        requireNonNull(cause, "cause"));
    this.location = location;
  }

  /**
   * Gets where in the document the problem is.
   *
   * @return the location, such as a JSON Pointer or a line number
   */
  public String location() {
    return location;
  }
}
