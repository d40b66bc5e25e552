package org.oerkit.core.license;

import java.net.URI;

/**
 * A right a licence grants, in Creative Commons' ccREL vocabulary ({@code cc:Permission}).
 *
 * <p>Source: the ccREL schema, {@code cc_legal_tools/static/rdf/schema.rdf} in
 * {@code creativecommons/cc-legal-tools-app}, and the W3C Member Submission "ccREL: The Creative Commons
 * Rights Expression Language" (1 May 2008). The comments quoted below are the schema's {@code rdfs:comment}.
 */
public enum Permission {
  /** {@code cc:Reproduction}: "making multiple copies". */
  REPRODUCTION("Reproduction", "making multiple copies"),
  /** {@code cc:Distribution}: "distribution, public display, and publicly performance". */
  DISTRIBUTION("Distribution", "distribution, public display, and publicly performance"),
  /**
   * {@code cc:DerivativeWorks}: "distribution of derivative works". NoDerivatives licences do not permit it,
   * although BY-ND 4.0 lets you make adaptations for private use (legal code section 2(a)(1)(B)).
   */
  DERIVATIVE_WORKS("DerivativeWorks", "distribution of derivative works"),
  /**
   * {@code cc:Sharing}: "permits commercial derivatives, but only non-commercial distribution"; used only by
   * the retired Sampling Plus licence.
   */
  SHARING("Sharing", "permits commercial derivatives, but only non-commercial distribution");

  private final String term;
  private final String description;

  Permission(String term, String description) {
    this.term = term;
    this.description = description;
  }

  /**
   * Gets the local name of the ccREL term.
   *
   * @return the term, such as {@code "DerivativeWorks"}
   */
  public String term() {
    return term;
  }

  /**
   * Gets the full URI of the ccREL term.
   *
   * @return the URI, such as {@code http://creativecommons.org/ns#DerivativeWorks}
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
   * @return the prefixed name, such as {@code "cc:DerivativeWorks"}
   */
  @Override
  public String toString() {
    return "cc:" + term;
  }
}
