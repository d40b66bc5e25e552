/**
 * National OER policy drafts and their gap analysis: what a drafting group writes and what a reviewer
 * checks.
 *
 * <p>A <b>draft</b> ({@link org.oerkit.core.policy.PolicyDraft}) holds the text of each section of the
 * UNESCO country template ({@link org.oerkit.core.instrument.PolicySection}) and the structured parts a
 * review needs: scope, positioning against existing instruments, materials, licence mandate, strategies,
 * capacity building, coordinating structure, work plan with its costs
 * ({@link org.oerkit.core.vocabulary.Money}) and funding, and monitoring indicators with their baselines and
 * targets; its OER World Map description uses the World Map's closed vocabularies
 * ({@link org.oerkit.core.policy.WorldMapConcept}).
 *
 * <p>The <b>gap analysis</b> ({@link org.oerkit.core.policy.GapAnalysis}) reports findings with a severity,
 * a location and the source paragraph of each rule ({@link org.oerkit.core.policy.PolicyRules}), computes
 * the coverage of the 33 sub-actions of the 2019 Recommendation
 * ({@link org.oerkit.core.policy.Coverage}), and compares several drafts side by side
 * ({@link org.oerkit.core.policy.PolicyComparison}).
 *
 * <p>This package depends on the reference catalogue ({@link org.oerkit.core.instrument}) that a draft is
 * measured against; nothing in the catalogue depends on a draft. Questionnaires and indicator frameworks,
 * which never touch a draft, live in {@link org.oerkit.core.monitoring}. The project's Immutables style
 * applies through the root package {@link org.oerkit.core}.
 */
package org.oerkit.core.policy;
