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
 * <p>Everything a researcher asks of a programme is a method of the workshop, found by its name:
 * <pre>{@code
 * Workshop astana = ...;
 * astana.validate()                          // a Report: overlaps, double bookings, gaps, bad times
 * astana.programmeOf(person)                 // the sessions in which a person holds a role
 * astana.programmeOf(organization)           // ... an organization, its parts or its people
 * astana.moderators()                        // who moderates what; also presenters(), facilitators()
 * astana.whoHolds(RoleKind.RAPPORTEUR)       // each holder of a role and their sessions
 * astana.minutesByKind()                     // minutes per kind of session; also minutesByDay()
 * astana.groupWorkMinutes()                  // minutes of group discussion and drafting
 * astana.day(2)                              // the programme of one day; also day(LocalDate)
 * astana.sessionsDiscussing("licen")         // the sessions with a question on licences
 * astana.toMarkdown()                        // the printed programme; also toPlainText()
 * astana.toICalendar()                       // an RFC 5545 calendar with stable UIDs
 * }</pre>
 *
 * <p>Validation ({@link org.oerkit.core.agenda.AgendaCheck}, rules in {@link org.oerkit.core.agenda.AgendaRules})
 * returns a {@link org.oerkit.core.Report} of findings modelled on the conflict checks of frab, pretalx and
 * Indico, in O(n log n); the exports write a printed programme ({@link org.oerkit.core.agenda.PrintedProgramme})
 * and an iCalendar file ({@link org.oerkit.core.agenda.ICalendarWriter}) without any iCalendar library.
 */
package org.oerkit.core.agenda;
