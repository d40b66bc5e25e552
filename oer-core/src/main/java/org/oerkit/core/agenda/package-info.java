/**
 * Workshop programmes: a {@link org.oerkit.core.agenda.Workshop} of {@link org.oerkit.core.agenda.Day}s of
 * {@link org.oerkit.core.agenda.Session}s, with parts, roles, breakout groups and rooms, as UNESCO OER
 * workshops print them.
 *
 * <p>The model holds a real programme, such as the Astana 2017 national OER workshop, without loss: times the
 * source does not give stay unknown or are marked as inferred ({@link org.oerkit.core.agenda.SessionTime}),
 * roles may be held by people, organizations, groups or nobody yet ({@link org.oerkit.core.agenda.RoleHolder}),
 * and kinds of sessions and roles are open sets with documented defaults. Validation returns a
 * {@link org.oerkit.core.Report} of findings modelled on the conflict checks of frab, pretalx and Indico; the
 * exports write a printed programme (Markdown, plain text) and an RFC 5545 iCalendar file without any
 * iCalendar library.
 */
package org.oerkit.core.agenda;
