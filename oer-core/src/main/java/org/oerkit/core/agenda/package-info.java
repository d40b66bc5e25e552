/**
 * Workshop programmes: a {@link org.oerkit.core.agenda.Workshop} of {@link org.oerkit.core.agenda.Day}s of
 * {@link org.oerkit.core.agenda.Session}s, with parts, roles, breakout groups and rooms, as UNESCO OER
 * workshops print them.
 *
 * <p>The model holds a real programme, such as the Astana 2017 national OER workshop, without loss: times the
 * source does not give stay unknown or are marked as inferred ({@link org.oerkit.core.agenda.SessionTime}),
 * roles may be held by people, organizations, groups or nobody yet ({@link org.oerkit.core.agenda.RoleHolder}),
 * a session may be interrupted by a break ({@link org.oerkit.core.agenda.Session#interruptedBy()}), and kinds
 * of sessions and roles are open sets with documented defaults ({@link org.oerkit.core.agenda.SessionKind},
 * {@link org.oerkit.core.agenda.RoleKind}).
 *
 * <p>A {@link org.oerkit.core.agenda.Workshop} is the document; its {@link org.oerkit.core.agenda.Timeline}
 * places it in time, once, and answers what a researcher asks of it:
 * <pre>{@code
 * Workshop astana = ...;
 * astana.validate()                          // a Report: overlaps, double bookings, gaps, bad times
 * Timeline t = astana.timeline();            // every session, part and group as a Slot: zoned start, end, uid
 * t.session("session-5")                     // a session's slot; also on(date), partsOf(slot), groupsOf(slot)
 * t.programmeOf(person)                      // the sessions in which a person holds a role
 * t.moderators()                             // who moderates what; also presenters(), facilitators()
 * t.whoHolds(RoleKind.RAPPORTEUR)            // each holder of a role and their sessions
 * t.minutesByKind()                          // minutes per kind of session; also minutesByDay()
 * t.sessionsDiscussing("licen")              // the sessions with a question on licences
 * astana.toMarkdown()                        // the printed programme; also toPlainText()
 * ICalendarWriter.write(astana)              // an RFC 5545 calendar with stable UIDs
 * ICalendarReader.read(ics, zone)            // a calendar app's or conference site's .ics, with findings
 * }</pre>
 *
 * <p>People are the same when their {@link org.oerkit.core.agenda.RoleHolder#identity()} is, in every query
 * and check: the name as written, not everything {@code Person.equals} compares.
 *
 * <p>What refuses and what reports: a value that cannot exist is refused when it is built, with a
 * {@link org.oerkit.core.DomainRuleException} naming the type and attribute (a blank title, an identifier
 * that is not letters and digits, a session interrupted by itself, an end date before the start date). A
 * document whose parts disagree with each other is still a value, and its problems are findings of
 * {@link org.oerkit.core.agenda.AgendaCheck} (duplicate identifiers of sessions, groups or rooms, a room that
 * does not exist, overlaps, parts that do not fit), so that a whole programme can be read, shown and fixed.
 *
 * <p>Validation ({@link org.oerkit.core.agenda.AgendaCheck}, rules in {@link org.oerkit.core.agenda.AgendaRules})
 * returns a {@link org.oerkit.core.Report} of findings modelled on the conflict checks of frab, pretalx and
 * Indico, in O(n log n); the exports write a printed programme ({@link org.oerkit.core.agenda.PrintedProgramme})
 * and an iCalendar file ({@link org.oerkit.core.agenda.ICalendarWriter}) without any iCalendar library, and
 * {@link org.oerkit.core.agenda.ICalendarReader} reads the iCalendar files other tools write.
 */
package org.oerkit.core.agenda;
