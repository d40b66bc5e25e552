package org.oerkit.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import org.oerkit.core.agenda.ICalendarWriter;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.license.Detection;
import org.oerkit.core.license.LicenseDetector;

/**
 * Checks the corpora and peer baselines of the licence-detection and iCalendar benchmarks: that the peers
 * do the job the library does on the same input. Nothing here is timed.
 */
class PeerBaselinesTest {

  @Test
  void licenseStrings_sameSeedAndIndex_areEqual() {
    SyntheticLicenseStrings strings = SyntheticLicenseStrings.withSeed(SyntheticWorkshops.SEED);

    assertThat(strings.strings(100)).isEqualTo(SyntheticLicenseStrings.withSeed(SyntheticWorkshops.SEED).strings(100));
    assertThat(Arrays.stream(strings.strings(1000)).distinct().count()).isGreaterThan(SyntheticLicenseStrings.forms());
  }

  @Test
  void licenseStrings_giveEveryAnswerOfTheDetector() {
    LicenseDetector detector = LicenseDetector.standard();
    Set<Detection.Answer> answers = EnumSet.noneOf(Detection.Answer.class);
    for (String string : SyntheticLicenseStrings.withSeed(SyntheticWorkshops.SEED).strings(2000)) {
      answers.add(detector.detect(string).answer());
    }

    // Every answer but a full legal text, which LicenseTexts measures apart.
    assertThat(answers).containsAll(EnumSet.complementOf(EnumSet.of(Detection.Answer.TEXT)));
  }

  @Test
  void unknownText_isAsLongAsAskedAndNamesNoLicence() {
    String text = SyntheticLicenseStrings.withSeed(SyntheticWorkshops.SEED).unknownText(100_000);

    assertThat(text).hasSize(100_000);
    assertThat(LicenseDetector.standard().detect(text).isDefinite()).isFalse();
  }

  @Test
  void plainDice_findsEachKnownTextClosestToItself() {
    PlainDice dice = PlainDice.standard();

    for (String id : new String[] {"CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "MIT", "Apache-2.0", "ODbL-1.0"}) {
      assertThat(dice.closest(dice.text(id))).isEqualTo(id);
    }
  }

  @Test
  void ical4j_writesTheSessionsAsEvents_andReadsBothWritersBack() throws Exception {
    Workshop workshop = SyntheticWorkshops.withSeed(SyntheticWorkshops.SEED).workshop(0);
    long sessions = workshop.timeline().sessions().stream().filter(s -> s.start().isPresent()).count();

    Calendar peer = new CalendarBuilder().build(new StringReader(Ical4jCalendars.write(workshop)));
    Calendar ours = new CalendarBuilder().build(new StringReader(ICalendarWriter.write(workshop)));

    assertThat((long) peer.getComponents("VEVENT").size()).isEqualTo(sessions);
    assertThat((long) ours.getComponents("VEVENT").size()).isGreaterThanOrEqualTo(sessions);
  }
}
