package org.oerkit.core.license;

import com.google.common.base.Ascii;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the licence links of an HTML snippet, such as the Creative Commons chooser's: the {@code href} of
 * every {@code <a>} or {@code <link>} whose {@code rel} holds {@code license} (HTML Living Standard,
 * "Link type license"; ccREL uses {@code rel="license"} and {@code cc:license}). A linear scan, not a
 * parser: tags are read up to their {@code >}.
 */
final class Html {

  private Html() {}

  /** The hrefs of the licence links, in order: the first 32, so a huge page costs no more than a snippet. */
  static List<String> licenseLinks(String html) {
    List<String> links = new ArrayList<>();
    // ASCII only (tag names, attribute names and link types are ASCII case-insensitive), so that each index
    // of the lower-case copy is that of the same character in the original: Locale.ROOT would turn an "İ"
    // into two characters.
    String lower = Ascii.toLowerCase(html);
    int at = 0;
    while ((at = lower.indexOf('<', at)) >= 0 && links.size() < 32) {
      int end = lower.indexOf('>', at);
      if (end < 0) {
        break;
      }
      String tag = lower.substring(at, end);
      if (opens(tag, "<a") || opens(tag, "<link")) {
        if (isLicenseRel(Ascii.toLowerCase(attribute(tag, html.substring(at, end), "rel")))) {
          String href = attribute(tag, html.substring(at, end), "href");
          if (!href.isBlank()) {
            links.add(href.replace("&amp;", "&"));
          }
        }
      }
      at = end + 1;
    }
    return links;
  }

  /** Whether the tag is one of that name with attributes: the name, then white space (a tab, a line break). */
  private static boolean opens(String tag, String name) {
    return tag.startsWith(name) && tag.length() > name.length() && Character.isWhitespace(tag.charAt(name.length()));
  }

  private static boolean isLicenseRel(String rel) {
    for (String token : rel.split("[\\s]+")) {
      if (token.equals("license") || token.equals("cc:license") || token.equals("dc:license")
          || token.equals("dct:license") || token.equals("dcterms:license")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The value of an attribute, quoted or not, found in the lower-case tag and read from the original; empty
   * where the tag has none. An unquoted value runs to the next white space (HTML Living Standard, "Attribute
   * value (unquoted) state"), so it may hold the slashes of a URL.
   */
  private static String attribute(String lowerTag, String tag, String name) {
    int from = 0;
    while (true) {
      int at = lowerTag.indexOf(name, from);
      if (at < 0) {
        return "";
      }
      from = at + name.length();
      // The tag starts with "<a" or "<link", so the name has a character before it.
      boolean startsWord = Character.isWhitespace(lowerTag.charAt(at - 1));
      int i = at + name.length();
      while (i < lowerTag.length() && Character.isWhitespace(lowerTag.charAt(i))) {
        i++;
      }
      if (!startsWord || i >= lowerTag.length() || lowerTag.charAt(i) != '=') {
        continue;
      }
      i++;
      while (i < lowerTag.length() && Character.isWhitespace(lowerTag.charAt(i))) {
        i++;
      }
      if (i >= tag.length()) {
        return "";
      }
      char quote = tag.charAt(i);
      if (quote == '"' || quote == '\'') {
        int close = tag.indexOf(quote, i + 1);
        return close < 0 ? tag.substring(i + 1) : tag.substring(i + 1, close);
      }
      int stop = i;
      while (stop < tag.length() && !Character.isWhitespace(tag.charAt(stop))) {
        stop++;
      }
      return tag.substring(i, stop);
    }
  }

  /** The text of the snippet: tags replaced by a space, the common entities decoded, each once. */
  static String text(String html) {
    StringBuilder out = new StringBuilder(html.length());
    boolean inTag = false;
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      if (c == '<') {
        inTag = true;
        out.append(' ');
      } else if (c == '>' && inTag) {
        inTag = false;
      } else if (!inTag) {
        out.append(c);
      }
    }
    // "&amp;" last, so that "&amp;copy;" reads as the text "&copy;", not as "©".
    return out.toString().replace("&nbsp;", " ").replace("&copy;", "©").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }
}
