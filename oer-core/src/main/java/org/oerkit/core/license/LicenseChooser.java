package org.oerkit.core.license;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * Chooses a licence: by the Creative Commons chooser's questions, or by the question a policy asks, "which
 * licences satisfy this mandate?".
 *
 * <p>The chooser's questions and their mapping come from the legacy chooser ({@code cc-archive/cc.engine},
 * {@code classic_chooser.html}; the same enumerations in {@code cc/licenserdf/xml/questions.xml}): "Allow
 * adaptations of your work to be shared?" Yes / Yes, as long as others share alike / No, and "Allow
 * commercial uses of your work?" Yes / No, giving (yes, yes) BY, (share alike, yes) BY-SA, (no, yes) BY-ND,
 * (yes, no) BY-NC, (share alike, no) BY-NC-SA, (no, no) BY-NC-ND. The current chooser
 * ({@code creativecommons/chooser}) first asks "Require attribution for your work?", where No leads to
 * CC0, and offers only the 4.0 licences and CC0 1.0.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LicenseChooser {

  /** The answers to "Allow adaptations of your work to be shared?". */
  public enum Adaptations {
    /** Yes. */
    YES,
    /** Yes, as long as others share alike (ShareAlike). */
    SHARE_ALIKE,
    /** No (NoDerivatives). */
    NO
  }

  /**
   * The licences a policy may mandate for new material: the six 4.0 licences, CC0 1.0, the Free Art
   * License 1.3, the GPL 3.0 and the GFDL 1.3, in that order.
   */
  public static final List<License> CURRENT = ImmutableList.of(Licenses.CC_BY_4_0, Licenses.CC_BY_SA_4_0,
      Licenses.CC_BY_NC_4_0, Licenses.CC_BY_ND_4_0, Licenses.CC_BY_NC_SA_4_0, Licenses.CC_BY_NC_ND_4_0,
      Licenses.CC0_1_0, Licenses.FREE_ART_1_3, Licenses.GPL_3_0, Licenses.GFDL_1_3);

  private LicenseChooser() {}

  /**
   * Chooses the 4.0 licence that answers the chooser's two questions.
   *
   * @param adaptations  the answer to "Allow adaptations of your work to be shared?", not null
   * @param commercialUse  the answer to "Allow commercial uses of your work?"
   * @return the licence, such as {@link Licenses#CC_BY_SA_4_0} for (share alike, yes)
   */
  public static License choose(Adaptations adaptations, boolean commercialUse) {
    requireNonNull(adaptations, "adaptations");
    switch (adaptations) {
      case YES:
        return commercialUse ? Licenses.CC_BY_4_0 : Licenses.CC_BY_NC_4_0;
      case SHARE_ALIKE:
        return commercialUse ? Licenses.CC_BY_SA_4_0 : Licenses.CC_BY_NC_SA_4_0;
      default:
        return commercialUse ? Licenses.CC_BY_ND_4_0 : Licenses.CC_BY_NC_ND_4_0;
    }
  }

  /**
   * Chooses as the current chooser does: without attribution, CC0; otherwise the 4.0 licence that answers
   * the two questions.
   *
   * @param attribution  the answer to "Require attribution for your work?"
   * @param adaptations  the answer to "Allow adaptations of your work to be shared?", not null
   * @param commercialUse  the answer to "Allow commercial uses of your work?"
   * @return the licence
   */
  public static License choose(boolean attribution, Adaptations adaptations, boolean commercialUse) {
    requireNonNull(adaptations, "adaptations");
    return attribution ? choose(adaptations, commercialUse) : Licenses.CC0_1_0;
  }

  /**
   * Gets the current licences that satisfy a mandate, such as "open under UNESCO 2019 and allowing
   * commercial use": {@code Openness.UNESCO_2019.and(License::allowsCommercialUse)}.
   *
   * @param mandate  the condition a licence must meet, not null
   * @return the licences of {@link #CURRENT} that meet it, in that order
   */
  public static List<License> satisfying(Predicate<? super License> mandate) {
    return satisfying(mandate, CURRENT);
  }

  /**
   * Gets the licences among the given ones that satisfy a mandate.
   *
   * @param mandate  the condition a licence must meet, not null
   * @param among  the licences to consider, such as {@link Licenses#all()}, not null
   * @return the licences that meet it, in the given order
   */
  public static List<License> satisfying(Predicate<? super License> mandate, Collection<License> among) {
    requireNonNull(mandate, "mandate");
    requireNonNull(among, "among");
    return among.stream().filter(mandate).collect(ImmutableList.toImmutableList());
  }
}
