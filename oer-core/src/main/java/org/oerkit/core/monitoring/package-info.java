/**
 * Monitoring OER policy across countries: questionnaires with their responses and summaries, and indicator
 * frameworks with their dimensions and indicators.
 *
 * <p>A {@link org.oerkit.core.monitoring.Questionnaire} (such as UNESCO's reporting questionnaire on the
 * 2019 Recommendation) is answered by countries in {@link org.oerkit.core.monitoring.QuestionnaireResponse}s
 * and aggregated question by question ({@link org.oerkit.core.monitoring.QuestionSummary}, with an
 * {@link org.oerkit.core.monitoring.AnswerFigure} per answer: count, share and the countries covered). A
 * question may be shown only under a {@link org.oerkit.core.monitoring.Condition} on an earlier answer, as
 * "If yes, please provide details" is; conditions are data, checked when the questionnaire is built. An
 * {@link org.oerkit.core.monitoring.IndicatorFramework} groups
 * {@link org.oerkit.core.monitoring.Indicator}s in {@link org.oerkit.core.monitoring.Dimension}s, such as the
 * areas of action and monitoring provisions of the 2019 Recommendation.
 *
 * <p>Questionnaires and indicator frameworks are reference instruments: summaries look their questions,
 * dimensions and indicators up by identifier, so two parts with one identifier, a condition on a question
 * that does not come earlier, or an indicator in an unknown dimension are refused when the instrument is
 * built (the library's rule, in {@link org.oerkit.core}), not reported later as findings.
 *
 * <p>Monitoring never touches a policy draft: this package refers to the reference catalogue
 * ({@link org.oerkit.core.instrument}) only, and {@link org.oerkit.core.policy} does not refer to it. The
 * baselines and targets a draft sets for its own indicators belong to the draft
 * ({@link org.oerkit.core.policy.MonitoringIndicator}). The project's Immutables style applies through the
 * root package {@link org.oerkit.core}.
 */
package org.oerkit.core.monitoring;
