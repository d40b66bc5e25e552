package org.oerkit.core.agenda;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.oerkit.core.Finding;
import org.oerkit.core.Report;
import org.oerkit.core.Rule;

/**
 * The test oracle of {@link AgendaCheck}: the same checks, with duplicates, overlaps and gaps found by
 * comparing every pair in O(n²) rather than by sweeps. {@link AgendaCheckPropertyTest} checks that the two
 * return equal reports.
 */
public final class BruteForceAgendaCheck implements AgendaCheck.Pairs {

  private static final BruteForceAgendaCheck PAIRS = new BruteForceAgendaCheck();

  private BruteForceAgendaCheck() {}

  /** Checks a workshop as {@code check} does, comparing every pair. */
  public static Report check(AgendaCheck check, Workshop workshop) {
    return check.run(workshop, PAIRS);
  }

  @Override
  public List<Finding> duplicateIds(List<Slot> sessions) {
    List<Finding> findings = new ArrayList<>();
    for (int j = 0; j < sessions.size(); j++) {
      for (int i = 0; i < j; i++) {
        if (sessions.get(i).session().id().equals(sessions.get(j).session().id())) {
          findings.add(AgendaCheck.duplicate(sessions.get(j), sessions.get(i)));
          break;
        }
      }
    }
    return findings;
  }

  @Override
  public List<Finding> overlaps(List<AgendaCheck.Booking> bookings, Rule rule, Workshop workshop) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < bookings.size(); i++) {
      for (int j = i + 1; j < bookings.size(); j++) {
        AgendaCheck.Booking a = bookings.get(i);
        AgendaCheck.Booking b = bookings.get(j);
        boolean overlap = a.start() < b.end() && b.start() < a.end();
        if (a.key().equals(b.key()) && overlap && !AgendaCheck.excused(a, b)) {
          findings.add(AgendaCheck.overlapFinding(rule, a, b, workshop));
        }
      }
    }
    return findings;
  }

  @Override
  public List<Finding> gaps(List<AgendaCheck.Booking> bookings, AgendaCheck check, Workshop workshop) {
    Set<String> seen = new LinkedHashSet<>();
    List<Finding> findings = new ArrayList<>();
    for (AgendaCheck.Booking a : bookings) {
      long end = a.end();
      boolean covered = false;
      AgendaCheck.Booking after = null;
      for (AgendaCheck.Booking b : bookings) {
        if (!b.key().equals(a.key()) || b.dayIndex() != a.dayIndex()) {
          continue;
        }
        if (b.start() <= end && end < b.end()) {
          covered = true;
        }
        if (b.start() > end && (after == null || AgendaCheck.BY_START.compare(b, after) < 0)) {
          after = b;
        }
      }
      if (!covered && after != null && seen.add(a.key() + "\u0000" + a.dayIndex() + "\u0000" + end)) {
        check.gap(after, end, workshop).ifPresent(findings::add);
      }
    }
    return findings;
  }
}
