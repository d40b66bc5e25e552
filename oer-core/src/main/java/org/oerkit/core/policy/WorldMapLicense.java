package org.oerkit.core.policy;

import org.oerkit.core.license.License;

/**
 * A licence code of the OER World Map ({@code license}, vocabulary {@code licenses.json}: fifteen codes).
 */
public enum WorldMapLicense implements WorldMapConcept {
  /** CC0. */
  CC0("https://oerworldmap.org/assets/json/licenses.json#cc0", "Creative Commons Public Domain Dedication"),
  /** CC BY. */
  CC_BY("https://oerworldmap.org/assets/json/licenses.json#cc-by", "Creative Commons Attribution"),
  /** CC BY-SA. */
  CC_BY_SA("https://oerworldmap.org/assets/json/licenses.json#cc-by-sa", "Creative Commons Attribution Share-Alike"),
  /** CC BY-NC. */
  CC_BY_NC("https://oerworldmap.org/assets/json/licenses.json#by-nc", "Creative Commons Attribution Non-Commercial"),
  /** CC BY-NC-SA. */
  CC_BY_NC_SA("https://oerworldmap.org/assets/json/licenses.json#by-nc-sa", "Creative Commons Attribution Non-Commercial Share-Alike"),
  /** CC BY-ND. */
  CC_BY_ND("https://oerworldmap.org/assets/json/licenses.json#by-nd", "Creative Commons Attribution No-Derivatives"),
  /** CC BY-NC-ND. */
  CC_BY_NC_ND("https://oerworldmap.org/assets/json/licenses.json#by-nc-nd", "Creative Commons Attribution Non-Commercial No-Derivatives"),
  /** A public-domain declaration other than CC0. */
  OTHER_PUBLIC_DOMAIN("https://oerworldmap.org/assets/json/licenses.json#other-pd", "Other (Public Domain)"),
  /** A non-CC attribution licence. */
  OTHER_BY("https://oerworldmap.org/assets/json/licenses.json#other-by", "Other (Attribution)"),
  /** A non-CC share-alike licence. */
  OTHER_SA("https://oerworldmap.org/assets/json/licenses.json#other-sa", "Other (Share-Alike)"),
  /** A non-CC non-commercial licence. */
  OTHER_NC("https://oerworldmap.org/assets/json/licenses.json#other-nc", "Other (Non-Commercial)"),
  /** A non-CC no-derivatives licence. */
  OTHER_ND("https://oerworldmap.org/assets/json/licenses.json#other-nd", "Other (No-Derivatives)"),
  /** All rights reserved. */
  COPYRIGHT("https://oerworldmap.org/assets/json/licenses.json#copyright", "Copyright"),
  /** Another open licence. */
  OTHER_OPEN("https://oerworldmap.org/assets/json/licenses.json#other-open", "Non-CC open license"),
  /** No licence stated. */
  UNSPECIFIED("https://oerworldmap.org/assets/json/licenses.json#unspecified", "Unspecified");

  /**
   * Obtains the World Map code of a licence, as {@link License#oerWorldMapCode()} classifies it.
   *
   * @param license  the licence, not null
   * @return the World Map licence code
   */
  public static WorldMapLicense of(License license) {
    return WorldMapConcept.of(WorldMapLicense.class,
        "https://oerworldmap.org/assets/json/licenses.json#" + license.oerWorldMapCode());
  }

  private final String worldMapId;
  private final String label;

  WorldMapLicense(String worldMapId, String label) {
    this.worldMapId = worldMapId;
    this.label = label;
  }

  @Override
  public String worldMapId() {
    return worldMapId;
  }

  @Override
  public String label() {
    return label;
  }
}
