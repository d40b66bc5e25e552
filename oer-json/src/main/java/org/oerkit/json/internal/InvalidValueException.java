package org.oerkit.json.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

/**
 * A JSON value that the oerkit binding refuses: of the wrong kind, unknown, missing, or breaking a domain
 * rule. It carries the JSON Pointer of the offending value and a sentence for the author of the document,
 * which {@code OerJson} turns into its public {@code OerJsonException}.
 *
 * <p>It is a Jackson {@link DatabindException}, so that a mapper configured by hand with the module reports
 * it like any other binding failure.
 */
public final class InvalidValueException extends DatabindException {

  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String problem;

  InvalidValueException(JsonParser parser, String pointer, String problem, TokenStreamLocation location,
      Throwable cause) {
    super(parser, problem + " (at " + (pointer.isEmpty() ? "the root" : pointer) + ")", location, cause);
    this.pointer = pointer;
    this.problem = problem;
  }

  /**
   * Gets the JSON Pointer (RFC 6901) of the offending value.
   *
   * @return the pointer, empty for the document's root
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Gets the problem, as a sentence the author of the document can act on.
   *
   * @return the sentence
   */
  public String problem() {
    return problem;
  }
}
