package org.oerkit.examples.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates a repository's records as JSON Lines from a seed, for the Spark job's test and the audit's
 * throughput measurement (BENCHMARKS.md): each licence field is an input of oer-core's detection corpus
 * ({@code detection-corpus.tsv}, real-world fields, URIs, names, statements and HTML snippets; the legal texts
 * are left out), under {@code license}, {@code licence} or {@code rights}, sometimes as an array, sometimes
 * missing; with titles, authors and sources, and now and then a blank line or a line that is no record.
 *
 * <p>The same seed and count always give the same lines. Run {@code main} with a count and a file to write
 * a dataset.
 */
final class AuditRecords {

  private static final String CORPUS = "/org/oerkit/core/license/detection-corpus.tsv";
  private static final String[] SUBJECTS = {"Algebra", "Biology", "Chemistry", "History of Kazakhstan",
      "Physics", "Geography", "Computer Science", "Literature", "Teacher Education", "Open Licensing"};
  private static final String[] AUTHORS = {"Aigerim Abenova", "Nurlan Seitkali", "Svetlana Knyazeva",
      "Irina Petrova", "Daniyar Omarov", "Gulnara Zhakupova"};
  private static final String[] NOT_RECORDS = {"this line is not JSON", "[\"an\", \"array\"]", "42",
      "{\"title\": \"cut off", "null"};

  private final List<String> inputs;
  private final long seed;

  private AuditRecords(List<String> inputs, long seed) {
    this.inputs = inputs;
    this.seed = seed;
  }

  /**
   * Obtains a generator over the detection corpus's short inputs.
   *
   * @param seed  the seed
   * @return the generator
   */
  static AuditRecords withSeed(long seed) {
    List<String> inputs = new ArrayList<>();
    try (InputStream stream = Objects.requireNonNull(AuditRecords.class.getResourceAsStream(CORPUS), CORPUS);
        BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#") || line.isBlank() || line.startsWith("@text:")) {
          continue;
        }
        inputs.add(unescape(line.substring(0, line.indexOf('\t'))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new AuditRecords(List.copyOf(inputs), seed);
  }

  /** The corpus's escapes: {@code \n}, {@code \t}, {@code \0} and {@code \\}. */
  private static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(switch (next) {
          case 'n' -> '\n';
          case 't' -> '\t';
          case '0' -> '\0';
          default -> next;
        });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Gets the distinct licence inputs the records draw from.
   *
   * @return the inputs
   */
  List<String> inputs() {
    return inputs;
  }

  /**
   * Generates one line.
   *
   * @param index  the number of the line, 0 or more
   * @param withNoise  whether blank lines and lines that are no record occur
   * @return the line, without its line break
   */
  String line(long index, boolean withNoise) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003 + index);
    int roll = random.nextInt(100);
    if (withNoise && roll == 0) {
      return "";
    }
    if (withNoise && roll == 1) {
      return NOT_RECORDS[random.nextInt(NOT_RECORDS.length)];
    }
    ObjectNode node = Json.object();
    node.put("title", SUBJECTS[random.nextInt(SUBJECTS.length)] + " " + (index + 1));
    if (random.nextInt(4) > 0) {
      node.put(random.nextBoolean() ? "author" : "creator", AUTHORS[random.nextInt(AUTHORS.length)]);
    }
    if (random.nextInt(3) > 0) {
      node.put("source", "https://oer.example.org/records/" + (index + 1));
    }
    String license = inputs.get(random.nextInt(inputs.size()));
    int shape = random.nextInt(20);
    if (shape == 0) {
      node.putArray("license").add(license);
    } else if (shape == 1) {
      node.put("licence", license);
    } else if (shape == 2) {
      node.put("rights", license);
    } else if (shape != 3) {
      node.put("license", license);
    }
    return LicenseDetectCommand.compact().writeValueAsString(node);
  }

  /**
   * Writes lines to a file.
   *
   * @param file  the file
   * @param count  the number of lines
   * @param withNoise  whether blank lines and lines that are no record occur
   * @throws IOException if the file cannot be written
   */
  void write(Path file, long count, boolean withNoise) throws IOException {
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      for (long i = 0; i < count; i++) {
        out.write(line(i, withNoise));
        out.write('\n');
      }
    }
  }

  /**
   * Writes a dataset: {@code AuditRecords COUNT FILE}.
   *
   * @param args  the number of lines and the file
   * @throws IOException if the file cannot be written
   */
  public static void main(String... args) throws IOException {
    withSeed(2026).write(Path.of(args[1]), Long.parseLong(args[0]), true);
  }
}
