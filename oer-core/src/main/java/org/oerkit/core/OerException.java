package org.oerkit.core;

/**
 * The root of oerkit's exceptions: an argument that oerkit refuses, with a message saying what was wrong
 * and where.
 *
 * <p>It is an {@link IllegalArgumentException}, as in ThreeTen-Extra and Joda-Money, so callers that
 * already guard against bad arguments catch it. Subclasses name the kind of failure.
 */
public abstract class OerException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a complete message.
   *
   * @param message  the message, not null
   */
  protected OerException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a complete message and its cause.
   *
   * @param message  the message, not null
   * @param cause  the cause, not null
   */
  protected OerException(String message, Throwable cause) {
    super(message, cause);
  }
}
