package org.oerkit.examples.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.oerkit.core.license.Detection;
import org.oerkit.core.license.LicenseDetector;
import org.oerkit.examples.bench.PlainDice;
import org.oerkit.examples.bench.SyntheticLicenseStrings;
import org.oerkit.examples.bench.SyntheticWorkshops;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Identifies licences from their full legal texts (oerkit issue 14): the detector against a plain
 * Sørensen–Dice over word sets ({@link PlainDice}, what licensee computes) over the same texts, interleaved
 * in the same rounds; and the detector's worst case, an unknown text of 100 KB.
 *
 * <p>The texts are eight of the known legal codes (CC BY 4.0, BY-SA 4.0, BY-NC-ND 4.0, BY 3.0, CC0, MIT,
 * Apache 2.0, ODbL), each with its line breaks moved (words re-wrapped at 70 columns), as a text copied from
 * a web page comes; the set-up checks that both identify each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LicenseTexts {

  private static final List<String> IDS = List.of("CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-ND-4.0", "CC-BY-3.0",
      "CC0-1.0", "MIT", "Apache-2.0", "ODbL-1.0");

  private LicenseDetector detector;
  private PlainDice dice;
  private String[] texts;
  private String unknown;

  /**
   * Re-wraps the texts and checks that both sides identify them.
   */
  @Setup
  public void setUp() {
    detector = LicenseDetector.standard();
    dice = PlainDice.standard();
    texts = new String[IDS.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = rewrap(dice.text(IDS.get(i)));
      Detection detection = detector.detect(texts[i]);
      if (!(detection instanceof Detection.Text) || !((Detection.Text) detection).match().id().equals(IDS.get(i))) {
        throw new IllegalStateException(IDS.get(i) + " re-wrapped is detected as " + detection);
      }
      if (!dice.closest(texts[i]).equals(IDS.get(i))) {
        throw new IllegalStateException(IDS.get(i) + " re-wrapped is closest to " + dice.closest(texts[i]));
      }
    }
    unknown = SyntheticLicenseStrings.withSeed(SyntheticWorkshops.SEED).unknownText(100_000);
    if (detector.detect(unknown).isDefinite()) {
      throw new IllegalStateException("the unknown text is detected as " + detector.detect(unknown));
    }
  }

  private static String rewrap(String text) {
    StringBuilder wrapped = new StringBuilder(text.length());
    int column = 0;
    for (String word : text.split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (column > 0 && column + word.length() >= 70) {
        wrapped.append('\n');
        column = 0;
      } else if (column > 0) {
        wrapped.append(' ');
        column++;
      }
      wrapped.append(word);
      column += word.length();
    }
    return wrapped.toString();
  }

  /**
   * The time of each side of {@link #interleaved}, summed over an iteration; JMH reports the fields as
   * secondary results and {@link Benchmarks} divides each by the rounds.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Sides {
    /** Nanoseconds spent in the detector. */
    public long oerkitNanos;
    /** Nanoseconds spent in the plain Sørensen–Dice. */
    public long plainDiceNanos;
    /** The rounds, each of which identified one text with each side. */
    public long rounds;

    /**
     * Starts an iteration from zero.
     */
    @Setup(Level.Iteration)
    public void reset() {
      oerkitNanos = 0;
      plainDiceNanos = 0;
      rounds = 0;
    }
  }

  /**
   * Identifies the next text with each side, the detector first in even rounds, timing each.
   *
   * @param sides  the counters
   * @param hole  where the answers go
   */
  @Benchmark
  public void interleaved(Sides sides, Blackhole hole) {
    String text = texts[(int) (sides.rounds % texts.length)];
    boolean oerkitFirst = ((sides.rounds / texts.length) & 1) == 0;
    if (oerkitFirst) {
      sides.oerkitNanos += detect(text, hole);
    }
    long start = System.nanoTime();
    hole.consume(dice.closest(text));
    sides.plainDiceNanos += System.nanoTime() - start;
    if (!oerkitFirst) {
      sides.oerkitNanos += detect(text, hole);
    }
    sides.rounds++;
  }

  private long detect(String text, Blackhole hole) {
    long start = System.nanoTime();
    hole.consume(detector.detect(text));
    return System.nanoTime() - start;
  }

  /**
   * Detects the unknown text of 100 KB.
   *
   * @return the answer
   */
  @Benchmark
  public Detection unknown100k() {
    return detector.detect(unknown);
  }
}
