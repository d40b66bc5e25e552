package org.oerkit.json.internal;

import java.util.Locale;
import java.util.Set;
import org.oerkit.core.license.CombinationMode;
import org.oerkit.core.license.Jurisdiction;
import org.oerkit.core.license.License;
import org.oerkit.core.license.LicenseKind;
import org.oerkit.core.license.LicenseTerms;
import org.oerkit.core.license.LicensedWork;
import org.oerkit.core.license.Licenses;
import org.oerkit.core.license.Permission;
import org.oerkit.core.license.Prohibition;
import org.oerkit.core.license.Requirement;
import org.oerkit.core.vocabulary.Country;

/**
 * The codecs of {@code org.oerkit.core.license}.
 *
 * <p>A licence of the standard catalogue is written as its identifier: the SPDX id where SPDX has one
 * ({@code "CC-BY-SA-4.0"}), its canonical URI otherwise
 * ({@code "https://creativecommons.org/licenses/by-nd/3.0/igo/"}); reading accepts every form
 * {@link License#parse} accepts. A user-defined licence is written in full, as an object with its
 * {@code LicenseRef-} id as {@code spdxId}; reading it does not register it.
 */
public final class LicenseCodecs {

  /** A Creative Commons jurisdiction port or a country, written as its lower-case code such as {@code "igo"}. */
  public static final Codec<Jurisdiction> JURISDICTION = Codecs.text(Jurisdiction.class,
      "a jurisdiction code in lower case, such as \"igo\" or \"kz\"", LicenseCodecs::jurisdiction,
      Jurisdiction::code, Codecs.pattern("^[a-z0-9-]+$"));

  /** What a licence permits, requires and prohibits, in ccREL terms. */
  public static final ObjectCodec<LicenseTerms, LicenseTerms.Builder> LICENSE_TERMS =
      ObjectCodec.of(LicenseTerms.class, LicenseTerms::builder, LicenseTerms.Builder::build)
          .defaulted("permits", Codecs.enumSet(Permission.class), LicenseTerms::permits,
              LicenseTerms.Builder::addAllPermits)
          .defaulted("requires", Codecs.enumSet(Requirement.class), LicenseTerms::requires,
              LicenseTerms.Builder::addAllRequires)
          .defaulted("prohibits", Codecs.enumSet(Prohibition.class), LicenseTerms::prohibits,
              LicenseTerms.Builder::addAllProhibits)
          .build();

  /** A user-defined licence, in full. */
  static final ObjectCodec<License, License.Builder> LICENSE_OBJECT =
      ObjectCodec.of(License.class, License::builder, License.Builder::build)
          .required("kind", Codecs.enumeration(LicenseKind.class), License::kind, License.Builder::kind)
          .optional("spdxId", Codecs.matching("^[A-Za-z0-9][A-Za-z0-9.+-]*$",
              "an SPDX short identifier, such as \"CC-BY-4.0\""), License::spdxId, License.Builder::spdxId)
          .optional("uri", Codecs.URI_CODEC, License::uri, License.Builder::uri)
          .optional("legalCode", Codecs.URI_CODEC, License::legalCode, License.Builder::legalCode)
          .optional("deed", Codecs.URI_CODEC, License::deed, License.Builder::deed)
          .optional("version", Codecs.TRIMMED_STRING, License::version, License.Builder::version)
          .optional("jurisdiction", JURISDICTION, License::jurisdiction, License.Builder::jurisdiction)
          .required("names", VocabularyCodecs.LOCALIZED_TEXT, License::names, License.Builder::names)
          .defaulted("unofficialNames", new LanguageMapCodec(), License::unofficialNames,
              License.Builder::putAllUnofficialNames, java.util.Map.of())
          .defaulted("shortName", Codecs.TRIMMED_STRING, License::shortName, License.Builder::shortName)
          .required("terms", LICENSE_TERMS, License::terms, License.Builder::terms)
          .optional("retiredOn", Codecs.DATE, License::retiredOn, License.Builder::retiredOn)
          .build();

  /** A licence of the catalogue, written as its identifier. */
  static final Codec<License> LICENSE_ID = Codecs.text(License.class,
      "a licence's SPDX id or URI, such as \"CC-BY-SA-4.0\"", License::parse, License::id,
      Codecs.pattern("^(?:[A-Za-z0-9][A-Za-z0-9.+-]*|https?://\\S+)$"));

  /** The licences of the standard catalogue, which every reader knows by their identifiers. */
  private static final Set<License> STANDARD = Set.copyOf(Licenses.all());

  /**
   * A licence: its identifier if it is in the standard catalogue (a licence's identity is its identifier),
   * else in full, so that a document that uses a user-defined licence carries its definition.
   */
  public static final Codec<License> LICENSE = new EitherCodec<>(LICENSE_ID, LICENSE_OBJECT, STANDARD::contains);

  /** The format of a licensed resource document. */
  public static final String LICENSED_RESOURCE_FORMAT = "oerkit/licensed-resource/1";

  /** A work and its licence, with the works it was adapted from: the root of a licensed resource document. */
  public static final ObjectCodec<LicensedWork, LicensedWork.Builder> LICENSED_WORK =
      ObjectCodec.of(LicensedWork.class, LicensedWork::builder, LicensedWork.Builder::build)
          .format(LICENSED_RESOURCE_FORMAT)
          .optional("title", Codecs.TRIMMED_STRING, LicensedWork::title, LicensedWork.Builder::title)
          .list("authors", Codecs.TRIMMED_STRING, LicensedWork::authors, LicensedWork.Builder::addAllAuthors)
          .optional("source", Codecs.URI_CODEC, LicensedWork::source, LicensedWork.Builder::source)
          .required("license", LICENSE, LicensedWork::license, LicensedWork.Builder::license)
          .optional("language", VocabularyCodecs.LANGUAGE_TAG, LicensedWork::language, LicensedWork.Builder::language)
          .list("adaptedFrom", new LazyCodec<>(LicensedWork.class, () -> LicenseCodecs.LICENSED_WORK),
              LicensedWork::adaptedFrom, LicensedWork.Builder::addAllAdaptedFrom)
          .defaulted("mode", Codecs.enumeration(CombinationMode.class), LicensedWork::mode, LicensedWork.Builder::mode,
              CombinationMode.ADAPTATION)
          .optional("changes", Codecs.TRIMMED_STRING, LicensedWork::changes, LicensedWork.Builder::changes)
          .build();

  private LicenseCodecs() {}

  private static Jurisdiction jurisdiction(String code) {
    return Jurisdiction.findPort(code)
        .orElseGet(() -> Jurisdiction.of(Country.of(code.toUpperCase(Locale.ROOT))));
  }
}
