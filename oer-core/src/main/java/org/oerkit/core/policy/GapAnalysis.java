package org.oerkit.core.policy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.oerkit.core.Finding;
import org.oerkit.core.Report;
import org.oerkit.core.Rule;
import org.oerkit.core.Severity;
import org.oerkit.core.Texts;
import org.oerkit.core.instrument.ActionArea;
import org.oerkit.core.instrument.PolicySection;
import org.oerkit.core.instrument.PolicyTemplate;
import org.oerkit.core.instrument.SubAction;
import org.oerkit.core.instrument.TemplateField;
import org.oerkit.core.instrument.TemplateSection;
import org.oerkit.core.instrument.Instrument;
import org.oerkit.core.license.License;
import org.oerkit.core.vocabulary.Organization;

/**
 * The gap analysis of a policy draft against the UNESCO country OER policy template and the 2019 UNESCO
 * Recommendation on OER: a {@link Report} of findings, each with a severity, a location in the draft (the JSON
 * Pointer of the part in the draft's JSON form, such as {@code /workPlan/actions/2/lead} or
 * {@code /sectionTexts/LICENSE} for a section without text; a sub-action the draft does not address is
 * located at {@code /workPlan/actions}, where an action would address it) and the source paragraph of its
 * rule ({@link PolicyRules}); the {@link Coverage} of the 33 sub-actions; and a
 * side-by-side {@link PolicyComparison} of several drafts.
 *
 * <p>The Astana 2017 workshop set out to "identify existing gaps" in national policy frameworks (concept note,
 * section 1), and the 2019 UNESCO/COL "Guidelines on the development of OER policies" make gap analysis a
 * phase of policy design. The checks:
 * <ul>
 *   <li>{@code policy.duplicate-id}, {@code policy.unknown-objective},
 *       {@code policy.responsibility-outside-structure}, {@code policy.version-order}: identifiers and
 *       references between the parts of the draft, which construction does not check (see the package
 *       documentation);
 *   <li>{@code policy.section-missing}, {@code policy.section-empty}: a template section without text, or
 *       without the structured content a review needs; {@code policy.field-missing} for required fields
 *       of a user-supplied field list;
 *   <li>{@code policy.area-not-addressed}, {@code policy.sub-action-not-addressed}: areas and sub-actions of
 *       the 2019 Recommendation the draft does not address;
 *   <li>{@code policy.license-not-open}: a default or allowed licence that is not open under paragraphs 1
 *       and 2 of the 2019 Recommendation, such as a NoDerivatives licence;
 *   <li>{@code policy.public-funding-not-open}: the materials section does not open publicly funded
 *       materials (12(a));
 *   <li>{@code policy.action-without-lead}, {@code policy.lead-outside-structure},
 *       {@code policy.cost-without-funding}, {@code policy.dates-out-of-order}: the work plan;
 *   <li>{@code policy.objective-without-indicator}, {@code policy.indicator-incomplete}: monitoring (16);
 *   <li>{@code policy.capacity-not-linked-to-ict-cft}: capacity building and the ICT CFT;
 *   <li>{@code policy.not-yet-adopted}: the draft relies on an instrument (the ICT CFT version 3, a related
 *       instrument) or a licence version that did not yet exist on the date of its latest version;
 *   <li>{@code policy.license-retired}: the draft allows a retired Creative Commons tool without saying so
 *       ({@link LicenseMandate#keptRetired()}).
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GapAnalysis {

  private static final GapAnalysis STANDARD = new GapAnalysis(PolicyTemplate.unescoCountryTemplate());

  /** Where a gap in the coverage of the 2019 Recommendation is located: the actions that would close it. */
  private static final String COVERAGE = "/workPlan/actions";

  private final PolicyTemplate template;

  private GapAnalysis(PolicyTemplate template) {
    this.template = template;
  }

  /**
   * Obtains the gap analysis against the UNESCO country OER policy template, as shipped (no field list).
   *
   * @return the standard analysis
   */
  public static GapAnalysis standard() {
    return STANDARD;
  }

  /**
   * Obtains the gap analysis against a template, such as the UNESCO template with a user-supplied field
   * list.
   *
   * @param template  the template, not null
   * @return the analysis
   */
  public static GapAnalysis of(PolicyTemplate template) {
    return new GapAnalysis(requireNonNull(template, "template"));
  }

  /**
   * Gets the template drafts are compared with.
   *
   * @return the template
   */
  public PolicyTemplate template() {
    return template;
  }

  /**
   * Analyses a draft.
   *
   * @param draft  the draft, not null
   * @return the findings, in the order of the checks: identifiers and references between the draft's parts,
   *     sections, fields, materials, licences (openness, retired tools), capacity building, dates (what did not
   *     yet exist on the draft's date), work plan, monitoring, then coverage of the 2019 Recommendation
   */
  public Report analyze(PolicyDraft draft) {
    requireNonNull(draft, "draft");
    List<Finding> findings = new ArrayList<>();
    checkParts(draft, findings);
    checkSections(draft, findings);
    checkFields(draft, findings);
    checkMaterials(draft, findings);
    checkLicense(draft, findings);
    checkRetired(draft, findings);
    checkCapacity(draft, findings);
    checkDates(draft, findings);
    checkWorkPlan(draft, findings);
    checkMonitoring(draft, findings);
    checkCoverage(coverage(draft), findings);
    return Report.of(findings);
  }

  /**
   * Computes the coverage matrix of a draft against the 33 sub-actions.
   *
   * @param draft  the draft, not null
   * @return the coverage
   */
  public Coverage coverage(PolicyDraft draft) {
    requireNonNull(draft, "draft");
    Map<SubAction, Set<String>> planned = new HashMap<>();
    Map<SubAction, Set<String>> stated = new HashMap<>();
    for (WorkPlanAction action : draft.workPlan().actions()) {
      action.subActions().forEach(s -> add(planned, s, "work plan action " + action.id()));
    }
    for (Strategy strategy : draft.strategies()) {
      strategy.subActions().forEach(s -> add(stated, s, "strategy \"" + strategy.title() + "\""));
    }
    if (draft.openMaterials().map(OpenMaterials::isPubliclyFundedOpen).orElse(false)) {
      add(stated, SubAction.of("12(a)"), "section 4: publicly funded materials open");
    }
    draft.licenseMandate().filter(m -> !m.translatedInto().isEmpty()).ifPresent(m -> add(stated,
        SubAction.of("14(e)"), "section 5: licence available in " + m.translatedInto().stream()
            .map(Object::toString).collect(Collectors.joining(", "))));
    if (draft.capacityBuilding().map(c -> !c.measures().isEmpty()).orElse(false)) {
      add(stated, SubAction.of("11(b)"), "section 7: capacity-building measures");
    }
    ImmutableList.Builder<CoverageEntry> entries = ImmutableList.builder();
    for (SubAction s : SubAction.all()) {
      List<String> evidence = new ArrayList<>(planned.getOrDefault(s, Set.of()));
      evidence.addAll(stated.getOrDefault(s, Set.of()));
      CoverageStatus status = planned.containsKey(s) ? CoverageStatus.PLANNED
          : stated.containsKey(s) ? CoverageStatus.STATED : CoverageStatus.NOT_ADDRESSED;
      entries.add(CoverageEntry.of(s, status, evidence));
    }
    return ImmutableCoverage.builder().country(draft.country()).entries(entries.build()).build();
  }

  /**
   * Compares several drafts side by side.
   *
   * @param drafts  the drafts, in column order, not null
   * @return the comparison
   */
  public PolicyComparison compare(List<PolicyDraft> drafts) {
    requireNonNull(drafts, "drafts");
    return PolicyComparison.of(this, drafts);
  }

  private static void add(Map<SubAction, Set<String>> map, SubAction s, String evidence) {
    map.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(evidence);
  }

  /** The JSON Pointer of a section's text in a draft. */
  private static String pointer(PolicySection section) {
    return "/sectionTexts/" + section.name();
  }

  private static Finding finding(Rule rule, Severity severity, String location, String message) {
    return Finding.of(rule, severity, location, message);
  }

  // ---- identifiers and references between the parts of the draft ----

  private static void checkParts(PolicyDraft draft, List<Finding> findings) {
    for (int i = 1; i < draft.versions().size(); i++) {
      PolicyVersion earlier = draft.versions().get(i - 1);
      PolicyVersion version = draft.versions().get(i);
      if (version.date().isBefore(earlier.date())) {
        findings.add(finding(PolicyRules.VERSION_ORDER, Severity.ERROR, "/versions/" + i,
            "The version " + version.label() + " is dated " + version.date() + ", before " + earlier.label() + " of " + earlier.date()
                + " listed before it."));
      }
    }
    Set<String> objectives = new HashSet<>();
    for (int i = 0; i < draft.objectives().size(); i++) {
      duplicate(objectives, draft.objectives().get(i).id(), "objective", "/objectives/" + i, findings);
    }
    Set<String> indicators = new HashSet<>();
    for (int i = 0; i < draft.indicators().size(); i++) {
      MonitoringIndicator indicator = draft.indicators().get(i);
      duplicate(indicators, indicator.id(), "indicator", "/indicators/" + i, findings);
      for (String objective : indicator.objectives()) {
        if (!objectives.contains(objective)) {
          findings.add(finding(PolicyRules.UNKNOWN_OBJECTIVE, Severity.ERROR, "/indicators/" + i + "/objectives",
              "The indicator " + indicator.id() + " measures objective " + objective
                  + ", which the draft does not have."));
        }
      }
    }
    Set<String> actions = new HashSet<>();
    for (int i = 0; i < draft.workPlan().actions().size(); i++) {
      duplicate(actions, draft.workPlan().actions().get(i).id(), "work plan action", "/workPlan/actions/" + i,
          findings);
    }
    draft.coordination().ifPresent(structure -> {
      for (int i = 0; i < structure.responsibilities().size(); i++) {
        Responsibility r = structure.responsibilities().get(i);
        if (!structure.includes(r.organization())) {
          findings.add(finding(PolicyRules.RESPONSIBILITY_OUTSIDE_STRUCTURE, Severity.ERROR,
              "/coordination/responsibilities/" + i, "The responsibility \"" + r.duty() + "\" falls to "
                  + r.organization().displayName() + ", which is neither the lead nor a member."));
        }
      }
    });
  }

  private static void duplicate(Set<String> seen, String id, String part, String pointer, List<Finding> findings) {
    if (!seen.add(id)) {
      findings.add(finding(PolicyRules.DUPLICATE_ID, Severity.ERROR, pointer,
          "Another " + part + " of the draft has the identifier " + id + "."));
    }
  }

  // ---- sections and fields ----

  private void checkSections(PolicyDraft draft, List<Finding> findings) {
    for (PolicySection section : PolicySection.values()) {
      boolean hasText = draft.sectionText(section).isPresent();
      Optional<String> gap = structuredGap(draft, section);
      String pointer = pointer(section);
      String named = "Section " + section.number() + ", \"" + section.title() + "\",";
      if (!hasText && gap.isPresent()) {
        findings.add(finding(PolicyRules.sectionMissing(section), Severity.ERROR, pointer,
            named + " has no text, and the draft " + gap.get() + "."));
      } else if (!hasText) {
        findings.add(finding(PolicyRules.sectionMissing(section), Severity.WARNING, pointer,
            named + " has no text, although the draft has structured content for it."));
      } else if (gap.isPresent()) {
        findings.add(finding(PolicyRules.sectionEmpty(section), Severity.WARNING, pointer,
            named + " has text, but the draft " + gap.get() + "."));
      }
    }
  }

  /** What structured content a section lacks, as a phrase following "the draft", or empty. */
  static Optional<String> structuredGap(PolicyDraft draft, PolicySection section) {
    boolean empty = switch (section) {
      case CONTEXT -> draft.objectives().isEmpty();
      case SCOPE -> draft.scope().map(Scope::isEmpty).orElse(true);
      case POSITIONING -> draft.relatedInstruments().isEmpty();
      case MATERIALS -> draft.openMaterials().map(m -> m.categories().isEmpty()).orElse(true);
      case LICENSE -> draft.licenseMandate().isEmpty();
      case STRATEGIES -> draft.strategies().isEmpty();
      case CAPACITY_BUILDING -> draft.capacityBuilding().map(c -> c.measures().isEmpty()).orElse(true);
      case WORK_PLAN -> draft.workPlan().isEmpty();
      case COORDINATION -> draft.coordination().isEmpty();
      case FUNDING -> draft.workPlan().actions().stream().allMatch(a -> a.cost().isEmpty());
    };
    if (!empty) {
      return Optional.empty();
    }
    return Optional.of(switch (section) {
      case CONTEXT -> "states no measurable objective";
      case SCOPE -> "names no sector, setting of learning or stakeholder";
      case POSITIONING -> "names no related law or strategy";
      case MATERIALS -> "names no category of material to be openly licensed";
      case LICENSE -> "names no default licence";
      case STRATEGIES -> "names no strategy";
      case CAPACITY_BUILDING -> "names no capacity-building measure";
      case WORK_PLAN -> "has no work-plan action";
      case COORDINATION -> "names no coordinating structure";
      case FUNDING -> "costs no work-plan action";
    });
  }

  private void checkFields(PolicyDraft draft, List<Finding> findings) {
    for (TemplateSection section : template.sections()) {
      for (TemplateField field : section.fields()) {
        String value = draft.fieldValues().get(field.key());
        if (field.isRequired() && (value == null || Texts.isBlank(value))) {
          findings.add(finding(PolicyRules.FIELD_MISSING, Severity.WARNING, "/fieldValues/" + field.key(),
              "The required field \"" + field.label() + "\" of section " + section.section().number()
                  + " is not filled."));
        }
      }
    }
  }

  // ---- materials and capacity ----

  private static void checkMaterials(PolicyDraft draft, List<Finding> findings) {
    draft.openMaterials().filter(m -> !m.isPubliclyFundedOpen()).ifPresent(m -> findings.add(finding(
        PolicyRules.PUBLIC_FUNDING_NOT_OPEN, Severity.WARNING, "/openMaterials",
        "The draft does not require publicly funded educational materials to be openly licensed.")));
  }

  private static void checkLicense(PolicyDraft draft, List<Finding> findings) {
    if (draft.licenseMandate().isEmpty()) {
      return;
    }
    LicenseMandate mandate = draft.licenseMandate().get();
    if (!mandate.defaultLicense().isOpen()) {
      findings.add(finding(PolicyRules.LICENSE_NOT_OPEN, Severity.ERROR, "/licenseMandate/defaultLicense",
          "The default licence " + mandate.defaultLicense().id() + notOpenBecause(mandate.defaultLicense())));
    }
    for (int i = 0; i < mandate.alternatives().size(); i++) {
      License alternative = mandate.alternatives().get(i);
      if (!alternative.isOpen()) {
        findings.add(finding(PolicyRules.LICENSE_NOT_OPEN, Severity.WARNING, "/licenseMandate/alternatives/" + i,
            "The allowed alternative " + alternative.id() + notOpenBecause(alternative)));
      }
    }
  }

  private static void checkRetired(PolicyDraft draft, List<Finding> findings) {
    draft.licenseMandate().ifPresent(m -> m.allowed().stream()
        .filter(l -> l.isRetired() && !m.keptRetired().contains(l))
        .forEach(l -> findings.add(finding(PolicyRules.LICENSE_RETIRED, Severity.WARNING, "/licenseMandate",
            "The draft allows " + l.shortName() + " (" + l.id() + "), which Creative Commons retired on "
                + l.retiredOn().get() + ", without saying it keeps a retired tool on purpose."))));
  }

  /**
   * Reports what a draft relies on that did not yet exist on the date of its latest version: the ICT CFT
   * version 3 through the competencies it names, instruments it positions itself against, and the versions
   * of the licences it allows. Sub-actions of the 2019 Recommendation linked to strategies and actions are
   * the analyst's mapping for coverage, not the draft's citations, and are not checked.
   */
  private static void checkDates(PolicyDraft draft, List<Finding> findings) {
    if (draft.latestVersion().isEmpty()) {
      return;
    }
    LocalDate date = draft.latestVersion().get().date();
    if (draft.capacityBuilding().map(c -> !c.competencies().isEmpty()).orElse(false)
        && Instrument.ICT_CFT_VERSION_3.postdates(date)) {
      findings.add(finding(PolicyRules.NOT_YET_ADOPTED, Severity.WARNING, "/capacityBuilding/competencies",
          "The draft, dated " + date + ", names competencies of the " + Instrument.ICT_CFT_VERSION_3.title()
              + ", published in " + Instrument.ICT_CFT_VERSION_3.date() + ": it did not yet exist on that date."));
    }
    for (int i = 0; i < draft.relatedInstruments().size(); i++) {
      RelatedInstrument related = draft.relatedInstruments().get(i);
      Optional<Instrument> known = Instrument.findByTitle(related.title());
      if (known.isPresent() && known.get().postdates(date)) {
        findings.add(finding(PolicyRules.NOT_YET_ADOPTED, Severity.WARNING, "/relatedInstruments/" + i,
            "The draft, dated " + date + ", refers to " + known.get().title() + ", adopted "
                + known.get().date() + ": it did not yet exist on that date."));
      } else if (known.isEmpty() && related.year().isPresent() && related.year().getAsInt() > date.getYear()) {
        findings.add(finding(PolicyRules.NOT_YET_ADOPTED, Severity.WARNING, "/relatedInstruments/" + i,
            "The draft, dated " + date + ", refers to \"" + related.title() + "\" of " + related.year().getAsInt()
                + ", a later year."));
      }
    }
    draft.licenseMandate().ifPresent(m -> {
      for (License license : m.allowed()) {
        Optional<LocalDate> published = LicenseTimeline.publishedOn(license);
        if (published.isPresent() && date.isBefore(published.get())) {
          findings.add(finding(PolicyRules.NOT_YET_ADOPTED, Severity.WARNING, "/licenseMandate",
              "The draft, dated " + date + ", allows " + license.shortName() + ", whose version was published on "
                  + published.get() + "."));
        }
      }
    });
  }

  private static String notOpenBecause(License license) {
    return (license.terms().permits().isEmpty() ? " grants no rights to the public"
        : !license.allowsAdaptation() ? " does not allow adaptation" : " does not grant every right")
        + ", so it is not an open license under the 2019 Recommendation.";
  }

  private static void checkCapacity(PolicyDraft draft, List<Finding> findings) {
    draft.capacityBuilding().filter(c -> !c.isLinkedToIctFramework()).ifPresent(c -> findings.add(finding(
        PolicyRules.CAPACITY_NOT_LINKED_TO_ICT_CFT, Severity.INFO, "/capacityBuilding",
        "Capacity building names no competency of the UNESCO ICT Competency Framework for Teachers.")));
  }

  // ---- work plan ----

  private static void checkWorkPlan(PolicyDraft draft, List<Finding> findings) {
    if (draft.startYear().isPresent() && draft.endYear().isPresent()
        && draft.startYear().get().isAfter(draft.endYear().get())) {
      findings.add(finding(PolicyRules.DATES_OUT_OF_ORDER, Severity.ERROR, "/endYear",
          "The policy starts in " + draft.startYear().get() + " but ends in " + draft.endYear().get() + "."));
    }
    for (int i = 0; i < draft.workPlan().actions().size(); i++) {
      WorkPlanAction action = draft.workPlan().actions().get(i);
      String location = "/workPlan/actions/" + i;
      if (action.lead().isEmpty()) {
        findings.add(finding(PolicyRules.ACTION_WITHOUT_LEAD, Severity.ERROR, location,
            "The action " + action.id() + ", \"" + action.title() + "\", has no lead organization."));
      } else if (draft.coordination().isPresent() && !draft.coordination().get().includes(action.lead().get())) {
        Organization lead = action.lead().get();
        findings.add(finding(PolicyRules.LEAD_OUTSIDE_STRUCTURE, Severity.WARNING, location + "/lead",
            "The lead of action " + action.id() + ", " + lead.displayName()
                + ", is not part of the national coordinating structure."));
      }
      if (action.cost().isPresent() && !action.cost().get().isZero() && action.funding().isEmpty()) {
        findings.add(finding(PolicyRules.COST_WITHOUT_FUNDING, Severity.WARNING, location + "/cost",
            "The action " + action.id() + ", \"" + action.title() + "\", costs " + action.cost().get().format()
                + " but names no funding source."));
      }
      checkActionDates(draft, action, location, findings);
    }
  }

  private static void checkActionDates(PolicyDraft draft, WorkPlanAction action, String location,
      List<Finding> findings) {
    Optional<LocalDate> start = action.start();
    Optional<LocalDate> end = action.end();
    if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
      findings.add(finding(PolicyRules.DATES_OUT_OF_ORDER, Severity.ERROR, location + "/start",
          "The action " + action.id() + " starts on " + start.get() + ", after it ends on " + end.get() + "."));
    }
    for (int i = 0; i < action.milestones().size(); i++) {
      Milestone m = action.milestones().get(i);
      if (start.isPresent() && m.due().isBefore(start.get()) || end.isPresent() && m.due().isAfter(end.get())) {
        findings.add(finding(PolicyRules.DATES_OUT_OF_ORDER, Severity.WARNING, location + "/milestones/" + i,
            "The milestone \"" + m.title() + "\" is due on " + m.due() + ", outside the dates of action "
                + action.id() + "."));
      }
    }
    if (start.isPresent() && draft.startYear().isPresent()
        && start.get().getYear() < draft.startYear().get().getValue()
        || end.isPresent() && draft.endYear().isPresent() && end.get().getYear() > draft.endYear().get().getValue()) {
      findings.add(finding(PolicyRules.DATES_OUT_OF_ORDER, Severity.WARNING, location,
          "The action " + action.id() + " runs outside the policy horizon " + draft.startYear().map(Object::toString).orElse("?")
              + "-" + draft.endYear().map(Object::toString).orElse("?") + "."));
    }
  }

  // ---- monitoring ----

  private static void checkMonitoring(PolicyDraft draft, List<Finding> findings) {
    for (int o = 0; o < draft.objectives().size(); o++) {
      Objective objective = draft.objectives().get(o);
      boolean measured = draft.indicators().stream().anyMatch(i -> i.objectives().contains(objective.id()));
      if (!measured) {
        findings.add(finding(PolicyRules.OBJECTIVE_WITHOUT_INDICATOR, Severity.WARNING, "/objectives/" + o,
            "No indicator measures objective " + objective.id() + ", \"" + objective.statement().original()
                + "\"."));
      }
    }
    for (int i = 0; i < draft.indicators().size(); i++) {
      MonitoringIndicator indicator = draft.indicators().get(i);
      String location = "/indicators/" + i;
      if (indicator.baseline().isEmpty() || indicator.target().isEmpty()) {
        String lacks = indicator.baseline().isEmpty() && indicator.target().isEmpty()
            ? "neither a baseline nor a target" : indicator.baseline().isEmpty() ? "no baseline" : "no target";
        findings.add(finding(PolicyRules.INDICATOR_INCOMPLETE, Severity.WARNING, location,
            "The indicator " + indicator.id() + ", \"" + indicator.name() + "\", has " + lacks + "."));
      } else if (indicator.baseline().get().year().isAfter(indicator.target().get().year())) {
        findings.add(finding(PolicyRules.DATES_OUT_OF_ORDER, Severity.ERROR, location + "/target",
            "The baseline year of indicator " + indicator.id() + ", " + indicator.baseline().get().year() + " is after the target year "
                + indicator.target().get().year() + "."));
      }
    }
  }

  // ---- coverage of the 2019 Recommendation ----

  private static void checkCoverage(Coverage coverage, List<Finding> findings) {
    Map<ActionArea, List<SubAction>> missing = new EnumMap<>(ActionArea.class);
    for (CoverageEntry e : coverage.entries()) {
      if (!e.status().isAddressed()) {
        missing.computeIfAbsent(e.subAction().area(), a -> new ArrayList<>()).add(e.subAction());
      }
    }
    for (ActionArea area : ActionArea.values()) {
      List<SubAction> gaps = missing.getOrDefault(area, List.of());
      if (gaps.size() == area.subActions().size()) {
        findings.add(finding(PolicyRules.areaNotAddressed(area), Severity.WARNING, COVERAGE,
            "The draft addresses none of area " + area.number() + " (" + area.title() + "): " + gaps.stream().map(SubAction::id).collect(Collectors.joining(", "))
                + "."));
      } else {
        for (SubAction s : gaps) {
          findings.add(finding(PolicyRules.subActionNotAddressed(s), Severity.INFO, COVERAGE,
              "The draft does not address " + s.id() + ": " + s.summary() + "."));
        }
      }
    }
  }
}
