package org.oerkit.examples.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerkit.core.monitoring.Indicator;
import org.oerkit.core.monitoring.IndicatorFramework;
import org.oerkit.json.OerJson;

class ExampleIndicatorSetTest {

  private static final IndicatorFramework SET = ExampleIndicatorSet.read();

  @Test
  void read_hasTheDimensionsOfThe2019Recommendation() {
    assertThat(SET.dimensions()).isEqualTo(IndicatorFramework.recommendation2019().dimensions());
  }

  @Test
  void read_isPlainlyLabelledAsAnExample() {
    assertThat(SET.title()).startsWith("EXAMPLE").contains("not UNESCO indicators");
    assertThat(SET.indicators()).hasSize(4).allSatisfy(i -> {
      assertThat(i.id()).startsWith("EXAMPLE-");
      assertThat(i.name()).startsWith("EXAMPLE: ");
      assertThat(i.source()).contains("Illustrative example, not a UNESCO indicator");
    });
  }

  @Test
  void indicators_fitTheShippedFramework_whichStaysWithoutIndicators() {
    IndicatorFramework own = IndicatorFramework.recommendation2019().withIndicators(SET.indicators());

    assertThat(own.indicators("AA2")).extracting(Indicator::id).containsExactly("EXAMPLE-AA2-open-textbooks");
    assertThat(IndicatorFramework.recommendation2019().indicators()).isEmpty();
  }

  @Test
  void file_isValidAgainstTheSchema_andRoundTrips(@TempDir Path dir) throws IOException {
    byte[] bytes;
    try (InputStream in = ExampleIndicatorSet.class.getResourceAsStream(ExampleIndicatorSet.RESOURCE)) {
      bytes = in.readAllBytes();
    }
    Path file = dir.resolve("set.json");
    Files.write(file, bytes);

    assertThat(OerJson.check(bytes).isEmpty()).as(OerJson.check(bytes).format()).isTrue();
    java.io.StringWriter out = new java.io.StringWriter();
    int status = org.oerkit.examples.cli.Oer.run(new java.io.PrintWriter(out), new java.io.PrintWriter(out),
        "json", "validate", file.toString());
    assertThat(status).as(out.toString()).isZero();
    assertThat(OerJson.read(OerJson.write(SET), IndicatorFramework.class)).isEqualTo(SET);
  }
}
