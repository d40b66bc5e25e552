package org.oerkit.core.license;

import org.oerkit.core.Rule;

/**
 * The rules that {@link Compatibility} cites when it refuses a combination or warns about one, each with
 * its public source.
 *
 * <p>Identifiers are stable, so that programs can filter findings on them.
 */
public final class LicenseRules {

  private static final String ADAPTER_CHART = "Creative Commons FAQ, \"If I derive or adapt material offered "
      + "under a Creative Commons license, which CC license(s) can I use?\" (adapter's license chart), "
      + "https://creativecommons.org/faq/";

  /** A work under "all rights reserved" grants no permission to adapt or share it. */
  public static final Rule NO_PERMISSION = Rule.of("license.no-permission",
      "Material under \"all rights reserved\" may be adapted or shared only with the rights holder's "
          + "permission or under an exception of copyright law.",
      "Berne Convention for the Protection of Literary and Artistic Works, Articles 9 and 12 (exclusive "
          + "rights of reproduction and adaptation)");
  /** A work whose licence is not stated grants no permission that can be relied on. */
  public static final Rule UNSPECIFIED = Rule.of("license.unspecified",
      "Material whose license is not stated can be relied on for no permission; its license must be "
          + "established first.",
      "Berne Convention, Article 5(2) (protection without formality) and Articles 9 and 12");
  /** NoDerivatives licences forbid sharing any adaptation. */
  public static final Rule NO_DERIVATIVES = Rule.of("license.no-derivatives",
      "NoDerivatives material may not be shared in an adaptation: BY-ND and BY-NC-ND rows and columns of "
          + "the remix chart are all crosses, even against public-domain material.",
      "Creative Commons FAQ, \"Can I combine material under different Creative Commons licenses in my "
          + "work?\" (remix chart) and adapter's license chart; BY-ND 4.0 legal code section 2(a)(1)(B)");
  /** Retired tools whose terms the charts do not cover. */
  public static final Rule UNCHARTED_TOOL = Rule.of("license.uncharted-tool",
      "The retired Sampling and Developing Nations tools restrict the kind of adaptation or the place of "
          + "use in ways no compatibility chart covers; their legal code must be read case by case.",
      "legal_tools/models.py (UNITS_DEPRECATED) in creativecommons/cc-legal-tools-app; "
          + "https://creativecommons.org/retiredlicenses");
  /** The Public Domain Mark or "unspecified" is not a licence to put on an adaptation. */
  public static final Rule NOT_APPLICABLE = Rule.of("license.not-applicable",
      "Only a license or CC0 can be applied to new material: the Public Domain Mark is for works already "
          + "free of known copyright, and \"unspecified\" is no license.",
      "Public Domain Mark 1.0 deed, https://creativecommons.org/publicdomain/mark/1.0/");
  /** A retired tool can still be applied, but Creative Commons no longer offers it. */
  public static final Rule RETIRED_TOOL = Rule.of("license.retired-tool",
      "Creative Commons has retired this tool: it remains valid for material already under it, and an "
          + "adaptation that must stay under it (a 1.0 ShareAlike license) may use it, but it is not "
          + "recommended for new material.",
      "https://creativecommons.org/retiredlicenses; legal_tools/models.py (UNITS_DEPRECATED) in "
          + "creativecommons/cc-legal-tools-app");
  /** A dark grey cell of the adapter's license chart. */
  public static final Rule ADAPTER_CHART_FORBIDDEN = Rule.of("license.adapter-chart",
      "The adapter's license chart marks this combination of original and adapter's license as one that "
          + "may not be used.",
      ADAPTER_CHART);
  /** A yellow cell of the adapter's license chart. */
  public static final Rule ADAPTER_CHART_NOT_RECOMMENDED = Rule.of("license.adapter-not-recommended",
      "The adapter's license chart marks this adapter's license as technically permitted but not "
          + "recommended: the original license still applies to the original material, so recipients must "
          + "comply with both.",
      ADAPTER_CHART);
  /** ShareAlike 1.0: only the same licence. */
  public static final Rule SHARE_ALIKE_1_0 = Rule.of("license.sharealike-1.0",
      "A 1.0 ShareAlike license lets an adaptation be distributed \"only under the terms of this License\": "
          + "no later version, no other jurisdiction.",
      "BY-SA 1.0, BY-NC-SA 1.0 and SA 1.0 legal code, section 4(b)");
  /** ShareAlike 2.x: the same licence, a later version or an iCommons port with the same elements. */
  public static final Rule SHARE_ALIKE_2 = Rule.of("license.sharealike-2.x",
      "A 2.0, 2.1 or 2.5 ShareAlike license lets an adaptation be distributed under this license, a later "
          + "version with the same License Elements, or an iCommons (ported) license with the same elements.",
      "BY-SA 2.0 and 2.5, BY-NC-SA 2.0 legal code, section 4(b)");
  /** ShareAlike 3.0: this, a later version, a port of this or a later version, or a compatible licence. */
  public static final Rule SHARE_ALIKE_3_0 = Rule.of("license.sharealike-3.0",
      "A 3.0 ShareAlike license lets an adaptation be distributed under this license, a later version with "
          + "the same License Elements, or a Creative Commons jurisdiction license of this or a later version "
          + "with the same elements.",
      "BY-SA 3.0 and BY-NC-SA 3.0 legal code, section 4(b); BY-SA 3.0 IGO section 4(b)");
  /** ShareAlike 4.0: the same elements, this version or later, or a BY-SA Compatible License. */
  public static final Rule SHARE_ALIKE_4_0 = Rule.of("license.sharealike-4.0",
      "A 4.0 ShareAlike license requires the adapter's license to be a Creative Commons license with the "
          + "same License Elements, this version or later, or (for BY-SA only) a BY-SA Compatible License; "
          + "no license has been designated compatible with BY-NC-SA 4.0.",
      "BY-SA 4.0 and BY-NC-SA 4.0 legal code, section 3(b)(1); "
          + "https://creativecommons.org/share-your-work/licensing-considerations/compatible-licenses");
  /** The Free Art License 1.3 is two-way compatible with BY-SA 4.0. */
  public static final Rule FREE_ART_COMPATIBLE = Rule.of("license.free-art-compatible",
      "Material under the Free Art License 1.3 may be adapted under the Free Art License 1.3 or, by the "
          + "two-way compatibility declared on 21 October 2014, under BY-SA 4.0.",
      "https://wiki.creativecommons.org/ShareAlike_compatibility:_FAL; Free Art License 1.3");
  /** The GPL 3.0 requires the whole work under the GPL; BY-SA 4.0 is compatible one way only. */
  public static final Rule GPL_COPYLEFT = Rule.of("license.gpl-copyleft",
      "Material under the GPL 3.0 may be adapted only under the GPL 3.0 (\"You must license the entire "
          + "work, as a whole, under this License\"); people may not adapt a GPLv3-licensed work and use BY-SA.",
      "GNU GPL 3.0, section 5(c); https://wiki.creativecommons.org/ShareAlike_compatibility:_GPLv3");
  /** The GFDL 1.3 requires modified versions under precisely the same licence. */
  public static final Rule GFDL_COPYLEFT = Rule.of("license.gfdl-copyleft",
      "Material under the GFDL 1.3 may be modified only if the Modified Version is released \"under "
          + "precisely this License\"; no Creative Commons license has been declared compatible with it.",
      "GNU FDL 1.3, section 4; https://creativecommons.org/share-your-work/licensing-considerations/compatible-licenses");
  /** A user-defined ShareAlike licence is assumed compatible only with itself. */
  public static final Rule CUSTOM_SHARE_ALIKE = Rule.of("license.custom-sharealike",
      "A user-defined license that requires ShareAlike is assumed compatible only with itself, unless its "
          + "own text declares otherwise.",
      "ccREL cc:ShareAlike (\"derivative works be licensed under the same terms or compatible terms\"), "
          + "W3C Member Submission ccREL, 1 May 2008");
  /** ShareAlike forbids adding the restrictions of another input's licence to the adaptation. */
  public static final Rule SHARE_ALIKE_NO_ADDED_RESTRICTIONS = Rule.of("license.sharealike-no-added-restrictions",
      "ShareAlike material may not be remixed with material whose license would add a restriction (such as "
          + "NonCommercial) that the adapter's license does not carry: \"You may not offer or impose any "
          + "additional or different terms or conditions\" on the Adapted Material.",
      "BY-SA 4.0 legal code, section 3(b)(3); Creative Commons FAQ remix chart (BY-SA against BY-NC, "
          + "BY-NC-SA)");
  /** A cross of the remix chart. */
  public static final Rule REMIX_CHART = Rule.of("license.remix-chart",
      "The remix chart marks these two licenses with a cross: the works may not be remixed into one "
          + "adaptation unless an exception or limitation applies.",
      "Creative Commons FAQ, \"Can I combine material under different Creative Commons licenses in my "
          + "work?\", chart faq/CC_License_Compatibility_Chart.png in creativecommons/faq");
  /** Every pair may be remixed, but no licence satisfies all inputs at once. */
  public static final Rule NO_COMMON_LICENSE = Rule.of("license.no-common-license",
      "No license is permitted by every input's rules at once, so the adaptation cannot be released.",
      "Creative Commons FAQ: \"the original CC license always applies to the material you are adapting "
          + "even once adapted ... Recipients of the adaptation must comply with both\"");
  /** A collection with NonCommercial material must be NonCommercial. */
  public static final Rule COLLECTION_NONCOMMERCIAL = Rule.of("license.collection-noncommercial",
      "A collection that includes NonCommercial material must itself be NonCommercial (BY-NC, BY-NC-SA or "
          + "BY-NC-ND); the original material keeps its own license.",
      "Creative Commons FAQ, \"If I create a collection that includes a work offered under a CC license, "
          + "which CC license(s) can I use for my collection?\"");
  /** A collection needs permission to share each work. */
  public static final Rule COLLECTION_NO_DISTRIBUTION = Rule.of("license.collection-no-distribution",
      "A collection may include a work only if its license permits sharing it (cc:Distribution); the "
          + "Sampling licence permits sharing only adaptations.",
      "Creative Commons FAQ: \"you may combine any CC-licensed content so long as you provide attribution "
          + "and comply with the NonCommercial restriction\"; ccREL terms of each tool's RDF");

  private LicenseRules() {}
}
