package org.oerkit.core.markup;

import static java.util.Objects.requireNonNull;

import org.oerkit.core.DomainRuleException;

/**
 * Writes markup trees as documents: an HTML page in XHTML syntax, or a standalone SVG file. The one place
 * where text is escaped.
 *
 * <p>Escaping: {@code & < >} in text, and also {@code "} and the white-space controls in attribute values,
 * become character references; a character that XML 1.0 does not allow (a C0 control other than tab, line
 * feed and carriage return, an unpaired surrogate, U+FFFE, U+FFFF) becomes U+FFFD, the replacement
 * character, so that the reader of a picture sees where the data held one. Nothing else is changed: Cyrillic
 * and every other letter is written as itself, in UTF-8.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Markup {

  /** The XHTML namespace, which an HTML page's {@code html} element declares so that it also parses as XML. */
  public static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";
  /** The SVG namespace. */
  public static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

  private Markup() {}

  /**
   * Writes an HTML page: the HTML doctype, then the {@code html} element, then a line feed.
   *
   * @param html  the root element, named {@code html}, with {@code xmlns} and {@code lang}, not null
   * @return the page, to be stored as UTF-8
   * @throws DomainRuleException if the root is not an {@code html} element with the XHTML namespace and a
   *     language
   */
  public static String htmlDocument(Element html) {
    requireNonNull(html, "html");
    if (!html.name().equals("html") || !XHTML_NAMESPACE.equals(html.attributes().get("xmlns"))
        || !html.attributes().containsKey("lang")) {
      throw new DomainRuleException("Markup", "html",
          "must be an html element with xmlns=\"" + XHTML_NAMESPACE + "\" and a lang attribute",
          html.name() + html.attributes());
    }
    return "<!DOCTYPE html>\n" + html + "\n";
  }

  /**
   * Writes a standalone SVG file: the XML declaration, then the {@code svg} element, then a line feed.
   *
   * @param svg  the root element, named {@code svg}, with the SVG namespace, not null
   * @return the file, to be stored as UTF-8
   * @throws DomainRuleException if the root is not an {@code svg} element with the SVG namespace
   */
  public static String svgDocument(Element svg) {
    requireNonNull(svg, "svg");
    if (!svg.name().equals("svg") || !SVG_NAMESPACE.equals(svg.attributes().get("xmlns"))) {
      throw new DomainRuleException("Markup", "svg", "must be an svg element with xmlns=\"" + SVG_NAMESPACE + "\"",
          svg.name() + svg.attributes());
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n";
  }

  /**
   * Escapes text for markup.
   *
   * @param text  the plain text, not null
   * @return the escaped text, for element content
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(requireNonNull(text, "text"), false, out);
    return out.toString();
  }

  static void escape(String text, boolean attribute, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append(attribute ? "&quot;" : "\"");
          break;
        case '\t':
        case '\n':
        case '\r':
          if (attribute) {
            out.append("&#").append((int) c).append(';');
          } else {
            out.append(c);
          }
          break;
        default:
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
      }
    }
  }
}
