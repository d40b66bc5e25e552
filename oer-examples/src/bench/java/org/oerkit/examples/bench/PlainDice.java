package org.oerkit.examples.bench;

import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.oerkit.core.license.License;

/**
 * The peer baseline of the detection of full legal texts: a plain Sørensen–Dice coefficient over word
 * sets, as licensee computes it for software licences ({@code 2|A ∩ B| / (|A| + |B|)} over the lower-case
 * words of the two texts, in {@code HashSet}s), against the same known texts that oer-core ships
 * ({@code org/oerkit/core/license/legal-texts.txt.gz}: the SPDX licence list's texts, CC0-1.0). It only
 * picks the closest text: no threshold, no check of the licence elements or the version.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlainDice {

  private static final String RESOURCE = "/org/oerkit/core/license/legal-texts.txt.gz";

  private final Map<String, String> texts;
  private final Map<String, Set<String>> words;

  private PlainDice(Map<String, String> texts) {
    this.texts = texts;
    ImmutableMap.Builder<String, Set<String>> sets = ImmutableMap.builder();
    texts.forEach((id, text) -> sets.put(id, words(text)));
    this.words = sets.build();
  }

  /**
   * Loads the known texts of oer-core.
   *
   * @return the baseline
   */
  public static PlainDice standard() {
    Map<String, String> texts = new LinkedHashMap<>();
    try (InputStream in = License.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
          StandardCharsets.UTF_8));
      String id = null;
      StringBuilder text = new StringBuilder();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("%% ")) {
          if (id != null) {
            texts.put(id, text.toString());
          }
          // A text several ids share is known by the first.
          id = line.substring(3).split(" ")[0];
          text.setLength(0);
        } else {
          text.append(line).append('\n');
        }
      }
      if (id != null) {
        texts.put(id, text.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PlainDice(ImmutableMap.copyOf(texts));
  }

  /**
   * Gets the known text of a licence.
   *
   * @param id  the SPDX id of the text (the first, for a shared text), not null
   * @return the text
   * @throws IllegalArgumentException if no known text has that id
   */
  public String text(String id) {
    String text = texts.get(id);
    if (text == null) {
      throw new IllegalArgumentException("no known legal text has the id " + id);
    }
    return text;
  }

  /**
   * Finds the known text closest to a text.
   *
   * @param text  the text, not null
   * @return the SPDX id of the closest known text
   */
  public String closest(String text) {
    Set<String> given = words(text);
    String best = "";
    double bestScore = -1;
    for (Map.Entry<String, Set<String>> known : words.entrySet()) {
      int common = 0;
      for (String word : given) {
        if (known.getValue().contains(word)) {
          common++;
        }
      }
      double score = 2.0 * common / (given.size() + known.getValue().size());
      if (score > bestScore) {
        best = known.getKey();
        bestScore = score;
      }
    }
    return best;
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
