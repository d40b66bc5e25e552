package org.oerkit.examples.bench;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.oerkit.core.agenda.ICalendarWriter;
import org.oerkit.core.agenda.NameBasedUuid;
import org.oerkit.core.agenda.Role;
import org.oerkit.core.agenda.RoleHolder;
import org.oerkit.core.agenda.Slot;
import org.oerkit.core.agenda.Workshop;

/**
 * The peer baseline of the iCalendar writer: ical4j 4 builds the same events as an object model and
 * writes it ({@code Calendar.toString()}), one {@code VEVENT} per session with a known start, its
 * {@code DTSTART} with the zone, its {@code DURATION}, {@code SUMMARY}, {@code UID}, {@code LOCATION},
 * {@code DESCRIPTION} and an {@code ATTENDEE} with {@code CN} and {@code ROLE} per person. It writes no
 * {@code VTIMEZONE} and no breakout groups, so it does a little less than {@link ICalendarWriter}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ical4jCalendars {

  private Ical4jCalendars() {}

  /**
   * Writes a workshop's sessions with ical4j.
   *
   * @param workshop  the workshop, not null
   * @return the iCalendar text
   */
  public static String write(Workshop workshop) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(ICalendarWriter.PRODID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    for (Slot slot : workshop.timeline().sessions()) {
      if (slot.start().isEmpty()) {
        continue;
      }
      Optional<Duration> length = slot.time().length();
      VEvent event = length.isPresent() ? new VEvent(slot.start().get(), length.get(), slot.session().title())
          : new VEvent(slot.start().get(), slot.session().title());
      event.add(new Uid(slot.uid().toString()));
      event.add(new Location(workshop.roomOf(slot.session())));
      slot.session().description().ifPresent(d -> event.add(new Description(d)));
      for (Role role : slot.session().roles()) {
        if (role.holder().kind() == RoleHolder.Kind.PERSON) {
          ParameterList parameters = new ParameterList(List.of(new Cn(role.holder().name()),
              new net.fortuna.ical4j.model.parameter.Role(role.kind().iCalendarRole())));
          event.add(new Attendee(parameters,
              URI.create("urn:uuid:" + NameBasedUuid.v5(workshop.uid(), role.holder().identity()))));
        }
      }
      calendar.add(event);
    }
    return calendar.toString();
  }
}
