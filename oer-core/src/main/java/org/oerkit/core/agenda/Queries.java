package org.oerkit.core.agenda;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.Person;

/** The questions a researcher asks of a workshop programme; {@link Workshop} delegates to them. */
final class Queries {

  private Queries() {}

  static List<Appearance> appearances(Workshop workshop) {
    ImmutableList.Builder<Appearance> all = ImmutableList.builder();
    for (Day day : workshop.days()) {
      for (Session session : day.sessions()) {
        for (Role role : session.roles()) {
          all.add(Appearance.builder().date(day.date()).session(session).role(role).build());
        }
        for (Part part : session.parts()) {
          for (Role role : part.roles()) {
            all.add(Appearance.builder().date(day.date()).session(session).part(part).role(role).build());
          }
        }
        for (BreakoutGroup group : session.groups()) {
          for (Role role : group.roles()) {
            all.add(Appearance.builder().date(day.date()).session(session).group(group).role(role).build());
          }
        }
      }
    }
    return all.build();
  }

  static List<Appearance> appearances(Workshop workshop, Predicate<Appearance> test) {
    return appearances(workshop).stream().filter(test).collect(ImmutableList.toImmutableList());
  }

  static boolean heldBy(Appearance appearance, Person person) {
    return appearance.role().holder().person().map(p -> p.name().equals(person.name())).orElse(false);
  }

  static boolean heldBy(Appearance appearance, Organization organization) {
    RoleHolder holder = appearance.role().holder();
    return holder.organization().map(o -> o.isPartOf(organization)).orElse(false)
        || holder.person().map(p -> p.affiliations().stream().anyMatch(a -> a.isPartOf(organization))).orElse(false);
  }

  static List<Session> sessions(List<Appearance> appearances) {
    Set<Session> sessions = new LinkedHashSet<>();
    appearances.forEach(a -> sessions.add(a.session()));
    return ImmutableList.copyOf(sessions);
  }

  static Map<RoleHolder, List<Session>> whoHolds(Workshop workshop, RoleKind kind) {
    Map<RoleHolder, Set<Session>> byHolder = new LinkedHashMap<>();
    for (Appearance a : appearances(workshop, a -> a.role().kind().equals(kind))) {
      byHolder.computeIfAbsent(a.role().holder(), h -> new LinkedHashSet<>()).add(a.session());
    }
    ImmutableMap.Builder<RoleHolder, List<Session>> result = ImmutableMap.builder();
    byHolder.forEach((h, s) -> result.put(h, ImmutableList.copyOf(s)));
    return result.build();
  }

  /** Minutes by kind: parts with a kind and a length take their minutes out of their session's net time. */
  static Map<SessionKind, Long> minutesByKind(Workshop workshop, Predicate<Day> days) {
    Map<SessionKind, Long> minutes = new LinkedHashMap<>();
    for (Day day : workshop.days()) {
      if (!days.test(day)) {
        continue;
      }
      for (Session session : day.sessions()) {
        Optional<Duration> net = session.netLength(day);
        if (net.isEmpty() || net.get().isNegative()) {
          continue;
        }
        long remaining = net.get().toMinutes();
        for (Part part : session.parts()) {
          Optional<Duration> length = part.time().length();
          if (part.kind().isPresent() && length.isPresent() && !length.get().isNegative()) {
            long taken = Math.min(remaining, length.get().toMinutes());
            minutes.merge(part.kind().get(), taken, Long::sum);
            remaining -= taken;
          }
        }
        minutes.merge(session.kind(), remaining, Long::sum);
      }
    }
    return ImmutableMap.copyOf(minutes);
  }

  static List<Session> discussing(Workshop workshop, String text) {
    String wanted = text.toLowerCase(Locale.ROOT);
    return workshop.sessions().stream()
        .filter(s -> s.allQuestions().stream().anyMatch(q -> q.toLowerCase(Locale.ROOT).contains(wanted)))
        .collect(ImmutableList.toImmutableList());
  }
}
