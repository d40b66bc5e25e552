package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Identification of licences from the Creative Commons legal codes that SPDX lacks: the jurisdiction ports
 * in their languages and the official translations of the 4.0 licences and CC0, as
 * {@code github.com/creativecommons/creativecommons.org} publishes them (shipped as
 * {@code legal-texts-ports.txt.gz}, origin and licence in the {@code NOTICE.md} beside it).
 */
class LegalTextsPortsTest {

  private static final LicenseDetector DETECTOR = LicenseDetector.standard();
  private static final LicenseCatalog CATALOG = LicenseCatalog.standard();
  private static final Map<String, Record> RECORDS = records();

  /** A record of the ports resource: the URI of its licence, its language, its file and its text. */
  record Record(String uri, String language, String file, String text) {}

  @Test
  void ports_everyRecordIsALicenseOfTheCatalogueWithItsUri() {
    assertThat(RECORDS).hasSizeGreaterThan(800);
    assertThat(LegalTexts.ports()).hasSize(RECORDS.size());
    for (Record record : RECORDS.values()) {
      Optional<License> license = CATALOG.lookup(record.uri());
      assertThat(license).as(record.file()).isPresent();
      assertThat(license.get().uri().map(Object::toString)).as(record.file()).contains(record.uri());
    }
  }

  @Test
  void identify_everyPortRecord_isItsOwnLicense() {
    List<String> wrong = new ArrayList<>();
    for (Record record : RECORDS.values()) {
      Detection detection = DETECTOR.detect(record.text());
      License expected = CATALOG.lookup(record.uri()).orElseThrow();
      if (detection.answer() != Detection.Answer.TEXT || !detection.license().equals(Optional.of(expected))) {
        wrong.add(record.file() + " -> " + detection.answer().label() + " " + detection.license().map(License::id)
            + ": " + detection.explanation());
      }
    }

    assertThat(wrong).isEmpty();
  }

  @Test
  void ports_languageVersionsOfOneLicenseAreAllItsTexts() {
    Set<String> spanish = languages("https://creativecommons.org/licenses/by-nc-sa/2.5/es/");
    Set<String> swiss = languages("https://creativecommons.org/licenses/by/3.0/ch/");

    assertThat(spanish).containsExactly("ca", "es", "eu", "gl");
    assertThat(swiss).containsExactly("de", "fr");
    for (String file : List.of("by-nc-sa_2.5_es_ca.html", "by-nc-sa_2.5_es_eu.html", "by-nc-sa_2.5_es_gl.html")) {
      assertThat(DETECTOR.detect(RECORDS.get(file).text()).license().map(License::shortName))
          .contains("CC BY-NC-SA 2.5 ES");
    }
  }

