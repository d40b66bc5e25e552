package org.oerkit.examples.bench;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The targets of oerkit issue 8 ("Benchmarks"), each a ratio against a baseline measured in the same run.
 *
 * <p>The time and allocation targets follow the proposals of {@code json-performance-reliability.md} §5.a:
 * published measurements put Jackson databind at 1.14-1.20x the time of hand-written jackson-core streaming
 * code for reading and at 0.97-0.98x for writing (fabienrenaud/java-json-benchmark, run of 2026-02-28),
 * which gives reading at most 1.3x a streaming reader, at most 1.1x databind on plain records, writing at
 * most 1.1x, and at most 1.5x the allocation of the streaming reader. The scaling targets say that
 * licence compatibility is linear (time(2n)/time(n) at most 2.2) and programme validation n log n (at most
 * 2.3), both at least 50x faster than the naive all-pairs check at n = 10,000. Asking the licence
 * library about one pair costs some microseconds, so the naive licence check at n = 10,000 (50 million
 * pairs) would take many minutes: it is measured at n = 1,000 (and 500, to show that it grows with the
 * square) and scaled by the number of pairs, which is exactly what its time is proportional to.
 *
 * <p>The keys name the JMH benchmarks of {@code src/bench/java}, as {@link Measurement#key()} writes them.
 */
public final class Targets {

  /** The pairs of 10,000 works, 10,000 × 9,999 / 2. */
  private static final double PAIRS_10000 = 10_000.0 * 9_999 / 2;
  /**
   * The least share of the token scan's speed that reading a workshop keeps: a reader that builds values
   * cannot be as fast as one that builds nothing, and the hand-written streaming reader into the same
   * types, the fastest possible binding, keeps about 0.37 of it (the record run: 254 / 685 us); 1.3x its
   * time, the read target, gives 0.28, rounded up to 0.30.
   */
  static final double FLOOR = 0.30;
  /** The pairs of 1,000 works. */
  private static final double PAIRS_1000 = 1_000.0 * 999 / 2;

  private Targets() {}

  /**
   * Gets the targets of issue 8, in the order of the table.
   *
   * @return the targets
   */
  public static List<Target> all() {
    return ImmutableList.of(
        Target.atMost("read one workshop (byte[]), interleaved", "hand-written jackson-core streaming reader",
            "WorkshopRead.interleaved:oerkit", "WorkshopRead.interleaved:streaming", 1.3),
        Target.atMost("read one workshop (byte[]), interleaved", "Jackson databind into records",
            "WorkshopRead.interleaved:oerkit", "WorkshopRead.interleaved:records", 1.1),
        Target.reported("read one workshop (byte[]), interleaved", "the streaming reader with duplicate-key detection",
            "WorkshopRead.interleaved:oerkit", "WorkshopRead.interleaved:streamingStrict"),
        Target.atLeast("read one workshop: oerkit's speed as a fraction of the floor", "parse-only token scan",
            "WorkshopRead.interleaved:tokenScan", "WorkshopRead.interleaved:oerkit", FLOOR),
        Target.reported("read one workshop: the streaming reader's speed as a fraction of the floor",
            "parse-only token scan", "WorkshopRead.interleaved:tokenScan", "WorkshopRead.interleaved:streaming"),
        Target.reported("read one workshop: databind's speed as a fraction of the floor", "parse-only token scan",
            "WorkshopRead.interleaved:tokenScan", "WorkshopRead.interleaved:records"),
        Target.atMost("write one workshop (byte[]), interleaved", "Jackson databind from records",
            "WorkshopWrite.interleaved:oerkit", "WorkshopWrite.interleaved:records", 1.1),
        Target.reported("read one workshop (byte[]), each alone", "Jackson databind into records",
            "WorkshopRead.oerkit", "WorkshopRead.records"),
        Target.reported("write one workshop (byte[]), each alone", "Jackson databind from records",
            "WorkshopWrite.oerkit", "WorkshopWrite.records"),
        Target.atMost("allocation per read (gc.alloc.rate.norm)", "hand-written streaming reader",
            "WorkshopRead.oerkit:gc.alloc.rate.norm", "WorkshopRead.streaming:gc.alloc.rate.norm", 1.5),
        Target.atMost("JSON Lines, 1,000,000 licensed works, -Xmx64m: peak live heap", "itself at 100,000",
            "ResourceLines.read[n=1000000]:heap.live.peak", "ResourceLines.read[n=100000]:heap.live.peak", 1.1),
        Target.reported("JSON Lines, 1,000,000 licensed works, -Xmx64m: read (MB/s)",
            "ResourceLines.read[n=1000000]:throughput"),
        Target.reported("JSON Lines, 1,000,000 licensed works: parse-only token scan of the same bytes (MB/s)",
            "ResourceLines.tokenScan[n=1000000]:throughput"),
        Target.reported("JSON Lines, 1,000,000 licensed works: read's speed as a fraction of the floor",
            "parse-only token scan", "ResourceLines.tokenScan[n=1000000]", "ResourceLines.read[n=1000000]"),
        Target.atMost("`oer license audit`, 1,000,000 records, -Xmx64m: peak live heap", "itself at 100,000",
            "LicenseAuditLines.audit[n=1000000]:heap.live.peak", "LicenseAuditLines.audit[n=100000]:heap.live.peak",
            1.1),
        Target.reported("`oer license audit`, 1,000,000 records, -Xmx64m", "itself at 100,000",
            "LicenseAuditLines.audit[n=1000000]", "LicenseAuditLines.audit[n=100000]"),
        Target.reported("licence detection of 1,000,000 metadata strings", "LicenseDetection.detectAll[n=1000000]"),
        Target.reported("licence detection of a full legal text, interleaved",
            "a plain Sørensen–Dice over word sets, same texts", "LicenseTexts.interleaved:oerkit",
            "LicenseTexts.interleaved:plainDice"),
        Target.reported("licence detection of an unknown text of 100 KB (worst case)", "LicenseTexts.unknown100k"),
        Target.reported("write one workshop as iCalendar, interleaved", "ical4j building and writing the events",
            "ICalendarWrite.interleaved:oerkit", "ICalendarWrite.interleaved:ical4j"),
        Target.reported("read one workshop's iCalendar, interleaved", "ical4j's CalendarBuilder, same text",
            "ICalendarRead.interleaved:oerkit", "ICalendarRead.interleaved:ical4j"),
        Target.reported("read one workshop's frab schedule.xml: oerkit's speed as a fraction of the floor",
            "the JDK's StAX reading every event of the same bytes", "ScheduleXmlRead.interleaved:stax",
            "ScheduleXmlRead.interleaved:oerkit"),
        Target.atLeast("licence compatibility, n = 10,000 works",
            "naive pairwise at n = 10,000 (speed-up; measured at 1,000, × the pairs of 10,000)",
            "LicenseCompatibilityNaive.pairwise[n=1000]", "LicenseCompatibility.library[n=10000]", 50)
            .scaledBy(PAIRS_10000 / PAIRS_1000),
        Target.atMost("licence compatibility, n = 10,000", "itself at n = 5,000",
            "LicenseCompatibility.library[n=10000]", "LicenseCompatibility.library[n=5000]", 2.2),
        Target.atMost("licence compatibility, n = 100,000", "itself at n = 50,000",
            "LicenseCompatibility.library[n=100000]", "LicenseCompatibility.library[n=50000]", 2.2),
        Target.atLeast("programme validation, n = 10,000 sessions", "brute force O(n²) at n = 10,000 (speed-up)",
            "ProgrammeValidationBruteForce.pairwise[n=10000]", "ProgrammeValidation.library[n=10000]", 50),
        Target.reported("allocation of programme validation per session, n = 10,000 (gc.alloc.rate.norm ÷ n)",
            "itself at n = 5,000 (÷ n)", "ProgrammeValidation.library[n=10000]:gc.alloc.rate.norm",
            "ProgrammeValidation.library[n=5000]:gc.alloc.rate.norm").scaledBy(0.5),
        Target.atMost("programme validation, n = 10,000", "itself at n = 5,000",
            "ProgrammeValidation.library[n=10000]", "ProgrammeValidation.library[n=5000]", 2.3),
        Target.atMost("programme validation, n = 100,000", "itself at n = 50,000",
            "ProgrammeValidation.library[n=100000]", "ProgrammeValidation.library[n=50000]", 2.3),
        Target.reported("gap analysis of 1,000 policy drafts", "GapAnalysis.drafts[n=1000]"),
        Target.reported("`oer --version` cold start (whole process)", "`java -version`",
            "ColdStart.oerVersion", "ColdStart.javaVersion"),
        Target.reported("`oer tour` cold start (whole process)", "`java -version`",
            "ColdStart.oerTour", "ColdStart.javaVersion"),
        Target.reported("`oer --version` through the launcher (CDS archive, C1, serial GC)", "`java -version`",
            "ColdStart.launcherVersion", "ColdStart.javaVersion"),
        Target.reported("`oer tour` through the launcher (CDS archive, C1, serial GC)", "`java -version`",
            "ColdStart.launcherTour", "ColdStart.javaVersion"));
  }
}
