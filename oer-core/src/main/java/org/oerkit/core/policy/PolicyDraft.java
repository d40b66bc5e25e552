package org.oerkit.core.policy;

import static java.util.Objects.requireNonNull;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.oerkit.core.Bounds;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.instrument.PolicySection;
import org.oerkit.core.instrument.PolicyTemplate;
import org.oerkit.core.instrument.Recommendation2019;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;
import org.oerkit.core.vocabulary.LocalizedText;
import org.oerkit.core.vocabulary.Organization;

/**
 * A draft national (or institutional) OER policy, written against the ten sections of the UNESCO country
 * OER policy template: the text of each section, and the structured parts a gap analysis needs.
 *
 * <p>A focal group drafts it at a workshop like Astana's (concept note "Expanding Open Educational Resources
 * for Lifelong Learning in Kazakhstan", 11-13 December 2017, Sessions 9-14); a UNESCO or COL officer reviews
 * it with {@link GapAnalysis} against the {@linkplain PolicyTemplate template} and the
 * {@linkplain Recommendation2019 2019 Recommendation}. A draft is a valid value even when sections are
 * missing: gaps are findings, not errors. Only a value that cannot be right whatever the draft's progress,
 * such as two objectives with one identifier, is refused.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PolicyDraft {

  PolicyDraft() {}

  /**
   * Starts a builder.
   *
   * <p>Required: {@code country},
   * {@code title}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the country the policy is for.
   *
   * @return the country, such as Kazakhstan
   */
  public abstract Country country();

  /**
   * Gets the title, in one or more languages.
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * Gets the status.
   *
   * @return the status
   */
  @Value.Default
  public PolicyStatus status() {
    return PolicyStatus.DRAFT;
  }

  /**
   * Gets the version history, oldest first; a version dated before the one listed above it is a finding of
   * {@link GapAnalysis}.
   *
   * @return the versions, in the draft's order, possibly empty
   */
  public abstract List<PolicyVersion> versions();

  /**
   * Gets the latest version.
   *
   * @return the last version, or empty if there is no history
   */
  public Optional<PolicyVersion> latestVersion() {
    return versions().isEmpty() ? Optional.empty() : Optional.of(versions().get(versions().size() - 1));
  }

  /**
   * Gets the body that drafts the policy.
   *
   * @return the drafting body, such as a national OER focal group, or empty
   */
  public abstract Optional<Organization> draftingBody();

  /**
   * Gets the first year the policy covers.
   *
   * @return the start year, from {@value Bounds#MIN_YEAR} to {@value Bounds#MAX_YEAR} ({@link Bounds}), or empty
   */
  public abstract Optional<Year> startYear();

  /**
   * Gets the last year the policy covers.
   *
   * @return the end year, from {@value Bounds#MIN_YEAR} to {@value Bounds#MAX_YEAR} ({@link Bounds}), or empty
   */
  public abstract Optional<Year> endYear();

  /**
   * Gets the languages the policy is written in, the original first.
   *
   * @return the languages, distinct, possibly empty
   */
  public abstract List<LanguageTag> languages();

  /**
   * Gets the text of each template section the draft has written.
   *
   * @return the texts by section, possibly empty
   */
  public abstract Map<PolicySection, LocalizedText> sectionTexts();

  /**
   * Gets the text of one section.
   *
   * @param section  the section, not null
   * @return the text, or empty if the draft has none
   */
  public Optional<LocalizedText> sectionText(PolicySection section) {
    return Optional.ofNullable(sectionTexts().get(requireNonNull(section, "section")));
  }

  /**
   * Gets the values of template fields the user supplied, by field key.
   *
   * @return the values by key, possibly empty
   * @see PolicyTemplate#withFields(PolicySection, List)
   */
  public abstract Map<String, String> fieldValues();

  /**
   * Gets the scope (section 2).
   *
   * @return the scope, or empty
   */
  public abstract Optional<Scope> scope();

  /**
   * Gets the related laws and strategies with their relations (section 3).
   *
   * @return the related instruments, possibly empty
   */
  public abstract List<RelatedInstrument> relatedInstruments();

  /**
   * Gets the materials to be openly licensed (section 4).
   *
   * @return the materials, or empty
   */
  public abstract Optional<OpenMaterials> openMaterials();

  /**
   * Gets the licence mandate (section 5).
   *
   * @return the licence mandate, or empty
   */
  public abstract Optional<LicenseMandate> licenseMandate();

  /**
   * Gets the strategies for use, re-use and sharing (section 6).
   *
   * @return the strategies, possibly empty
   */
  public abstract List<Strategy> strategies();

  /**
   * Gets the capacity building (section 7).
   *
   * @return the capacity building, or empty
   */
  public abstract Optional<CapacityBuilding> capacityBuilding();

  /**
   * Gets the national coordinating structure (section 9).
   *
   * @return the structure, or empty
   */
  public abstract Optional<CoordinatingStructure> coordination();

  /**
   * Gets the follow-up work plan (sections 8 and 10).
   *
   * @return the work plan, empty by default
   */
  @Value.Default
  public WorkPlan workPlan() {
    return WorkPlan.empty();
  }

  /**
   * Gets the measurable objectives (section 1).
   *
   * @return the objectives, possibly empty; two with one identifier are a finding of {@link GapAnalysis}
   */
  public abstract List<Objective> objectives();

  /**
   * Gets the monitoring and evaluation indicators.
   *
   * @return the indicators, possibly empty; two with one identifier, or one measuring an objective the
   *     draft does not have, are findings of {@link GapAnalysis}
   */
  public abstract List<MonitoringIndicator> indicators();

  /**
   * Gets how the OER World Map describes the policy.
   *
   * @return the description, or empty
   */
  public abstract Optional<WorldMapDescription> worldMap();

  @Value.Check
  void check() {
    startYear().ifPresent(y -> Bounds.requireYear("PolicyDraft", "startYear", y));
    endYear().ifPresent(y -> Bounds.requireYear("PolicyDraft", "endYear", y));
    if (languages().stream().distinct().count() != languages().size()) {
      throw new DomainRuleException("PolicyDraft", "languages", "must not repeat a language",
          languages().toString());
    }
  }

  /**
   * Builds a {@link PolicyDraft}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutablePolicyDraft.Builder {
    Builder() {}
  }
}
