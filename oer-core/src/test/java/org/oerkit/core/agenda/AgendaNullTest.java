package org.oerkit.core.agenda;

import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.vocabulary.Person;

/** Every public type and factory of the package refuses null with a NullPointerException (house style). */
class AgendaNullTest {

  private static final List<Class<?>> TYPES = List.of(AgendaCheck.class, AgendaRules.class, Appearance.class,
      BreakoutGroup.class, Day.class, ICalendarWriter.class, NameBasedUuid.class, Part.class,
      PrintedProgramme.class, Role.class, RoleHolder.class, RoleKind.class, Room.class, Session.class,
      SessionKind.class, SessionTime.class, Slot.class, Timeline.class, Workshop.class);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(LocalDate.class, LocalDate.of(2017, 12, 11))
        .setDefault(LocalTime.class, LocalTime.of(9, 0))
        .setDefault(Duration.class, Duration.ofMinutes(20))
        .setDefault(Person.class, Person.of("Lina Benete"))
        .setDefault(org.oerkit.core.vocabulary.Organization.class, Samples.UNESCO_ALMATY)
        .setDefault(Workshop.class, Samples.astanaDay1())
        .setDefault(Session.class, Samples.astanaDay1().sessions().get(0))
        .setDefault(Slot.class, Samples.astanaDay1().timeline().sessions().get(0))
        .setDefault(RoleHolder.class, RoleHolder.toBeAnnounced())
        .setDefault(Role.class, Role.moderator(Person.of("Lina Benete")))
        .setDefault(Part.class, Part.of("Opening remarks"))
        .setDefault(Day.class, Samples.astanaDay1().days().get(0))
        .setDefault(SessionTime.class, SessionTime.parse("09:00-09:30"))
        .setDefault(SessionKind.class, SessionKind.OTHER)
        .setDefault(RoleKind.class, RoleKind.MODERATOR);
  }

  @Test
  void staticFactories_null_throwNullPointerException() {
    TYPES.forEach(type -> tester().testAllPublicStaticMethods(type));
  }

  @Test
  void instanceMethods_null_throwNullPointerException() {
    Workshop workshop = Samples.astanaDay1();
    Timeline timeline = workshop.timeline();
    NullPointerTester tester = tester();
    tester.testAllPublicInstanceMethods(workshop);
    tester.testAllPublicInstanceMethods(timeline);
    tester.testAllPublicInstanceMethods(timeline.sessions().get(0));
    tester.testAllPublicInstanceMethods(AgendaCheck.standard());
    tester.testAllPublicInstanceMethods(workshop.sessions().get(0));
    tester.testAllPublicInstanceMethods(workshop.days().get(0));
    tester.testAllPublicInstanceMethods(Part.of("Opening remarks"));
    tester.testAllPublicInstanceMethods(RoleHolder.toBeAnnounced());
    tester.testAllPublicInstanceMethods(SessionTime.parse("09:00-09:30"));
    tester.testAllPublicInstanceMethods(Room.PLENARY);
    tester.testAllPublicInstanceMethods(SessionKind.OTHER);
    tester.testAllPublicInstanceMethods(RoleKind.MODERATOR);
  }
}
