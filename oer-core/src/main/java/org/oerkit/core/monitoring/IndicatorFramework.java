package org.oerkit.core.monitoring;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;
import org.oerkit.core.instrument.ActionArea;
import org.oerkit.core.instrument.MonitoringProvision;
import org.oerkit.core.instrument.Recommendation2019;

/**
 * A data-driven indicator framework: dimensions, and indicators in each.
 *
 * <p>{@link #recommendation2019()} has the eight dimensions of the 2019 UNESCO Recommendation on OER, its
 * five areas of action ({@code AA1}-{@code AA5}) and its three monitoring provisions
 * ({@code 16(a)}-{@code 16(c)}), and no indicators: the indicator list of "OER: Indicators for National
 * Adoption and Impact" (UNESCO/ISKME 2017, pilot evaluation by D. Orr, B. Janssen and F. Mulder, presented
 * at Astana in Session 6) has not been found in any public source, and oerkit invents none: its
 * {@link #source()} says so, and the user supplies indicators with {@link #withIndicators(List)}, or reads an
 * indicator set from a JSON document ({@code "format": "oerkit/indicator-framework/1"}, described in
 * oer-json's FORMAT.md, with its JSON Schema); oer-examples' {@code ExampleIndicatorSet} shows one, labelled
 * as an example.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IndicatorFramework {

  private static final IndicatorFramework RECOMMENDATION_2019 = recommendation();

  IndicatorFramework() {}

  /**
   * Gets the framework of the 2019 Recommendation: eight dimensions, no indicators.
   *
   * @return the framework
   */
  public static IndicatorFramework recommendation2019() {
    return RECOMMENDATION_2019;
  }

  /**
   * Starts a builder.
   *
   * <p>Required: {@code title},
   * {@code source}; {@code build()} throws {@link org.oerkit.core.MissingAttributesException} naming
   * those not set. Every other attribute is optional or has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Gets the public source.
   *
   * @return a citation
   */
  public abstract String source();

  /**
   * Gets the dimensions, in order.
   *
   * @return the dimensions, distinct identifiers
   */
  public abstract List<Dimension> dimensions();

  /**
   * Gets the indicators, in order.
   *
   * @return the indicators, each in a dimension of the framework, possibly empty
   */
  public abstract List<Indicator> indicators();

  /**
   * Gets the indicators of one dimension.
   *
   * @param dimensionId  the dimension's identifier, not null
   * @return the indicators, possibly empty
   */
  public List<Indicator> indicators(String dimensionId) {
    requireNonNull(dimensionId, "dimensionId");
    return indicators().stream().filter(i -> i.dimension().equals(dimensionId)).toList();
  }

  /**
   * Returns a copy with the given indicators in place of the framework's.
   *
   * @param indicators  the indicators, each in a dimension of the framework, not null
   * @return the new framework
   * @throws DomainRuleException if an indicator names an unknown dimension or two share an identifier
   */
  public IndicatorFramework withIndicators(List<Indicator> indicators) {
    return builder().from(this).indicators(indicators).build();
  }

  @Value.Check
  void check() {
    Texts.requireTrimmed("IndicatorFramework", "title", title());
    Texts.requireTrimmed("IndicatorFramework", "source", source());
    Set<String> dimensionIds = new HashSet<>();
    for (Dimension d : dimensions()) {
      if (!dimensionIds.add(d.id())) {
        throw new DomainRuleException("IndicatorFramework", "dimensions", "must have distinct identifiers", d.id());
      }
    }
    Set<String> indicatorIds = new HashSet<>();
    for (Indicator i : indicators()) {
      if (!indicatorIds.add(i.id())) {
        throw new DomainRuleException("IndicatorFramework", "indicators", "must have distinct identifiers", i.id());
      }
      if (!dimensionIds.contains(i.dimension())) {
        throw new DomainRuleException("IndicatorFramework", "indicators", "must belong to a dimension of the framework",
            i.id() + " -> " + i.dimension());
      }
    }
  }

  private static IndicatorFramework recommendation() {
    Builder b = builder().title("UNESCO Recommendation on OER (2019): areas of action and monitoring")
        .source(Recommendation2019.CITATION + ", paragraphs 10-16; the indicator list of \"OER: Indicators "
            + "for National Adoption and Impact\" (UNESCO/ISKME 2017) is not public");
    for (ActionArea area : ActionArea.values()) {
      b.addDimensions(Dimension.of("AA" + area.number(), area.title(),
          Recommendation2019.CITATION + ", paragraph " + area.paragraph()));
    }
    for (MonitoringProvision m : MonitoringProvision.values()) {
      b.addDimensions(Dimension.of(m.id(), m.summary(), Recommendation2019.CITATION + ", paragraph " + m.id()));
    }
    return b.build();
  }

  /**
   * Builds an {@link IndicatorFramework}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableIndicatorFramework.Builder {
    Builder() {}
  }
}
