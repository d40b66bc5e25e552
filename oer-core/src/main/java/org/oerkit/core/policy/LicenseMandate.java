package org.oerkit.core.policy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.license.License;
import org.oerkit.core.vocabulary.LanguageTag;

/**
 * The open licence a policy draft adopts (template section 5, "What open licensee should be adopted?",
 * Astana 2017 concept note, Session 10): a default licence, the alternatives allowed, and the languages the
 * licence is available in.
 *
 * <p>Whether the default licence is open in the sense of paragraph 2 of the UNESCO Recommendation on OER
 * (2019) is checked by the {@link GapAnalysis} ({@code policy.license-not-open}), not refused here: a draft
 * that proposes a NoDerivatives licence is still a draft. The translations answer sub-action 14(e),
 * "faithful linguistic translation of open licences".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LicenseMandate {

  LicenseMandate() {}

  /**
   * Obtains a mandate with a default licence and no alternatives.
   *
   * @param defaultLicense  the default licence, not null
   * @return the mandate
   */
  public static LicenseMandate of(License defaultLicense) {
    return builder().defaultLicense(defaultLicense).build();
  }

  /**
   * Starts a builder.
   *

   *   * <p>Required: {@code defaultLicense}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the licence that applies unless an alternative is chosen.
   *
   * @return the default licence, such as CC BY 4.0
   */
  public abstract License defaultLicense();

  /**
   * Gets the other licences the policy allows.
   *
   * @return the alternatives, not including the default, possibly empty
   */
  public abstract List<License> alternatives();

  /**
   * Gets the languages the licence's deed or legal code is available in for the policy's users.
   *
   * @return the languages, possibly empty
   */
  public abstract Set<LanguageTag> translatedInto();

  /**
   * Gets the retired Creative Commons tools among the allowed licences that the draft keeps knowingly, as
   * it says: the gap analysis reports a retired tool only when it is not listed here.
   *
   * @return the tools, each allowed and retired, possibly empty
   */
  public abstract Set<License> keptRetired();

  /**
   * Gets the default licence followed by the alternatives.
   *
   * @return all the licences the policy allows
   */
  public List<License> allowed() {
    return ImmutableList.<License>builder().add(defaultLicense())
        .addAll(alternatives()).build();
  }

  @Value.Check
  void check() {
    if (alternatives().contains(defaultLicense())) {
      throw new DomainRuleException("LicenseMandate", "alternatives", "must not repeat the default licence",
          defaultLicense().id());
    }
    if (alternatives().stream().distinct().count() != alternatives().size()) {
      throw new DomainRuleException("LicenseMandate", "alternatives", "must not repeat a licence",
          alternatives().toString());
    }
    for (License kept : keptRetired()) {
      if (!kept.isRetired() || !allowed().contains(kept)) {
        throw new DomainRuleException("LicenseMandate", "keptRetired", "must list only retired tools it allows",
            kept.id());
      }
    }
  }

  /**
   * Builds a {@link LicenseMandate}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableLicenseMandate.Builder {
    Builder() {}
  }
}
