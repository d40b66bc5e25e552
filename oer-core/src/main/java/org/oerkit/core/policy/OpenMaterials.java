package org.oerkit.core.policy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.oerkit.core.Texts;

/**
 * The materials a policy draft requires to be openly licensed (template section 4): the categories, whether
 * public funding triggers the obligation, the exceptions, and the repository that holds them.
 *
 * <p>The public-funding trigger is sub-action 12(a) of the UNESCO Recommendation on OER (2019) and point (j)
 * of the 2012 Paris OER Declaration: educational materials produced with public funds are openly licensed
 * or in the public domain.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OpenMaterials {

  OpenMaterials() {}

  /**
   * Starts a builder.
   *
   * <p>Nothing is required: every attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the categories of material to be openly licensed.
   *
   * @return the categories, possibly empty
   */
  public abstract Set<MaterialCategory> categories();

  /**
   * Checks whether every publicly funded educational material must be openly licensed or in the public
   * domain (sub-action 12(a)).
   *
   * @return true if public funding triggers open licensing
   */
  @Value.Default
  public boolean isPubliclyFundedOpen() {
    return false;
  }

  /**
   * Gets the exceptions to the obligation, as the draft words them.
   *
   * @return the exceptions, possibly empty
   */
  public abstract List<String> exceptions();

  /**
   * Gets the repository or website that holds the openly licensed materials.
   *
   * @return the repository, such as a national OER repository's name or address, or empty
   */
  public abstract Optional<String> repository();

  @Value.Check
  void check() {
    exceptions().forEach(e -> Texts.requireTrimmed("OpenMaterials", "exceptions", e));
    repository().ifPresent(r -> Texts.requireTrimmed("OpenMaterials", "repository", r));
  }

  /**
   * Builds an {@link OpenMaterials}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableOpenMaterials.Builder {
    Builder() {}
  }
}
