package org.oerkit.core.license;

/**
 * David Wiley's 5Rs of openness: the activities a licence may let the public engage in.
 *
 * <p>Source: David Wiley, "Defining the 'Open' in Open Content and Open Educational Resources",
 * http://www.opencontent.org/definition/ (CC BY 4.0). {@link License#fiveRs()} says which of them a licence
 * grants to the public; an R counts as granted when its result may be shared, at least non-commercially
 * (the NonCommercial restriction is visible in {@link License#terms()}). So NoDerivatives licences grant
 * Retain, Reuse and Redistribute (copies of the original) but not Revise or Remix, since an adaptation may
 * be made only for private use, if at all ([FAQ] "The NoDerivatives licenses do not permit remixing except
 * for private use").
 */
public enum FiveR {
  /** The right to make, own and control copies of the content. */
  RETAIN,
  /** The right to use the content in a wide range of ways. */
  REUSE,
  /** The right to adapt, adjust, modify or alter the content itself, for example to translate it. */
  REVISE,
  /** The right to combine the original or revised content with other material to create something new. */
  REMIX,
  /** The right to share copies of the original content, the revisions or the remixes with others. */
  REDISTRIBUTE
}
