package org.oerkit.core.license;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Finding;
import org.oerkit.core.Report;
import org.oerkit.core.Severity;

/**
 * Whether works under the given licences may be put together in the given way, and under which licences
 * the result may go out, with a reason citing the rule for every refusal.
 *
 * <p>For an {@linkplain CombinationMode#ADAPTATION adaptation} the licences the result may carry are those
 * every input's rules permit (the intersection, over the inputs, of the cells of the Creative Commons
 * adapter's license chart and of the ShareAlike version rules; see {@link LicenseRules}); if any input is
 * ShareAlike, a licence must also carry every restriction of every input, since ShareAlike forbids adding
 * restrictions to the adaptation (BY-SA 4.0 section 3(b)(3)). This reproduces the Creative Commons remix
 * chart cell by cell: BY-SA and BY-NC may not be remixed, BY and BY-NC may (as BY-NC, BY-NC-SA or
 * BY-NC-ND), any NoDerivatives input makes adaptation impossible. "Recommended" licences are those green
 * for every input; the others are "permitted but not recommended" (the chart's yellow cells). For a
 * {@linkplain CombinationMode#COLLECTION collection} only the NonCommercial restriction and the permission
 * to share each work matter (Creative Commons FAQ, collection table).
 *
 * <p>The answer depends only on the set of distinct input licences, so combining is commutative,
 * associative and idempotent ({@link #plus(Compatibility)}), public-domain inputs change nothing, and
 * 100,000 inputs cost one pass to find the few distinct licences. The licences considered for the result
 * are the current ones (the six 4.0 licences, CC0 1.0, the Free Art License 1.3, the GPL 3.0, the GFDL 1.3),
 * the later versions a ShareAlike input allows, and the inputs' own licences, unless the caller names the
 * candidates.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Compatibility {

  private static final Comparator<License> BY_ID = Comparator.comparing(License::id);

  Compatibility() {}

  /**
   * Obtains the answer for works under the given licences, put together into one adaptation (a remix).
   *
   * @param licenses  the licences of the works, in any order, repeats allowed, not null
   * @return the answer
   */
  public static Compatibility adaptation(License... licenses) {
    return of(CombinationMode.ADAPTATION, Arrays.asList(licenses));
  }

  /**
   * Obtains the answer for works under the given licences, put together as a collection that keeps them
   * separate and unmodified.
   *
   * @param licenses  the licences of the works, in any order, repeats allowed, not null
   * @return the answer
   */
  public static Compatibility collection(License... licenses) {
    return of(CombinationMode.COLLECTION, Arrays.asList(licenses));
  }

  /**
   * Obtains the answer for works under the given licences, put together in the given way; the result
   * licences are chosen among the current licences and the inputs' own.
   *
   * @param mode  how the works are put together, not null
   * @param licenses  the licences of the works, one per work or already distinct, not null
   * @return the answer
   */
  public static Compatibility of(CombinationMode mode, Iterable<License> licenses) {
    requireNonNull(mode, "mode");
    return create(mode, distinct(licenses), List.of());
  }

  /**
   * Obtains the answer for works under the given licences, with the result licences chosen among the
   * given candidates only.
   *
   * @param mode  how the works are put together, not null
   * @param licenses  the licences of the works, not null
   * @param candidates  the licences the result might carry, not empty, not null
   * @return the answer
   * @throws DomainRuleException if no candidate is given
   */
  public static Compatibility of(CombinationMode mode, Iterable<License> licenses, Collection<License> candidates) {
    requireNonNull(mode, "mode");
    requireNonNull(licenses, "licenses");
    requireNonNull(candidates, "candidates");
    if (candidates.isEmpty()) {
      throw new DomainRuleException("Compatibility", "requestedCandidates",
          "must name at least one license the result might carry", "[]");
    }
    return create(mode, distinct(licenses), ImmutableList.copyOf(new LinkedHashSet<>(candidates)));
  }

  /**
   * Obtains the answer for works, put together in the given way, from their licences.
   *
   * @param mode  how the works are put together, not null
   * @param works  the works, not null
   * @return the answer
   */
  public static Compatibility ofWorks(CombinationMode mode, Iterable<LicensedWork> works) {
    requireNonNull(mode, "mode");
    requireNonNull(works, "works");
    Set<License> licenses = new HashSet<>();
    for (LicensedWork work : works) {
      licenses.add(work.license());
    }
    return of(mode, licenses);
  }

  /**
   * May material under {@code original} be adapted and the adaptation released under {@code adapterLicense}?
   *
   * <p>{@link #isAllowed()} answers; {@link #isRecommended()} says whether the adapter's license chart shows
   * the cell green rather than yellow; {@link #reasons()} cites the rule of a refusal or a yellow cell.
   *
   * @param original  the licence of the material, not null
   * @param adapterLicense  the licence wanted for the adaptation, not null
   * @return the answer
   */
  public static Compatibility adapt(License original, License adapterLicense) {
    return of(CombinationMode.ADAPTATION, List.of(original), List.of(adapterLicense));
  }

  private static Compatibility create(CombinationMode mode, List<License> inputs, List<License> candidates) {
    requireNonNull(mode, "mode");
    return ImmutableCompatibility.builder()
        .mode(mode)
        .inputs(inputs)
        .requestedCandidates(candidates)
        .build();
  }

  private static List<License> distinct(Iterable<License> licenses) {
    requireNonNull(licenses, "licenses");
    Set<License> distinct = new HashSet<>();
    for (License license : licenses) {
      distinct.add(requireNonNull(license, "license"));
    }
    List<License> sorted = new ArrayList<>(distinct);
    sorted.sort(BY_ID);
    return sorted;
  }

  /**
   * Gets how the works are put together.
   *
   * @return the mode
   */
  public abstract CombinationMode mode();

  /**
   * Gets the distinct licences of the works, ordered by identifier.
   *
   * @return the licences, possibly empty
   */
  public abstract List<License> inputs();

  /**
   * Gets the licences the caller named as the only candidates for the result.
   *
   * @return the named candidates, or empty when the current licences and the inputs' own are considered
   */
  public abstract List<License> requestedCandidates();

  /**
   * Gets the licences considered for the result.
   *
   * @return the candidates, in the order of the requested candidates or, by default, the current licences
   *     first and then the inputs' own
   */
  @Value.Lazy
  public List<License> candidates() {
    if (!requestedCandidates().isEmpty()) {
      return requestedCandidates();
    }
    Set<License> candidates = new LinkedHashSet<>(List.of(Licenses.CC_BY_4_0, Licenses.CC_BY_SA_4_0,
        Licenses.CC_BY_NC_4_0, Licenses.CC_BY_ND_4_0, Licenses.CC_BY_NC_SA_4_0, Licenses.CC_BY_NC_ND_4_0,
        Licenses.CC0_1_0, Licenses.FREE_ART_1_3, Licenses.GPL_3_0, Licenses.GFDL_1_3));
    for (License input : inputs()) {
      laterVersions(input).forEach(candidates::add);
    }
    for (License input : inputs()) {
      if (input.kind() != LicenseKind.ALL_RIGHTS_RESERVED && input.kind() != LicenseKind.UNSPECIFIED
          && input.kind() != LicenseKind.PUBLIC_DOMAIN_MARK) {
        candidates.add(input);
      }
    }
    return ImmutableList.copyOf(candidates);
  }

  /**
   * The later generic versions with the same License Elements, newest first, that a ShareAlike input after
   * 1.0 allows: "a later version of this License with the same License Elements" (BY-SA 2.0 and 2.5 legal
   * code section 4(b); BY-SA 3.0 section 4(b)(ii)), so that a remix of BY-SA 2.0 and 2.5 material may go out
   * under BY-SA 2.5, 3.0 or 4.0.
   */
  private static List<License> laterVersions(License input) {
    if (!input.isCreativeCommons() || !input.requiresShareAlike() || CompatibilityRules.version(input) < 2.0) {
      return List.of();
    }
    List<License> later = new ArrayList<>();
    for (String version : List.of("3.0", "2.5", "2.0")) {
      if (Double.parseDouble(version) > CompatibilityRules.version(input)) {
        Licenses.find(input.kind(), version, java.util.Optional.empty()).ifPresent(later::add);
      }
    }
    return later;
  }

  /**
   * Gets the licences the result may carry, the recommended ones first.
   *
   * @return the licences, empty if the combination is not allowed
   */
  @Value.Lazy
  public List<License> licenses() {
    Set<License> permitted = permitted(false);
    List<License> recommended = recommendedLicenses();
    List<License> licenses = new ArrayList<>(recommended);
    for (License candidate : candidates()) {
      if (permitted.contains(candidate) && !recommended.contains(candidate)) {
        licenses.add(candidate);
      }
    }
    return ImmutableList.copyOf(licenses);
  }

  /**
   * Gets the licences the result may carry that every input's chart shows green.
   *
   * @return the recommended licences, in candidate order, possibly empty
   */
  @Value.Lazy
  public List<License> recommendedLicenses() {
    Set<License> recommended = permitted(true);
    return candidates().stream().filter(recommended::contains).collect(ImmutableList.toImmutableList());
  }

  /**
   * Gets the licences the result may carry although the chart does not recommend them (yellow cells).
   *
   * @return the licences, possibly empty
   */
  public List<License> permittedButNotRecommended() {
    List<License> recommended = recommendedLicenses();
    return licenses().stream().filter(l -> !recommended.contains(l)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Checks whether the works may be put together in this way and the result released under some licence.
   *
   * @return true if allowed
   */
  public boolean isAllowed() {
    return !licenses().isEmpty();
  }

  /**
   * Checks whether some licence the result may carry is recommended, that is green for every input.
   *
   * @return true if some licence is recommended
   */
  public boolean isRecommended() {
    return !recommendedLicenses().isEmpty();
  }

  /**
   * Gets the reasons: for a refusal, one error per conflict citing its rule; for an allowed combination
   * whose named candidates are only permitted but not recommended, a warning per yellow cell.
   *
   * @return the reasons, each with its rule and the rule's source
   */
  @Value.Lazy
  public Report reasons() {
    List<Finding> findings = new ArrayList<>();
    if (!isAllowed()) {
      refusals(findings);
    } else if (!requestedCandidates().isEmpty()) {
      for (License candidate : permittedButNotRecommended()) {
        for (int i = 0; i < inputs().size(); i++) {
          License input = inputs().get(i);
          CompatibilityRules.Verdict verdict = verdict(input, candidate);
          if (verdict.cell == CompatibilityRules.Cell.NOT_RECOMMENDED) {
            findings.add(Finding.of(verdict.rule, Severity.WARNING, pointer(i),
                input.id() + " to " + candidate.id() + ": " + sentence(verdict.message)));
          }
        }
      }
    }
    return Report.of(findings);
  }

  /**
   * Combines with the answer for more works put together in the same way: the answer for all their
   * licences. The operation is commutative, associative and idempotent.
   *
   * @param other  the other answer, with the same mode and the same requested candidates, not null
   * @return the answer for the union of the inputs
   * @throws DomainRuleException if the modes or the requested candidates differ
   */
  public Compatibility plus(Compatibility other) {
    requireNonNull(other, "other");
    if (other.mode() != mode()) {
      throw new DomainRuleException("Compatibility", "mode", "must be the same for both answers to combine them "
          + "(" + mode() + ")", other.mode().toString());
    }
    if (!other.requestedCandidates().equals(requestedCandidates())) {
      throw new DomainRuleException("Compatibility", "requestedCandidates",
          "must be the same for both answers to combine them", other.requestedCandidates().toString());
    }
    List<License> union = new ArrayList<>(inputs());
    union.addAll(other.inputs());
    return create(mode(), distinct(union), requestedCandidates());
  }

  /**
   * Combines with one more work's licence.
   *
   * @param license  the licence, not null
   * @return the answer for the inputs and this licence
   */
  public Compatibility plus(License license) {
    requireNonNull(license, "license");
    List<License> union = new ArrayList<>(inputs());
    union.add(license);
    return create(mode(), distinct(union), requestedCandidates());
  }

  private CompatibilityRules.Verdict verdict(License input, License candidate) {
    return mode() == CombinationMode.ADAPTATION
        ? CompatibilityRules.adapt(input, candidate)
        : CompatibilityRules.collect(input, candidate);
  }

  /** The candidates that every input permits (or recommends), after the ShareAlike restriction rule. */
  private Set<License> permitted(boolean recommendedOnly) {
    Set<License> result = new LinkedHashSet<>(candidates());
    for (License input : inputs()) {
      result.retainAll(permittedBy(input, recommendedOnly));
    }
    if (mode() == CombinationMode.ADAPTATION) {
      result.removeIf(candidate -> addsRestriction(inputs(), candidate));
    }
    return result;
  }

  private Set<License> permittedBy(License input, boolean recommendedOnly) {
    Set<License> permitted = new HashSet<>();
    for (License candidate : candidates()) {
      CompatibilityRules.Verdict verdict = verdict(input, candidate);
      if (recommendedOnly ? verdict.cell == CompatibilityRules.Cell.RECOMMENDED : verdict.isPermitted()) {
        permitted.add(candidate);
      }
    }
    return permitted;
  }

  /** ShareAlike forbids an adapter's licence that lacks a restriction some input imposes. */
  private static boolean addsRestriction(Collection<License> inputs, License candidate) {
    if (inputs.stream().noneMatch(License::requiresShareAlike)) {
      return false;
    }
    Set<Prohibition> restrictions = EnumSet.noneOf(Prohibition.class);
    inputs.forEach(input -> restrictions.addAll(input.terms().prohibits()));
    return !candidate.terms().prohibits().containsAll(restrictions);
  }

  private void refusals(List<Finding> findings) {
    Map<License, Set<License>> permitted = new HashMap<>();
    for (int i = 0; i < inputs().size(); i++) {
      License input = inputs().get(i);
      permitted.put(input, permittedBy(input, false));
      if (permitted.get(input).isEmpty()) {
        License someCandidate = candidates().get(0);
        CompatibilityRules.Verdict verdict = verdict(input, someCandidate);
        findings.add(Finding.of(verdict.rule, Severity.ERROR, pointer(i), input.id() + ": " + sentence(verdict.message)));
      }
    }
    if (!findings.isEmpty()) {
      return;
    }
    for (int i = 0; i < inputs().size(); i++) {
      for (int j = i + 1; j < inputs().size(); j++) {
        pairRefusals(inputs().get(i), inputs().get(j), pointer(j), permitted, findings);
      }
    }
    if (findings.isEmpty()) {
      findings.add(Finding.of(LicenseRules.NO_COMMON_LICENSE, Severity.ERROR, "/inputs",
          "No license among " + candidates().stream().map(License::id).collect(Collectors.joining(", "))
              + " is permitted by every input."));
    }
  }

  /** The location of a finding about an input: its JSON Pointer among the {@link #inputs()}. */
  private static String pointer(int input) {
    return "/inputs/" + input;
  }

  /** The refusals of a pair of inputs, located at the later one, which is the one that cannot join. */
  private void pairRefusals(License a, License b, String location, Map<License, Set<License>> permitted,
      List<Finding> findings) {
    Set<License> common = new LinkedHashSet<>(permitted.get(a));
    common.retainAll(permitted.get(b));
    List<License> pair = List.of(a, b);
    boolean charted = a.kind().isCharted() && b.kind().isCharted() && mode() == CombinationMode.ADAPTATION;
    if (common.isEmpty()) {
      BiFunction<License, License, Finding> explain = (x, y) -> {
        for (License wanted : candidates()) {
          if (permitted.get(y).contains(wanted)) {
            CompatibilityRules.Verdict verdict = verdict(x, wanted);
            List<String> allowed = candidates().stream().filter(permitted.get(y)::contains).map(License::shortName)
                .collect(Collectors.toList());
            String either = allowed.size() == 1 ? allowed.get(0)
                : String.join(", ", allowed.subList(0, allowed.size() - 1)) + " or " + allowed.get(allowed.size() - 1);
            return Finding.of(verdict.rule, Severity.ERROR, location, sentence(verdict.message) + " An adaptation of "
                + y.shortName() + " material may carry only " + either + ", and " + x.shortName() + " allows "
                + (allowed.size() == 1 ? "not that one." : "none of them."));
          }
        }
        return null;
      };
      Finding first = explain.apply(a, b);
      Finding second = explain.apply(b, a);
      if (first != null) {
        findings.add(first);
      }
      if (second != null && (first == null || !first.rule().equals(second.rule()))) {
        findings.add(second);
      }
    } else if (mode() == CombinationMode.ADAPTATION && common.stream().allMatch(c -> addsRestriction(pair, c))) {
      License shareAlike = a.requiresShareAlike() ? a : b;
      License other = shareAlike == a ? b : a;
      findings.add(Finding.of(LicenseRules.SHARE_ALIKE_NO_ADDED_RESTRICTIONS, Severity.ERROR, location,
          shareAlike.id() + " requires ShareAlike, and the restrictions of " + other.id() + " (it prohibits "
              + other.terms().prohibits().stream().map(Prohibition::description).collect(Collectors.joining(" and "))
              + ") would apply to the adaptation on top of every license it allows."));
    } else {
      return;
    }
    if (charted && !a.kind().equals(b.kind())) {
      findings.add(Finding.of(LicenseRules.REMIX_CHART, Severity.ERROR, location,
          "The remix chart marks " + CompatibilityRules.label(CompatibilityRules.family(a)) + " and "
              + CompatibilityRules.label(CompatibilityRules.family(b)) + " with a cross."));
    }
  }

  private static String sentence(String message) {
    return Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
  }

  /**
   * Formats the answer on one line, such as
   * {@code ADAPTATION of [CC-BY-4.0, CC-BY-NC-4.0]: allowed under [CC-BY-NC-4.0, ...]}.
   *
   * @return the answer as text
   */
  @Override
  public String toString() {
    return mode() + " of " + inputs() + (isAllowed() ? ": allowed under " + licenses() : ": not allowed");
  }
}
