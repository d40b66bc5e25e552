package org.oerkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.Imported;
import org.oerkit.core.agenda.Session;
import org.oerkit.core.agenda.Slot;
import org.oerkit.core.agenda.Workshop;

/**
 * Real exports read by the schedule readers: the pretalx demo event's {@code schedule.json} (voc/schedule)
 * and the 38C3 {@code schedule.xml} (EventFahrplan's test data); see {@code src/test/resources/c3voc/README.md}.
 * Every expected value is what the file says.
 */
class ScheduleRealFilesTest {

  @Test
  void pretalxDemocon_readsEveryTalkWithItsInstantTitleAndSpeaker() {
    Imported<Workshop> read = ScheduleJson.read(C3voc.bytes("pretalx-democon.json"));
    Workshop democon = read.value();
    assertThat(democon.id()).isEqualTo("democon");
    assertThat(democon.title().original()).isEqualTo("DemoCon");
    assertThat(democon.days()).hasSize(3);
    assertThat(democon.sessions()).hasSize(36);
    assertThat(democon.rooms()).extracting(r -> r.name()).containsExactly("Gray Room", "Tan Room");
    // "id": 25, "date": "2020-12-14T09:00:00+01:00", "title": "Focused 5thgeneration hardware",
    // "persons": [{"public_name": "Brian Robinson", ...}]
    Slot first = democon.timeline().sessions().get(0);
    assertThat(first.start().get().toInstant()).isEqualTo(Instant.parse("2020-12-14T08:00:00Z"));
    assertThat(first.session().title()).isEqualTo("Focused 5thgeneration hardware");
    assertThat(first.session().length()).contains(java.time.Duration.ofMinutes(30));
    assertThat(first.session().kind().id()).isEqualTo("talk");
    assertThat(first.session().roles()).extracting(r -> r.holder().name()).containsExactly("Brian Robinson");
    assertThat(democon.sessions().stream().mapToInt(s -> s.roles().size()).sum()).isEqualTo(30 + 2 * 5 + 3);
    assertThat(democon.sessions()).extracting(Session::kind).extracting(k -> k.id()).containsOnly("talk", "workshop");
  }

  @Test
  void pretalxDemocon_reportsItsOddities() {
    Imported<Workshop> read = ScheduleJson.read(C3voc.bytes("pretalx-democon.json"));
    // time_zone_name says UTC, every date is written at +01:00: the instants are kept and reported once.
    assertThat(read.value().zone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(read.report().findings("schedule.time-zone")).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo("/schedule/conference/days/0/rooms/Gray Room/0/date");
      assertThat(f.message()).contains("+01:00").contains("35 more");
    });
    // Every talk has a track ("Phased", ...) and the speakers biographies: not carried, said once each.
    assertThat(read.report().findings("schedule.not-carried")).extracting(f -> f.location())
        .contains("/schedule/conference/days/0/rooms/Gray Room/0/track",
            "/schedule/conference/days/0/rooms/Gray Room/0/persons/0/biography");
  }

  @Test
  void congress38c3_readsAllThousandAndSevenEvents() {
    Imported<Workshop> read = ScheduleXml.read(C3voc.bytes("schedule-38c3.xml"));
    Workshop congress = read.value();
    assertThat(congress.id()).isEqualTo("38c3");
    assertThat(congress.title().original()).isEqualTo("38C3");
    assertThat(congress.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(congress.sessions()).hasSize(1007);
    assertThat(congress.rooms()).hasSize(72);
    // <event guid="270fa44c-821a-577f-8ca3-33e8d4a8c2a7" id="2"><date>2024-12-27T10:30:00+01:00</date>
    // <duration>00:30</duration><title>38C3: Opening Ceremony</title>, three persons.
    Session opening = congress.sessions().stream().filter(s -> s.title().equals("38C3: Opening Ceremony"))
        .findFirst().orElseThrow();
    Slot slot = congress.timeline().sessions().stream().filter(s -> s.session().equals(opening)).findFirst()
        .orElseThrow();
    assertThat(slot.start().get().toInstant()).isEqualTo(Instant.parse("2024-12-27T09:30:00Z"));
    assertThat(slot.end().get().toInstant()).isEqualTo(Instant.parse("2024-12-27T10:00:00Z"));
    assertThat(opening.roles()).extracting(r -> r.holder().name())
        .containsExactly("Gabriela Bogk", "Senficon", "Aline Blankertz");
    assertThat(congress.room(opening.room().get()).get().name()).isEqualTo("Saal 1");
    assertThat(opening.kind().id()).isEqualTo("ceremony");
  }

  @Test
  void congress38c3_reportsNamesJoinedByCommasAndEventsAfterMidnight() {
    Imported<Workshop> read = ScheduleXml.read(C3voc.bytes("schedule-38c3.xml"));
    List<String> commas = read.report().findings("schedule.person-name").stream().map(f -> f.message()).toList();
    assertThat(commas).hasSize(3).anySatisfy(m -> assertThat(m).contains("noctiluca, katalyst"));
    // 58 events are listed under a day but start after midnight (frab's day change at 06:00).
    assertThat(read.report().findings("schedule.day").stream().mapToInt(f -> Integer.parseInt(
        f.message().substring(0, f.message().indexOf(' ')))).sum()).isEqualTo(58);
    assertThat(read.report().hasErrors()).isFalse();
  }

  @Test
  void congress38c3_failsTheXsdItDeclaresOnlyOnShortSlugsAndElementsTheXsdLacks() {
    // A real export is not always valid against its own XSD: the reader does not require it to be.
    List<String> errors = C3voc.xmlErrors(C3voc.bytes("schedule-38c3.xml"));
    assertThat(errors).hasSize(10).allSatisfy(e -> assertThat(e).containsAnyOf("38c3-ada", "38c3-jlo", "38c3-tor",
        "do_not_stream", "answers"));
  }
}
