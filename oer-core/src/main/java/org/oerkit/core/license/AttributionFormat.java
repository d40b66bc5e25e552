package org.oerkit.core.license;

/**
 * The formats an {@link Attribution} notice is rendered in, as attribution generators offer them (the
 * Creative Commons chooser's "Rich Text, HTML, Plain Text"; the OPEN Attribution Builder's text and HTML).
 */
public enum AttributionFormat {
  /** Plain text, with URIs written out in parentheses. */
  TEXT,
  /** Markdown, with the title linked to the source and the licence linked to its deed. */
  MARKDOWN,
  /** An HTML fragment, everything escaped, the licence link marked {@code rel="license"}. */
  HTML
}
