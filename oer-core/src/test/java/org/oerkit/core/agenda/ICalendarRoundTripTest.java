package org.oerkit.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import org.oerkit.core.Imported;
import org.oerkit.core.UnreadableDocumentException;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;
import org.oerkit.core.vocabulary.Organization;
import org.oerkit.core.vocabulary.OrganizationKind;
import org.oerkit.core.vocabulary.Person;

/**
 * {@code ICalendarReader.read(ICalendarWriter.write(w))} gives back what iCalendar carries of {@code w}, and
 * the loss is exactly the one the reader's Javadoc lists: {@link #carried(Workshop)} is that list as code.
 * The writer's output also parses with ical4j (test scope) for every generated workshop.
 */
class ICalendarRoundTripTest {

  private static final String[] TEXTS = {"Opening", "Policy; scope, and \\ \"quotes\"", "Line one\nline two",
      "Расширение открытых образовательных ресурсов для обучения на протяжении всей жизни в Казахстане",
      "a,b;c", "OER \u2013 Group 1", "\uD83D\uDCDA Open books", "Tab\there", "x".repeat(200), "Coffee break",
      "Session 5: OER Initiatives in Central Asia"};
  private static final Object[] ZONES = {"Asia/Almaty", "Europe/Berlin", "America/Los_Angeles", "UTC",
      ZoneOffset.ofHours(5), ZoneOffset.ofHoursMinutes(-3, -30)};
  private static final LocalDate[] FIRST_DATES = {LocalDate.of(2017, 12, 11), LocalDate.of(2017, 3, 25),
      LocalDate.of(2017, 10, 28), LocalDate.of(2024, 2, 29), LocalDate.of(1999, 12, 31)};

