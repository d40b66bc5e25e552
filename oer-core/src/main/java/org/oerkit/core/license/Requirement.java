package org.oerkit.core.license;

import java.net.URI;

/**
 * A condition a licence imposes on those who exercise its permissions, in Creative Commons' ccREL
 * vocabulary ({@code cc:Requirement}).
 *
 * <p>Source: the ccREL schema, {@code cc_legal_tools/static/rdf/schema.rdf} in
 * {@code creativecommons/cc-legal-tools-app}, and the W3C Member Submission "ccREL" (1 May 2008). The
 * comments quoted below are the schema's {@code rdfs:comment}.
 */
public enum Requirement {
  /** {@code cc:Notice}: "copyright and license notices be kept intact". */
  NOTICE("Notice", "copyright and license notices be kept intact"),
  /** {@code cc:Attribution}: "credit be given to copyright holder and/or author". */
  ATTRIBUTION("Attribution", "credit be given to copyright holder and/or author"),
  /**
   * {@code cc:ShareAlike}: "derivative works be licensed under the same terms or compatible terms as the
   * original work".
   */
  SHARE_ALIKE("ShareAlike",
      "derivative works be licensed under the same terms or compatible terms as the original work"),
  /**
   * {@code cc:SourceCode}: source code must be provided when exercising some rights; in the legacy RDF only
   * the GNU licences use it, never a Creative Commons licence.
   */
  SOURCE_CODE("SourceCode", "source code must be provided when exercising some rights"),
  /** {@code cc:Copyleft}: defined by the schema, used by no Creative Commons licence. */
  COPYLEFT("Copyleft", "derivative and combined works must be licensed under specified terms"),
  /** {@code cc:LesserCopyleft}: defined by the schema, used by no Creative Commons licence. */
  LESSER_COPYLEFT("LesserCopyleft", "derivative works must be licensed under specified terms");

  private final String term;
  private final String description;

  Requirement(String term, String description) {
    this.term = term;
    this.description = description;
  }

  /**
   * Gets the local name of the ccREL term.
   *
   * @return the term, such as {@code "ShareAlike"}
   */
  public String term() {
    return term;
  }

  /**
   * Gets the full URI of the ccREL term.
   *
   * @return the URI, such as {@code http://creativecommons.org/ns#ShareAlike}
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
   * @return the prefixed name, such as {@code "cc:ShareAlike"}
   */
  @Override
  public String toString() {
    return "cc:" + term;
  }
}
