/**
 * Open licences for educational resources: the Creative Commons suite and the few other licences that
 * matter when OER are remixed, what each permits, requires and prohibits, whether it is open, whether works
 * under several licences may be combined, and how to attribute them.
 *
 * <p>The central type is {@link org.oerkit.core.license.License}, a value whose identity is its id: its SPDX
 * id where SPDX has one, its canonical URI otherwise, and for a licence a user defines, such as a national
 * licence, an id in SPDX's {@code LicenseRef-} form. {@link org.oerkit.core.license.Licenses} holds constants
 * for the common licences and the whole catalogue, and registers user-defined licences;
 * {@link org.oerkit.core.license.License#parse(CharSequence)}, the one way to read a licence from text,
 * reads an id, any real form of a Creative Commons URI, or a name as people write it, and refuses anything
 * else with an {@link org.oerkit.core.license.UnknownLicenseException} that names the closest known
 * licences.
 *
 * <p>Terms are expressed in Creative Commons' own vocabulary, ccREL (W3C Member Submission, 1 May 2008;
 * namespace {@code http://creativecommons.org/ns#}): {@link org.oerkit.core.license.Permission},
 * {@link org.oerkit.core.license.Requirement} and {@link org.oerkit.core.license.Prohibition}, gathered in
 * {@link org.oerkit.core.license.LicenseTerms}. Openness is not one predicate but several, each citing its
 * definition: {@link org.oerkit.core.license.Openness}. {@link org.oerkit.core.license.Compatibility}
 * answers whether works may be remixed or collected and under which licences the result may go out, with
 * a reason citing the rule for every refusal. {@link org.oerkit.core.license.LicensedWork} carries a work's
 * title, authors, source, licence and provenance; {@link org.oerkit.core.license.Attribution} renders its
 * TASL notice; {@link org.oerkit.core.license.LicenseChooser} asks the Creative Commons chooser's questions.
 *
 * <p>What metadata carries in a licence field is read by {@link org.oerkit.core.license.LicenseDetector},
 * which answers with a typed {@link org.oerkit.core.license.Detection} (exact, normalised, ambiguous, an SPDX
 * {@link org.oerkit.core.license.LicenseExpression}, a legal text, a statement that is not a licence, or
 * unknown) and never with a wrong match; {@link org.oerkit.core.license.LicenseAudit} counts the answers
 * over a repository's records.
 *
 * <p>Serialization, for engines such as Apache Spark that ship values between JVMs: the enums, the
 * {@link org.oerkit.core.license.Jurisdiction} and the {@link org.oerkit.core.license.LicenseAuditResult}
 * (with its findings and counts) are {@code Serializable}, each through a serial form that is read back
 * through the type's checking factory or constructor. {@link org.oerkit.core.license.License} is not: its
 * identity is its id, so send the id (a string) and read it back with
 * {@link org.oerkit.core.license.License#parse(CharSequence)}, after registering any user-defined licence
 * in that JVM as well. {@link org.oerkit.core.license.LicenseDetector} is not either: it is immutable and
 * costly to build, so make or take one per JVM ({@link org.oerkit.core.license.LicenseDetector#standard()}
 * is built once, on first use) and send the texts to detect, not the detector or its
 * {@link org.oerkit.core.license.Detection}s. {@link org.oerkit.core.license.LicenseAudit} is mutable and
 * holds its detector: send its {@link org.oerkit.core.license.LicenseAudit#result() result} and
 * {@linkplain org.oerkit.core.license.LicenseAudit#merge(LicenseAuditResult) merge} that. These are Java
 * serialization's forms: under Kryo (Spark's {@code spark.serializer}), which builds neither records nor
 * Guava's immutable collections, register them with Kryo's {@code JavaSerializer}, or send their bytes, as
 * the Spark job of {@code oer-examples} does.
 *
 * <p>Sources of the facts: Creative Commons' legal-tool data ({@code creativecommons/cc-legal-tools-data})
 * and licence list (https://creativecommons.org/licenses/list.en), the legal codes, the Creative Commons
 * FAQ and its compatibility charts (https://creativecommons.org/faq/), the SPDX licence list
 * ({@code spdx/license-list-XML}), the UNESCO Recommendation on OER (2019), the Definition of Free Cultural
 * Works 1.1 and the Open Definition. Each type names the ones it uses.
 */
package org.oerkit.core.license;
