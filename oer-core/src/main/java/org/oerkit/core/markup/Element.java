package org.oerkit.core.markup;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.oerkit.core.DomainRuleException;

/**
 * An element of an HTML or SVG tree: a name, attributes in the order they were given, and child nodes.
 *
 * <p>Names are checked when the element is built (letters, digits, {@code _ . : -}, not starting with a digit),
 * as are the attributes; values and text are plain strings that {@link Markup} escapes when the tree is
 * written. The text of a {@code style} element must hold no {@code <} or {@code &}: HTML reads it as raw
 * text and XML as parsed text, and only such text means the same to both.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Element extends Node {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.:-]*");

  /** The HTML elements that never have content, written {@code <br/>}; other empty HTML elements get an end tag. */
  private static final List<String> VOID = List.of("area", "base", "br", "col", "embed", "hr", "img", "input",
      "link", "meta", "source", "track", "wbr");

  /** The SVG elements the pictures use that HTML does not have: they, and what they hold, are SVG content. */
  private static final List<String> SVG_ONLY = List.of("svg", "g", "rect", "line", "text", "tspan", "path",
      "pattern", "defs", "circle", "polygon", "polyline", "use", "desc");

  private final String name;
  private final Map<String, String> attributes;
  private final List<Node> children;

  private Element(String name, Map<String, String> attributes, List<Node> children) {
    this.name = name;
    this.attributes = attributes;
    this.children = children;
  }

  /**
   * Starts an element.
   *
   * @param name  the element name, such as {@code "p"} or {@code "rect"}, not null
   * @return a builder
   * @throws DomainRuleException if the name is not a valid element name
   */
  public static Builder builder(String name) {
    return new Builder(checkName("name", name));
  }

  /**
   * Obtains an element with the given children and no attributes.
   *
   * @param name  the element name, not null
   * @param children  the children, not null
   * @return the element
   * @throws DomainRuleException if the name is not a valid element name
   */
  public static Element of(String name, Node... children) {
    return builder(name).add(children).build();
  }

  /**
   * Obtains an element holding one run of text.
   *
   * @param name  the element name, not null
   * @param text  the text, plain, not null
   * @return the element
   * @throws DomainRuleException if the name is not a valid element name
   */
  public static Element of(String name, String text) {
    return builder(name).text(text).build();
  }

  private static String checkName(String attribute, String name) {
    requireNonNull(name, attribute);
    if (!NAME.matcher(name).matches()) {
      throw new DomainRuleException("Element", attribute, "must be an XML name such as \"rect\" or \"aria-label\"",
          name);
    }
    return name;
  }

  /**
   * Gets the element name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Gets the attributes, in the order they were given.
   *
   * @return the attributes, plain values
   */
  public Map<String, String> attributes() {
    return attributes;
  }

  /**
   * Gets the child nodes.
   *
   * @return the children, possibly empty
   */
  public List<Node> children() {
    return children;
  }

  @Override
  public String textContent() {
    StringBuilder text = new StringBuilder();
    children.forEach(c -> text.append(c.textContent()));
    return text.toString();
  }

  @Override
  void writeTo(StringBuilder out) {
    writeTo(out, false);
  }

  private void writeTo(StringBuilder out, boolean foreign) {
    boolean inSvg = foreign || SVG_ONLY.contains(name);
    out.append('<').append(name);
    attributes.forEach((key, value) -> {
      out.append(' ').append(key).append("=\"");
      Markup.escape(value, true, out);
      out.append('"');
    });
    if (children.isEmpty() && (inSvg || VOID.contains(name))) {
      out.append("/>");
      return;
    }
    out.append('>');
    if (name.equals("style")) {
      out.append(textContent());
    } else {
      for (Node child : children) {
        if (child instanceof Element) {
          ((Element) child).writeTo(out, inSvg);
        } else {
          child.writeTo(out);
        }
      }
    }
    out.append("</").append(name).append('>');
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Element)) {
      return false;
    }
    Element other = (Element) obj;
    return name.equals(other.name) && attributes.equals(other.attributes) && children.equals(other.children);
  }

  @Override
  public int hashCode() {
    return (name.hashCode() * 31 + attributes.hashCode()) * 31 + children.hashCode();
  }

  /**
   * Builds an {@link Element}. A builder is not thread-safe; the element it builds is.
   */
  public static final class Builder {
    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final ImmutableList.Builder<Node> children = ImmutableList.builder();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Sets an attribute; setting it again replaces the value and keeps its place.
     *
     * @param key  the attribute name, such as {@code "class"}, not null
     * @param value  the value, plain, not null
     * @return this builder
     * @throws DomainRuleException if the key is not a valid attribute name
     */
    public Builder attr(String key, String value) {
      attributes.put(checkName("attribute", key), requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets a numeric attribute, written by {@link Svg#number(double)}.
     *
     * @param key  the attribute name, not null
     * @param value  the value, finite
     * @return this builder
     * @throws DomainRuleException if the key is not a valid attribute name or the value is not finite
     */
    public Builder attr(String key, double value) {
      return attr(key, Svg.number(value));
    }

    /**
     * Sets the {@code class} attribute.
     *
     * @param classes  the class names, separated by spaces, not null
     * @return this builder
     */
    public Builder classes(String classes) {
      return attr("class", classes);
    }

    /**
     * Adds child nodes.
     *
     * @param nodes  the nodes, not null
     * @return this builder
     */
    public Builder add(Node... nodes) {
      for (Node node : nodes) {
        children.add(requireNonNull(node, "node"));
      }
      return this;
    }

    /**
     * Adds child nodes.
     *
     * @param nodes  the nodes, not null
     * @return this builder
     */
    public Builder add(Iterable<? extends Node> nodes) {
      for (Node node : nodes) {
        children.add(requireNonNull(node, "node"));
      }
      return this;
    }

    /**
     * Adds a run of text.
     *
     * @param text  the text, plain, not null
     * @return this builder
     */
    public Builder text(String text) {
      children.add(Node.text(text));
      return this;
    }

    /**
     * Builds the element.
     *
     * @return the element
     * @throws DomainRuleException if a {@code style} element holds anything but text, or text with
     *     {@code <} or {@code &}
     */
    public Element build() {
      ImmutableList<Node> nodes = children.build();
      if (name.equals("style")) {
        for (Node node : nodes) {
          if (node instanceof Element || node.textContent().contains("<") || node.textContent().contains("&")) {
            throw new DomainRuleException("Element", "children",
                "of a style element must be text without '<' or '&'", node.toString());
          }
        }
      }
      return new Element(name, ImmutableMap.copyOf(attributes), nodes);
    }
  }
}
