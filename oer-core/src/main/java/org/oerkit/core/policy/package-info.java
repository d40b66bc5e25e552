/**
 * National OER policies: the UNESCO reference catalogue, policy drafts, indicators and questionnaires, and
 * the gap analysis of a draft.
 *
 * <p>The <b>reference catalogue</b> ships the facts a drafting group and a reviewer work from, each with its
 * source: the UNESCO country OER policy template as used at the Astana 2017 workshop
 * ({@link org.oerkit.core.policy.PolicyTemplate}, {@link org.oerkit.core.policy.PolicySection}); the 2019
 * UNESCO Recommendation on OER ({@link org.oerkit.core.policy.Recommendation2019}: definitions, five areas of
 * action with 33 sub-actions, monitoring); the 2012 Paris OER Declaration
 * ({@link org.oerkit.core.policy.ParisRecommendation}); the 2017 Ljubljana OER Action Plan
 * ({@link org.oerkit.core.policy.LjubljanaArea}); and the UNESCO ICT Competency Framework for Teachers,
 * version 3 ({@link org.oerkit.core.policy.IctCompetencyAspect}). What no public source yielded is named in
 * {@link org.oerkit.core.policy.MissingSource}, and the user supplies it as data.
 *
 * <p>A <b>draft</b> ({@link org.oerkit.core.policy.PolicyDraft}) holds the text of each template section
 * and the structured parts a review needs: scope, positioning, materials, licence mandate, strategies,
 * capacity building, coordinating structure, work plan with costs in a {@link org.oerkit.core.policy.Money}
 * and funding, and monitoring indicators; its OER World Map description uses the World Map's closed
 * vocabularies ({@link org.oerkit.core.policy.WorldMapConcept}).
 *
 * <p>The <b>gap analysis</b> ({@link GapAnalysis}) reports findings with a severity,
 * a location and the source paragraph of each rule ({@link org.oerkit.core.policy.PolicyRules}), computes
 * the coverage of the 33 sub-actions, and compares several drafts side by side.
 */
package org.oerkit.core.policy;
