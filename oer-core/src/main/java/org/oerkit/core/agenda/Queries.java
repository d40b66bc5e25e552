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

/** The questions a researcher asks of a workshop programme; {@link Timeline} delegates to them. */
final class Queries {

  private Queries() {}

  static List<Appearance> appearances(Timeline timeline) {
    ImmutableList.Builder<Appearance> all = ImmutableList.builder();
    for (Slot slot : timeline.slots()) {
      List<Role> roles = slot.group().map(BreakoutGroup::roles)
          .orElseGet(() -> slot.part().map(Part::roles).orElse(slot.session().roles()));
      for (Role role : roles) {
        all.add(Appearance.builder().date(slot.date()).session(slot.session()).part(slot.part())
            .group(slot.group()).role(role).build());
      }
    }
    return all.build();
  }

  static List<Appearance> filter(List<Appearance> appearances, Predicate<Appearance> test) {
    return appearances.stream().filter(test).collect(ImmutableList.toImmutableList());
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

  static Map<RoleHolder, List<Session>> whoHolds(List<Appearance> appearances) {
    Map<String, RoleHolder> holders = new LinkedHashMap<>();
    Map<String, Set<Session>> byHolder = new LinkedHashMap<>();
    for (Appearance a : appearances) {
      String identity = a.role().holder().identity();
      holders.putIfAbsent(identity, a.role().holder());
      byHolder.computeIfAbsent(identity, h -> new LinkedHashSet<>()).add(a.session());
    }
    ImmutableMap.Builder<RoleHolder, List<Session>> result = ImmutableMap.builder();
    byHolder.forEach((h, s) -> result.put(holders.get(h), ImmutableList.copyOf(s)));
    return result.build();
  }

  /**
   * Minutes by kind: top-level parts with a kind and a length take their minutes out of their session's net
   * time; the parts of a part are inside it and take nothing more.
   */
  static Map<SessionKind, Long> minutesByKind(List<Slot> sessions) {
    Map<SessionKind, Long> minutes = new LinkedHashMap<>();
    for (Slot slot : sessions) {
      Session session = slot.session();
      Optional<Duration> net = session.netLength(slot.day());
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
    return ImmutableMap.copyOf(minutes);
  }

  static List<Session> discussing(List<Slot> sessions, String text) {
    String wanted = text.toLowerCase(Locale.ROOT);
    return sessions.stream().map(Slot::session)
        .filter(s -> s.allQuestions().stream().anyMatch(q -> q.toLowerCase(Locale.ROOT).contains(wanted)))
        .collect(ImmutableList.toImmutableList());
  }
}
