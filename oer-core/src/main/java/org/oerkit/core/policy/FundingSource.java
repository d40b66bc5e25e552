package org.oerkit.core.policy;

import java.util.Optional;
import org.immutables.value.Value;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.vocabulary.Money;
import org.oerkit.core.vocabulary.Organization;

/**
 * A source of funding for a work-plan action: its kind, the funder, the amount and whether it is secured.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FundingSource {

  FundingSource() {}

  /**
   * Obtains a funding source of a kind, with no funder or amount named.
   *
   * @param kind  the kind, not null
   * @return the funding source, not secured
   */
  public static FundingSource of(FundingSourceKind kind) {
    return builder().kind(kind).build();
  }

  /**
   * Starts a builder.
   *
   * <p>Required: {@code kind}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the kind of source.
   *
   * @return the kind
   */
  public abstract FundingSourceKind kind();

  /**
   * Gets the funder.
   *
   * @return the funder, such as a ministry or UNESCO, or empty
   */
  public abstract Optional<Organization> funder();

  /**
   * Gets the amount the source provides.
   *
   * @return the amount, not negative, or empty
   */
  public abstract Optional<Money> amount();

  /**
   * Checks whether the funding is secured rather than hoped for.
   *
   * @return true if secured
   */
  @Value.Default
  public boolean isSecured() {
    return false;
  }

  @Value.Check
  void check() {
    if (amount().isPresent() && amount().get().isNegative()) {
      throw new DomainRuleException("FundingSource", "amount", "must not be negative", amount().get().toString());
    }
  }

  /**
   * Builds a {@link FundingSource}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableFundingSource.Builder {
    Builder() {}
  }
}
