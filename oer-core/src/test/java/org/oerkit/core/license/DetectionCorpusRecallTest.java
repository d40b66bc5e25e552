package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The recall of the detector on its corpus ({@code detection-corpus.tsv}) never falls: every case is answered
 * as expected (the answer, and the licence or the licences named), but for the known misses listed here by
 * line, which a change may mend but no change may add to.
 */
class DetectionCorpusRecallTest {

  /** The lines of the corpus the detector does not answer as expected yet. */
  private static final Set<Integer> KNOWN_MISSES = Set.of();

  @Test
  void corpus_everyCaseButTheKnownMisses_isAnsweredAsExpected() throws IOException {
    Map<List<String>, String> texts = LegalTextsTest.texts();
    Map<String, LegalTextsPortsTest.Record> ports = LegalTextsPortsTest.records();
    List<String> misses = new ArrayList<>();
    for (DetectionCorpusTest.Case c : DetectionCorpusTest.cases()) {
      Detection detection = DetectionCorpusTest.detect(c, texts, ports);
      if (!KNOWN_MISSES.contains(c.line()) && !DetectionCorpusTest.asExpected(c, detection)) {
        misses.add(c.line() + ": " + Detection.kept(c.input()).replace("\n", "\\n") + " -> "
            + detection.answer().label() + " " + detection.candidates() + " " + detection.expression()
            + ", expected " + c.answer() + " " + c.expected());
      }
    }

    assertThat(misses).isEmpty();
  }
}
