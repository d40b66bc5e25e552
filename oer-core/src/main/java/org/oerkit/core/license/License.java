package org.oerkit.core.license;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
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
 * <p>A licence is identified by its SPDX id where SPDX has one ({@code CC-BY-SA-4.0}), and by its canonical
 * URI otherwise ({@code https://creativecommons.org/licenses/by/3.0/am/}): SPDX covers only part of the
 * Creative Commons suite (SPDX licence list, {@code spdx/license-list-XML}), so {@link #spdxId()} is empty
 * where SPDX has none rather than invented. {@link #toString()} gives that identifier and
 * {@link #parse(CharSequence)} reads it back, together with every real form of a Creative Commons URI and
 * the names people write.
 *
 * <p>The catalogue of known licences is {@link Licenses}; a user-defined licence, such as a national one,
 * is made with {@link #custom(String, URI, LicenseTerms)} or {@link #builder()} and added to a
 * {@link LicenseCatalog} so that it can be parsed.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class License {

  License() {}

  /**
   * Obtains a licence from its SPDX id, a Creative Commons URI, or a name, as {@link Licenses#parse} does.
   *
   * <p>Accepted: SPDX ids in any case ({@code cc-by-sa-4.0}); Creative Commons URIs with {@code http} or
   * {@code https}, with or without {@code www}, with or without a trailing slash, with {@code deed},
   * {@code deed.xx}, {@code legalcode}, {@code legalcode.xx} or {@code rdf}, with jurisdiction segments and
   * the {@code by-nd-nc/1.0} spelling; and names such as "CC BY-SA 4.0" or "Attribution-ShareAlike 4.0
   * International". Anything else is refused; a wrong match is never returned.
   *
   * @param text  the text to parse, not null
   * @return the licence
   * @throws UnknownLicenseException if the text names no known licence; the exception names the closest
   */
  public static License parse(CharSequence text) {
    return LicenseCatalog.standard().parse(text);
  }

  /**
   * Obtains a user-defined licence from its name, URI and terms.
   *
   * @param name  the name, in English or in the licence's own language, not blank
   * @param uri  the URI where the licence is published, which identifies it, absolute, not null
   * @param terms  what the licence permits, requires and prohibits, not null
   * @return the licence, of kind {@link LicenseKind#CUSTOM}
   * @throws DomainRuleException if the name is blank or the URI is not absolute
   */
  public static License custom(String name, URI uri, LicenseTerms terms) {
    requireNonNull(name, "name");
    Texts.requireTrimmed("License", "names", name);
    return builder()
        .kind(LicenseKind.CUSTOM)
        .names(LocalizedText.of(LanguageTag.ENGLISH, name))
        .uri(uri)
        .legalCode(uri)
        .terms(terms)
        .build();
  }

  /**
   * Starts a builder, for a user-defined licence with several names, a version or a jurisdiction.
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
   * Gets the SPDX licence identifier, where SPDX lists the licence.
   *
   * @return the id, such as {@code "CC-BY-SA-4.0"}, or empty where SPDX has none (most ports, the retired
   *     tools other than SA 1.0, BY-ND 3.0 IGO)
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
   * Gets the URI of the legal code in a language, for Creative Commons tools ({@code legalcode.<lang>}, as
   * in {@code legalcode.ru}); only some tools have a legal code in a given language.
   *
   * @param language  the language, not null
   * @return the URI, or {@link #legalCode()} for a licence that is not a Creative Commons tool
   */
  public Optional<URI> legalCode(LanguageTag language) {
    requireNonNull(language, "language");
    if (!isCreativeCommons()) {
      return legalCode();
    }
    return legalCode().map(l -> URI.create(l + "." + language.toString().toLowerCase(java.util.Locale.ROOT)));
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
   * @return the date, or empty for a tool that was never retired (superseded versions such as BY 3.0 are
   *     not retired)
   */
  public abstract Optional<LocalDate> retiredOn();

  /**
   * Gets the canonical identifier: the SPDX id, or the URI where there is none; {@code NONE} for "all rights
   * reserved" and {@code NOASSERTION} for "unspecified", the special values of the SPDX specification.
   *
   * @return the identifier, which {@link #parse(CharSequence)} reads back
   */
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
      if (!id.matches("[A-Za-z0-9][A-Za-z0-9.+-]*")) {
        throw new DomainRuleException("License", "spdxId",
            "must be an SPDX short identifier (letters, digits, '.', '+' and '-')", id);
      }
    });
    uri().ifPresent(u -> requireAbsolute("uri", u));
    legalCode().ifPresent(u -> requireAbsolute("legalCode", u));
    deed().ifPresent(u -> requireAbsolute("deed", u));
    version().ifPresent(v -> Texts.requireTrimmed("License", "version", v));
    Texts.requireTrimmed("License", "shortName", shortName());
    for (Map.Entry<LanguageTag, String> entry : unofficialNames().entrySet()) {
      Texts.requireTrimmed("License", "unofficialNames[" + entry.getKey() + "]", entry.getValue());
      if (names().get(entry.getKey()).isPresent()) {
        throw new DomainRuleException("License", "unofficialNames",
            "must not repeat a language that has an official name", entry.getKey().toString());
      }
    }
    if (kind() == LicenseKind.CUSTOM) {
      if (uri().isEmpty()) {
        throw new DomainRuleException("License", "uri", "must be given for a user-defined license, which it "
            + "identifies", names().original());
      }
    } else if (!kind().terms().orElseThrow().equals(terms())) {
      throw new DomainRuleException("License", "terms", "must be the terms of every " + kind()
          + " license; only a CUSTOM license defines its own", terms().toString());
    }
  }

  private static void requireAbsolute(String attribute, URI uri) {
    if (!uri.isAbsolute()) {
      throw new DomainRuleException("License", attribute, "must be an absolute URI", uri.toString());
    }
  }

  /**
   * Gets the canonical identifier, as {@link #id()} does; {@link #parse(CharSequence)} reads it back.
   *
   * @return the identifier, such as {@code "CC-BY-SA-4.0"} or {@code "https://creativecommons.org/licenses/by/3.0/am/"}
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
