package org.oerkit.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.license.AuditRecord;
import org.oerkit.core.license.License;
import org.oerkit.core.license.LicenseAudit;
import org.oerkit.core.license.LicenseAuditResult;
import org.oerkit.core.license.LicenseDetector;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scala.Tuple2;

/**
 * {@code oer license audit} on Apache Spark, for repositories of tens or hundreds of millions of records:
 * Spark reads the records (JSON Lines or Parquet, from any path Spark reads: a file, a directory of part
 * files, {@code hdfs://}, {@code s3a://}), each partition audits its records with oerkit's
 * {@link LicenseAudit}, and Spark merges the partitions' {@link LicenseAuditResult}s into the report that
 * {@code oer license audit} prints for the same input, in the same three forms (text, {@code --json},
 * {@code --csv}).
 *
 * <p>How the work is spread: records are numbered in the order of the input ({@code zipWithIndex}, which
 * costs Spark one light pass to count each partition's lines), so that findings carry the line numbers
 * the single-JVM command gives. Inside {@code mapPartitions}, each partition reads its lines with the
 * command's own JSON Lines reader and detects with {@link LicenseDetector#standard()}, which is built once
 * per executor JVM, on first use, and shared by its tasks (it is immutable and thread-safe). What travels
 * back is one {@link LicenseAuditResult} per partition (serializable, bounded by the number of distinct
 * licences, not of records), merged pairwise by {@code treeReduce} with
 * {@link LicenseAudit#merge(LicenseAuditResult)}; it travels as Java serialization in a {@code byte[]},
 * so that Kryo as the cluster's {@code spark.serializer} does not matter.
 *
 * <p>JSON Lines: one object per line, the licence in {@code --field} (default {@code license}, then
 * {@code licence} and {@code rights}), optional {@code title}, {@code author} or {@code creator}, and
 * {@code source}, {@code url} or {@code identifier}; a line that is not an object is counted and named, as
 * the command does. Parquet: the same columns, as strings or arrays of strings (the first is taken); a
 * record's "line" is its number in the dataset, 1 for the first.
 *
 * <p>The numbers equal the command's as long as the input has fewer than {@link LicenseAudit#MAX_DISTINCT}
 * distinct licences (beyond that, which ones are counted apart depends on the order the parts meet).
 * Spark splits lines at {@code \n}, {@code \r\n} and a lone {@code \r}; the command only at the first two.
 */
@Command(
    name = "spark-license-audit",
    mixinStandardHelpOptions = true,
    description = "Audit the licences of a repository's records on Apache Spark (JSON Lines or Parquet): the "
        + "report of 'oer license audit', computed by the cluster.")
public final class SparkLicenseAudit implements Callable<Integer> {

  /** The input formats. */
  enum Format {
    /** One JSON object per line. */
    JSONL,
    /** Apache Parquet, with the licence and the other fields as string columns. */
    PARQUET
  }

