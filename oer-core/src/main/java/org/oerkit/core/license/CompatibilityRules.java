package org.oerkit.core.license;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oerkit.core.Rule;

/**
 * The rules behind {@link Compatibility}: may material under one licence be adapted (or collected) and the
 * result released under another?
 *
 * <p>The Creative Commons adapter's license chart (FAQ, "If I derive or adapt material offered under a
 * Creative Commons license, which CC license(s) can I use?") gives the cells for public-domain, BY and BY-NC
 * originals; the ShareAlike clauses of the legal codes give the version rules of the ShareAlike originals
 * (1.0: only the same licence; 2.x: a later version or an iCommons port; 3.0: a later version or a port;
 * 4.0: the same elements, this version or later, or a BY-SA Compatible License); NoDerivatives originals
 * allow no adaptation at all. Licences outside the chart are placed in it by their ccREL terms.
 */
final class CompatibilityRules {

  private CompatibilityRules() {}

  /** The colour of a cell of the adapter's license chart. */
  enum Cell {
    /** Green: the adapter may use the licence. */
    RECOMMENDED,
    /** Yellow: technically permitted but not recommended. */
    NOT_RECOMMENDED,
    /** Dark grey: may not be used. */
    FORBIDDEN
  }

  /** The answer for one original and one candidate licence, with the rule behind it. */
  static final class Verdict {
    final Cell cell;
    final Rule rule;
    final String message;

    Verdict(Cell cell, Rule rule, String message) {
      this.cell = cell;
      this.rule = rule;
      this.message = message;
    }

    boolean isPermitted() {
      return cell != Cell.FORBIDDEN;
    }
  }

  /** The rows and columns of the Creative Commons charts. */
  enum ChartFamily { BY, BY_NC, BY_NC_ND, BY_NC_SA, BY_ND, BY_SA, PD }

  /**
   * The adapter's license chart, transcribed from the Creative Commons FAQ: for each original (row) the
   * cells for the adapter's licences BY, BY-NC, BY-NC-ND, BY-NC-SA, BY-ND, BY-SA, PD; G green, Y yellow,
   * X dark grey.
   */
  static final Map<ChartFamily, String> ADAPTER_CHART = Map.of(
      ChartFamily.PD, "GGGGGGG",
      ChartFamily.BY, "GGGGGGY",
      ChartFamily.BY_NC, "YGGGYYY",
      ChartFamily.BY_NC_ND, "XXXXXXX",
      ChartFamily.BY_NC_SA, "XXXGXXX",
      ChartFamily.BY_ND, "XXXXXXX",
      ChartFamily.BY_SA, "XXXXXGX");

  private static final Set<LicenseKind> UNCHARTED = EnumSet.of(LicenseKind.CC_SAMPLING,
      LicenseKind.CC_SAMPLING_PLUS, LicenseKind.CC_NC_SAMPLING_PLUS, LicenseKind.CC_DEVNATIONS);

  /**
   * Places a licence in the charts by its kind and terms: public-domain tools are PD, "all rights
   * reserved" counts as the most restrictive column (BY-NC-ND), everything else by its NoDerivatives,
   * NonCommercial and ShareAlike terms.
   */
  static ChartFamily family(License license) {
    if (license.isPublicDomain()) {
      return ChartFamily.PD;
    }
    LicenseTerms terms = license.terms();
    if (terms.permits().isEmpty()) {
      return ChartFamily.BY_NC_ND;
    }
    boolean nd = !terms.allowsAdaptation();
    boolean nc = !terms.allowsCommercialUse();
    boolean sa = terms.requiresShareAlike();
    if (license.kind() == LicenseKind.CUSTOM && !nd && !nc && !sa && terms.requires().isEmpty()) {
      return ChartFamily.PD;
    }
    if (nd) {
      return nc ? ChartFamily.BY_NC_ND : ChartFamily.BY_ND;
    }
    if (sa) {
      return nc ? ChartFamily.BY_NC_SA : ChartFamily.BY_SA;
    }
    return nc ? ChartFamily.BY_NC : ChartFamily.BY;
  }

