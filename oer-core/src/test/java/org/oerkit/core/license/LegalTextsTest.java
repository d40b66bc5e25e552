package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Identification of licences from their legal texts, over the texts the SPDX licence list publishes
 * (shipped as {@code legal-texts.txt.gz}, origin and licence in the {@code NOTICE.md} beside it).
 */
class LegalTextsTest {

  private static final LicenseDetector DETECTOR = LicenseDetector.standard();
  private static final Map<List<String>, String> TEXTS = texts();

  @Test
  void identify_everyKnownText_isItsLicenseOrItsSharedIds() {
    assertThat(TEXTS).hasSize(64);
    for (Map.Entry<List<String>, String> text : TEXTS.entrySet()) {
      Detection detection = DETECTOR.detect(text.getValue());
      if (text.getKey().size() == 1) {
        assertThat(detection.answer()).as(text.getKey().toString()).isEqualTo(Detection.Answer.TEXT);
        assertThat(detection.license()).map(License::id).as(text.getKey().toString()).contains(text.getKey().get(0));
        assertThat(detection.confidence().orElseThrow()).isGreaterThan(0.99);
      } else {
        assertThat(detection.answer()).as(text.getKey().toString()).isEqualTo(Detection.Answer.AMBIGUOUS);
        assertThat(detection.candidates()).extracting(License::id).containsExactlyElementsOf(text.getKey());
      }
    }
  }

  @Test
  void identify_textReflowedAndInOtherCase_isStillItsLicense() {
    String text = TEXTS.get(List.of("CC-BY-SA-4.0")).toUpperCase(java.util.Locale.ROOT).replace("\n", " ")
        .replace(", ", " , ");

    Detection detection = DETECTOR.detect(text);

    assertThat(detection.license()).contains(Licenses.CC_BY_SA_4_0);
    assertThat(detection.candidates()).hasSize(2);
  }

  @Test
  void identify_byNcTextWithNonCommercialRemoved_matchesNeitherItNorBy() {
    String original = TEXTS.get(List.of("CC-BY-NC-4.0"));
    String changed = original.replace("NonCommercial", "").replace("Attribution-4.0", "Attribution 4.0");

    Detection detection = DETECTOR.detect(changed);

    assertThat(detection.answer()).isNotEqualTo(Detection.Answer.TEXT);
    assertThat(detection.license()).isEmpty();
    assertThat(detection.explanation()).contains("resembles the legal code of CC-BY-NC-4.0");
  }

  @Test
  void identify_byNcTextWithTheNoncommercialClausesDeleted_isNotTheByText() {
    String original = TEXTS.get(List.of("CC-BY-NC-4.0"));
    StringBuilder kept = new StringBuilder();
    for (String line : original.split("\n")) {
      if (!line.contains("NonCommercial") && !line.contains("commercial")) {
        kept.append(line).append('\n');
      }
    }

    Detection detection = DETECTOR.detect(kept);

    assertThat(detection.license()).isNotEqualTo(java.util.Optional.of(Licenses.CC_BY_NC_4_0));
    assertThat(detection.license()).isNotEqualTo(java.util.Optional.of(Licenses.CC_BY_4_0));
  }

  @Test
  void identify_gfdlText_isAmbiguousBetweenItsSixVariants() {
    String gfdl = TEXTS.entrySet().stream().filter(e -> e.getKey().contains("GFDL-1.3-only")).findFirst()
        .orElseThrow().getValue();

    Detection detection = DETECTOR.detect(gfdl);

    assertThat(detection.answer()).isEqualTo(Detection.Answer.AMBIGUOUS);
    assertThat(detection.candidates()).hasSize(6);
    assertThat(detection.confidence()).isPresent();
  }

  @Test
  void identify_version25TextWithItsVersionChanged_isNotVersion25() {
    String text = TEXTS.get(List.of("CC-BY-2.5")).replace("2.5", "2.0");

    Detection detection = DETECTOR.detect(text);

    assertThat(detection.license()).isNotEqualTo(java.util.Optional.of(License.parse("CC-BY-2.5")));
  }

  @Test
  void identify_prose_isNotALegalText() {
    Detection detection = DETECTOR.detect("This course was built by teachers. ".repeat(40));

    assertThat(detection.answer()).isEqualTo(Detection.Answer.UNKNOWN);
  }

  /** Loads the known texts, a one-off cost of up to seconds on a loaded machine, outside the timed test below. */
  @BeforeAll
  static void loadTheKnownTexts() {
    assertThat(LegalTexts.size()).isPositive();
    assertThat(LegalTexts.ports()).isNotEmpty();
  }

  /**
   * A guard against the quadratic search this replaced (25 s at 10,000 characters, 241 s at 100,000), not a
   * measurement: the benchmark suite measures it (`LicenseTexts.unknown100k`, 5.4 ms on a quiet machine).
   */
  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void identify_hundredKilobyteText_endsInBoundedTime() {
    String text = TEXTS.get(List.of("CC-BY-4.0")).repeat(6);

    assertThat(DETECTOR.detect(text).answer()).isNotNull();
  }

  static Map<List<String>, String> texts() {
    Map<List<String>, String> texts = new LinkedHashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(
        LegalTexts.class.getResourceAsStream("legal-texts.txt.gz")), StandardCharsets.UTF_8))) {
      List<String> ids = null;
      StringBuilder text = new StringBuilder();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("%% ")) {
          if (ids != null) {
            texts.put(ids, text.toString());
          }
          ids = List.of(line.substring(3).split(" "));
          text.setLength(0);
        } else {
          text.append(line).append('\n');
        }
      }
      texts.put(ids, text.toString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return texts;
  }
}
