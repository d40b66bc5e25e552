package org.oerkit.examples.astana;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oerkit.core.agenda.Day;
import org.oerkit.core.agenda.Part;
import org.oerkit.core.agenda.Role;
import org.oerkit.core.agenda.RoleHolder;
import org.oerkit.core.agenda.Session;
import org.oerkit.core.agenda.SessionKind;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.vocabulary.Person;

/**
 * Facts of the Astana 2017 concept note (UNESCO, 2017), as the example encodes them.
 */
class Astana2017Test {

  private final Workshop workshop = Astana2017.workshop();

  @Test
  void workshop_hasThreeDaysFromTheEleventhOfDecember() {
    assertThat(workshop.days()).extracting(d -> d.date().toString())
        .containsExactly("2017-12-11", "2017-12-12", "2017-12-13");
    assertThat(workshop.zone().getId()).isEqualTo("Asia/Almaty");
    assertThat(workshop.venue()).contains("Park Inn by Radisson");
  }

  @Test
  void workshop_hasTheThreeObjectives_andTheParticipantRuleBeforeItsFourProfiles() {
    assertThat(workshop.objectives()).hasSize(3);
    assertThat(workshop.objectives().get(2)).contains("prepare the first draft of the national policy on OER");
    assertThat(workshop.participantProfiles()).hasSize(5);
    assertThat(workshop.participantProfiles().get(0)).startsWith("If a national committee for OER policy or strategy"
        + " has been established, the core members of the committee");
  }

  @Test
  void workshop_hasSessionsOneToFifteen() {
    List<String> labels = workshop.sessions().stream().flatMap(s -> s.label().stream())
        .collect(Collectors.toList());

    assertThat(labels).containsExactly("Session 1", "Session 2", "Session 3", "Session 4", "Session 5",
        "Session 6", "Session 7", "Session 8", "Session 9", "Session 10", "Session 11", "Session 12",
        "Session 13", "Session 14", "Session 15");
  }

  @Test
  void firstSession_startsAtNineAstanaTime_whichIsThreeUtc() {
    Optional<ZonedDateTime> start = workshop.timeline().sessions().get(0).start();

    assertThat(start).hasValueSatisfying(s -> assertThat(s.toInstant().toString()).isEqualTo("2017-12-11T03:00:00Z"));
  }

  @Test
  void session5_isInterruptedByTheCoffeeBreak_andItsPartsFillTheRest() {
    Day day1 = workshop.days().get(0);
    Session session5 = day1.session("session-5").orElseThrow();
    Duration parts = session5.parts().stream().map(p -> p.time().length().orElseThrow())
        .reduce(Duration.ZERO, Duration::plus);

    assertThat(session5.interruptedBy()).containsExactly("d1-coffee-2");
    assertThat(session5.netLength(day1)).contains(Duration.ofMinutes(100));
    assertThat(parts).isEqualTo(Duration.ofMinutes(100));
  }

  @Test
  void session6_hasTheCleanedTitle() {
    Session session6 = workshop.session("session-6").orElseThrow();

    assertThat(session6.title()).isEqualTo("UNESCO OER Indicators");
  }

  @Test
  void day3_coffeeBreakAndSession13_areInferred_andNothingElseIs() {
    List<String> inferred = workshop.sessions().stream().filter(s -> s.time().isInferred()).map(Session::id)
        .collect(Collectors.toList());

    assertThat(inferred).containsExactly("d3-coffee-1", "session-13");
    assertThat(workshop.session("session-13").orElseThrow().time().start()).contains(LocalTime.of(11, 15));
  }

  @Test
  void session14_moderator_isToBeAnnounced() {
    Session session14 = workshop.session("session-14").orElseThrow();

    assertThat(session14.roles()).extracting(r -> r.holder().kind()).containsExactly(RoleHolder.Kind.TO_BE_ANNOUNCED);
  }

  @Test
  void draftingSessions_haveTheNoteQuestions() {
    assertThat(workshop.session("session-9").orElseThrow().allQuestions()).hasSize(3);
    assertThat(workshop.session("session-10").orElseThrow().allQuestions()).hasSize(4)
        .contains("What open license should be adopted?");
    assertThat(workshop.session("session-11").orElseThrow().allQuestions()).hasSize(2);
  }

  @Test
  void partsWithDurations_fitTheirSessionsExactly() {
    for (Day day : workshop.days()) {
      for (Session session : day.sessions()) {
        List<Part> timed = session.parts().stream().filter(p -> p.time().length().isPresent())
            .collect(Collectors.toList());
        if (!timed.isEmpty() && timed.size() == session.parts().size()) {
          Duration sum = timed.stream().map(p -> p.time().length().get()).reduce(Duration.ZERO, Duration::plus);
          assertThat(Optional.of(sum)).as(session.id()).isEqualTo(session.netLength(day));
        }
      }
    }
  }

  @Test
  void people_eachHoldARoleInTheProgramme() {
    List<Person> holders = workshop.sessions().stream().flatMap(s -> s.allRoles().stream()).map(Role::holder)
        .flatMap(h -> h.person().stream()).distinct().collect(Collectors.toList());

    assertThat(holders).containsExactlyInAnyOrderElementsOf(Astana2017.people());
  }

  @Test
  void breaks_areBreaks() {
    List<String> breaks = workshop.sessions().stream().filter(s -> s.kind().isBreak()).map(Session::id)
        .collect(Collectors.toList());

    assertThat(breaks).contains("d1-coffee-1", "d1-lunch", "d1-coffee-2", "d1-reception", "d2-lunch",
        "d3-coffee-1");
    assertThat(workshop.session("session-9").orElseThrow().kind()).isEqualTo(SessionKind.GROUP_DISCUSSION);
  }

  @Test
  void meldebekova_nameIsJoined() {
    assertThat(Astana2017.MAYRA_MELDEBEKOVA.name()).isEqualTo("Meldebekova Mayra Turganbaevna");
  }
}
