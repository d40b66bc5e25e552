package org.oerkit.core.license;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.io.Serializable;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a {@link LicenseAudit}: counts per answer, per licence and per definition of openness, and
 * the records that break the mandate or whose licence is ambiguous or unknown, with their line numbers.
 *
 * <p>Serializable, so that the audits of a Spark job's partitions reach the driver: the serialized form is
 * a compact proxy ({@code Ser}) that carries the counts, the findings and the mandate's licence ids, and
 * reading it rebuilds the result through this record's constructor; a user-defined licence in the mandate
 * must be {@linkplain Licenses#register(License) registered} in the reading JVM too.
 *
 * @param total  the number of records
 * @param byAnswer  the records per kind of answer, in the order of {@link Detection.Answer}
 * @param byLicense  the records per detected licence id, expression or answer label, most frequent first
 * @param openness  for each definition, how many records are open, not open, or cannot be told
 * @param mandate  the licences the mandate accepts, empty if none was given
 * @param violations  the number of records that break the mandate
 * @param violating  the first of them, by line, at most {@link LicenseAudit#MAX_LISTED}
 * @param unresolved  the number of records whose licence is ambiguous or unknown
 * @param unresolvedListed  the first of them, by line, at most {@link LicenseAudit#MAX_LISTED}
 */
public record LicenseAuditResult(long total, Map<Detection.Answer, Long> byAnswer, Map<String, Long> byLicense,
    Map<Openness, OpennessCount> openness, List<License> mandate, long violations, List<Finding> violating,
    long unresolved, List<Finding> unresolvedListed) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Whether a record is open under a definition. */
  public enum Standing {
    /** The licence is open under the definition. */
    OPEN,
    /** The licence is not open under it, or there is no licence. */
    NOT_OPEN,
    /** The licence is not known well enough to tell. */
    CANNOT_TELL
  }

  /**
   * The records open, not open and that cannot be told under one definition.
   *
   * @param open  the open records
   * @param notOpen  the records not open
   * @param cannotTell  the records that cannot be told
   */
  public record OpennessCount(long open, long notOpen, long cannotTell) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * A record the audit reports.
   *
   * @param line  the line number of the record
   * @param input  its licence field, as a bounded prefix
   * @param answer  the detector's answer
   * @param candidates  the ids of the candidate or suggested licences
   * @param title  the record's title, if it had one
   * @param source  the record's source, if it had one
   * @param reason  why it is reported
   */
  public record Finding(long line, String input, Detection.Answer answer, List<String> candidates,
      Optional<String> title, Optional<String> source, String reason) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks the components. */
    public Finding {
      requireNonNull(input, "input");
      requireNonNull(answer, "answer");
      candidates = ImmutableList.copyOf(candidates);
      requireNonNull(title, "title");
      requireNonNull(source, "source");
      requireNonNull(reason, "reason");
    }

    /**
     * Writes the serial proxy ({@code Ser}), since {@code Optional} is not serializable.
     *
     * @return the proxy
     */
    private Object writeReplace() {
      return new Ser(Ser.FINDING, this);
    }
  }

  /** Makes immutable copies, most frequent licences first. */
  public LicenseAuditResult {
    EnumMap<Detection.Answer, Long> answers = new EnumMap<>(Detection.Answer.class);
    for (Detection.Answer answer : Detection.Answer.values()) {
      answers.put(answer, byAnswer.getOrDefault(answer, 0L));
    }
    byAnswer = Maps.immutableEnumMap(answers);
    byLicense = byLicense.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue));
    openness = Maps.immutableEnumMap(openness);
    mandate = ImmutableList.copyOf(mandate);
    violating = ImmutableList.copyOf(violating);
    unresolvedListed = ImmutableList.copyOf(unresolvedListed);
  }

  /**
   * Writes the serial proxy ({@code Ser}), which carries licences as their ids.
   *
   * @return the proxy
   */
  private Object writeReplace() {
    return new Ser(Ser.AUDIT_RESULT, this);
  }

  /**
   * Gets the share of records with a count, for reports.
   *
   * @param count  a count of records
   * @return the share between 0 and 1, 0 for an empty audit
   */
  public double share(long count) {
    return total == 0 ? 0 : (double) count / total;
  }
}
