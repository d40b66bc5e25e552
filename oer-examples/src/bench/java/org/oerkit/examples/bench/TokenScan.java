package org.oerkit.examples.bench;

import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The floor of the read benchmarks: jackson-core reads every token of a document and binds nothing; names
 * and strings are not even turned into Java strings.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TokenScan {

  private final JsonFactory factory = new JsonFactory();

  /**
   * Counts the tokens of a document.
   *
   * @param json  the document, UTF-8, not null
   * @return the number of tokens
   */
  public int count(byte[] json) {
    int tokens = 0;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }
}
