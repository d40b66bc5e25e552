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
 * <p>Every public type is immutable and thread-safe, and no method accepts or returns {@code null}.
 */
@OerStyle
package org.oerkit.core;
