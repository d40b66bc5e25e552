package org.oerkit.examples.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The databind baseline of the read and write benchmarks: a workshop document as plain Java records with
 * the same property names, bound by Jackson databind with its defaults, except that empty values are
 * left out on writing and the output is indented as oer-json indents its documents, so that both write the
 * same bytes. The records check nothing and hold strings where oerkit has domain types.
 *
 * <p>This is what the benchmark suite calls "records", the baseline B2 of
 * {@code json-performance-reliability.md} §5.a.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkshopRecords {

  /** The root of a workshop document. */
  public record Workshop(String format, String id, Map<String, String> title, String venue, String city, String country,
      String zone, LocalDate startDate, LocalDate endDate, List<Organization> organizers,
      List<Organization> partners, List<Organization> funders, List<String> background, List<String> objectives,
      List<String> participantProfiles, List<String> languages, List<String> references, List<Room> rooms,
      List<Day> days, Integer revision, Instant revisedAt) {}

  /** An organization. */
  public record Organization(String name, String acronym, String kind, String country, Organization parent) {}

  /** A person. */
  public record Person(String name, String familyName, String honorific, String position,
      List<Organization> affiliations) {}

  /** A role, flat: its kind, then one holder, then a note. */
  public record Role(String kind, Person person, Organization organization, String announcement, String note) {}

  /** When a session or part happens. */
  public record Time(LocalTime start, LocalTime end, Duration duration, Boolean startInferred,
      Boolean endInferred) {}

  /** A room. */
  public record Room(String id, String name, Integer capacity) {}

  /** A part of a session. */
  public record Part(String title, String kind, Time time, List<Role> roles, String description,
      List<String> questions, List<String> expectedOutputs) {}

  /** A breakout group. */
  public record Group(String id, String name, String topic, String room, List<Role> roles, List<String> questions,
      List<String> expectedOutputs) {}

  /** A session. */
  public record Session(String id, String label, String title, String subtitle, String kind, Time time, String room,
      String description, List<Role> roles, List<Part> parts, List<String> questions, List<String> expectedOutputs,
      List<Group> groups, List<String> interruptedBy) {}

  /** A day. */
  public record Day(LocalDate date, String label, LocalTime closesAt, List<Session> sessions) {}

  private final ObjectReader reader;
  private final ObjectWriter writer;

  /**
   * Creates the baseline, with one mapper for its lifetime.
   */
  public WorkshopRecords() {
    JsonMapper mapper = JsonMapper.builder()
        .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY))
        .build();
    this.reader = mapper.readerFor(Workshop.class);
    // The layout of oer-json's documents: two spaces of indent, "name": value.
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    this.writer = mapper.writerFor(Workshop.class).with(
        new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter));
  }

  /**
   * Reads a workshop document into records.
   *
   * @param json  the document, UTF-8, not null
   * @return the records
   */
  public Workshop read(byte[] json) {
    return reader.readValue(json);
  }

  /**
   * Writes records as a workshop document.
   *
   * @param workshop  the records, not null
   * @return the document, UTF-8
   */
  public byte[] write(Workshop workshop) {
    return writer.writeValueAsBytes(workshop);
  }
}
