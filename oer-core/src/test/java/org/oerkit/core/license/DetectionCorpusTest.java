package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The detection corpus ({@code detection-corpus.tsv}, sources in its README): real-world licence fields,
 * URIs, names, statements, HTML snippets and legal texts, each with its expected answer. A wrong match (a
 * licence named that is not the expected one, or one licence named where the input is ambiguous) is never
 * allowed; recall and the misses are printed.
 */
class DetectionCorpusTest {

  record Case(int line, String input, String answer, List<String> expected, String source) {}

  @Test
  void corpus_precisionIsOneHundredPercent() throws IOException {
    List<Case> cases = cases();
    Map<List<String>, String> texts = LegalTextsTest.texts();
    Map<String, LegalTextsPortsTest.Record> ports = LegalTextsPortsTest.records();
    int definite = 0;
    int right = 0;
    List<String> wrong = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    Map<String, int[]> byAnswer = new TreeMap<>();
    for (Case c : cases) {
      Detection detection = detect(c, texts, ports);
      boolean named = detection.license().isPresent() && detection.answer() != Detection.Answer.NOT_A_LICENSE;
      List<String> got = detection.expression().isPresent()
          ? List.of(detection.expression().get().toString())
          : detection.candidates().stream().map(License::id).collect(Collectors.toList());
      boolean expectedDefinite = c.answer().equals("exact") || c.answer().equals("normalized")
          || c.answer().equals("text");
      if (named) {
        definite++;
        if (!expectedDefinite || !c.expected().equals(List.of(detection.license().get().id()))) {
          wrong.add(c.line() + ": " + Detection.kept(c.input()) + " -> " + detection.answer().label() + " "
              + detection.license().get().id() + ", expected " + c.answer() + " " + c.expected());
        }
      }
      boolean ok = asExpected(c, detection);
      byAnswer.computeIfAbsent(c.answer(), a -> new int[2])[ok ? 0 : 1]++;
      if (ok) {
        right++;
      } else {
        misses.add(c.line() + ": " + Detection.kept(c.input()).replace("\n", "\\n") + " -> "
            + detection.answer().label() + " " + got + ", expected " + c.answer() + " " + c.expected());
      }
    }
    System.out.printf("detection corpus: %d cases, %d definite answers, %d wrong matches, precision %.1f%%, "
        + "recall (answer and licences as expected) %d/%d = %.1f%%%n", cases.size(), definite, wrong.size(),
        definite == 0 ? 100.0 : 100.0 * (definite - wrong.size()) / definite, right, cases.size(),
        100.0 * right / cases.size());
    byAnswer.forEach((answer, counts) -> System.out.printf("  expected %-14s %3d as expected, %3d not%n", answer,
        counts[0], counts[1]));
    misses.forEach(m -> System.out.println("  miss " + m));

    assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
    assertThat(wrong).isEmpty();
  }

  /** Detects a case's input, or the legal text it names ({@code @text:id}). */
  static Detection detect(Case c, Map<List<String>, String> texts, Map<String, LegalTextsPortsTest.Record> ports) {
    String input = c.input();
    if (input.startsWith("@text:")) {
      String id = input.substring("@text:".length());
      input = texts.entrySet().stream().filter(e -> e.getKey().contains(id)).findFirst().orElseThrow().getValue();
    } else if (input.startsWith("@port:")) {
      input = ports.get(input.substring("@port:".length())).text();
    }
    return LicenseDetector.standard().detect(input);
  }

  /** Whether a case is answered as expected: its answer, and its licence or the licences it names. */
  static boolean asExpected(Case c, Detection detection) {
    boolean named = detection.license().isPresent() && detection.answer() != Detection.Answer.NOT_A_LICENSE;
    List<String> got = detection.expression().isPresent()
        ? Arrays.asList(detection.expression().get().toString().split(" "))
        : detection.candidates().stream().map(License::id).collect(Collectors.toList());
    return detection.answer().label().equals(c.answer()) && (c.expected().equals(List.of("-"))
        || (named ? c.expected().equals(List.of(detection.license().get().id()))
            : new LinkedHashSet<>(got).equals(new LinkedHashSet<>(c.expected()))));
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        DetectionCorpusTest.class.getResourceAsStream("detection-corpus.tsv"), StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (number == 1 || line.isBlank()) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        assertThat(fields).as("line " + number).hasSize(4);
        cases.add(new Case(number, unescape(fields[0]), fields[1], Arrays.asList(fields[2].split(" ")), fields[3]));
      }
    }
    Set<String> answers = cases.stream().map(Case::answer).collect(Collectors.toSet());
    assertThat(answers).allMatch(a -> Arrays.stream(Detection.Answer.values()).anyMatch(x -> x.label().equals(a)));
    return cases;
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next == '0' ? '\u0000' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
