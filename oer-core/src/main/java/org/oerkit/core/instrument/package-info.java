/**
 * The reference catalogue of international OER instruments: the facts a drafting group and a reviewer work
 * from, each with its source.
 *
 * <p>{@link org.oerkit.core.instrument.Instrument} lists the instruments with the date each came into
 * existence and the source of that date, so that a draft relying on one that did not yet exist can be told
 * so. It holds the 2019 UNESCO Recommendation on OER ({@link org.oerkit.core.instrument.Recommendation2019}:
 * definitions, the stakeholders of paragraph 4, five areas of action with 33 sub-actions, monitoring
 * provisions); the 2012 Paris OER Declaration ({@link org.oerkit.core.instrument.ParisRecommendation}); the
 * 2017 Ljubljana OER Action Plan ({@link org.oerkit.core.instrument.LjubljanaActionPlan}: its five areas and
 * the count of its 41 actions, whose text is not available); the structure of the 2024 Dubai Declaration on
 * OER ({@link org.oerkit.core.instrument.DubaiDeclarationPart}); the UNESCO ICT
 * Competency Framework for Teachers, version 3 ({@link org.oerkit.core.instrument.IctCompetency}); and the
 * UNESCO country OER policy template with its ten sections and guiding questions
 * ({@link org.oerkit.core.instrument.PolicyTemplate}, {@link org.oerkit.core.instrument.PolicySection}).
 * What no public source yielded, such as the template's field list, is not invented: the value stays empty,
 * its {@code source()} says what is not public, and the user supplies the missing part as data. The resource
 * {@code org/oerkit/core/instrument/README.md} records every source, the licence of each instrument's text
 * where its imprint states one, and what was searched for the parts that are not available.
 *
 * <p>The catalogue depends on no other domain area: policy drafts ({@link org.oerkit.core.policy}) and
 * indicator frameworks ({@link org.oerkit.core.monitoring}) refer to it, never the other way round. The
 * project's Immutables style applies through the root package {@link org.oerkit.core}.
 */
package org.oerkit.core.instrument;