  /** How many lines that are no record are named on standard error, as the command does. */
  static final int NAMED_PROBLEMS = 20;

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "The records: a file or directory Spark reads (local, hdfs://, "
      + "s3a://, ...).")
  private String path;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl (default) or parquet.")
  private Format format;

  @Mixin
  private AuditOptions options;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "The least number of partitions to read JSON Lines into (default: Spark's choice).")
  private int partitions;

  @Option(names = "--master", paramLabel = "URL",
      description = "The Spark master, such as local[2], when not run by spark-submit.")
  private String master;

  @Option(names = "--json", description = "Print the result as JSON.")
  private boolean json;

  @Option(names = "--csv", description = "Print the result as CSV.")
  private boolean csv;

  /**
   * Runs the job and exits with its status: 0 on success, 1 for input it cannot read, 2 for a usage error.
   *
   * @param args  the arguments: the path, then options
   */
  public static void main(String... args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int status = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the job with the given output streams, without exiting: the form the tests use. A Spark session
   * already active is used and left running; one the job starts, it stops.
   *
   * @param out  where the report goes, not null
   * @param err  where errors go, one line each, not null
   * @param args  the arguments, not null
   * @return the exit status
   */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new SparkLicenseAudit())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, line, parsed) -> {
          line.getErr().println(line.getCommandSpec().qualifiedName() + ": " + Oer.describe(e));
          return Oer.FINDINGS;
        })
        .setParameterExceptionHandler((e, arguments) -> {
          e.getCommandLine().getErr().println(e.getCommandLine().getCommandSpec().qualifiedName() + ": "
              + e.getMessage());
          return Oer.USAGE;
        });
    commandLine.setOut(out);
    commandLine.setErr(err);
    int status = commandLine.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  @Override
  public Integer call() {
    List<String> accepted = options.accepted().stream().map(License::id).toList();
    boolean started = SparkSession.getActiveSession().isEmpty();
    SparkSession.Builder builder = SparkSession.builder().appName("oer license audit");
    if (master != null) {
      builder.master(master);
    }
    SparkSession spark = builder.getOrCreate();
    try {
      JavaRDD<byte[]> parts = format == Format.PARQUET ? parquet(spark, path, options.field, accepted)
          : jsonLines(spark, path, options.field, accepted, partitions);
      // One part per partition: no partition is no record (asking isEmpty() would audit the first twice).
      Part whole = parts.getNumPartitions() == 0 ? Part.empty(accepted)
          : Part.read(parts.treeReduce(Part::combine));
      report(whole);
    } finally {
      if (started) {
        spark.stop();
      }
    }
    return Oer.OK;
  }

  private void report(Part whole) {
    PrintWriter err = spec.commandLine().getErr();
    for (long line : whole.badLines()) {
      // As the command says it: FILE:LINE: message.
      err.println(path + ":" + LicenseAuditCommand.JsonLines.problem(line));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.print(Json.write(LicenseAuditCommand.json(whole.result(), whole.bad())));
    } else if (csv) {
      LicenseAuditCommand.csv(out, whole.result());
    } else {
      LicenseAuditCommand.text(out, whole.result(), whole.bad());
    }
    out.flush();
  }

  // ---------------------------------------------------------------------------------------------------
  // The partitions' work. Static, so that the functions Spark ships capture only strings.

  /** JSON Lines, numbered in input order, each partition read with the command's reader. */
  static JavaRDD<byte[]> jsonLines(SparkSession spark, String path, String field, List<String> mandate,
      int partitions) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<String> lines = partitions > 0 ? context.textFile(path, partitions) : context.textFile(path);
    return lines.zipWithIndex().mapPartitions((Iterator<Tuple2<String, Long>> numbered) -> {
      LicenseAudit audit = audit(mandate);
      long bad = 0;
      List<Long> badLines = new ArrayList<>();
      while (numbered.hasNext()) {
        Tuple2<String, Long> next = numbered.next();
        String text = next._1();
        if (text.length() > LicenseAuditCommand.MAX_FIELD) {
          text = text.substring(0, LicenseAuditCommand.MAX_FIELD);
        }
        if (text.isBlank()) {
          continue;
        }
        long line = next._2() + 1;
        Optional<AuditRecord> record = LicenseAuditCommand.JsonLines.record(text, line, field);
        if (record.isPresent()) {
          audit.add(record.get());
        } else {
          bad++;
          if (badLines.size() < NAMED_PROBLEMS) {
            badLines.add(line);
          }
        }
      }
      return List.of(new Part(audit.result(), bad, badLines).bytes()).iterator();
    });
  }

  /** Parquet: the licence column and the optional ones, as strings, numbered in dataset order. */
  static JavaRDD<byte[]> parquet(SparkSession spark, String path, String field, List<String> mandate) {
    Dataset<Row> rows = spark.read().parquet(path);
    StructType schema = rows.schema();
    Optional<String> license = column(schema, field, "licence", "rights");
    if (license.isEmpty()) {
      throw new DomainRuleException("LicenseAudit", "file", "must have a string column named \"" + field
          + "\" (or licence, rights)", String.join(",", schema.fieldNames()));
    }
    Column[] columns = Stream.of(license, column(schema, "title"), column(schema, "author", "creator"),
        column(schema, "source", "url", "identifier")).map(name -> text(schema, name)).toArray(Column[]::new);
    return rows.select(columns).javaRDD().zipWithIndex().mapPartitions((Iterator<Tuple2<Row, Long>> numbered) -> {
      LicenseAudit audit = audit(mandate);
      while (numbered.hasNext()) {
        Tuple2<Row, Long> next = numbered.next();
        Row row = next._1();
        audit.add(new AuditRecord(next._2() + 1, row.isNullAt(0) ? "" : bounded(row.getString(0)),
            cell(row, 1), cell(row, 2), cell(row, 3)));
      }
      return List.of(new Part(audit.result(), 0, List.of()).bytes()).iterator();
    });
  }

  /** An audit with the executor's one detector, built on first use in this JVM. */
  private static LicenseAudit audit(List<String> mandate) {
    return LicenseAudit.of(LicenseDetector.standard(), mandate.stream().map(License::parse).toList());
  }

  /** The first of the names that is a string or string-array column, as the command's firstOf reads. */
  private static Optional<String> column(StructType schema, String... names) {
    for (String name : names) {
      for (StructField candidate : schema.fields()) {
        if (candidate.name().equals(name) && (candidate.dataType().equals(DataTypes.StringType)
            || candidate.dataType() instanceof ArrayType array && array.elementType().equals(DataTypes.StringType))) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  /** The column as a string: an array's first element; a null column where there is none. */
  private static Column text(StructType schema, Optional<String> name) {
    if (name.isEmpty()) {
      return functions.lit(null).cast(DataTypes.StringType);
    }
    Column column = functions.col(name.get());
    return schema.apply(name.get()).dataType() instanceof ArrayType ? column.getItem(0)
        : column;
  }

  private static Optional<String> cell(Row row, int index) {
    return row.isNullAt(index) ? Optional.empty() : Optional.of(row.getString(index));
  }

  private static String bounded(String text) {
    return text.length() > LicenseAuditCommand.MAX_FIELD ? text.substring(0, LicenseAuditCommand.MAX_FIELD) : text;
  }

  /**
   * What a partition sends to the driver: its audit's result, its count of lines that are no record, and
   * the first of those lines. It travels as its Java serialization in a {@code byte[]}, so that the job works
   * whatever serializer the cluster is set to: Kryo, a common {@code spark.serializer}, cannot build records
   * or Guava's immutable collections, and one small array per partition costs nothing.
   *
   * @param result  the audit of the partition's records
   * @param bad  the lines that are no record
   * @param badLines  the first {@link #NAMED_PROBLEMS} of them, in order
   */
  record Part(LicenseAuditResult result, long bad, List<Long> badLines) implements Serializable {

    private static final long serialVersionUID = 1L;

    Part {
      badLines = List.copyOf(badLines);
    }

    byte[] bytes() {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(this);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return bytes.toByteArray();
    }

    static Part read(byte[] bytes) {
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
        return (Part) in.readObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("the job jar is not on the class path of every executor", e);
      }
    }

    /** Merges two parts as sent, on an executor or the driver. */
    static byte[] combine(byte[] one, byte[] other) {
      return read(one).merge(read(other)).bytes();
    }

    static Part empty(List<String> mandate) {
      return new Part(audit(mandate).result(), 0, List.of());
    }

    /** Merges two parts: the counts add, the first lines are kept. */
    Part merge(Part other) {
      LicenseAuditResult merged = audit(result.mandate().stream().map(License::id).toList())
          .merge(result).merge(other.result).result();
      List<Long> lines = new ArrayList<>(badLines);
      lines.addAll(other.badLines);
      lines.sort(null);
      return new Part(merged, bad + other.bad, lines.subList(0, Math.min(lines.size(), NAMED_PROBLEMS)));
    }
  }
}
