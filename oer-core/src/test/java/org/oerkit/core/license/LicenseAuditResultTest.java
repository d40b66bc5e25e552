package org.oerkit.core.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StreamCorruptedException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link LicenseAuditResult} through Java serialization, as a Spark job sends each partition's result to the
 * driver: the round trip gives an equal result, the merge of serialized parts equals the audit of the whole,
 * and a stream that is not one is refused with an {@code ObjectStreamException} naming what is wrong.
 */
class LicenseAuditResultTest {

  private static final List<String> FIELDS = List.of("CC BY 4.0", "https://creativecommons.org/licenses/by-nc/4.0/",
      "cc-by", "All rights reserved", "FOO", "CC-BY-SA-4.0", "CC-BY-4.0 OR GPL-3.0-or-later", "public domain",
      "CC BY-ND 4.0", "", "CC BY-SA 3.0 IGO", "https://creativecommons.org/licenses/by-nd/3.0/igo/");
  private static final List<License> MANDATE = List.of(Licenses.CC_BY_4_0, Licenses.CC_BY_SA_4_0,
      Licenses.CC_BY_ND_3_0_IGO);

  private static LicenseAudit audit(List<String> fields, int firstLine, List<License> mandate) {
    LicenseAudit audit = LicenseAudit.of(LicenseDetector.standard(), mandate);
    for (int i = 0; i < fields.size(); i++) {
      long line = firstLine + i;
      audit.add(new AuditRecord(line, fields.get(i), Optional.of("Title " + line), Optional.empty(),
          line % 2 == 0 ? Optional.of("https://example.org/" + line) : Optional.empty()));
    }
    return audit;
  }

  static byte[] serialize(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  @Test
  void serialization_roundTrip_givesAnEqualResult() throws Exception {
    LicenseAuditResult result = audit(FIELDS, 1, MANDATE).result();

    Object read = deserialize(serialize(result));

    assertThat(read).isEqualTo(result);
    LicenseAuditResult copy = (LicenseAuditResult) read;
    assertThat(copy.byLicense().keySet()).containsExactlyElementsOf(result.byLicense().keySet());
    assertThat(copy.mandate()).containsExactlyElementsOf(MANDATE);
    assertThat(copy.violating()).isNotEmpty();
    assertThat(copy.unresolvedListed().get(0).title()).contains("Title 3");
  }

  @Test
  void serialization_emptyResult_roundTrips() throws Exception {
    LicenseAuditResult empty = LicenseAudit.create().result();

    assertThat(deserialize(serialize(empty))).isEqualTo(empty);
  }

  @Test
  void serialization_finding_roundTripsAlone() throws Exception {
    LicenseAuditResult.Finding finding = new LicenseAuditResult.Finding(7, "cc-by", Detection.Answer.AMBIGUOUS,
        List.of("CC-BY-4.0", "CC-BY-3.0"), Optional.empty(), Optional.of("https://example.org/7"), "ambiguous");

    assertThat(deserialize(serialize(finding))).isEqualTo(finding);
  }

  @Test
  void serialization_textsLongerThan64Kilobytes_roundTrip() throws Exception {
    LicenseAuditResult.Finding finding = new LicenseAuditResult.Finding(1, "ä".repeat(70_000),
        Detection.Answer.UNKNOWN, List.of(), Optional.of("t"), Optional.empty(), "unknown");

    assertThat(deserialize(serialize(finding))).isEqualTo(finding);
  }

  @Test
  void serialization_openness_roundTrips() throws Exception {
    LicenseAuditResult.OpennessCount count = new LicenseAuditResult.OpennessCount(3, 2, 1);

    assertThat(deserialize(serialize(count))).isEqualTo(count);
  }

  @Test
  void serialization_unregisteredUserDefinedLicenseInTheMandate_isRefusedNamingRegistration() throws Exception {
    License national = License.custom("LicenseRef-kz-serial-test", "National BY",
        URI.create("https://example.kz/serial/"), Licenses.CC_BY_4_0.terms());
    byte[] bytes = serialize(audit(FIELDS, 1, List.of(national)).result());

    assertThatThrownBy(() -> deserialize(bytes))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("Licenses.register");
  }

  @Test
  void serialization_unknownType_isRefused() throws Exception {
    byte[] bytes = serialize(LicenseAudit.create().result());
    int type = typeByteOffset(bytes);
    bytes[type] = 9;

    assertThatThrownBy(() -> deserialize(bytes))
        .isInstanceOf(StreamCorruptedException.class)
        .hasMessageContaining("unknown serialized type 9");
  }

  @Test
  void serialization_countBeyondTheAuditsBound_isRefused() throws Exception {
    byte[] bytes = serialize(LicenseAudit.create().result());
    // The type byte, the total and one count per answer; then the number of licences counted apart.
    int licenses = typeByteOffset(bytes) + 1 + 8 + 8 * Detection.Answer.values().length;
    bytes[licenses] = 0x7f;

    assertThatThrownBy(() -> deserialize(bytes))
        .isInstanceOf(StreamCorruptedException.class)
        .hasMessageContaining("licences must number 0 to " + (LicenseAudit.MAX_DISTINCT + 1));
  }

  @Test
  void merge_serializedPartsInAnyPartitioning_equalTheAuditOfTheWhole() {
    LicenseAuditResult whole = audit(FIELDS, 1, MANDATE).result();
    qt().withExamples(60).forAll(lists().of(integers().between(1, FIELDS.size())).ofSizeBetween(0, 4))
        .check(cuts -> {
          List<Integer> bounds = new ArrayList<>(cuts.stream().sorted().distinct().toList());
          bounds.add(0, 0);
          if (bounds.get(bounds.size() - 1) != FIELDS.size()) {
            bounds.add(FIELDS.size());
          }
          LicenseAudit driver = LicenseAudit.of(LicenseDetector.standard(), MANDATE);
          for (int i = 0; i + 1 < bounds.size(); i++) {
            LicenseAudit part = audit(FIELDS.subList(bounds.get(i), bounds.get(i + 1)), bounds.get(i) + 1, MANDATE);
            try {
              driver.merge((LicenseAuditResult) deserialize(serialize(part.result())));
            } catch (IOException | ClassNotFoundException e) {
              throw new AssertionError(e);
            }
          }
          return driver.result().equals(whole);
        });
  }

  @Test
  void standardDetector_isOneInstancePerJvm() {
    // What the Spark job relies on for one detector per executor.
    assertThat(LicenseDetector.standard()).isSameAs(LicenseDetector.standard());
  }

  @Test
  void merge_resultOfDifferentMandate_refuses() {
    assertThatThrownBy(() -> LicenseAudit.create().merge(audit(FIELDS, 1, MANDATE).result()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different mandates");
  }

  /** The offset of the proxy's type byte: the first byte of its external data, after the class descriptor. */
  private static int typeByteOffset(byte[] bytes) {
    // TC_BLOCKDATA (0x77) and a length byte, or TC_BLOCKDATALONG (0x7a) and a length int, open the
    // externalized data (java.io.ObjectStreamConstants); the type byte follows.
    for (int i = 0; i + 5 < bytes.length; i++) {
      if (bytes[i] == 0x77 && bytes[i + 2] == Ser.AUDIT_RESULT) {
        return i + 2;
      }
      if (bytes[i] == 0x7a && bytes[i + 5] == Ser.AUDIT_RESULT) {
        return i + 5;
      }
    }
    throw new AssertionError("no block data in the stream");
  }
}
