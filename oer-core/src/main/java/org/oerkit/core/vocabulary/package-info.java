/**
 * The shared vocabulary that workshops, licences and policies all use: people, organizations, countries,
 * languages, text in several languages, and amounts of money.
 *
 * <p>{@link org.oerkit.core.vocabulary.Country} follows ISO 3166-1 alpha-2,
 * {@link org.oerkit.core.vocabulary.LanguageTag} follows BCP 47 (RFC 5646), and
 * {@link org.oerkit.core.vocabulary.Organization} and {@link org.oerkit.core.vocabulary.Person} follow the
 * spelling of schema.org. Names are kept as the source writes them. {@link org.oerkit.core.vocabulary.Money}
 * is an amount in an ISO 4217 currency, after Joda-Money.
 */
package org.oerkit.core.vocabulary;
