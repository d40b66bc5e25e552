package org.oerkit.core.policy;

import static java.util.Objects.requireNonNull;

import org.oerkit.core.Rule;
import org.oerkit.core.instrument.ActionArea;
import org.oerkit.core.instrument.PolicySection;
import org.oerkit.core.instrument.Recommendation2019;
import org.oerkit.core.instrument.SubAction;

/**
 * The rules of the {@link GapAnalysis} of a policy draft, each with its public source.
 *
 * <p>Rule identifiers are stable. Rules about one template section, one sub-action or one area carry that
 * section's, sub-action's or area's own source, so a finding cites the exact paragraph; they share the
 * identifier of their family, such as {@code policy.sub-action-not-addressed}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyRules {

  /** The citation of the template's sessions in the concept note. */
  static final String CONCEPT_NOTE = "Astana 2017 concept note";

  /** A required field the user supplied for the template is not filled. */
  public static final Rule FIELD_MISSING = Rule.of("policy.field-missing",
      "A draft fills every required field of the template's user-supplied field list.",
      "User-supplied field list of the UNESCO OER Country Policy template (the template's own field list is not "
          + "public)");

  /** The materials section does not make publicly funded materials open. */
  public static final Rule PUBLIC_FUNDING_NOT_OPEN = Rule.of("policy.public-funding-not-open",
      "Publicly funded educational materials are openly licensed or in the public domain.",
      Recommendation2019.CITATION + ", paragraph 12(a); Paris OER Declaration (2012), point (j)");

  /** The default or an allowed licence is not open under the 2019 Recommendation (a NoDerivatives licence). */
  public static final Rule LICENSE_NOT_OPEN = Rule.of("policy.license-not-open",
      "The licences a policy adopts grant access, re-use, re-purpose, adaptation and redistribution.",
      Recommendation2019.CITATION + ", paragraphs 1 and 2");

  /** A work-plan action names no lead organization. */
  public static final Rule ACTION_WITHOUT_LEAD = Rule.of("policy.action-without-lead",
      "Every work-plan action has exactly one lead organization.",
      CONCEPT_NOTE + ", Session 13 (division of responsibilities); " + Recommendation2019.CITATION
          + ", paragraph 12(a) (human resources for implementation)");

  /** A work-plan action's lead is not part of the coordinating structure. */
  public static final Rule LEAD_OUTSIDE_STRUCTURE = Rule.of("policy.lead-outside-structure",
      "The lead of every work-plan action belongs to the national coordinating structure.",
      CONCEPT_NOTE + ", Session 13 (national coordinating structure and division of responsibilities)");

  /** A costed work-plan action has no funding source. */
  public static final Rule COST_WITHOUT_FUNDING = Rule.of("policy.cost-without-funding",
      "Every costed work-plan action names at least one funding source.",
      CONCEPT_NOTE + ", Session 13 (cost estimation and sustainable funding strategies); "
          + Recommendation2019.CITATION + ", paragraph 14(b)");

  /** An objective has no indicator. */
  public static final Rule OBJECTIVE_WITHOUT_INDICATOR = Rule.of("policy.objective-without-indicator",
      "Every objective is measured by at least one monitoring indicator.",
      Recommendation2019.CITATION + ", paragraph 16(a)");

  /** An indicator lacks a baseline or a target. */
  public static final Rule INDICATOR_INCOMPLETE = Rule.of("policy.indicator-incomplete",
      "Every monitoring indicator has a baseline and a target, each with its year.",
      Recommendation2019.CITATION + ", paragraphs 16(a) and 16(c)");

  /** Dates are out of order. */
  public static final Rule DATES_OUT_OF_ORDER = Rule.of("policy.dates-out-of-order",
      "Starts come before ends: the policy horizon, each action, its milestones within it, and each "
          + "indicator's baseline before its target.",
      CONCEPT_NOTE + ", Sessions 13-14 (follow-up work plan)");

  /** Two objectives, two indicators or two work-plan actions of a draft share an identifier. */
  public static final Rule DUPLICATE_ID = Rule.of("policy.duplicate-id",
      "Objective, indicator and work-plan action identifiers are each unique in the draft.",
      "oerkit policy draft model: an identifier names the one part that indicators, findings and the JSON "
          + "format refer to (no UNESCO text sets this rule)");

  /** A version of the draft is dated before the version listed before it. */
  public static final Rule VERSION_ORDER = Rule.of("policy.version-order",
      "The version history lists the versions oldest first.",
      "oerkit policy draft model: the last version listed is the latest (no UNESCO text sets this rule)");

  /** An indicator measures an objective the draft does not have. */
  public static final Rule UNKNOWN_OBJECTIVE = Rule.of("policy.unknown-objective",
      "Every objective an indicator measures is an objective of the draft.",
      Recommendation2019.CITATION + ", paragraph 16(a)");

  /** A responsibility in the coordinating structure falls to an organization outside it. */
  public static final Rule RESPONSIBILITY_OUTSIDE_STRUCTURE = Rule.of("policy.responsibility-outside-structure",
      "Every responsibility in the national coordinating structure falls to its lead or one of its members.",
      CONCEPT_NOTE + ", Session 13 (national coordinating structure and division of responsibilities)");

  /** Capacity building does not point to the ICT Competency Framework for Teachers. */
  public static final Rule CAPACITY_NOT_LINKED_TO_ICT_CFT = Rule.of("policy.capacity-not-linked-to-ict-cft",
      "Capacity building names the competencies of the UNESCO ICT Competency Framework for Teachers it builds.",
      CONCEPT_NOTE + ", Session 11 (\"ICT Competency Standard for Teachers\"); UNESCO ICT CFT version 3 (2018)");

  /** A draft relies on an instrument or a licence version that did not yet exist on its date. */
  public static final Rule NOT_YET_ADOPTED = Rule.of("policy.not-yet-adopted",
      "A draft relies only on instruments and licence versions that existed on the date of its latest version.",
      "Adoption and publication dates of the reference instruments (org.oerkit.core.instrument.Instrument); "
          + LicenseTimeline.SOURCE);

  /** A draft allows a retired Creative Commons tool without saying it keeps it on purpose. */
  public static final Rule LICENSE_RETIRED = Rule.of("policy.license-retired",
      "A draft that allows a Creative Commons tool that Creative Commons has retired says so.",
      "Creative Commons, retired legal tools (cc-legal-tools-app legal_tools/models.py, UNITS_DEPRECATED; "
          + "cc:deprecatedOn in cc-legal-tools-data)");

  private PolicyRules() {}

  /**
   * Gets the rule that a template section has text, with the section's own source.
   *
   * @param section  the section, not null
   * @return the rule {@code policy.section-missing}
   */
  public static Rule sectionMissing(PolicySection section) {
    requireNonNull(section, "section");
    return Rule.of("policy.section-missing", "Every section of the UNESCO OER Country Policy template has text.",
        sectionSource(section));
  }

  /**
   * Gets the rule that a template section has the structured content a review needs, with the section's
   * own source.
   *
   * @param section  the section, not null
   * @return the rule {@code policy.section-empty}
   */
  public static Rule sectionEmpty(PolicySection section) {
    requireNonNull(section, "section");
    return Rule.of("policy.section-empty",
        "Every section of the template has the structured content a review needs, not only text.",
        sectionSource(section));
  }

  /**
   * Gets the rule that a draft addresses a sub-action of the 2019 Recommendation, with its paragraph.
   *
   * @param subAction  the sub-action, not null
   * @return the rule {@code policy.sub-action-not-addressed}
   */
  public static Rule subActionNotAddressed(SubAction subAction) {
    requireNonNull(subAction, "subAction");
    return Rule.of("policy.sub-action-not-addressed",
        "A draft addresses each sub-action of the 2019 Recommendation, or decides not to.", subAction.source());
  }

  /**
   * Gets the rule that a draft addresses each area of action of the 2019 Recommendation, with its paragraph.
   *
   * @param area  the area, not null
   * @return the rule {@code policy.area-not-addressed}
   */
  public static Rule areaNotAddressed(ActionArea area) {
    requireNonNull(area, "area");
    return Rule.of("policy.area-not-addressed",
        "A draft addresses at least one sub-action in each area of action of the 2019 Recommendation.",
        Recommendation2019.CITATION + ", paragraphs 10 and " + area.paragraph());
  }

  static String sectionSource(PolicySection section) {
    return "UNESCO OER Country Policy template, section " + section.number() + " (" + section.source() + ")";
  }
}