  /** Whether a licence is one that can be applied to new material at all. */
  static Optional<Verdict> notApplicable(License original, License candidate) {
    if (candidate.kind() == LicenseKind.UNSPECIFIED || candidate.kind() == LicenseKind.PUBLIC_DOMAIN_MARK
        || candidate.kind() == LicenseKind.PUBLIC_DOMAIN_CERTIFICATION) {
      return Optional.of(new Verdict(Cell.FORBIDDEN, LicenseRules.NOT_APPLICABLE,
          candidate.shortName() + " cannot be applied to new material"));
    }
    return Optional.empty();
  }

  /** Whether the original grants no permission at all, or none the charts can judge. */
  static Optional<Verdict> noPermission(License original) {
    if (original.kind() == LicenseKind.UNSPECIFIED) {
      return Optional.of(new Verdict(Cell.FORBIDDEN, LicenseRules.UNSPECIFIED,
          "the license of the material is not stated"));
    }
    if (original.terms().permits().isEmpty()) {
      return Optional.of(new Verdict(Cell.FORBIDDEN, LicenseRules.NO_PERMISSION,
          original.shortName() + " grants no permission"));
    }
    if (UNCHARTED.contains(original.kind())) {
      return Optional.of(new Verdict(Cell.FORBIDDEN, LicenseRules.UNCHARTED_TOOL,
          original.shortName() + " is a retired tool that no chart covers"));
    }
    return Optional.empty();
  }

  /**
   * May material under {@code original} be adapted and the adaptation released under {@code candidate}?
   */
  static Verdict adapt(License original, License candidate) {
    return capRetired(adaptCell(original, candidate), candidate);
  }

  /** A retired candidate is at best permitted but not recommended. */
  private static Verdict capRetired(Verdict verdict, License candidate) {
    if (candidate.isRetired() && verdict.cell == Cell.RECOMMENDED) {
      return new Verdict(Cell.NOT_RECOMMENDED, LicenseRules.RETIRED_TOOL,
          candidate.shortName() + " is a retired tool");
    }
    return verdict;
  }

  private static Verdict adaptCell(License original, License candidate) {
    Optional<Verdict> refusal = noPermission(original);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    if (!original.allowsAdaptation()) {
      return new Verdict(Cell.FORBIDDEN, LicenseRules.NO_DERIVATIVES,
          original.shortName() + " does not permit sharing adaptations");
    }
    refusal = notApplicable(original, candidate);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    if (original.requiresShareAlike()) {
      return shareAlike(original, candidate);
    }
    ChartFamily row = family(original);
    ChartFamily column = family(candidate);
    char cell = ADAPTER_CHART.get(row).charAt(column.ordinal());
    switch (cell) {
      case 'G':
        return new Verdict(Cell.RECOMMENDED, LicenseRules.ADAPTER_CHART_FORBIDDEN,
            "the adapter's license chart allows " + candidate.shortName() + " for " + original.shortName());
      case 'Y':
        return new Verdict(Cell.NOT_RECOMMENDED, LicenseRules.ADAPTER_CHART_NOT_RECOMMENDED,
            "the adapter's license chart marks " + label(row) + " adapted under " + label(column)
                + " as permitted but not recommended");
      default:
        return new Verdict(Cell.FORBIDDEN, LicenseRules.ADAPTER_CHART_FORBIDDEN,
            "the adapter's license chart does not allow " + label(row) + " material to be adapted under "
                + label(column));
    }
  }

  private static Verdict shareAlike(License original, License candidate) {
    switch (original.kind()) {
      case CC_BY_SA:
      case CC_BY_NC_SA:
      case CC_SA:
      case CC_NC_SA:
        return creativeCommonsShareAlike(original, candidate);
      case FREE_ART:
        return verdict(candidate.equals(original)
                || (candidate.kind() == LicenseKind.CC_BY_SA && version(candidate) >= 4.0),
            LicenseRules.FREE_ART_COMPATIBLE, original, candidate);
      case GPL:
        return verdict(candidate.equals(original), LicenseRules.GPL_COPYLEFT, original, candidate);
      case GFDL:
        return verdict(candidate.equals(original), LicenseRules.GFDL_COPYLEFT, original, candidate);
      default:
        return verdict(candidate.equals(original), LicenseRules.CUSTOM_SHARE_ALIKE, original, candidate);
    }
  }

