package org.oerkit.core;

import java.util.List;

/**
 * Thrown by a builder asked to build before every required attribute is set; the message names the ones
 * that are missing.
 *
 * <p>The builders of oerkit's value types throw it in place of Immutables' {@code IllegalStateException}
 * (the style's {@code throwForInvalidImmutableState}).
 */
public class MissingAttributesException extends OerException {

  private static final long serialVersionUID = 1L;

  private final List<String> attributes;

  /**
   * Creates the exception for the attributes a builder still lacks.
   *
   * @param attributes  the names of the missing attributes, not null
   */
  public MissingAttributesException(String... attributes) {
    super(message(List.of(attributes)));
    this.attributes = List.of(attributes);
  }

  /**
   * Gets the names of the missing attributes, in the order the type declares them.
   *
   * @return the attribute names, not empty
   */
  public List<String> attributes() {
    return attributes;
  }

  private static String message(List<String> attributes) {
    // The generated builder is the caller: ImmutableWorkshop.Builder builds a Workshop.
    String type = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
            .map(StackWalker.StackFrame::getDeclaringClass)
            .filter(c -> c.getEnclosingClass() != null && c.getEnclosingClass().getSimpleName().startsWith("Immutable"))
            .map(c -> c.getEnclosingClass().getSimpleName().substring("Immutable".length()))
            .findFirst())
        .orElse("The value");
    String names = attributes.size() == 1 ? attributes.get(0)
        : String.join(", ", attributes.subList(0, attributes.size() - 1)) + " and "
            + attributes.get(attributes.size() - 1);
    return type + " needs " + names + ": set " + (attributes.size() == 1 ? "it" : "them")
        + " on the builder before build()";
  }
}
