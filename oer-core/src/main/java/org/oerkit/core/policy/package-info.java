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
 * <p><b>Refused at construction, or a finding.</b> A value that cannot exist is refused when it is built,
 * with a {@link org.oerkit.core.DomainRuleException} naming the type and attribute: an attribute out of its
 * form (an identifier that is not letters and digits, blank or untrimmed text, a negative cost), or
 * attributes of one part that contradict each other (a work-plan action whose lead is also its partner, a
 * licence mandate that repeats its default among the alternatives, a coordinating structure that lists its
 * lead among its members, the same language twice in a draft's languages). A draft that is a valid value but
 * inconsistent across its parts is built, and {@link org.oerkit.core.policy.GapAnalysis} reports the problem
 * as a finding with a severity, a location and the rule's source: two objectives, indicators or work-plan
 * actions with one identifier ({@code policy.duplicate-id}), an indicator measuring an objective the draft
 * does not have ({@code policy.unknown-objective}), a responsibility falling to an organization outside the
 * coordinating structure ({@code policy.responsibility-outside-structure}), versions or dates out of order
 * ({@code policy.version-order}, {@code policy.dates-out-of-order}), and every gap in content. So a drafting
 * group can load, store and exchange an unfinished draft and see all its problems at once.
 *
 * <p>This package depends on the reference catalogue ({@link org.oerkit.core.instrument}) that a draft is
 * measured against; nothing in the catalogue depends on a draft. Questionnaires and indicator frameworks,
 * which never touch a draft, live in {@link org.oerkit.core.monitoring}. The project's Immutables style
 * applies through the root package {@link org.oerkit.core}.
 */
package org.oerkit.core.policy;
