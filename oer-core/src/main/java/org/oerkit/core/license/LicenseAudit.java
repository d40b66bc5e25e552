package org.oerkit.core.license;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Counts the licences of a repository's records, one record at a time, in memory bounded by the number of
 * distinct licences, not of records: "of our 400,000 records, which are open under the 2019 UNESCO
 * definition, which are not, which cannot be told, and which break our mandate?".
 *
 * <p>Each record's licence field is read by a {@link LicenseDetector}. The audit counts records per answer
 * and per detected licence (or expression), tells for each {@link Openness} definition whether the record is
 * open, not open, or cannot be told (an ambiguous answer whose candidates disagree, an unknown one), and,
 * given a mandate (the licences a policy requires, such as CC BY 4.0 and CC BY-SA 4.0), lists the records
 * that do not comply. Findings are listed with their line numbers, at most {@link #MAX_LISTED} of each kind;
 * the counts are always complete.
 *
 * <p>Audits of parts of a repository, made in parallel (one per partition of a Spark job), combine with
 * {@link #merge(LicenseAudit)} or, across JVMs, {@link #merge(LicenseAuditResult)}; {@link #result()} gives
 * an immutable {@link LicenseAuditResult}.
 *
 * <p>This class is mutable and not thread-safe: use one audit per thread and merge them. It is not
 * serializable either, since it holds its detector: send its {@link #result()}, which is, and merge that
 * with {@link #merge(LicenseAuditResult)}.
 */
public final class LicenseAudit {

  /** The most findings listed of each kind. */
  public static final int MAX_LISTED = 1_000;
  /** The most distinct licences and expressions counted apart; the rest are counted as {@link #OTHER}. */
  public static final int MAX_DISTINCT = 10_000;
  /** The key under which licences beyond {@link #MAX_DISTINCT} are counted. */
  public static final String OTHER = "(other)";

  private final LicenseDetector detector;
  private final Set<License> mandate;
  private long total;
  private final EnumMap<Detection.Answer, Long> byAnswer = new EnumMap<>(Detection.Answer.class);
  private final Map<String, Long> byLicense = new HashMap<>();
  private final EnumMap<Openness, long[]> openness = new EnumMap<>(Openness.class);
  private long violations;
  private final List<LicenseAuditResult.Finding> violating = new ArrayList<>();
  private long unresolved;
  private final List<LicenseAuditResult.Finding> unresolvedListed = new ArrayList<>();

  private LicenseAudit(LicenseDetector detector, Collection<License> mandate) {
    this.detector = requireNonNull(detector, "detector");
    this.mandate = ImmutableSet.copyOf(mandate);
    for (Openness definition : Openness.values()) {
      openness.put(definition, new long[3]);
    }
  }

  /**
   * Starts an audit with the standard detector and no mandate.
   *
   * @return a new audit
   */
  public static LicenseAudit create() {
    return new LicenseAudit(LicenseDetector.standard(), List.of());
  }

  /**
   * Starts an audit against a mandate: records whose licence is not one of these break it.
   *
   * @param detector  the detector, not null
   * @param mandate  the licences the mandate accepts, possibly empty for none, not null
   * @return a new audit
   */
  public static LicenseAudit of(LicenseDetector detector, Collection<License> mandate) {
    return new LicenseAudit(detector, mandate);
  }

  /**
   * Audits one record.
   *
   * @param record  the record, not null
   * @return the detection of its licence field
   */
  public Detection add(AuditRecord record) {
    requireNonNull(record, "record");
    Detection detection = detector.detect(record.license());
    total++;
    byAnswer.merge(detection.answer(), 1L, Long::sum);
    String key = key(detection);
    if (byLicense.containsKey(key) || byLicense.size() < MAX_DISTINCT) {
      byLicense.merge(key, 1L, Long::sum);
    } else {
      byLicense.merge(OTHER, 1L, Long::sum);
    }
    for (Openness definition : Openness.values()) {
      openness.get(definition)[open(detection, definition).ordinal()]++;
    }
    if (detection.answer() == Detection.Answer.AMBIGUOUS || detection.answer() == Detection.Answer.UNKNOWN) {
      unresolved++;
      if (unresolvedListed.size() < MAX_LISTED) {
        unresolvedListed.add(finding(record, detection, detection.explanation()));
      }
    }
    if (!mandate.isEmpty()) {
      Optional<String> breach = breach(detection);
      if (breach.isPresent()) {
        violations++;
        if (violating.size() < MAX_LISTED) {
          violating.add(finding(record, detection, breach.get()));
        }
      }
    }
    return detection;
  }

  /**
   * Adds the counts and findings of another audit of other records, as of a partition audited apart.
   *
   * @param other  the other audit, with the same mandate, not null
   * @return this audit
   * @throws IllegalArgumentException if the mandates differ
   */
  public LicenseAudit merge(LicenseAudit other) {
    requireNonNull(other, "other");
    return merge(other.result());
  }

  /**
   * Adds the result of another audit of other records, as a Spark job's partition sends it to the driver:
   * the audit itself holds a detector and is not serializable, its {@link #result()} is.
   *
   * @param other  the result of the other audit, with the same mandate, not null
   * @return this audit
   * @throws IllegalArgumentException if the mandates differ
   */
  public LicenseAudit merge(LicenseAuditResult other) {
    requireNonNull(other, "other");
    if (!mandate.equals(ImmutableSet.copyOf(other.mandate()))) {
      throw new IllegalArgumentException("audits against different mandates cannot be merged: " + mandate
          + " and " + other.mandate());
    }
    total += other.total();
    other.byAnswer().forEach((answer, count) -> byAnswer.merge(answer, count, Long::sum));
    other.byLicense().forEach((key, count) -> {
      if (byLicense.containsKey(key) || byLicense.size() < MAX_DISTINCT) {
        byLicense.merge(key, count, Long::sum);
      } else {
        byLicense.merge(OTHER, count, Long::sum);
      }
    });
    other.openness().forEach((definition, count) -> {
      long[] counts = openness.get(definition);
      counts[0] += count.open();
      counts[1] += count.notOpen();
      counts[2] += count.cannotTell();
    });
    violations += other.violations();
    unresolved += other.unresolved();
    mergeListed(violating, other.violating());
    mergeListed(unresolvedListed, other.unresolvedListed());
    return this;
  }

  /**
   * Gets the result so far, an immutable value.
   *
   * @return the result
   */
  public LicenseAuditResult result() {
    Map<Openness, LicenseAuditResult.OpennessCount> counts = new EnumMap<>(Openness.class);
    openness.forEach((definition, c) -> counts.put(definition, new LicenseAuditResult.OpennessCount(c[0], c[1], c[2])));
    return new LicenseAuditResult(total, byAnswer, byLicense, counts, ImmutableList.copyOf(mandate), violations,
        violating, unresolved, unresolvedListed);
  }

  private static void mergeListed(List<LicenseAuditResult.Finding> into, List<LicenseAuditResult.Finding> from) {
    into.addAll(from);
    into.sort(Comparator.comparingLong(LicenseAuditResult.Finding::line));
    while (into.size() > MAX_LISTED) {
      into.remove(into.size() - 1);
    }
  }

  /** The key a detection is counted under: the licence id, the expression, or the kind of answer. */
  static String key(Detection detection) {
    if (detection.expression().isPresent()) {
      return detection.expression().get().toString();
    }
    if (detection.answer() == Detection.Answer.NOT_A_LICENSE && detection.license().isEmpty()) {
      return "(not a license)";
    }
    return detection.license().map(License::id).orElse("(" + detection.answer().label() + ")");
  }

  /** Whether a detection is open, not open, or cannot be told under a definition. */
  static LicenseAuditResult.Standing open(Detection detection, Openness definition) {
    if (detection.answer() == Detection.Answer.NOT_A_LICENSE) {
      return LicenseAuditResult.Standing.NOT_OPEN;
    }
    if (detection.expression().isPresent()) {
      return detection.expression().get().isOpen(definition) ? LicenseAuditResult.Standing.OPEN
          : LicenseAuditResult.Standing.NOT_OPEN;
    }
    if (detection.license().isPresent()) {
      return definition.test(detection.license().get()) ? LicenseAuditResult.Standing.OPEN
          : LicenseAuditResult.Standing.NOT_OPEN;
    }
    if (detection.answer() == Detection.Answer.AMBIGUOUS && !detection.candidates().isEmpty()) {
      Set<Boolean> verdicts = new LinkedHashSet<>();
      detection.candidates().forEach(c -> verdicts.add(definition.test(c)));
      if (verdicts.size() == 1) {
        return verdicts.contains(true) ? LicenseAuditResult.Standing.OPEN : LicenseAuditResult.Standing.NOT_OPEN;
      }
    }
    return LicenseAuditResult.Standing.CANNOT_TELL;
  }

  private Optional<String> breach(Detection detection) {
    if (detection.expression().isPresent()) {
      for (List<LicenseExpression> choice : detection.expression().get().choices()) {
        if (choice.size() == 1 && choice.get(0) instanceof LicenseExpression.Single single
            && mandate.contains(single.license())) {
          return Optional.empty();
        }
      }
      return Optional.of("no choice of the expression is a license the mandate accepts");
    }
    if (detection.license().isPresent() && detection.answer() != Detection.Answer.NOT_A_LICENSE) {
      License license = detection.license().get();
      return mandate.contains(license) ? Optional.empty()
          : Optional.of(license.id() + " is not a license the mandate accepts");
    }
    if (detection.answer() == Detection.Answer.AMBIGUOUS && !detection.candidates().isEmpty()
        && mandate.containsAll(detection.candidates())) {
      return Optional.empty();
    }
    return Optional.of("the license cannot be shown to be one the mandate accepts (" + detection.answer().label()
        + ")");
  }

  private static LicenseAuditResult.Finding finding(AuditRecord record, Detection detection, String reason) {
    return new LicenseAuditResult.Finding(record.line(), detection.input(), detection.answer(),
        detection.candidates().stream().map(License::id).collect(ImmutableList.toImmutableList()),
        record.title().map(Detection::kept), record.source().map(Detection::kept), reason);
  }

  /**
   * Formats the audit as its count, for debugging.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "LicenseAudit[" + total + " records]";
  }
}
