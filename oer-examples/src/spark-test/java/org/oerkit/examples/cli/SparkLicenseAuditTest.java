package org.oerkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerkit.json.OerJson;
import tools.jackson.databind.JsonNode;

/**
 * The Spark job in {@code local[2]} against {@code oer license audit} in this JVM, on generated records
 * drawn from the detection corpus ({@link AuditRecords}): the same report, byte for byte, in each form.
 */
class SparkLicenseAuditTest {

  private static final String MANDATE = "CC-BY-4.0,CC-BY-SA-4.0,CC0-1.0";
  private static final int RECORDS = 4_000;

  private static SparkSession spark;

  @TempDir
  static Path dir;

  private static Path jsonLines;

  @BeforeAll
  static void startSpark() throws Exception {
    spark = SparkSession.builder().master("local[2]").appName("SparkLicenseAuditTest")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    jsonLines = dir.resolve("records.jsonl");
    AuditRecords.withSeed(18).write(jsonLines, RECORDS, true);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private record Run(int status, String out, String err) {}

  private static Run spark(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = SparkLicenseAudit.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void jsonLines_jsonReport_equalsTheCommandsOnTheSameFile() {
    OerRun command = OerRun.of("license", "audit", jsonLines.toString(), "--mandate", MANDATE, "--json");
    Run job = spark(jsonLines.toString(), "--partitions", "5", "--mandate", MANDATE, "--json");

    assertThat(job.status()).isEqualTo(Oer.OK);
    assertThat(job.out()).isEqualTo(command.out());
    assertThat(job.err().lines().toList()).isEqualTo(command.err().lines().toList()).isNotEmpty();
    JsonNode report = OerJson.mapper().readTree(job.out());
    // The generated mix is a real test: records across answers, lines that are no record, findings cut.
    assertThat(report.get("records").asLong()).isGreaterThan(RECORDS * 9 / 10);
    assertThat(report.get("badLines").asLong()).isPositive();
    assertThat(report.at("/byAnswer/exact/count").asLong()).isPositive();
    assertThat(report.at("/byAnswer/normalized/count").asLong()).isPositive();
    assertThat(report.at("/byAnswer/ambiguous/count").asLong()).isPositive();
    assertThat(report.at("/byAnswer/unknown/count").asLong()).isPositive();
    assertThat(report.at("/violations/count").asLong()).isGreaterThan(1_000);
    assertThat(report.at("/violations/records").size()).isEqualTo(1_000);
  }

  @Test
  void jsonLines_textAndCsvReports_equalTheCommands() {
    OerRun text = OerRun.of("license", "audit", jsonLines.toString(), "--mandate", MANDATE);
    OerRun csv = OerRun.of("license", "audit", jsonLines.toString(), "--csv");

    assertThat(spark(jsonLines.toString(), "--partitions", "3", "--mandate", MANDATE).out()).isEqualTo(text.out());
    assertThat(spark(jsonLines.toString(), "--csv").out()).isEqualTo(csv.out());
  }

  @Test
  void parquet_reportEqualsTheCommandsOnTheSameRecords() throws Exception {
    AuditRecords records = AuditRecords.withSeed(7);
    Path lines = dir.resolve("clean.jsonl");
    records.write(lines, 1_500, false);
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(lines)) {
      JsonNode node = OerJson.mapper().readTree(line);
      rows.add(RowFactory.create(LicenseAuditCommand.firstOf(node, "title"),
          LicenseAuditCommand.firstOf(node, "license", "licence", "rights"),
          LicenseAuditCommand.firstOf(node, "source")));
    }
    StructType schema = new StructType().add("title", DataTypes.StringType).add("license", DataTypes.StringType)
        .add("source", DataTypes.StringType);
    Dataset<Row> frame = spark.createDataFrame(rows, schema).coalesce(1);
    Path parquet = dir.resolve("records.parquet");
    frame.write().parquet(parquet.toString());

    OerRun command = OerRun.of("license", "audit", lines.toString(), "--mandate", MANDATE, "--json");
    Run job = spark(parquet.toString(), "--format", "parquet", "--mandate", MANDATE, "--json");

    assertThat(job.status()).isEqualTo(Oer.OK);
    assertThat(job.out()).isEqualTo(command.out());
  }

  @Test
  void parquet_withoutLicenseColumn_isOneLineNamingTheColumn() throws Exception {
    Path parquet = dir.resolve("titles.parquet");
    spark.createDataFrame(List.of(RowFactory.create("Algebra")), new StructType().add("title", DataTypes.StringType))
        .write().parquet(parquet.toString());

    Run job = spark(parquet.toString(), "--format", "parquet");

    assertThat(job.status()).isEqualTo(Oer.FINDINGS);
    assertThat(job.err().lines()).singleElement().asString()
        .startsWith("spark-license-audit: ").contains("must have a string column named \"license\"");
  }

  @Test
  void mandate_unknownLicense_isOneLineNamingIt() {
    Run job = spark(jsonLines.toString(), "--mandate", "CC-BY-9.0");

    assertThat(job.status()).isEqualTo(Oer.FINDINGS);
    assertThat(job.err().lines()).singleElement().asString().contains("CC-BY-9.0");
  }
}
