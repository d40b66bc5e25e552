/**
 * The JSON binding of oerkit, on Jackson 3: the native format of its documents, JSON Lines for large
 * corpora, and exports to the formats other tools read.
 *
 * <ul>
 *   <li>{@link org.oerkit.json.OerJson}: one line to read or write any oerkit value, with a shared,
 *       preconfigured mapper: strict reading, limits set on this mapper only, duplicate keys refused,
 *       deterministic output. {@link org.oerkit.json.OerModule} is the Jackson module behind it, for mappers
 *       of your own (explicitly, or through {@link java.util.ServiceLoader} with
 *       {@code findAndAddModules()}).</li>
 *   <li>{@link org.oerkit.json.OerJsonException}: the one error type, with the JSON Pointer, line and column
 *       of the offending value and a sentence the author of the document can act on.
 *       {@link org.oerkit.json.ReadResult} is what a lenient read returns: the value and the properties it
 *       skipped.</li>
 *   <li>{@link org.oerkit.json.DocumentType}: the four kinds of document (workshop, policy draft,
 *       questionnaire response, licensed resource), each with the {@code format} its root declares and the
 *       JSON Schema (draft 2020-12) shipped for it; {@link org.oerkit.json.OerJson#detect(byte[])} tells
 *       them apart.</li>
 *   <li>{@link org.oerkit.json.JsonLinesReader}, {@link org.oerkit.json.JsonLinesWriter} and
 *       {@link org.oerkit.json.JsonLine}: JSON Lines in constant memory, with an error per bad line.</li>
 *   <li>{@link org.oerkit.json.ScheduleJson} and {@link org.oerkit.json.ScheduleXml} (frab/pretalx
 *       {@code schedule.json} and {@code schedule.xml}, read and written, described in
 *       {@code oer-json/INTERCHANGE.md}); {@link org.oerkit.json.ProgrammeFormat} tells the formats of a
 *       programme apart from the bytes;
 *       {@link org.oerkit.json.SchemaOrg} (schema.org JSON-LD) and {@link org.oerkit.json.OerWorldMap}
 *       (OER World Map JSON): exports. {@link org.oerkit.json.IndicoTimetable} reads Indico's timetable
 *       export into a workshop with findings ({@link org.oerkit.core.Imported}).</li>
 * </ul>
 *
 * <p>The native format is described, with examples, in {@code oer-json/FORMAT.md}.
 *
 * <p><b>On Spark, Beam or Flink.</b> When a corpus outgrows one machine, keep it as JSON Lines (one
 * licensed resource or workshop a line, {@code .jsonl} or {@code .jsonl.gz}) and parse each line on the
 * workers with the shared mapper: it is immutable, built once per class loader, and needs no
 * serialization because it lives in a static field. With Spark:
 * <pre>{@code
 * Dataset<String> lines = spark.read().textFile("works/*.jsonl.gz");
 * Dataset<String> titles = lines.mapPartitions((MapPartitionsFunction<String, String>) it -> {
 *   List<String> out = new ArrayList<>();
 *   while (it.hasNext()) {
 *     try {
 *       LicensedWork work = OerJson.read(it.next().getBytes(UTF_8), LicensedWork.class);
 *       out.add(work.title().orElse(""));
 *     } catch (OerJsonException e) {
 *       // a dead letter: e.pointer(), e.problem(); the rest of the partition goes on
 *     }
 *   }
 *   return out.iterator();
 * }, Encoders.STRING());
 * }</pre>
 * A Beam {@code DoFn} or a Flink {@code MapFunction} does the same in its {@code processElement} or
 * {@code map}, sending failures to a side output. Pass records between stages as JSON bytes or strings
 * ({@link org.oerkit.json.OerJson#write(Object)} for one value, or one line of
 * {@link org.oerkit.json.JsonLinesWriter}), not as Java objects: the engines' own serializers expect beans
 * or rows. Jackson 3 lives in {@code tools.jackson}, so it does not clash with the Jackson 2 these engines
 * bring; only {@code jackson-annotations} is shared.
 */
package org.oerkit.json;
