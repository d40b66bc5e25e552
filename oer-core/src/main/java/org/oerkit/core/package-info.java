/**
 * oerkit: the Open Educational Resources policy domain as immutable data.
 *
 * <p>This root package holds what every domain area shares: the project's exceptions
 * ({@link org.oerkit.core.DomainRuleException} for a value that breaks a rule of the domain,
 * {@link org.oerkit.core.UnreadableDocumentException} for a document that cannot be read) and the report
 * of findings ({@link org.oerkit.core.Report}, {@link org.oerkit.core.Finding}) that validation of a
 * programme and gap analysis of a policy draft return. The domain areas live in their own packages:
 * {@code vocabulary} (people, organizations, countries, languages, localized text, money), {@code license},
 * {@code agenda}, {@code instrument} (the reference catalogue of UNESCO instruments), {@code policy}
 * (policy drafts and their gap analysis) and {@code monitoring} (questionnaires and indicators).
 *
 * <p><b>Refused when built, or a finding: one rule for the whole library.</b> A value that cannot exist is
 * refused when it is built, with a {@link org.oerkit.core.DomainRuleException} naming the type and the
 * attribute: an attribute out of its form (a blank title, an identifier that is not letters and digits, a
 * negative amount, a year outside 1900-9999) or attributes of one part that contradict each other (a
 * session interrupted by itself, an end date before the start date). A <em>document</em> that people draft,
 * exchange and import (a workshop programme, a policy draft) is still a value when its parts disagree with
 * each other, and its check reports each disagreement as a {@link org.oerkit.core.Finding}: duplicate
 * identifiers of sessions, groups, rooms, objectives, indicators or work-plan actions, references to parts
 * that do not exist, overlaps, dates out of order. So an unfinished or imported document can be read, shown
 * and fixed with all its problems seen at once. A <em>reference instrument</em> that the library computes
 * with (a questionnaire and its conditions, an indicator framework, the policy template) has no check of
 * its own: summaries and coverage look its parts up by identifier, so duplicate identifiers and references
 * to unknown parts are refused when it is built. Findings are located by a path into the document
 * ({@link org.oerkit.core.Finding#location()}); readers of other tools' formats return the value with
 * the findings of the reading ({@link org.oerkit.core.Imported}).
 *
 * <p>Every public type is immutable and thread-safe, and no method accepts or returns {@code null}.
 *
 * <p>Serialization, for engines that ship values between JVMs (Apache Spark, Flink): the small scalars are
 * {@code Serializable} ({@code vocabulary}'s {@code LanguageTag}, {@code Country}, {@code Money} and
 * {@code LocalizedText}, {@code agenda}'s {@code SessionKind} and {@code RoleKind}, the licence package's
 * {@code Jurisdiction}, the instrument catalogue's {@code SubAction} and {@code IctCompetency}), and so is
 * the licence audit's result, which is read back through its checking constructors. Documents
 * (a workshop, a policy draft, a licence with its terms, a report of findings) are not: send their JSON
 * form ({@code oer-json}) or, for a licence, its id, and read them back on the other side, which checks
 * them again. The {@code license} package says what to send for each of its types.
 */
@OerStyle
package org.oerkit.core;
