package org.oerkit.core.license;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.oerkit.core.DomainRuleException;

/**
 * The standard catalogue of licences, with constants for the common ones.
 *
 * <p>The catalogue holds every Creative Commons licence (BY, BY-SA, BY-NC, BY-ND, BY-NC-SA, BY-NC-ND) in
 * every version that exists (1.0, 2.0, 2.1 ports, 2.5, 3.0, 4.0) and every jurisdiction port including the
 * 3.0 IGO licences, the retired tools (NC, NC-SA, ND, ND-NC and SA 1.0, Sampling, Sampling Plus,
 * NonCommercial Sampling Plus, Developing Nations, Public Domain Certification), CC0 1.0 and the Public
 * Domain Mark 1.0, the Free Art License 1.3, the GPL 3.0 and the GFDL 1.3, and the "all rights reserved" and
 * "unspecified" markers. Source: the Creative Commons licence list, https://creativecommons.org/licenses/list.en.
 * Text is read into a licence by {@link License#parse(CharSequence)}, which also knows the user-defined
 * licences {@linkplain #register(License) registered} here.
 *
 * <p>This class is thread-safe; the standard catalogue is immutable and the registry only grows.
 */
public final class Licenses {

  /** Creative Commons Attribution 4.0 International. */
  public static final License CC_BY_4_0 = get("CC-BY-4.0");
  /** Creative Commons Attribution-ShareAlike 4.0 International. */
  public static final License CC_BY_SA_4_0 = get("CC-BY-SA-4.0");
  /** Creative Commons Attribution-NonCommercial 4.0 International. */
  public static final License CC_BY_NC_4_0 = get("CC-BY-NC-4.0");
  /** Creative Commons Attribution-NoDerivatives 4.0 International. */
  public static final License CC_BY_ND_4_0 = get("CC-BY-ND-4.0");
  /** Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International. */
  public static final License CC_BY_NC_SA_4_0 = get("CC-BY-NC-SA-4.0");
  /** Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International. */
  public static final License CC_BY_NC_ND_4_0 = get("CC-BY-NC-ND-4.0");
  /** Creative Commons Attribution 3.0 Unported. */
  public static final License CC_BY_3_0 = get("CC-BY-3.0");
  /** Creative Commons Attribution-ShareAlike 3.0 Unported. */
  public static final License CC_BY_SA_3_0 = get("CC-BY-SA-3.0");
  /** Creative Commons Attribution-NonCommercial 3.0 Unported. */
  public static final License CC_BY_NC_3_0 = get("CC-BY-NC-3.0");
  /** Creative Commons Attribution-NoDerivs 3.0 Unported. */
  public static final License CC_BY_ND_3_0 = get("CC-BY-ND-3.0");
  /** Creative Commons Attribution-NonCommercial-ShareAlike 3.0 Unported. */
  public static final License CC_BY_NC_SA_3_0 = get("CC-BY-NC-SA-3.0");
  /** Creative Commons Attribution-NonCommercial-NoDerivs 3.0 Unported. */
  public static final License CC_BY_NC_ND_3_0 = get("CC-BY-NC-ND-3.0");
  /** Creative Commons Attribution 3.0 IGO, used by UNESCO and other intergovernmental organizations. */
  public static final License CC_BY_3_0_IGO = get("CC-BY-3.0-IGO");
  /** Creative Commons Attribution-ShareAlike 3.0 IGO, the licence of many UNESCO publications. */
  public static final License CC_BY_SA_3_0_IGO = get("CC-BY-SA-3.0-IGO");
  /** Creative Commons Attribution-NonCommercial 3.0 IGO. */
  public static final License CC_BY_NC_3_0_IGO = get("CC-BY-NC-3.0-IGO");
  /** Creative Commons Attribution-NoDerivs 3.0 IGO, which has no SPDX id. */
  public static final License CC_BY_ND_3_0_IGO = get("https://creativecommons.org/licenses/by-nd/3.0/igo/");
  /** Creative Commons Attribution-NonCommercial-ShareAlike 3.0 IGO. */
  public static final License CC_BY_NC_SA_3_0_IGO = get("CC-BY-NC-SA-3.0-IGO");
  /** Creative Commons Attribution-NonCommercial-NoDerivs 3.0 IGO. */
  public static final License CC_BY_NC_ND_3_0_IGO = get("CC-BY-NC-ND-3.0-IGO");
  /** Creative Commons Attribution-ShareAlike 2.0 Generic. */
  public static final License CC_BY_SA_2_0 = get("CC-BY-SA-2.0");
  /** Creative Commons Attribution-ShareAlike 1.0 Generic. */
  public static final License CC_BY_SA_1_0 = get("CC-BY-SA-1.0");
  /** CC0 1.0 Universal, the public-domain dedication. */
  public static final License CC0_1_0 = get("CC0-1.0");
  /** The Public Domain Mark 1.0. */
  public static final License PDM_1_0 = get("CC-PDM-1.0");
  /** The Free Art License 1.3 (Licence Art Libre), SPDX {@code LAL-1.3}, two-way compatible with BY-SA 4.0. */
  public static final License FREE_ART_1_3 = get("LAL-1.3");
  /** The GNU General Public License 3.0 only, BY-SA 4.0's one-way compatible licence. */
  public static final License GPL_3_0 = get("GPL-3.0-only");
  /** The GNU Free Documentation License 1.3 only. */
  public static final License GFDL_1_3 = get("GFDL-1.3-only");
  /** An explicit "all rights reserved": no licence is granted. */
  public static final License ALL_RIGHTS_RESERVED = get("NONE");
  /** No licence is stated. */
  public static final License UNSPECIFIED = get("NOASSERTION");

  private Licenses() {}

  private static License get(String id) {
    return LicenseCatalog.standard().find(id).orElseThrow(() -> new IllegalStateException("no " + id));
  }

  /**
   * Gets every licence of the standard catalogue, current licences first.
   *
   * @return the licences
   */
  public static List<License> all() {
    return LicenseCatalog.standard().all();
  }

  /**
   * Registers a user-defined licence, so that {@link License#parse(CharSequence)} reads its
   * {@code LicenseRef-} id, as Joda-Money's {@code CurrencyUnit.registerCurrency} makes a currency known by
   * its code.
   *
   * <p>The id is the licence's identity, so one id names one definition: registering a licence again with
   * exactly the same attributes returns the one registered first, and a different definition under an id
   * already registered (other terms, names or URIs) is refused. Registration lasts as long as the class
   * loader; it is meant for the few licences an application defines, such as a national licence. Reading a
   * document that defines a licence in full does not register it.
   *
   * @param license  the licence, of kind {@link LicenseKind#CUSTOM}, not null
   * @return the registered licence
   * @throws DomainRuleException if the licence is not user-defined, or another definition is already
   *     registered under its id
   */
  public static License register(License license) {
    return LicenseCatalog.register(license);
  }

  /**
   * Finds the Creative Commons licence with the given elements, version and jurisdiction.
   *
   * @param kind  the kind, not null
   * @param version  the version, such as {@code "3.0"}, not null
   * @param jurisdiction  the port, or empty for the international, unported or generic licence, not null
   * @return the licence, or empty if Creative Commons published none
   */
  public static Optional<License> find(LicenseKind kind, String version, Optional<Jurisdiction> jurisdiction) {
    requireNonNull(kind, "kind");
    requireNonNull(version, "version");
    requireNonNull(jurisdiction, "jurisdiction");
    return all().stream()
        .filter(l -> l.kind() == kind && l.version().equals(Optional.of(version))
            && l.jurisdiction().equals(jurisdiction))
        .findFirst();
  }
}
