package org.oerkit.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.license.AuditRecord;
import org.oerkit.core.license.License;
import org.oerkit.core.license.LicenseAudit;
import org.oerkit.core.license.LicenseAuditResult;
import org.oerkit.core.license.LicenseDetector;
import org.oerkit.core.license.Openness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code oer license audit}: the licences of a repository's records, streamed in bounded memory; the
 * counting is {@link LicenseAudit}'s, this command only reads records and prints the result.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Audit the licences of a repository's records (JSON Lines or CSV with a licence field and "
        + "optional title, author and source): counts and shares per licence and per answer, openness under "
        + "each definition, records that break a mandate, and records whose licence is ambiguous or unknown.")
final class LicenseAuditCommand implements Callable<Integer> {

  /** The longest line or CSV field read; longer ones are cut, since detection examines a prefix anyway. */
  static final int MAX_FIELD = LicenseDetector.MAX_EXAMINED;

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The records: .csv for CSV with a header row, anything else "
      + "for JSON Lines; - for JSON Lines on standard input.")
  private String file;

  @Mixin
  private AuditOptions options;

  /** The renderings of the result. */
  enum Format { TEXT, JSON, CSV }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "TEXT",
      description = "text (the default), json or csv.")
  private Format format;

  @Option(names = "--json", description = "Print the result as JSON: the same as --format json.")
  private boolean json;

  /** The option of earlier versions, kept working. */
  @Option(names = "--csv", hidden = true)
  private boolean csv;

  @Override
  public Integer call() throws IOException {
    LicenseAudit audit = LicenseAudit.of(LicenseDetector.standard(), options.accepted());
    PrintWriter err = spec.commandLine().getErr();
    boolean progress = System.console() != null;
    long[] bad = new long[1];
    List<String> badLines = new ArrayList<>();
    String label = Input.label(file);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(Input.open(file), StandardCharsets.UTF_8))) {
      RecordReader records = file.toLowerCase(Locale.ROOT).endsWith(".csv")
          ? new CsvRecords(reader, options.field) : new JsonLines(reader, options.field);
      for (Optional<AuditRecord> record = records.next(); record != null; record = records.next()) {
        if (record.isPresent()) {
          audit.add(record.get());
        } else {
          bad[0]++;
          if (badLines.size() < 20) {
            badLines.add(records.problem());
          }
        }
        if (progress && records.line() % 10_000 == 0) {
          err.print("\r" + label + ": " + records.line() + " lines read");
          err.flush();
        }
      }
    } catch (IOException e) {
      throw new UnusableFileException(label, "cannot read: " + Input.reason(e));
    } catch (DomainRuleException e) {
      throw new UnusableFileException(label, 1, 0, "", "the file " + e.rule(), e);
    }
    if (progress) {
      err.println();
    }
    for (String problem : badLines) {
      err.println(label + ":" + problem);
    }
    LicenseAuditResult result = audit.result();
    PrintWriter out = spec.commandLine().getOut();
    if (json || format == Format.JSON) {
      out.print(Json.write(json(result, bad[0])));
    } else if (csv || format == Format.CSV) {
      csv(out, result);
    } else {
      text(out, result, bad[0]);
    }
    out.flush();
    return Oer.OK;
  }

  // ---------------------------------------------------------------------------------------------------
  // Output

  static void text(PrintWriter out, LicenseAuditResult result, long bad) {
    out.println("Records: " + result.total() + (bad > 0 ? " (and " + bad + " lines that are no record)" : ""));
    out.println("By answer:");
    result.byAnswer().forEach((answer, count) -> out.println(row(answer.label(), count, result)));
    out.println("By license:");
    result.byLicense().forEach((key, count) -> out.println(row(key, count, result)));
    out.println("Openness:");
    result.openness().forEach((definition, count) -> out.println(String.format(Locale.ROOT,
        "  %s: open %d (%.1f%%), not open %d (%.1f%%), cannot tell %d (%.1f%%)", definition.title(), count.open(),
        100 * result.share(count.open()), count.notOpen(), 100 * result.share(count.notOpen()), count.cannotTell(),
        100 * result.share(count.cannotTell()))));
    if (!result.mandate().isEmpty()) {
      out.println("Mandate " + String.join(", ", result.mandate().stream().map(License::id).toList()) + ": "
          + result.violations() + " records do not comply");
      findings(out, result.violating(), result.violations());
    }
    out.println("Ambiguous or unknown: " + result.unresolved());
    findings(out, result.unresolvedListed(), result.unresolved());
  }

  private static String row(String key, long count, LicenseAuditResult result) {
    return String.format(Locale.ROOT, "  %-40s %10d %6.1f%%", key, count, 100 * result.share(count));
  }

  private static void findings(PrintWriter out, List<LicenseAuditResult.Finding> findings, long count) {
    for (LicenseAuditResult.Finding finding : findings) {
      out.println("  line " + finding.line() + ": \"" + finding.input().replace("\n", "\\n") + "\" "
          + finding.answer().label() + (finding.candidates().isEmpty() ? "" : " ("
          + String.join(", ", finding.candidates()) + ")") + " — " + finding.reason());
    }
    if (count > findings.size()) {
      out.println("  … and " + (count - findings.size()) + " more");
    }
  }

  static ObjectNode json(LicenseAuditResult result, long bad) {
    ObjectNode node = Json.object();
    node.put("records", result.total());
    node.put("badLines", bad);
    ObjectNode answers = node.putObject("byAnswer");
    result.byAnswer().forEach((answer, count) -> answers.set(answer.label(), counted(count, result)));
    ObjectNode licenses = node.putObject("byLicense");
    result.byLicense().forEach((key, count) -> licenses.set(key, counted(count, result)));
    ObjectNode openness = node.putObject("openness");
    result.openness().forEach((definition, count) -> {
      ObjectNode one = openness.putObject(definition.name());
      one.put("title", definition.title());
      one.set("open", counted(count.open(), result));
      one.set("notOpen", counted(count.notOpen(), result));
      one.set("cannotTell", counted(count.cannotTell(), result));
    });
    node.set("mandate", Json.strings(result.mandate().stream().map(License::id).toList()));
    ObjectNode violations = node.putObject("violations");
    violations.put("count", result.violations());
    violations.set("records", findings(result.violating()));
    ObjectNode unresolved = node.putObject("unresolved");
    unresolved.put("count", result.unresolved());
    unresolved.set("records", findings(result.unresolvedListed()));
    return node;
  }

  private static ObjectNode counted(long count, LicenseAuditResult result) {
    ObjectNode node = Json.object();
    node.put("count", count);
    node.put("share", result.share(count));
    return node;
  }

  private static ArrayNode findings(List<LicenseAuditResult.Finding> findings) {
    ArrayNode array = Json.array();
    for (LicenseAuditResult.Finding finding : findings) {
      ObjectNode node = array.addObject();
      node.put("line", finding.line());
      node.put("input", finding.input());
      node.put("answer", finding.answer().label());
      node.set("candidates", Json.strings(finding.candidates()));
      node.put("title", finding.title().orElse(null));
      node.put("source", finding.source().orElse(null));
      node.put("reason", finding.reason());
    }
    return array;
  }

  static void csv(PrintWriter out, LicenseAuditResult result) {
    out.println("section,key,count,share,line,input,answer,candidates,reason");
    out.println("records,," + result.total() + ",1,,,,,");
    result.byAnswer().forEach((answer, count) -> out.println(summary("answer", answer.label(), count, result)));
    result.byLicense().forEach((key, count) -> out.println(summary("license", key, count, result)));
    for (Map.Entry<Openness, LicenseAuditResult.OpennessCount> entry : result.openness().entrySet()) {
      String name = entry.getKey().name();
      out.println(summary("open", name, entry.getValue().open(), result));
      out.println(summary("not-open", name, entry.getValue().notOpen(), result));
      out.println(summary("cannot-tell", name, entry.getValue().cannotTell(), result));
    }
    result.violating().forEach(f -> out.println(finding("violation", f)));
    result.unresolvedListed().forEach(f -> out.println(finding("unresolved", f)));
  }

  private static String summary(String section, String key, long count, LicenseAuditResult result) {
    return section + "," + cell(key) + "," + count + "," + String.format(Locale.ROOT, "%.6f", result.share(count))
        + ",,,,,";
  }

  private static String finding(String section, LicenseAuditResult.Finding f) {
    return section + ",,,," + f.line() + "," + cell(f.input()) + "," + f.answer().label() + ","
        + cell(String.join(" ", f.candidates())) + "," + cell(f.reason());
  }

  static String cell(String text) {
    boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0;
    return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }

  // ---------------------------------------------------------------------------------------------------
  // Input

  /**
   * Reads records one at a time: a record, empty for a line that is no record, or null at the end; the
   * problem of a line that is no record starts with its line number.
   */
  interface RecordReader {
    Optional<AuditRecord> next() throws IOException;

    long line();

    String problem();
  }

  static String firstOf(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode value = node.get(name);
      if (value != null && value.isString()) {
        return value.asString();
      }
      if (value != null && value.isArray() && !value.isEmpty() && value.get(0).isString()) {
        return value.get(0).asString();
      }
    }
    return null;
  }

  /** JSON Lines: one object per line; a line that is not an object costs that line only. */
  static final class JsonLines implements RecordReader {
    private final BufferedReader reader;
    private final String field;
    private long line;
    private String problem = "";

    JsonLines(BufferedReader reader, String field) {
      this.reader = reader;
      this.field = field;
    }

    @Override
    public Optional<AuditRecord> next() throws IOException {
      String text;
      do {
        text = readBoundedLine(reader);
        if (text == null) {
          return null;
        }
        line++;
      } while (text.isBlank());
      Optional<AuditRecord> record = record(text, line, field);
      if (record.isEmpty()) {
        problem = problem(line);
      }
      return record;
    }

    /** The record of one line that is not blank, empty if it is not a JSON object (the Spark job's too). */
    static Optional<AuditRecord> record(String text, long line, String field) {
      JsonNode node;
      try {
        node = LicenseDetectCommand.compact().readTree(text);
      } catch (JacksonException | StackOverflowError e) {
        return Optional.empty();
      }
      if (node == null || !node.isObject()) {
        return Optional.empty();
      }
      String license = firstOf(node, field, "licence", "rights");
      return Optional.of(new AuditRecord(line, license == null ? "" : license,
          Optional.ofNullable(firstOf(node, "title")), Optional.ofNullable(firstOf(node, "author", "creator")),
          Optional.ofNullable(firstOf(node, "source", "url", "identifier"))));
    }

    /** What is said of a line that is no record. */
    static String problem(long line) {
      return line + ": this line is not a JSON object";
    }

    @Override
    public long line() {
      return line;
    }

    @Override
    public String problem() {
      return problem;
    }
  }

  /** A line of at most {@link #MAX_FIELD} characters; the rest of a longer line is skipped. */
  static String readBoundedLine(Reader reader) throws IOException {
    StringBuilder line = new StringBuilder();
    int c = reader.read();
    if (c < 0) {
      return null;
    }
    while (c >= 0 && c != '\n') {
      if (line.length() < MAX_FIELD) {
        line.append((char) c);
      }
      c = reader.read();
    }
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      line.setLength(end - 1);
    }
    return line.toString();
  }

  /** CSV (RFC 4180) with a header row; quoted fields may hold commas, quotes and line breaks. */
  static final class CsvRecords implements RecordReader {
    private final Reader reader;
    private long line = 1;
    private int licenseColumn = -1;
    private int titleColumn = -1;
    private int authorColumn = -1;
    private int sourceColumn = -1;
    private String problem = "";
    private boolean header = true;
    private final String field;

    CsvRecords(Reader reader, String field) {
      this.reader = reader;
      this.field = field;
    }

    @Override
    public Optional<AuditRecord> next() throws IOException {
      while (true) {
        long start = line;
        List<String> row = row();
        if (row == null) {
          return null;
        }
        if (header) {
          header = false;
          for (int i = 0; i < row.size(); i++) {
            String name = row.get(i).strip().toLowerCase(Locale.ROOT);
            if (licenseColumn < 0 && (name.equals(field.toLowerCase(Locale.ROOT)) || name.equals("licence")
                || name.equals("rights"))) {
              licenseColumn = i;
            } else if (name.equals("title")) {
              titleColumn = i;
            } else if (name.equals("author") || name.equals("creator")) {
              authorColumn = i;
            } else if (name.equals("source") || name.equals("url")) {
              sourceColumn = i;
            }
          }
          if (licenseColumn < 0) {
            throw new DomainRuleException("LicenseAudit", "file",
                "must start with a CSV header naming the column \"" + field + "\"", String.join(",", row));
          }
          continue;
        }
        if (row.size() == 1 && row.get(0).isEmpty()) {
          continue;
        }
        if (licenseColumn >= row.size()) {
          problem = start + ": this row has " + row.size() + " fields, no license field";
          return Optional.empty();
        }
        return Optional.of(new AuditRecord(start, row.get(licenseColumn), cell(row, titleColumn),
            cell(row, authorColumn), cell(row, sourceColumn)));
      }
    }

    private static Optional<String> cell(List<String> row, int column) {
      return column >= 0 && column < row.size() && !row.get(column).isBlank()
          ? Optional.of(row.get(column)) : Optional.empty();
    }

    private List<String> row() throws IOException {
      List<String> fields = new ArrayList<>();
      StringBuilder fieldText = new StringBuilder();
      boolean quoted = false;
      boolean any = false;
      int c;
      while ((c = reader.read()) >= 0) {
        any = true;
        if (quoted) {
          if (c == '"') {
            reader.mark(1);
            int next = reader.read();
            if (next == '"') {
              append(fieldText, '"');
            } else {
              quoted = false;
              if (next >= 0) {
                reader.reset();
              }
            }
          } else {
            if (c == '\n') {
              line++;
            }
            append(fieldText, (char) c);
          }
        } else if (c == '"' && fieldText.length() == 0) {
          quoted = true;
        } else if (c == ',') {
          fields.add(fieldText.toString());
          fieldText.setLength(0);
        } else if (c == '\n') {
          line++;
          fields.add(stripCr(fieldText));
          return fields;
        } else {
          append(fieldText, (char) c);
        }
      }
      if (!any) {
        return null;
      }
      fields.add(stripCr(fieldText));
      return fields;
    }

    private static void append(StringBuilder text, char c) {
      if (text.length() < MAX_FIELD) {
        text.append(c);
      }
    }

    private static String stripCr(StringBuilder text) {
      int end = text.length();
      return end > 0 && text.charAt(end - 1) == '\r' ? text.substring(0, end - 1) : text.toString();
    }

    @Override
    public long line() {
      return line;
    }

    @Override
    public String problem() {
      return problem;
    }
  }
}
