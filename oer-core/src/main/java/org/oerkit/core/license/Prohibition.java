package org.oerkit.core.license;

import java.net.URI;

/**
 * A use a licence excludes from its permissions, in Creative Commons' ccREL vocabulary
 * ({@code cc:Prohibition}).
 *
 * <p>Source: the ccREL schema, {@code cc_legal_tools/static/rdf/schema.rdf} in
 * {@code creativecommons/cc-legal-tools-app}, and the W3C Member Submission "ccREL" (1 May 2008).
 */
public enum Prohibition {
  /** {@code cc:CommercialUse}: "exercising rights for commercial purposes" (the NonCommercial element). */
  COMMERCIAL_USE("CommercialUse", "exercising rights for commercial purposes"),
  /**
   * {@code cc:HighIncomeNationUse}: "use in a non-developing country"; used only by the retired Developing
   * Nations licence.
   */
  HIGH_INCOME_NATION_USE("HighIncomeNationUse", "use in a non-developing country");

  private final String term;
  private final String description;

  Prohibition(String term, String description) {
    this.term = term;
    this.description = description;
  }

  /**
   * Gets the local name of the ccREL term.
   *
   * @return the term, such as {@code "CommercialUse"}
   */
  public String term() {
    return term;
  }

  /**
   * Gets the full URI of the ccREL term.
   *
   * @return the URI, such as {@code http://creativecommons.org/ns#CommercialUse}
   */
  public URI uri() {
    return URI.create(LicenseTerms.CC_NAMESPACE + term);
  }

  /**
   * Gets what the term means, as the ccREL schema words it.
   *
   * @return the schema's comment
   */
  public String description() {
    return description;
  }

  /**
   * Gets the prefixed name, {@code cc:} and the term.
   *
   * @return the prefixed name, such as {@code "cc:CommercialUse"}
   */
  @Override
  public String toString() {
    return "cc:" + term;
  }
}