  @Test
  void identify_translationOf40_isTheInternationalLicense() {
    Detection german = DETECTOR.detect(RECORDS.get("by-sa_4.0_de.html").text());
    Detection japanese = DETECTOR.detect(RECORDS.get("by-nc-nd_4.0_ja.html").text());
    Detection finnishCc0 = DETECTOR.detect(RECORDS.get("zero_1.0_fi.html").text());

    assertThat(german.license()).contains(Licenses.CC_BY_SA_4_0);
    assertThat(japanese.license().map(License::id)).contains("CC-BY-NC-ND-4.0");
    assertThat(finnishCc0.license().map(License::id)).contains("CC0-1.0");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"by-nc-sa_3.0_hr.html", "by-nc-sa_2.5_es_ca.html", "by-nc-sa_3.0_au.html",
      "by-nc-sa_2.5_scotland.html", "by-nc-sa_2.1_jp.html", "by-nc-sa_3.0_ge.html"})
  void identify_portWithItsShareAlikeClauseRemoved_isNotTheOriginal(String file) {
    Record original = RECORDS.get(file);
    String shareAlike = RECORDS.get(file.replace("by-nc-sa_", "by-nc_")).text();
    String changed = withoutLinesAbsentFrom(original.text(), shareAlike);

    Detection detection = DETECTOR.detect(changed);

    assertThat(changed.length()).isLessThan(original.text().length());
    assertThat(detection.license()).as(detection.explanation()).isEmpty();
    assertThat(detection.explanation()).contains("resembles the legal code of");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"by-nc-sa_3.0_hr.html", "by-nc-sa_2.5_es_eu.html", "by-nc-sa_3.0_au.html",
      "by-nc-sa_2.5_scotland.html", "by-nc-sa_3.0_tw.html", "by-nc-sa_3.0_ch_fr.html"})
  void identify_portWithItsNonCommercialClauseRemoved_isNotTheOriginal(String file) {
    Record original = RECORDS.get(file);
    String changed = withoutLinesAbsentFrom(original.text(), RECORDS.get(file.replace("by-nc-sa_", "by-sa_")).text());

    Detection detection = DETECTOR.detect(changed);

    assertThat(changed.length()).isLessThan(original.text().length());
    assertThat(detection.license()).as(detection.explanation()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"by-nc_3.0_hr.html", "by-nc_2.5_es_ca.html", "by-nc_3.0_au.html", "by-nc_2.0_uk.html",
      "by-nc_2.0_ca_en.html", "by-nc_3.0_ge.html"})
  void identify_portWithTheNoDerivativesClauseOfItsSiblingAdded_isNeitherLicense(String file) {
    Record original = RECORDS.get(file);
    Record sibling = RECORDS.get(file.replace("by-nc_", "by-nc-nd_"));
    String changed = original.text() + withoutLinesPresentIn(sibling.text(), original.text());

    Detection detection = DETECTOR.detect(changed);

    assertThat(detection.license()).as(detection.explanation()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"by-nc_3.0_hr.html", "by-nc_2.5_es_ca.html", "by-nc_3.0_ge.html"})
  void identify_nonEnglishPortWithAClauseOfItsSiblingAdded_isToldApartOnTheWordPairsTheyDiffer(String file) {
    Record original = RECORDS.get(file);
    Record sibling = RECORDS.get(file.replace("by-nc_", "by-nc-nd_"));
    String changed = original.text() + withoutLinesPresentIn(sibling.text(), original.text());

    Detection detection = DETECTOR.detect(changed);

    assertThat(detection.answer()).isEqualTo(Detection.Answer.UNKNOWN);
    assertThat(detection.explanation()).contains("word pairs of the legal code of " + sibling.uri());
  }

  @Test
  void identify_portTextReflowedAndInOtherCase_isStillItsLicense() {
    String text = RECORDS.get("by-nc_3.0_hr.html").text().toUpperCase(java.util.Locale.ROOT).replace("\n", " ");

    Detection detection = DETECTOR.detect(text);

    assertThat(detection.license().map(License::shortName)).contains("CC BY-NC 3.0 HR");
    assertThat(detection.candidates()).extracting(License::shortName).contains("CC BY-NC-SA 3.0 HR");
  }

  @Test
  void identify_chineseTextWithItsLinesBrokenElsewhere_isStillItsLicense() {
    String text = RECORDS.get("by-nc-sa_3.0_tw.html").text().replace("\n", "").replace("。", "。\n");

    assertThat(DETECTOR.detect(text).license().map(License::shortName)).contains("CC BY-NC-SA 3.0 TW");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"by-sa_2.5_es_es.html", "by-nc-nd_2.5_hr.html", "by-sa_2.5_au.html",
      "by-nc_2.5_scotland.html", "by_3.0_nz.html", "by-nd_3.0_rs_sr-Cyrl.html"})
  void identify_portWithItsVersionChanged_isNotTheOriginal(String file) {
    Record original = RECORDS.get(file);
    String version = CATALOG.lookup(original.uri()).orElseThrow().version().orElseThrow();
    String changed = original.text().replace(version, version.equals("2.5") ? "2.0" : "2.5");

    Detection detection = DETECTOR.detect(changed);

    assertThat(detection.license()).as(detection.explanation()).isNotEqualTo(CATALOG.lookup(original.uri()));
    assertThat(detection.explanation()).contains("its version is");
  }

  @Test
  void identify_textOfOnePort_isNeverAnotherPort() {
    List<String> wrong = new ArrayList<>();
    for (Record record : RECORDS.values()) {
      License own = CATALOG.lookup(record.uri()).orElseThrow();
      // The text cut to its first two thirds: still the port's text, or nothing, never another port's.
      String cut = record.text().substring(0, record.text().length() * 2 / 3);
      Detection detection = DETECTOR.detect(cut);
      if (detection.license().isPresent() && !detection.license().get().equals(own)) {
        wrong.add(record.file() + " -> " + detection.license().get().id());
      }
    }

    assertThat(wrong).isEmpty();
  }

  @Test
  void ports_sketchesHoldAtMostTheSketchSizePerRecord() {
    assertThat(LegalTexts.sketchedHashes()).isLessThanOrEqualTo((long) LegalTexts.SKETCH * RECORDS.size())
        .isGreaterThan((long) (LegalTexts.SKETCH - 1) * RECORDS.size() / 2);
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  void identify_hundredKilobytePortText_endsInBoundedTime() {
    LegalTexts.size();
    LegalTexts.ports();
    String text = RECORDS.get("by-nc-sa_3.0_ge.html").text().repeat(5);

    assertThat(text.length()).isGreaterThan(100_000);
    assertThat(DETECTOR.detect(text).answer()).isNotNull();
  }

  private static Set<String> languages(String uri) {
    return RECORDS.values().stream().filter(r -> r.uri().equals(uri)).map(Record::language)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * The title of a text and those of its other lines that another text also has, in order: with the other
   * text a sibling licence of the same port, a clause of an element removed.
   */
  static String withoutLinesAbsentFrom(String text, String other) {
    Set<String> lines = new java.util.HashSet<>(List.of(other.split("\n")));
    lines.add(text.substring(0, text.indexOf('\n')));
    return java.util.Arrays.stream(text.split("\n")).filter(lines::contains).collect(Collectors.joining("\n"))
        + "\n";
  }

  /** The lines of a text that another text lacks. */
  static String withoutLinesPresentIn(String text, String other) {
    Set<String> lines = Set.of(other.split("\n"));
    return java.util.Arrays.stream(text.split("\n")).filter(l -> !lines.contains(l))
        .collect(Collectors.joining("\n")) + "\n";
  }

  static Map<String, Record> records() {
    Map<String, Record> records = new LinkedHashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(
        LegalTexts.class.getResourceAsStream("legal-texts-ports.txt.gz")), StandardCharsets.UTF_8))) {
      String[] header = null;
      StringBuilder text = new StringBuilder();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("%% ")) {
          if (header != null) {
            records.put(header[2], new Record(header[0], header[1], header[2], text.toString()));
          }
          header = line.substring(3).split(" ");
          text.setLength(0);
        } else {
          text.append(line).append('\n');
        }
      }
      records.put(header[2], new Record(header[0], header[1], header[2], text.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }
}