  @Test
  void read_ofWrite_givesBackWhatICalendarCarries() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Workshop workshop = randomWorkshop(new Random(seed));
      String ics = ICalendarWriter.write(workshop);
      if (workshop.timeline().sessions().stream().noneMatch(s -> s.start().isPresent())) {
        assertThatThrownBy(() -> ICalendarReader.read(ics)).isInstanceOf(UnreadableDocumentException.class)
            .hasMessageContaining("no VEVENT");
        return;
      }
      Imported<Workshop> read = ICalendarReader.read(ics);
      assertThat(read.value()).as(ics).isEqualTo(carried(workshop));
      // Findings only for what the reader documents as not carried: inferred marks, and the zone of a
      // programme in a fixed offset.
      assertThat(read.report().findings()).allSatisfy(f -> assertThat(f.rule().id()).isIn("ical.ignored", "ical.zone"));
      assertThat(read.report().findings()).filteredOn(f -> f.rule().id().equals("ical.ignored"))
          .allSatisfy(f -> assertThat(f.location()).endsWith("/X-OER-INFERRED"));
    });
  }

  @Test
  void write_generatedWorkshops_parseWithIcal4j() {
    qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
      String ics = ICalendarWriter.write(randomWorkshop(new Random(seed)));
      Calendar calendar;
      try {
        calendar = new CalendarBuilder().build(new StringReader(ics));
      } catch (Exception e) {
        throw new AssertionError(ics, e);
      }
      assertThat(calendar.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT"))
          .allSatisfy(e -> assertThat(e.getProperties("ATTENDEE")).isEmpty());
    });
  }

  @Test
  void read_ofWrite_astana_keepsEveryTimedSessionAndItsInstant() {
    Workshop golden = Samples.golden();
    Workshop read = ICalendarReader.read(ICalendarWriter.write(golden)).value();
    assertThat(read).isEqualTo(carried(golden));
    // 9 sessions with a start; Session 13 has none and is not in the calendar.
    assertThat(read.sessions()).hasSize(9);
    assertThat(read.zone()).isEqualTo(ZoneId.of("Asia/Almaty"));
    Slot registration = read.timeline().sessions().get(0);
    assertThat(registration.start().orElseThrow().toInstant()).isEqualTo(Instant.parse("2017-12-11T03:00:00Z"));
    assertThat(read.sessions().get(0).title()).isEqualTo(golden.sessions().get(0).fullTitle());
    assertThat(read.sessions()).allSatisfy(s -> assertThat(s.roles()).isEmpty());
    assertThat(read.session(golden.timeline().session("session-9").orElseThrow().uid().toString()).orElseThrow()
        .groups()).extracting(BreakoutGroup::name).containsExactly("Group 1", "Group 2");
  }

  /** What iCalendar carries of a workshop, as the reader's Javadoc lists it. */
  static Workshop carried(Workshop workshop) {
    ZoneId zone = workshop.zone() instanceof ZoneOffset ? ZoneId.of("UTC") : workshop.zone();
    Map<String, String> rooms = new LinkedHashMap<>();
    TreeMap<LocalDate, List<Session>> days = new TreeMap<>();
    Map<Session, LocalTime> starts = new LinkedHashMap<>();
    Timeline timeline = workshop.timeline();
    for (Slot slot : timeline.sessions()) {
      if (slot.start().isEmpty()) {
        continue;
      }
      Session session = slot.session();
      LocalDateTime start = slot.start().get().toInstant().atZone(zone).toLocalDateTime();
      Session.Builder read = Session.builder().id(slot.uid().toString()).title(session.fullTitle())
          .kind(session.kind());
      String description = ICalendarWriter.description(slot.day(), session);
      if (!description.isEmpty()) {
        read.description(description);
      }
      ICalendarWriter.location(workshop, workshop.roomOf(session))
          .ifPresent(l -> read.room(rooms.computeIfAbsent(l, k -> "room-" + (rooms.size() + 1))));
      boolean lasts = slot.length().filter(l -> !l.isNegative() && !l.isZero()).isPresent()
          && slot.time().length().filter(l -> !l.isNegative() && !l.isZero()).isPresent();
      read.time(lasts ? SessionTime.of(start.toLocalTime(), slot.length().get())
          : SessionTime.startingAt(start.toLocalTime()));
      for (Slot groupSlot : timeline.groupsOf(slot)) {
        BreakoutGroup group = groupSlot.group().orElseThrow();
        BreakoutGroup.Builder readGroup = BreakoutGroup.builder().id(groupSlot.uid().toString()).name(group.name());
        String topic = ICalendarWriter.groupDescription(group);
        if (!topic.isEmpty()) {
          readGroup.topic(topic);
        }
        ICalendarWriter.location(workshop, group.room().orElse(workshop.roomOf(session)))
            .ifPresent(l -> readGroup.room(rooms.computeIfAbsent(l, k -> "room-" + (rooms.size() + 1))));
        read.addGroups(readGroup.build());
      }
      Session built = read.build();
      starts.put(built, start.toLocalTime());
      days.computeIfAbsent(start.toLocalDate(), d -> new ArrayList<>()).add(built);
    }
    Workshop.Builder read = Workshop.builder()
        .id(ICalendarReader.slug(workshop.title().original()))
        .title(LocalizedText.of(workshop.title().originalLanguage(), workshop.title().original()))
        .zone(zone).startDate(days.firstKey()).endDate(days.lastKey())
        .revision(workshop.revision())
        .revisedAt(workshop.revisedAt().orElse(workshop.startDate().atStartOfDay().toInstant(ZoneOffset.UTC)));
    rooms.forEach((location, id) -> read.addRooms(Room.of(id, location)));
    days.forEach((date, sessions) -> {
      List<Session> ordered = new ArrayList<>(sessions);
      ordered.sort(Comparator.comparing(starts::get));
      read.addDays(Day.builder().date(date).addAllSessions(ordered).build());
    });
    return read.build();
  }

  static Workshop randomWorkshop(Random random) {
    Object zone = ZONES[random.nextInt(ZONES.length)];
    LocalDate first = FIRST_DATES[random.nextInt(FIRST_DATES.length)];
    int dayCount = random.nextInt(4);
    Workshop.Builder workshop = Workshop.builder().id("w" + random.nextInt(1000))
        .title(LocalizedText.of(random.nextBoolean() ? LanguageTag.ENGLISH : LanguageTag.RUSSIAN, text(random)))
        .startDate(first).endDate(first.plusDays(Math.max(0, dayCount - 1)))
        .revision(random.nextInt(5));
    if (zone instanceof String) {
      workshop.zone((String) zone);
    } else {
      workshop.zone((ZoneId) zone);
    }
    if (random.nextBoolean()) {
      workshop.revisedAt(Instant.parse("2017-12-01T10:15:00Z").plusSeconds(random.nextInt(100_000_000)));
    }
    if (random.nextBoolean()) {
      workshop.venue(text(random)).city("Astana").country(Country.KAZAKHSTAN);
    }
    boolean rooms = random.nextBoolean();
    if (rooms) {
      workshop.addRooms(Room.of("hall-a", text(random)), Room.of("hall-b", "Hall B"));
    }
    int id = 0;
    for (int d = 0; d < dayCount; d++) {
      Day.Builder day = Day.builder().date(first.plusDays(d));
      if (random.nextInt(4) == 0) {
        day.label("Day " + (d + 1)).closesAt(LocalTime.of(18, 30));
      }
      for (int s = random.nextInt(6); s > 0; s--) {
        day.addSessions(session(random, "s" + id++, rooms));
      }
      workshop.addDays(day.build());
    }
    return workshop.build();
  }

  private static Session session(Random random, String id, boolean rooms) {
    Session.Builder session = Session.builder().id(id).title(text(random))
        .kind(random.nextInt(5) == 0 ? SessionKind.of("site-visit")
            : SessionKind.defaults().get(random.nextInt(SessionKind.defaults().size())))
        .time(time(random));
    if (random.nextBoolean()) {
      session.label("Session " + random.nextInt(20)).subtitle(text(random)).description(text(random));
    }
    if (rooms && random.nextBoolean()) {
      session.room("hall-b");
    }
    Person person = Person.builder().name(random.nextBoolean() ? "Lina Benete" : "Фэнчунь Мяо")
        .position("Education Programme Specialist").build();
    for (int r = random.nextInt(4); r > 0; r--) {
      RoleKind kind = RoleKind.defaults().get(random.nextInt(RoleKind.defaults().size()));
      switch (random.nextInt(3)) {
        case 0:
          session.addRoles(Role.of(kind, person));
          break;
        case 1:
          session.addRoles(Role.of(kind, Organization.of("National OER Focal group", OrganizationKind.WORKING_GROUP))
              .withNote("as group leaders"));
          break;
        default:
          session.addRoles(Role.toBeAnnounced(kind));
      }
    }
    if (random.nextBoolean()) {
      session.addParts(Part.builder().title(text(random)).time(time(random)).addQuestions(text(random))
          .addParts(Part.of(text(random), Duration.ofMinutes(10))).build());
    }
    if (random.nextInt(3) == 0) {
      session.addGroups(BreakoutGroup.builder().id(id + "-g1").name("Group 1").topic(text(random))
          .room(rooms ? "hall-a" : "plenary").addRoles(Role.facilitator(person)).build(),
          BreakoutGroup.of(id + "-g2", "Group 2"));
    }
    if (random.nextInt(4) == 0) {
      session.addQuestions(text(random)).addExpectedOutputs(text(random));
    }
    return session.build();
  }

  private static SessionTime time(Random random) {
    LocalTime start = LocalTime.of(random.nextInt(24), random.nextInt(4) * 15 + random.nextInt(2));
    switch (random.nextInt(6)) {
      case 0:
        return SessionTime.unknown();
      case 1:
        return SessionTime.of(start, Duration.ofMinutes(1 + random.nextInt(300)));
      case 2:
        return SessionTime.of(start, start.plusMinutes(random.nextInt(120)));
      case 3:
        return SessionTime.startingAt(start);
      case 4:
        return SessionTime.of(start, start.plusMinutes(random.nextInt(120))).asInferred();
      default:
        return SessionTime.lasting(Duration.ofMinutes(random.nextInt(90)));
    }
  }

  private static String text(Random random) {
    return TEXTS[random.nextInt(TEXTS.length)];
  }

  @Test
  void carried_isNotTheIdentity() {
    // Guards the property against a projection that loses nothing because the generator makes nothing to lose.
    int different = 0;
    for (long seed = 0; seed < 30; seed++) {
      Workshop workshop = randomWorkshop(new Random(seed));
      if (workshop.timeline().sessions().stream().anyMatch(s -> s.start().isPresent())
          && !carried(workshop).equals(workshop)) {
        different++;
      }
    }
    assertThat(different).isGreaterThan(10);
  }
}
