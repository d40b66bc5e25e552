package org.oerkit.core.markup;

import static java.util.Objects.requireNonNull;

/**
 * The frame of an HTML page the pictures write: a language, a title, a style sheet of the page's own, and the
 * body, with no external fonts, style sheets or scripts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Html {

  /**
   * The system font stack of every picture: fonts that ship with the common systems and render Cyrillic and
   * the Kazakh letters (ә ғ қ ң ө ұ ү һ і), then the generic family.
   */
  public static final String FONT_STACK = "\"DejaVu Sans\", \"Noto Sans\", \"Segoe UI\", \"Helvetica Neue\", Arial, "
      + "\"Liberation Sans\", sans-serif";

  private Html() {}

  /**
   * Builds the root of a page.
   *
   * @param language  the page's language, a BCP 47 tag such as {@code "en"}, not null
   * @param title  the title of the page, plain, not null
   * @param css  the page's style sheet, without {@code <} or {@code &}, not null
   * @param body  the content of the body, not null
   * @return the {@code html} element, for {@link Markup#htmlDocument(Element)}
   * @throws org.oerkit.core.DomainRuleException if the style sheet holds {@code <} or {@code &}
   */
  public static Element page(String language, String title, String css, Iterable<? extends Node> body) {
    requireNonNull(language, "language");
    Element head = Element.builder("head")
        .add(Element.builder("meta").attr("charset", "utf-8").build())
        .add(Element.builder("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1")
            .build())
        .add(Element.of("title", title))
        .add(Element.of("style", css))
        .build();
    return Element.builder("html").attr("xmlns", Markup.XHTML_NAMESPACE).attr("lang", language)
        .attr("xml:lang", language)
        .add(head, Element.builder("body").add(body).build())
        .build();
  }

  /**
   * Builds an element with a class and text.
   *
   * @param name  the element name, not null
   * @param classes  the class names, not null
   * @param text  the text, plain, not null
   * @return the element
   */
  public static Element classed(String name, String classes, String text) {
    return Element.builder(name).classes(classes).text(text).build();
  }
}
