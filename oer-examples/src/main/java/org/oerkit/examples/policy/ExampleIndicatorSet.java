package org.oerkit.examples.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.oerkit.core.monitoring.Dimension;
import org.oerkit.core.monitoring.Indicator;
import org.oerkit.core.monitoring.IndicatorFramework;
import org.oerkit.json.OerJson;

/**
 * How a ministry brings its own indicators: an indicator set is a JSON document
 * ({@code "format": "oerkit/indicator-framework/1"}, described in oer-json's FORMAT.md and validated by its
 * schema {@code indicator-framework-1.schema.json}) holding the dimensions of
 * {@link IndicatorFramework#recommendation2019()} and the user's indicators in them.
 *
 * <p><b>The set shipped here is an example.</b> Its four indicators are illustrative, written for this
 * tutorial, and each says so in its name and source: no UNESCO indicator list has been published that oerkit
 * could copy (the indicator list of "OER: Indicators for National Adoption and Impact" is not public), and
 * oerkit invents none for the library itself.
 */
public final class ExampleIndicatorSet {

  /** The resource holding the example set. */
  public static final String RESOURCE = "/org/oerkit/examples/policy/example-indicator-set.json";

  private ExampleIndicatorSet() {}

  /**
   * Reads the example set.
   *
   * @return the framework: the 2019 Recommendation's dimensions with four illustrative indicators
   */
  public static IndicatorFramework read() {
    try (InputStream in = ExampleIndicatorSet.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return OerJson.read(in.readAllBytes(), IndicatorFramework.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Prints the example set, dimension by dimension.
   *
   * @param args  not used
   */
  public static void main(String... args) {
    IndicatorFramework set = read();
    System.out.println(set.title());
    for (Dimension d : set.dimensions()) {
      System.out.println(d.id() + "  " + d.title() + "  (" + d.source() + ")");
      for (Indicator i : set.indicators(d.id())) {
        System.out.println("    " + i.id() + ": " + i.name() + i.unit().map(u -> " [" + u + "]").orElse(""));
      }
    }
  }
}
