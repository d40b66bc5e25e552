package org.oerkit.core.license;

import static org.oerkit.core.license.Permission.DERIVATIVE_WORKS;
import static org.oerkit.core.license.Permission.DISTRIBUTION;
import static org.oerkit.core.license.Permission.REPRODUCTION;
import static org.oerkit.core.license.Permission.SHARING;
import static org.oerkit.core.license.Prohibition.COMMERCIAL_USE;
import static org.oerkit.core.license.Prohibition.HIGH_INCOME_NATION_USE;
import static org.oerkit.core.license.Requirement.ATTRIBUTION;
import static org.oerkit.core.license.Requirement.NOTICE;
import static org.oerkit.core.license.Requirement.SHARE_ALIKE;
import static org.oerkit.core.license.Requirement.SOURCE_CODE;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The family a licence belongs to: a Creative Commons unit (the combination of licence elements that the
 * URI names, such as {@code by-sa}), one of the non-CC licences that matter for OER remixing, an explicit
 * "all rights reserved" or "unspecified" marker, or a licence the user defines.
 *
 * <p>Creative Commons units, their versions and their retirement dates come from
 * {@code legal_tools/models.py} ({@code UNITS_LICENSES}, {@code UNITS_PUBLIC_DOMAIN},
 * {@code UNITS_DEPRECATED}) in {@code creativecommons/cc-legal-tools-app}; their terms from the RDF of each
 * tool in {@code creativecommons/cc-legal-tools-data} and, for retired tools, {@code cc-archive/cc.licenserdf}.
 * All versions and ports of one unit share its kind: BY-SA 2.0 Japan and BY-SA 4.0 are both
 * {@link #CC_BY_SA}. The 1.0 spelling {@code by-nd-nc} is {@link #CC_BY_NC_ND}.
 */
public enum LicenseKind {
  /** Creative Commons Attribution (BY). */
  CC_BY("by", "BY", "Attribution", terms(rdd(), req(NOTICE, ATTRIBUTION), pro()), null, "cc-by"),
  /** Creative Commons Attribution-ShareAlike (BY-SA). */
  CC_BY_SA("by-sa", "BY-SA", "Attribution-ShareAlike",
      terms(rdd(), req(NOTICE, ATTRIBUTION, SHARE_ALIKE), pro()), null, "cc-by-sa"),
  /** Creative Commons Attribution-NonCommercial (BY-NC). */
  CC_BY_NC("by-nc", "BY-NC", "Attribution-NonCommercial",
      terms(rdd(), req(NOTICE, ATTRIBUTION), pro(COMMERCIAL_USE)), null, "by-nc"),
  /** Creative Commons Attribution-NoDerivatives (BY-ND; "NoDerivs" before 4.0). */
  CC_BY_ND("by-nd", "BY-ND", "Attribution-NoDerivs",
      terms(rd(), req(NOTICE, ATTRIBUTION), pro()), null, "by-nd"),
  /** Creative Commons Attribution-NonCommercial-ShareAlike (BY-NC-SA). */
  CC_BY_NC_SA("by-nc-sa", "BY-NC-SA", "Attribution-NonCommercial-ShareAlike",
      terms(rdd(), req(NOTICE, ATTRIBUTION, SHARE_ALIKE), pro(COMMERCIAL_USE)), null, "by-nc-sa"),
  /** Creative Commons Attribution-NonCommercial-NoDerivatives (BY-NC-ND; {@code by-nd-nc} in 1.0). */
  CC_BY_NC_ND("by-nc-nd", "BY-NC-ND", "Attribution-NonCommercial-NoDerivs",
      terms(rd(), req(NOTICE, ATTRIBUTION), pro(COMMERCIAL_USE)), null, "by-nc-nd"),
  /** Creative Commons NonCommercial 1.0, without attribution; retired 2004-05-25. */
  CC_NC("nc", "NC", "NonCommercial", terms(rdd(), req(NOTICE), pro(COMMERCIAL_USE)),
      LocalDate.of(2004, 5, 25), "other-nc"),
  /** Creative Commons NonCommercial-ShareAlike 1.0; retired 2004-05-25. */
  CC_NC_SA("nc-sa", "NC-SA", "NonCommercial-ShareAlike",
      terms(rdd(), req(NOTICE, SHARE_ALIKE), pro(COMMERCIAL_USE)), LocalDate.of(2004, 5, 25), "other-nc"),
  /** Creative Commons NoDerivs 1.0; retired 2004-05-25. */
  CC_ND("nd", "ND", "NoDerivs", terms(rd(), req(NOTICE), pro()), LocalDate.of(2004, 5, 25), "other-nd"),
  /** Creative Commons NoDerivs-NonCommercial 1.0; retired 2004-05-25. */
  CC_ND_NC("nd-nc", "ND-NC", "NoDerivs-NonCommercial", terms(rd(), req(NOTICE), pro(COMMERCIAL_USE)),
      LocalDate.of(2004, 5, 25), "other-nd"),
  /** Creative Commons ShareAlike 1.0; retired 2004-05-25. */
  CC_SA("sa", "SA", "ShareAlike", terms(rdd(), req(NOTICE, SHARE_ALIKE), pro()),
      LocalDate.of(2004, 5, 25), "other-sa"),
  /** Creative Commons Sampling 1.0; retired 2007-06-04. It permits no distribution of the whole work. */
  CC_SAMPLING("sampling", "Sampling", "Sampling",
      terms(EnumSet.of(REPRODUCTION, DERIVATIVE_WORKS), req(NOTICE, ATTRIBUTION), pro()),
      LocalDate.of(2007, 6, 4), "other-by"),
  /** Creative Commons Sampling Plus 1.0; retired 2011-09-12. */
  CC_SAMPLING_PLUS("sampling+", "Sampling+", "Sampling Plus",
      terms(EnumSet.of(REPRODUCTION, DERIVATIVE_WORKS, SHARING), req(NOTICE, ATTRIBUTION), pro()),
      LocalDate.of(2011, 9, 12), "other-by"),
  /** Creative Commons NonCommercial Sampling Plus 1.0; retired 2011-09-12. */
  CC_NC_SAMPLING_PLUS("nc-sampling+", "NC-Sampling+", "NonCommercial Sampling Plus",
      terms(rdd(), req(NOTICE, ATTRIBUTION), pro(COMMERCIAL_USE)), LocalDate.of(2011, 9, 12), "other-nc"),
  /** Creative Commons Developing Nations 2.0; retired 2007-06-04. */
  CC_DEVNATIONS("devnations", "DevNations", "Developing Nations",
      terms(rdd(), req(NOTICE), pro(HIGH_INCOME_NATION_USE)), LocalDate.of(2007, 6, 4), "other-by"),
  /** CC0 1.0 Universal, the public-domain dedication (a waiver, not a licence). */
  CC0("zero", "CC0", "CC0", terms(rdd(), req(), pro()), null, "cc0"),
  /** The Public Domain Mark 1.0, a label for works already free of known copyright. */
  PUBLIC_DOMAIN_MARK("mark", "PDM", "Public Domain Mark", terms(rdd(), req(), pro()), null, "other-pd"),
  /** The Public Domain Certification (Copyright-Only Dedication, United States); retired 2010-10-11. */
  PUBLIC_DOMAIN_CERTIFICATION("certification", "PD", "Public Domain Certification",
      terms(rdd(), req(), pro()), LocalDate.of(2010, 10, 11), "other-pd"),
  /** The Free Art License (Licence Art Libre), two-way compatible with BY-SA 4.0 from version 1.3. */
  FREE_ART(null, "FAL", "Free Art License", terms(rdd(), req(NOTICE, ATTRIBUTION, SHARE_ALIKE), pro()),
      null, "other-sa"),
  /**
   * The GNU General Public License, one-way compatible from BY-SA 4.0 at version 3. Its terms follow the
   * legacy ccREL description of the GPL ({@code creativecommons.org_licenses_GPL_2.0_.rdf}).
   */
  GPL(null, "GPL", "GNU General Public License",
      terms(rdd(), req(NOTICE, SHARE_ALIKE, SOURCE_CODE), pro()), null, "other-sa"),
  /** The GNU Free Documentation License. */
  GFDL(null, "GFDL", "GNU Free Documentation License",
      terms(rdd(), req(NOTICE, ATTRIBUTION, SHARE_ALIKE), pro()), null, "other-sa"),
  /**
   * The Open Data Commons Open Database License (SPDX {@code ODbL-1.0}): share-alike for databases. Terms
   * from its text (SPDX licence list): sections 3 and 4.2-4.4 (use, share, adapt), 4.2 (notices and
   * attribution), 4.4 (Derivative Databases under this licence).
   */
  ODBL(null, "ODbL", "Open Database License", terms(rdd(), req(NOTICE, ATTRIBUTION, SHARE_ALIKE), pro()), null,
      "other-sa"),
  /**
   * The Open Data Commons Attribution License (SPDX {@code ODC-By-1.0}); terms from its text, sections 3 and
   * 4.2 (attribution notices).
   */
  ODC_BY(null, "ODC-By", "Open Data Commons Attribution License", terms(rdd(), req(NOTICE, ATTRIBUTION), pro()),
      null, "other-by"),
  /**
   * The Open Data Commons Public Domain Dedication and License (SPDX {@code PDDL-1.0}): a dedication with a
   * fallback licence that sets no condition (its text, sections 3 and 4).
   */
  PDDL(null, "PDDL", "Open Data Commons Public Domain Dedication and License", terms(rdd(), req(), pro()), null,
      "other-pd"),
  /** The MIT License (SPDX {@code MIT}): permissive; the copyright and permission notice must be kept. */
  MIT(null, "MIT", "MIT License", terms(rdd(), req(NOTICE), pro()), null, "other-by"),
  /**
   * The Apache License (SPDX {@code Apache-2.0}): permissive; section 4 requires the licence, the notices
   * and a statement of changes to go with redistributed copies.
   */
  APACHE(null, "Apache", "Apache License", terms(rdd(), req(NOTICE), pro()), null, "other-by"),
  /**
   * The UK Open Government Licence (SPDX {@code OGL-UK-3.0}): use, share and adapt, with the attribution
   * statement the licensor specifies ("You must, where you do any of the above: acknowledge the source").
   */
  OGL_UK(null, "OGL", "Open Government Licence", terms(rdd(), req(NOTICE, ATTRIBUTION), pro()), null, "other-by"),
  /** An explicit "all rights reserved": no permission beyond what the law allows without one. */
  ALL_RIGHTS_RESERVED(null, "All rights reserved", "All rights reserved", terms(rd0(), req(), pro()), null,
      "copyright"),
  /** No licence is stated; nothing can be assumed to be permitted. */
  UNSPECIFIED(null, "Unspecified", "License not specified", terms(rd0(), req(), pro()), null, "unspecified"),
  /** A licence the user defines, such as a national licence, with its own name, URI and terms. */
  CUSTOM(null, "Custom", "Custom license", null, null, null);

  private final String unit;
  private final String abbreviation;
  private final String elementName;
  private final LicenseTerms terms;
  private final LocalDate retiredOn;
  private final String oerWorldMapCode;

  LicenseKind(String unit, String abbreviation, String elementName, LicenseTerms terms, LocalDate retiredOn,
      String oerWorldMapCode) {
    this.unit = unit;
    this.abbreviation = abbreviation;
    this.elementName = elementName;
    this.terms = terms;
    this.retiredOn = retiredOn;
    this.oerWorldMapCode = oerWorldMapCode;
  }

  /**
   * Gets the Creative Commons unit, the URI segment that names the licence elements.
   *
   * @return the unit, such as {@code "by-sa"}, {@code "zero"} or {@code "mark"}, or empty for a non-CC kind
   */
  public Optional<String> unit() {
    return Optional.ofNullable(unit);
  }

  /**
   * Gets the short label, as Creative Commons and SPDX abbreviate the family.
   *
   * @return the label, such as {@code "BY-SA"}, {@code "CC0"} or {@code "FAL"}
   */
  public String abbreviation() {
    return abbreviation;
  }

  /**
   * Gets the English name of the licence elements, as in the titles before version 4.0.
   *
   * @return the name, such as {@code "Attribution-NonCommercial-NoDerivs"}
   */
  public String elementName() {
    return elementName;
  }

  /**
   * Gets the terms every licence of this kind has.
   *
   * @return the terms, or empty for {@link #CUSTOM}, whose licences state their own
   */
  public Optional<LicenseTerms> terms() {
    return Optional.ofNullable(terms);
  }

  /**
   * Gets the date Creative Commons retired this kind of tool.
   *
   * @return the date ({@code legal_tools/models.py} of {@code creativecommons/cc-legal-tools-app}), or empty
   *     for a current kind
   */
  public Optional<LocalDate> retiredOn() {
    return Optional.ofNullable(retiredOn);
  }

  /**
   * Checks whether this kind is one of Creative Commons' legal tools.
   *
   * @return true for the licences, CC0, the Public Domain Mark and the retired tools
   */
  public boolean isCreativeCommons() {
    return unit != null;
  }

  /**
   * Checks whether this kind puts or marks the work in the public domain.
   *
   * @return true for CC0, the Public Domain Mark and the Public Domain Certification
   */
  public boolean isPublicDomain() {
    return this == CC0 || this == PUBLIC_DOMAIN_MARK || this == PUBLIC_DOMAIN_CERTIFICATION;
  }

  /**
   * Checks whether this is one of the six licences of the Creative Commons compatibility charts (BY, BY-SA,
   * BY-NC, BY-ND, BY-NC-SA, BY-NC-ND).
   *
   * @return true for the six current Creative Commons licence families
   */
  public boolean isCharted() {
    return ordinal() <= CC_BY_NC_ND.ordinal();
  }

  /**
   * Gets the OER World Map licence code of the family, where it does not depend on the licence's terms.
   *
   * @return the code, or empty for {@link #CUSTOM}
   */
  Optional<String> oerWorldMapCode() {
    return Optional.ofNullable(oerWorldMapCode);
  }

  private static LicenseTerms terms(Set<Permission> permits, Set<Requirement> requires,
      Set<Prohibition> prohibits) {
    return LicenseTerms.of(permits, requires, prohibits);
  }

  private static Set<Permission> rdd() {
    return EnumSet.of(REPRODUCTION, DISTRIBUTION, DERIVATIVE_WORKS);
  }

  private static Set<Permission> rd() {
    return EnumSet.of(REPRODUCTION, DISTRIBUTION);
  }

  private static Set<Permission> rd0() {
    return EnumSet.noneOf(Permission.class);
  }

  private static Set<Requirement> req(Requirement... requirements) {
    EnumSet<Requirement> set = EnumSet.noneOf(Requirement.class);
    set.addAll(java.util.Arrays.asList(requirements));
    return set;
  }

  private static Set<Prohibition> pro(Prohibition... prohibitions) {
    EnumSet<Prohibition> set = EnumSet.noneOf(Prohibition.class);
    set.addAll(java.util.Arrays.asList(prohibitions));
    return set;
  }
}
