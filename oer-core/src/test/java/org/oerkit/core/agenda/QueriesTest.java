package org.oerkit.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.oerkit.core.agenda.Samples.DAY_1;
import static org.oerkit.core.agenda.Samples.FENGCHUN_MIAO;
import static org.oerkit.core.agenda.Samples.FOCAL_GROUP;
import static org.oerkit.core.agenda.Samples.LINA_BENETE;
import static org.oerkit.core.agenda.Samples.SVETLANA_KNYAZEVA;
import static org.oerkit.core.agenda.Samples.UNESCO_ALMATY;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.OrganizationKind;
import org.oerkit.core.vocabulary.Person;

/** The questions a researcher asks of the Astana 2017 programme. */
class QueriesTest {

  private static final LocalDate DAY_2 = LocalDate.of(2017, 12, 12);

  /** Astana 2017, Day 1 (excerpt) and Session 9 of Day 2, with its group work and questions. */
  private final Workshop astana = Workshop.builder().from(Samples.astanaDay1())
      .addDays(Day.builder().date(DAY_2).label("Day 2")
          .addSessions(Session.builder().id("session-9").label("Session 9").kind(SessionKind.GROUP_DISCUSSION)
              .title("Assessment of Situation and Need for OER").time("11:25-13:00")
              .addParts(Part.builder().title("Group discussion and policy drafting").kind(SessionKind.GROUP_DISCUSSION)
                  .minutes(75)
                  .addQuestions("How OER supports the vision of education development of Kazakhstan (policy"
                      + " context, mission and objectives of OER policy)?",
                      "What OER policies and strategies should be developed (scope)?")
                  .addRoles(Role.facilitator(FOCAL_GROUP).withNote("as group leaders"))
                  .build())
              .addParts(Part.builder().title("Presentation of the results of group work")
                  .kind(SessionKind.GROUP_RESULTS).minutes(20).addRoles(Role.moderator(FOCAL_GROUP)).build())
              .addExpectedOutputs("first draft of the national OER policy")
              .build())
          .build())
      .build();

  @Test
  void programmeOf_person_listsTheirSessions() {
    assertThat(astana.timeline().programmeOf(LINA_BENETE)).extracting(Session::id).containsExactly("d1-opening", "session-1");
    assertThat(astana.timeline().programmeOf(Person.of("Svetlana Knyazeva"))).extracting(Session::id)
        .containsExactly("session-1", "session-5");
  }

  @Test
  void programmeOf_organization_includesItsPeopleAndParts() {
    assertThat(astana.timeline().programmeOf(UNESCO_ALMATY)).extracting(Session::id).containsExactly("d1-opening", "session-1");
    assertThat(astana.timeline().programmeOf(FOCAL_GROUP)).extracting(Session::id).containsExactly("session-9");
    Organization unesco = Organization.of("UNESCO", OrganizationKind.UNESCO);
    Organization office = Organization.builder().from(UNESCO_ALMATY).parent(unesco).build();
    Workshop withParent = Samples.oneDay(Session.builder().from(Samples.session("a", "09:00-10:00"))
        .addRoles(Role.speaker(office)).build());
    assertThat(withParent.timeline().programmeOf(unesco)).extracting(Session::id).containsExactly("a");
  }

  @Test
  void appearancesOf_person_saysWhatTheyDoWhere() {
    assertThat(astana.timeline().appearancesOf(FENGCHUN_MIAO)).extracting(Object::toString).containsExactly(
        "2017-12-11 09:30-10:00 Welcome and Opening Session / Introduction of the Objectives and Background:"
            + " Presenter: Fengchun Miao",
        "2017-12-11 10:00-10:30 Session 1: Global UNESCO ICT in Education Programme and OER Projects:"
            + " Presenter: Fengchun Miao");
  }

  @Test
  void moderatorsPresentersFacilitators_answerWhoDoesWhat() {
    assertThat(astana.timeline().moderators()).extracting(a -> a.role().holder().name())
        .containsExactly("Lina Benete", "Lina Benete", "Svetlana Knyazeva", "National OER Focal group");
    assertThat(astana.timeline().presenters()).hasSize(5);
    assertThat(astana.timeline().facilitators()).singleElement()
        .satisfies(a -> assertThat(a.part().orElseThrow().title()).isEqualTo("Group discussion and policy drafting"));
    assertThat(astana.timeline().whoHolds(RoleKind.MODERATOR)).containsOnlyKeys(RoleHolder.of(LINA_BENETE),
        RoleHolder.of(SVETLANA_KNYAZEVA), RoleHolder.of(FOCAL_GROUP));
    assertThat(astana.timeline().whoHolds(RoleKind.MODERATOR).get(RoleHolder.of(LINA_BENETE))).extracting(Session::id)
        .containsExactly("d1-opening", "session-1");
  }

  @Test
  void minutesByKind_countsNetTimeAndPartKinds() {
    // Session 5: 115 min less the 15 min coffee break; Session 9: 75 min group work + 20 min results.
    assertThat(astana.timeline().minutesByKind()).containsExactly(
        entry(SessionKind.REGISTRATION, 30L),
        entry(SessionKind.OPENING, 30L),
        entry(SessionKind.PLENARY_PRESENTATION, 130L),
        entry(SessionKind.COFFEE_BREAK, 45L),
        entry(SessionKind.GROUP_DISCUSSION, 75L),
        entry(SessionKind.GROUP_RESULTS, 20L));
    assertThat(astana.timeline().minutesByKind(DAY_2)).containsOnlyKeys(SessionKind.GROUP_DISCUSSION, SessionKind.GROUP_RESULTS);
    assertThat(astana.timeline().minutesByKind(LocalDate.of(2017, 12, 13))).isEmpty();
  }

  @Test
  void minutesByDay_andGroupWork() {
    assertThat(astana.timeline().minutesByDay()).containsExactly(entry(DAY_1, 235L), entry(DAY_2, 95L));
    assertThat(astana.timeline().groupWorkMinutes()).isEqualTo(75L);
  }

  @Test
  void day_isTheProgrammeOfOneDay() {
    assertThat(astana.day(DAY_2).orElseThrow().sessions()).extracting(Session::id).containsExactly("session-9");
  }

  @Test
  void sessionsDiscussing_findsQuestionsOfParts() {
    assertThat(astana.timeline().sessionsDiscussing("SCOPE")).extracting(Session::id).containsExactly("session-9");
    assertThat(astana.timeline().sessionsDiscussing("open licen")).isEmpty();
  }
}
