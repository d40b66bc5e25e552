package org.oerkit.core.license;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A definition of "open" that a licence may satisfy. There is no single predicate: UNESCO's definitions
 * admit NonCommercial licences, the Definition of Free Cultural Works and the Open Definition do not, and
 * none of them admits NoDerivatives licences.
 *
 * <p>Each constant cites the text it implements ({@link #source()}) and quotes its words
 * ({@link #definition()}). A licence a user defines is judged on its ccREL terms against the same criteria;
 * the catalogue's licences are judged on their terms for the UNESCO definitions and on the published
 * approvals for the other two.
 */
public enum Openness implements Predicate<License> {

  /**
   * Open under the UNESCO Recommendation on Open Educational Resources (2019), the default of
   * {@link License#isOpen()}: the licence must permit re-use, adaptation and redistribution (ccREL
   * Reproduction, Distribution and DerivativeWorks). NonCommercial licences pass (the text sets no
   * commercial-use requirement); NoDerivatives licences fail; public-domain tools pass (the text names the
   * public domain). No separate "access" permission is required, since access is not an act copyright
   * regulates (Wiley, https://opencontent.org/blog/archives/6397).
   */
  UNESCO_2019("UNESCO Recommendation on Open Educational Resources (2019)",
      "UNESCO Recommendation on OER, adopted 25 November 2019 by the 40th General Conference, paragraphs 1 "
          + "and 2",
      "OER are \"learning, teaching and research materials in any format and medium that reside in the "
          + "public domain or are under copyright that have been released under an open license, that "
          + "permit no-cost access, re-use, re-purpose, adaptation and redistribution by others\"; an open "
          + "license \"provides permissions granting the public the rights to access, re-use, re-purpose, "
          + "adapt and redistribute educational materials\""),

  /**
   * Open under the 2012 Paris OER Declaration's wording: use, adaptation and redistribution with "no or
   * limited restrictions". Implemented as {@link #UNESCO_2019}: NonCommercial counts as a limited
   * restriction, NoDerivatives removes adaptation.
   */
  UNESCO_2012("UNESCO Paris OER Declaration (2012)",
      "2012 Paris OER Declaration, World OER Congress, UNESCO, 20-22 June 2012",
      "\"teaching, learning and research materials in any medium, digital or otherwise, that reside in the "
          + "public domain or have been released under an open license that permits no-cost access, use, "
          + "adaptation and redistribution by others with no or limited restrictions\""),

  /**
   * Open under the 2002 wording of the UNESCO Forum on the Impact of Open Courseware: use and adaptation
   * for non-commercial purposes (ccREL Reproduction and DerivativeWorks); redistribution is not named.
   */
  UNESCO_2002("UNESCO Forum on the Impact of Open Courseware (2002)",
      "UNESCO Forum on the Impact of Open Courseware for Higher Education in Developing Countries, Paris, "
          + "1-3 July 2002, as quoted in D'Antoni, OER: the way forward",
      "\"the open provision of educational resources, enabled by information and communication "
          + "technologies, for consultation, use and adaptation by a community of users for non-commercial "
          + "purposes\""),

  /**
   * Approved for Free Cultural Works: CC BY and BY-SA (every version and port), CC0 and the Public Domain
   * Mark (https://creativecommons.org/share-your-work/public-domain/freeworks), and the Free Art License,
   * the GNU GPL, the GNU FDL and the MIT License (the comparison table of https://freedomdefined.org/Licenses).
   * The Open Data Commons licences, the Apache License and the Open Government Licence are not in the
   * sources found, so they are not counted; a missing approval is never filled in. A user-defined licence passes if its
   * terms grant the four freedoms with only the permissible restrictions (attribution, share-alike,
   * source code): no prohibition at all.
   */
  FREE_CULTURAL_WORKS("Definition of Free Cultural Works 1.1",
      "https://freedomdefined.org/Definition (1.1); https://freedomdefined.org/Permissible_restrictions; "
          + "https://creativecommons.org/share-your-work/public-domain/freeworks",
      "the freedom to use, study, redistribute and distribute derivative works; \"it must not specify any "
          + "usage restrictions (such as prohibiting commercial use…)\""),

  /**
   * Conformant with the Open Definition: CC BY, CC BY-SA and CC0 (approved October 2014), the Free Art
   * License 1.3, public-domain material, the ODbL 1.0, the ODC-By 1.0, the PDDL 1.0 and the Open Government
   * Licence 3.0 ({@code od_conformance = approved} in {@code okfn/licenses} {@code licenses.csv}). The plain
   * GNU FDL is not listed (only "GNU Free Documentation License 1.3 with no cover texts and no invariant
   * sections" is, which no SPDX id names exactly); the GPL, the MIT License and the Apache License are "not
   * reviewed". A user-defined licence is judged on its terms as for
   * {@link #FREE_CULTURAL_WORKS}.
   */
  OPEN_DEFINITION("Open Definition 2.1",
      "https://opendefinition.org/od/2.1/en/; conformant licences in okfn/licenses licenses.csv",
      "\"Open data and content can be freely used, modified, and shared by anyone for any purpose\"");

  private static final Set<LicenseKind> FREE_CULTURAL = EnumSet.of(LicenseKind.CC_BY, LicenseKind.CC_BY_SA,
      LicenseKind.CC0, LicenseKind.PUBLIC_DOMAIN_MARK, LicenseKind.FREE_ART, LicenseKind.GPL,
      LicenseKind.GFDL, LicenseKind.MIT);
  private static final Set<LicenseKind> OPEN_DEFINITION_CONFORMANT = EnumSet.of(LicenseKind.CC_BY,
      LicenseKind.CC_BY_SA, LicenseKind.CC0, LicenseKind.PUBLIC_DOMAIN_MARK, LicenseKind.FREE_ART,
      LicenseKind.ODBL, LicenseKind.ODC_BY, LicenseKind.PDDL, LicenseKind.OGL_UK);
  private static final Set<LicenseKind> SAMPLING = EnumSet.of(LicenseKind.CC_SAMPLING,
      LicenseKind.CC_SAMPLING_PLUS, LicenseKind.CC_NC_SAMPLING_PLUS);

  private final String title;
  private final String source;
  private final String definition;

  Openness(String title, String source, String definition) {
    this.title = title;
    this.source = source;
    this.definition = definition;
  }

  /**
   * Gets the name of the text that defines openness.
   *
   * @return the title, such as {@code "UNESCO Recommendation on Open Educational Resources (2019)"}
   */
  public String title() {
    return title;
  }

  /**
   * Gets the public source of the definition.
   *
   * @return a citation
   */
  public String source() {
    return source;
  }

  /**
   * Gets the words of the definition that the predicate implements.
   *
   * @return a quotation
   */
  public String definition() {
    return definition;
  }

  /**
   * Checks whether a licence is open under this definition.
   *
   * @param license  the licence, not null
   * @return true if it satisfies the definition
   */
  @Override
  public boolean test(License license) {
    LicenseTerms terms = license.terms();
    LicenseKind kind = license.kind();
    switch (this) {
      case UNESCO_2019:
      case UNESCO_2012:
        return !SAMPLING.contains(kind)
            && terms.permits(Permission.REPRODUCTION)
            && terms.permits(Permission.DISTRIBUTION)
            && terms.permits(Permission.DERIVATIVE_WORKS)
            && onlyCommercialUseProhibited(terms);
      case UNESCO_2002:
        return !SAMPLING.contains(kind)
            && terms.permits(Permission.REPRODUCTION)
            && terms.permits(Permission.DERIVATIVE_WORKS)
            && onlyCommercialUseProhibited(terms);
      case FREE_CULTURAL_WORKS:
        return kind == LicenseKind.CUSTOM ? freeByTerms(terms) : FREE_CULTURAL.contains(kind);
      case OPEN_DEFINITION:
        return kind == LicenseKind.CUSTOM ? freeByTerms(terms) : OPEN_DEFINITION_CONFORMANT.contains(kind);
      default:
        throw new AssertionError(this);
    }
  }

  private static boolean onlyCommercialUseProhibited(LicenseTerms terms) {
    return EnumSet.of(Prohibition.COMMERCIAL_USE).containsAll(terms.prohibits());
  }

  private static boolean freeByTerms(LicenseTerms terms) {
    return terms.permits(Permission.REPRODUCTION)
        && terms.permits(Permission.DISTRIBUTION)
        && terms.permits(Permission.DERIVATIVE_WORKS)
        && terms.prohibits().isEmpty();
  }
}
