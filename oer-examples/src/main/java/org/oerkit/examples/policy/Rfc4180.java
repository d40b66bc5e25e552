package org.oerkit.examples.policy;

import java.util.List;

/**
 * Comma-separated values as RFC 4180 defines them: records end in CRLF, fields are separated by commas, and
 * a field that holds a comma, a double quote, a carriage return or a line feed is enclosed in double quotes,
 * its double quotes doubled (RFC 4180, section 2, rules 1, 4, 6 and 7). The first record is the header.
 */
final class Rfc4180 {

  private Rfc4180() {}

  /**
   * Formats a table.
   *
   * @param rows  the header then the records, each a list of fields, not null
   * @return the text, every record ending in CRLF
   */
  static String format(List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(field(row.get(i)));
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  static String field(String value) {
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
        || value.indexOf('\n') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
