/**
 * A small, typed writer of HTML and SVG, for the pictures and printable pages each domain area draws of its
 * own data: the agenda's printable programme and timetable, the licence charts, the policy gap report and
 * coverage heatmap.
 *
 * <p>A picture is a tree of {@link org.oerkit.core.markup.Element}s and text, built with
 * {@link org.oerkit.core.markup.Html} and {@link org.oerkit.core.markup.Svg}, and written once by
 * {@link org.oerkit.core.markup.Markup}. Escaping happens in one place, when the tree is written: text and
 * attribute values are plain Java strings everywhere else, so no caller escapes anything and nothing is
 * escaped twice. The output is XHTML syntax that HTML parsers read the same way (void elements close
 * themselves, other empty elements get an end tag, {@code style} text holds no markup characters), so an
 * HTML page also parses as XML, and an SVG file is a standalone XML document.
 *
 * <p>The output is deterministic: attributes keep the order they were given in, numbers are written by
 * {@link org.oerkit.core.markup.Svg#number(double)} with at most two decimals and a dot whatever the default
 * locale, and nothing depends on the clock or the time zone. Colours are
 * {@link org.oerkit.core.markup.Colour}s, which compute the WCAG 2.1 contrast ratio of a pair so that a
 * palette can be tested for AA contrast. Pictures carry no fonts and no scripts: text is text, set in a
 * system font stack ({@link org.oerkit.core.markup.Html#FONT_STACK}) that renders Cyrillic and Kazakh.
 *
 * <p>Every type in this package is immutable and thread-safe; no method accepts or returns {@code null}.
 */
package org.oerkit.core.markup;
