package org.oerkit.core.license;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.oerkit.core.Bounds;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;

/**
 * A licence (or public-domain tool, or explicit marker of its absence) under which an educational resource
 * is published: a Creative Commons licence in one version and jurisdiction, CC0, the Public Domain Mark, a
 * non-CC licence that matters for OER remixing, "all rights reserved", "unspecified", or a licence a user
 * defines.
 *
 * <p>A licence is identified by its {@linkplain #id() id}, and its id is its identity, as a currency is its
 * code in Joda-Money's {@code CurrencyUnit}: two licences are equal exactly when their ids are. The id is the
 * SPDX id where SPDX has one ({@code CC-BY-SA-4.0}), the canonical URI otherwise
 * ({@code https://creativecommons.org/licenses/by/3.0/am/}): SPDX covers only part of the Creative Commons
 * suite (SPDX licence list, {@code spdx/license-list-XML}), so {@link #spdxId()} is empty where SPDX has none
 * rather than invented. A licence a user defines, such as a national one, carries an id in SPDX's own
 * convention for licences outside its list, {@code LicenseRef-[idstring]} where the idstring is letters,
 * digits, {@code .} and {@code -} (SPDX specification 2.3, clause 10.1, "License identifier", and Annex D,
 * "SPDX license expressions"). {@link #toString()} gives the id and {@link #parse(CharSequence)} reads it back,
 * together with every real form of a Creative Commons URI and the names people write.
 *
 * <p>The standard catalogue is {@link Licenses}. A user-defined licence is made with
 * {@link #custom(String, String, URI, LicenseTerms)} or {@link #builder()}; {@link Licenses#register(License)}
 * makes {@link #parse(CharSequence)} know its id. Since the id alone is the identity, one id names one
 * licence: registering a second, different definition under an id already registered is refused.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class License {

  /** SPDX's form of a user-defined licence's id, {@code LicenseRef-[idstring]} (SPDX 2.3, clause 10.1). */
  static final Pattern LICENSE_REF = Pattern.compile("LicenseRef-[A-Za-z0-9.-]+");
  private static final Pattern SHORT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+-]*");

  License() {}

  /**
   * Obtains a licence from its id, a Creative Commons URI, or a name.
   *
   * <p>Accepted: SPDX ids in any case ({@code cc-by-sa-4.0}); Creative Commons URIs with {@code http} or
   * {@code https}, with or without {@code www}, with or without a trailing slash, with {@code deed},
   * {@code deed.xx}, {@code legalcode}, {@code legalcode.xx} or {@code rdf}, with jurisdiction segments and
   * the {@code by-nd-nc/1.0} spelling; names such as "CC BY-SA 4.0" or "Attribution-ShareAlike 4.0
   * International"; and the {@code LicenseRef-} id of a user-defined licence that
   * {@linkplain Licenses#register(License) is registered}. Anything else is refused; a wrong match is never
   * returned. This is the one way to read a licence from text; it accepts exactly the definite
   * answers of {@link LicenseDetector#standard()}, which also says what it normalised.
   *
   * @param text  the text to parse, not null
   * @return the licence
   * @throws UnknownLicenseException if the text names no known licence; the exception names the closest
   */
  public static License parse(CharSequence text) {
    return LicenseCatalog.standard().parse(text);
  }

  /**
   * Obtains a user-defined licence from its id, name, URI and terms.
   *
   * <p>The licence is not registered: pass it to {@link Licenses#register(License)} for
   * {@link #parse(CharSequence)} to know its id.
   *
   * @param id  the id, {@code LicenseRef-} and then letters, digits, {@code .} and {@code -}, such as
   *     {@code "LicenseRef-kz-open-1.0"}, not null
   * @param name  the name, in English or in the licence's own language, not blank
   * @param uri  the URI where the licence is published, absolute, not null
   * @param terms  what the licence permits, requires and prohibits, not null
   * @return the licence, of kind {@link LicenseKind#CUSTOM}
   * @throws DomainRuleException if the id is not of the {@code LicenseRef-} form, the name is blank or the
   *     URI is not absolute
   */
  public static License custom(String id, String name, URI uri, LicenseTerms terms) {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    Texts.requireTrimmed("License", "names", name);
    return builder()
        .kind(LicenseKind.CUSTOM)
        .spdxId(id)
        .names(LocalizedText.of(LanguageTag.ENGLISH, name))
        .uri(uri)
        .legalCode(uri)
        .terms(terms)
        .build();
  }

  /**
   * Starts a builder, for a user-defined licence with several names, a version or a jurisdiction.
   *
   * <p>Required: {@code kind}, {@code names},
   * {@code terms}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the family the licence belongs to.
   *
   * @return the kind, such as {@link LicenseKind#CC_BY_SA}
   */
  public abstract LicenseKind kind();

  /**
   * Gets the SPDX licence identifier: the short identifier of the SPDX licence list, or for a user-defined
   * licence its {@code LicenseRef-} id (SPDX 2.3, clause 10.1).
   *
   * @return the id, such as {@code "CC-BY-SA-4.0"} or {@code "LicenseRef-kz-open-1.0"}, or empty where SPDX
   *     has none (most ports, the retired tools other than SA 1.0, BY-ND 3.0 IGO)
   */
  public abstract Optional<String> spdxId();

  /**
   * Gets the canonical URI of the licence: for Creative Commons tools the {@code https} tool URI with its
   * trailing slash, as the {@code cc-legal-tools-data} README gives it.
   *
   * @return the URI, or empty for "all rights reserved" and "unspecified"
   */
  public abstract Optional<URI> uri();

  /**
   * Gets the URI of the legal code, the licence's full legal text.
   *
   * @return the URI, such as {@code https://creativecommons.org/licenses/by-sa/4.0/legalcode}, or empty where
   *     there is none (the Public Domain Mark is a deed-only tool)
   */
  public abstract Optional<URI> legalCode();

  /**
   * Gets the URI of the deed, the human-readable summary of a Creative Commons tool; the canonical tool URI
   * serves the deed.
   *
   * @return the URI, or empty for a licence that has no deed
   */
  public abstract Optional<URI> deed();

  /**
   * Gets the URI of the deed in a language, for Creative Commons tools ({@code deed.<lang>}, lower-case IETF
   * tag as in {@code deed.ru} or {@code deed.zh-hans}); Creative Commons redirects a language it has no deed
   * in to the jurisdiction's default language or English (cc-legal-tools-app PR #454).
   *
   * @param language  the language, not null
   * @return the URI, or {@link #deed()} for a licence that is not a Creative Commons tool
   */
  public Optional<URI> deed(LanguageTag language) {
    requireNonNull(language, "language");
    if (!isCreativeCommons()) {
      return deed();
    }
    return deed().map(d -> URI.create(d + "deed." + language.toString().toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * The languages Creative Commons publishes legal codes in ({@code legalcode.<lang>}), per tool: the 4.0
   * licences and CC0 1.0, from the {@code hreflang} links of the pages generated in
   * {@code creativecommons/cc-legal-tools-data} at commit {@code 01b53042}, as listed in oerkit's domain notes
   * (interchange.md section 5). The list grows over time; a language missing here may be added later.
   */
  private static final Set<String> LEGAL_CODE_4_0 = Set.of("ar", "cs", "da", "de", "el", "en", "es", "et",
      "eu", "fi", "fr", "fy", "hr", "id", "it", "ja", "ko", "lt", "lv", "mi", "nl", "no", "pl", "pt", "ro", "ru",
      "sk", "sl", "sv", "tr", "uk", "zh-hans", "zh-hant");
  private static final Set<String> LEGAL_CODE_CC0 = Set.of("da", "de", "el", "en", "es", "eu", "fi", "fr", "hr",
      "it", "ja", "ko", "lt", "lv", "nl", "pl", "ro", "sl", "sv", "zh-hans", "zh-hant");

  /**
   * Gets the URI of the legal code in a language, only where that translation exists.
   *
   * <p>The 4.0 licences and CC0 1.0 have official translations ({@code legalcode.ru}, {@code legalcode.de};
   * no Kazakh, and CC0 no Russian); the 3.0 unported and earlier generic licences have their English legal
   * code only; a ported licence has its jurisdiction's language(s), which oerkit does not list, so none is
   * offered. A language with a region or script (such as {@code pt-BR}) falls back to its primary language
   * where only that exists. A licence that is not a Creative Commons tool has its legal code in the language
   * of its original name. Source: {@code creativecommons/cc-legal-tools-data}, commit {@code 01b53042}, as
   * listed in oerkit's domain notes (interchange.md section 5): "a URI such as {@code …/by-sa/4.0/legalcode.kk}
   * or {@code …/by/3.0/legalcode.ru} does not exist".
   *
   * @param language  the language, not null
   * @return the URI, or empty when no legal code exists in that language (or none is known to)
   */
  public Optional<URI> legalCode(LanguageTag language) {
    requireNonNull(language, "language");
    if (legalCode().isEmpty()) {
      return Optional.empty();
    }
    String tag = language.toString().toLowerCase(java.util.Locale.ROOT);
    String primary = language.primary().toString().toLowerCase(java.util.Locale.ROOT);
    if (!isCreativeCommons()) {
      return primary.equals(names().originalLanguage().primary().toString().toLowerCase(java.util.Locale.ROOT))
          ? legalCode() : Optional.empty();
    }
    Set<String> translations = kind() == LicenseKind.CC0 ? LEGAL_CODE_CC0
        : version().equals(Optional.of("4.0")) ? LEGAL_CODE_4_0 : Set.of();
    for (String candidate : List.of(tag, primary)) {
      if (translations.contains(candidate)) {
        return legalCode().map(l -> URI.create(l + "." + candidate));
      }
    }
    boolean generic = jurisdiction().isEmpty() && kind() != LicenseKind.CC0 && !version().equals(Optional.of("4.0"));
    return generic && primary.equals("en") ? legalCode() : Optional.empty();
  }

  /**
   * Gets the version.
   *
   * @return the version, such as {@code "4.0"} or {@code "2.1"}, or empty where there is none
   */
  public abstract Optional<String> version();

  /**
   * Gets the jurisdiction the licence was ported to or written for.
   *
   * @return the jurisdiction, or empty for an international, unported or generic licence
   */
  public abstract Optional<Jurisdiction> jurisdiction();

  /**
   * Gets the official names, English first: for Creative Commons tools the {@code dcterms:title} of their
   * RDF, in English and, where Creative Commons publishes one, Russian.
   *
   * @return the official names
   */
  public abstract LocalizedText names();

  /**
   * Gets names that are not official translations, such as a Kazakh name a ministry uses; Creative Commons
   * publishes no Kazakh title, deed or legal code (no {@code deed.kk} in {@code cc-legal-tools-data}).
   *
   * @return the unofficial names by language, possibly empty, never in a language of {@link #names()}
   */
  public abstract Map<LanguageTag, String> unofficialNames();

  /**
   * Gets the short name used in attribution notices and labels.
   *
   * @return the short name, such as {@code "CC BY-SA 4.0"}, {@code "CC BY 3.0 IGO"} or {@code "CC0 1.0"};
   *     for a user-defined licence its original name
   */
  @Value.Default
  public String shortName() {
    return names().original();
  }

  /**
   * Gets what the licence permits, requires and prohibits, in ccREL terms.
   *
   * @return the terms
   */
  public abstract LicenseTerms terms();

  /**
   * Gets the date Creative Commons retired the tool, for recognising old material.
   *
   * @return the date, in the years {@value Bounds#MIN_YEAR} to {@value Bounds#MAX_YEAR} ({@link Bounds}), or
   *     empty for a tool that was never retired (superseded versions such as BY 3.0 are not retired)
   */
  public abstract Optional<LocalDate> retiredOn();

  /**
   * Gets the canonical identifier, which is the licence's identity: the SPDX id (for a user-defined licence
   * its {@code LicenseRef-} id), or the URI where there is none; {@code NONE} for "all rights reserved" and
   * {@code NOASSERTION} for "unspecified", the special values of the SPDX specification.
   *
   * @return the identifier, which {@link #parse(CharSequence)} reads back
   */
  @Value.Derived
  public String id() {
    if (spdxId().isPresent()) {
      return spdxId().get();
    }
    if (uri().isPresent()) {
      return uri().get().toString();
    }
    return kind() == LicenseKind.ALL_RIGHTS_RESERVED ? "NONE" : "NOASSERTION";
  }

  /**
   * Gets the name in one language: the official name, else an unofficial one, else the English name.
   *
   * @param language  the language, not null
   * @return the name and whether it is official
   */
  public LicenseName name(LanguageTag language) {
    requireNonNull(language, "language");
    for (LanguageTag candidate : java.util.List.of(language, language.primary())) {
      Optional<String> official = names().get(candidate);
      if (official.isPresent()) {
        return new LicenseName(official.get(), candidate, true);
      }
    }
    for (LanguageTag candidate : java.util.List.of(language, language.primary())) {
      String unofficial = unofficialNames().get(candidate);
      if (unofficial != null) {
        return new LicenseName(unofficial, candidate, false);
      }
    }
    return new LicenseName(names().in(LanguageTag.ENGLISH), names().get(LanguageTag.ENGLISH).isPresent()
        ? LanguageTag.ENGLISH : names().originalLanguage(), true);
  }

  /**
   * Checks whether this is one of Creative Commons' legal tools.
   *
   * @return true for the CC licences, CC0, the Public Domain Mark and the retired CC tools
   */
  public boolean isCreativeCommons() {
    return kind().isCreativeCommons();
  }

  /**
   * Checks whether the tool puts or marks the work in the public domain.
   *
   * @return true for CC0, the Public Domain Mark and the Public Domain Certification
   */
  public boolean isPublicDomain() {
    return kind().isPublicDomain();
  }

  /**
   * Checks whether Creative Commons has retired the tool.
   *
   * @return true for the retired tools (Sampling, Developing Nations, the 1.0 licences without BY, ...)
   */
  public boolean isRetired() {
    return retiredOn().isPresent();
  }

  /**
   * Checks whether adaptations may be shared, a shortcut for {@code terms().allowsAdaptation()}.
   *
   * @return true unless the licence is NoDerivatives or grants nothing
   */
  public boolean allowsAdaptation() {
    return terms().allowsAdaptation();
  }

  /**
   * Checks whether commercial use is allowed, a shortcut for {@code terms().allowsCommercialUse()}.
   *
   * @return true unless the licence is NonCommercial
   */
  public boolean allowsCommercialUse() {
    return terms().allowsCommercialUse() && !terms().permits().isEmpty();
  }

  /**
   * Checks whether adaptations must carry the same or compatible terms.
   *
   * @return true for ShareAlike and copyleft licences
   */
  public boolean requiresShareAlike() {
    return terms().requiresShareAlike();
  }

  /**
   * Checks whether the licence is open under the UNESCO Recommendation on OER (2019), the definition oerkit
   * uses by default; see {@link Openness#UNESCO_2019}.
   *
   * @return true if open: NonCommercial licences pass, NoDerivatives licences fail
   */
  public boolean isOpen() {
    return Openness.UNESCO_2019.test(this);
  }

  /**
   * Checks whether the licence is open under one definition.
   *
   * @param definition  the definition, not null
   * @return true if the licence satisfies it
   */
  public boolean isOpen(Openness definition) {
    return definition.test(this);
  }

  /**
   * Checks whether the licence is approved for Free Cultural Works; see
   * {@link Openness#FREE_CULTURAL_WORKS}.
   *
   * @return true for BY, BY-SA, CC0, the Public Domain Mark, the Free Art License, the GPL and the GFDL
   */
  public boolean isFreeCulturalWork() {
    return Openness.FREE_CULTURAL_WORKS.test(this);
  }

  /**
   * Checks whether the licence conforms to the Open Definition; see {@link Openness#OPEN_DEFINITION}.
   *
   * @return true for BY, BY-SA, CC0, the Public Domain Mark and the Free Art License
   */
  public boolean conformsToOpenDefinition() {
    return Openness.OPEN_DEFINITION.test(this);
  }

  /**
   * Gets which of Wiley's 5Rs the licence grants to the public, at least for non-commercial purposes.
   *
   * <p>Derived from the terms: Retain needs {@code cc:Reproduction}; Reuse and Redistribute need
   * {@code cc:Distribution} or {@code cc:Sharing}; Revise and Remix need {@code cc:DerivativeWorks}. Source
   * of the mapping: the 4.0 legal codes section 2(a)(1) and the Creative Commons FAQ; see {@link FiveR}.
   *
   * @return the Rs granted, possibly empty
   */
  public Set<FiveR> fiveRs() {
    EnumSet<FiveR> rs = EnumSet.noneOf(FiveR.class);
    LicenseTerms terms = terms();
    boolean shares = terms.permits(Permission.DISTRIBUTION) || terms.permits(Permission.SHARING);
    if (terms.permits(Permission.REPRODUCTION)) {
      rs.add(FiveR.RETAIN);
    }
    if (shares) {
      rs.add(FiveR.REUSE);
      rs.add(FiveR.REDISTRIBUTE);
    }
    if (terms.permits(Permission.DERIVATIVE_WORKS)) {
      rs.add(FiveR.REVISE);
      rs.add(FiveR.REMIX);
    }
    return rs;
  }

  /**
   * Gets the licence code of the OER World Map's licence vocabulary ({@code public/json/licenses.json} in
   * {@code hbz/oerworldmap}): {@code cc0}, {@code cc-by}, {@code cc-by-sa}, {@code by-nc}, {@code by-nc-sa},
   * {@code by-nd}, {@code by-nc-nd}, {@code other-pd}, {@code other-by}, {@code other-sa}, {@code other-nc},
   * {@code other-nd}, {@code copyright} or {@code unspecified}, spelled as the vocabulary spells them.
   *
   * <p>Every version and port of a Creative Commons licence has its family's code; the Public Domain Mark,
   * which the vocabulary does not name, is {@code other-pd}; other licences are classified by their terms.
   *
   * @return the code
   */
  public String oerWorldMapCode() {
    Optional<String> code = kind().oerWorldMapCode();
    if (code.isPresent()) {
      return code.get();
    }
    LicenseTerms terms = terms();
    if (terms.permits().isEmpty()) {
      return "copyright";
    }
    if (!terms.allowsAdaptation()) {
      return "other-nd";
    }
    if (!terms.allowsCommercialUse()) {
      return "other-nc";
    }
    if (terms.requiresShareAlike()) {
      return "other-sa";
    }
    return terms.requiresAttribution() ? "other-by" : "other-pd";
  }

  @Value.Check
  void check() {
    spdxId().ifPresent(id -> {
      if (!SHORT_ID.matcher(id).matches()) {
        throw new DomainRuleException("License", "spdxId",
            "must be an SPDX short identifier (letters, digits, '.', '+' and '-')", id);
      }
    });
    uri().ifPresent(u -> requireAbsolute("uri", u));
    legalCode().ifPresent(u -> requireAbsolute("legalCode", u));
    deed().ifPresent(u -> requireAbsolute("deed", u));
    retiredOn().ifPresent(d -> Bounds.requireDate("License", "retiredOn", d));
    version().ifPresent(v -> Texts.requireTrimmed("License", "version", v));
    Texts.requireTrimmed("License", "shortName", shortName());
    for (Map.Entry<LanguageTag, String> entry : unofficialNames().entrySet()) {
      Texts.requireTrimmed("License", "unofficialNames[" + entry.getKey() + "]", entry.getValue());
      if (names().get(entry.getKey()).isPresent()) {
        throw new DomainRuleException("License", "unofficialNames",
            "must not repeat a language that has an official name", entry.getKey().toString());
      }
    }
    boolean licenseRef = spdxId().map(id -> id.regionMatches(true, 0, "LicenseRef-", 0, 11)).orElse(false);
    if (kind() == LicenseKind.CUSTOM) {
      if (spdxId().filter(id -> LICENSE_REF.matcher(id).matches()).isEmpty()) {
        throw new DomainRuleException("License", "spdxId", "must be given for a user-defined license as "
            + "\"LicenseRef-\" and then letters, digits, '.' and '-' (SPDX 2.3, clause 10.1), which identifies it",
            spdxId().orElse(names().original()));
      }
    } else if (licenseRef) {
      throw new DomainRuleException("License", "spdxId", "must not be a \"LicenseRef-\" id, which only a CUSTOM "
          + "license carries", spdxId().get());
    } else if (!kind().terms().orElseThrow().equals(terms())) {
      throw new DomainRuleException("License", "terms", "must be the terms of every " + kind()
          + " license; only a CUSTOM license defines its own", terms().toString());
    }
  }

  /**
   * Checks whether two licences with the same id are defined alike, in every attribute: the test that
   * {@link Licenses#register(License)} applies, since {@link #equals(Object)} compares ids only.
   */
  boolean isDefinedAs(License other) {
    return id().equals(other.id()) && kind() == other.kind() && spdxId().equals(other.spdxId())
        && uri().equals(other.uri()) && legalCode().equals(other.legalCode()) && deed().equals(other.deed())
        && version().equals(other.version()) && jurisdiction().equals(other.jurisdiction())
        && names().equals(other.names()) && unofficialNames().equals(other.unofficialNames())
        && shortName().equals(other.shortName()) && terms().equals(other.terms())
        && retiredOn().equals(other.retiredOn());
  }

  /**
   * Checks whether this licence is the one another object names: a licence with the same {@linkplain #id()
   * id}. The id alone is the identity, as a currency's code is in Joda-Money.
   *
   * @param obj  the other object, null returns false
   * @return true if the other object is a licence with the same id
   */
  @Override
  public boolean equals(Object obj) {
    return this == obj || (obj instanceof License && id().equals(((License) obj).id()));
  }

  /**
   * Gets a hash code consistent with {@link #equals(Object)}: that of the id.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return id().hashCode();
  }

  private static void requireAbsolute(String attribute, URI uri) {
    if (!uri.isAbsolute()) {
      throw new DomainRuleException("License", attribute, "must be an absolute URI", uri.toString());
    }
  }

  /**
   * Gets the canonical identifier, as {@link #id()} does; {@link #parse(CharSequence)} reads it back.
   *
   * @return the identifier, such as {@code "CC-BY-SA-4.0"}, {@code "https://creativecommons.org/licenses/by/3.0/am/"}
   *     or {@code "LicenseRef-kz-open-1.0"}
   */
  @Override
  public String toString() {
    return id();
  }

  /**
   * Builds a {@link License}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableLicense.Builder {
    Builder() {}
  }
}