  private static Verdict creativeCommonsShareAlike(License original, License candidate) {
    double version = version(original);
    if (version < 2.0) {
      return verdict(candidate.equals(original), LicenseRules.SHARE_ALIKE_1_0, original, candidate);
    }
    Rule rule = version < 3.0 ? LicenseRules.SHARE_ALIKE_2
        : version < 4.0 ? LicenseRules.SHARE_ALIKE_3_0 : LicenseRules.SHARE_ALIKE_4_0;
    boolean sameElements = candidate.kind() == original.kind() && version(candidate) >= version;
    if (sameElements) {
      return new Verdict(Cell.RECOMMENDED, rule, candidate.shortName() + " has the same License Elements, "
          + "this version or later");
    }
    if (original.kind() == LicenseKind.CC_BY_SA && version >= 4.0) {
      if (candidate.kind() == LicenseKind.FREE_ART && candidate.version().equals(Optional.of("1.3"))) {
        return new Verdict(Cell.RECOMMENDED, rule, "the Free Art License 1.3 is a BY-SA Compatible License");
      }
      if (candidate.kind() == LicenseKind.GPL && candidate.version().equals(Optional.of("3.0"))) {
        return new Verdict(Cell.NOT_RECOMMENDED, rule, "the GPL 3.0 is one-way compatible with BY-SA 4.0, a "
            + "mechanism Creative Commons calls \"not for general use\"");
      }
    }
    return verdict(false, rule, original, candidate);
  }

  private static Verdict verdict(boolean permitted, Rule rule, License original, License candidate) {
    return permitted
        ? new Verdict(Cell.RECOMMENDED, rule, candidate.shortName() + " is allowed for " + original.shortName())
        : new Verdict(Cell.FORBIDDEN, rule, original.shortName() + " does not allow " + candidate.shortName());
  }

  /**
   * May material under {@code original} be included, unmodified, in a collection released under
   * {@code candidate}?
   */
  static Verdict collect(License original, License candidate) {
    return capRetired(collectCell(original, candidate), candidate);
  }

  private static Verdict collectCell(License original, License candidate) {
    LicenseTerms terms = original.terms();
    boolean sharesOnlyNonCommercially = !terms.permits(Permission.DISTRIBUTION) && terms.permits(Permission.SHARING);
    if (original.kind() == LicenseKind.UNSPECIFIED || terms.permits().isEmpty()) {
      return noPermission(original).orElseThrow();
    }
    if (!terms.permits(Permission.DISTRIBUTION) && !sharesOnlyNonCommercially) {
      return new Verdict(Cell.FORBIDDEN, LicenseRules.COLLECTION_NO_DISTRIBUTION,
          original.shortName() + " does not permit sharing the work itself");
    }
    if (original.kind() == LicenseKind.CC_DEVNATIONS) {
      return noPermission(original).orElseThrow();
    }
    Optional<Verdict> refusal = notApplicable(original, candidate);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    boolean nonCommercial = !terms.allowsCommercialUse() || sharesOnlyNonCommercially;
    if (nonCommercial && candidate.terms().allowsCommercialUse()) {
      return new Verdict(Cell.FORBIDDEN, LicenseRules.COLLECTION_NONCOMMERCIAL,
          original.shortName() + " is NonCommercial, so the collection must be NonCommercial, and "
              + candidate.shortName() + " is not");
    }
    return new Verdict(Cell.RECOMMENDED, LicenseRules.COLLECTION_NONCOMMERCIAL,
        candidate.shortName() + " may license a collection including " + original.shortName());
  }

  static double version(License license) {
    try {
      return Double.parseDouble(license.version().orElse("0"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static String label(ChartFamily family) {
    return family == ChartFamily.PD ? "PD" : family.name().replace('_', '-');
  }
}
