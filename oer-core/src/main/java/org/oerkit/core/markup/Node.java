package org.oerkit.core.markup;

import static java.util.Objects.requireNonNull;

/**
 * A node of a markup tree: an {@link Element} or a run of text.
 *
 * <p>Text is kept as the plain string it is; {@link Markup} escapes it when the tree is written.
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class Node {

  Node() {}

  /**
   * Obtains a run of text.
   *
   * @param text  the text, plain (not escaped), not null
   * @return the text node
   */
  public static Node text(String text) {
    return new Text(requireNonNull(text, "text"));
  }

  /** Appends this node, escaped, to the output. */
  abstract void writeTo(StringBuilder out);

  /**
   * Gets the text of this node and every node below it, concatenated, as a reader without markup sees it.
   *
   * @return the text content, possibly empty
   */
  public abstract String textContent();

  /**
   * Writes this node as markup.
   *
   * @return the markup
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    writeTo(out);
    return out.toString();
  }

  /** A run of text. */
  static final class Text extends Node {
    private final String text;

    Text(String text) {
      this.text = text;
    }

    @Override
    void writeTo(StringBuilder out) {
      Markup.escape(text, false, out);
    }

    @Override
    public String textContent() {
      return text;
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Text && ((Text) obj).text.equals(text);
    }

    @Override
    public int hashCode() {
      return text.hashCode();
    }
  }
}
