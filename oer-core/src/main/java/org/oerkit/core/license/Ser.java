package org.oerkit.core.license;

import com.google.common.collect.ImmutableList;
import java.io.Externalizable;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.StreamCorruptedException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The serialized form of the licence package's serializable values, one small compact format for all, as
 * Joda-Money's {@code Ser}: a type byte, then the value's parts as primitives and strings. Licences travel as
 * their ids and are read back with {@link License#parse(CharSequence)}, so a user-defined licence must be
 * {@linkplain Licenses#register(License) registered} in the reading JVM too. Reading is bounded: counts larger
 * than the audit ever makes are refused, and every value is rebuilt through its checking constructor.
 */
final class Ser implements Externalizable {

  private static final long serialVersionUID = 1L;

  /** Type of a {@link LicenseAuditResult}. */
  static final byte AUDIT_RESULT = 1;
  /** Type of a {@link LicenseAuditResult.Finding}. */
  static final byte FINDING = 2;

  private byte type;
  private Object object;

  /** Constructor for deserialization only. */
  public Ser() {}

  Ser(byte type, Object object) {
    this.type = type;
    this.object = object;
  }

  @Override
  public void writeExternal(ObjectOutput out) throws IOException {
    out.writeByte(type);
    switch (type) {
      case AUDIT_RESULT -> write(out, (LicenseAuditResult) object);
      case FINDING -> write(out, (LicenseAuditResult.Finding) object);
      default -> throw new InvalidObjectException("unknown serialized type " + type);
    }
  }

  @Override
  public void readExternal(ObjectInput in) throws IOException {
    type = in.readByte();
    object = switch (type) {
      case AUDIT_RESULT -> readResult(in);
      case FINDING -> readFinding(in);
      default -> throw new StreamCorruptedException("unknown serialized type " + type);
    };
  }

  private Object readResolve() {
    return object;
  }

  private static void write(ObjectOutput out, LicenseAuditResult result) throws IOException {
    out.writeLong(result.total());
    for (Detection.Answer answer : Detection.Answer.values()) {
      out.writeLong(result.byAnswer().get(answer));
    }
    out.writeInt(result.byLicense().size());
    for (Map.Entry<String, Long> entry : result.byLicense().entrySet()) {
      writeText(out, entry.getKey());
      out.writeLong(entry.getValue());
    }
    out.writeInt(result.openness().size());
    for (Map.Entry<Openness, LicenseAuditResult.OpennessCount> entry : result.openness().entrySet()) {
      writeText(out, entry.getKey().name());
      out.writeLong(entry.getValue().open());
      out.writeLong(entry.getValue().notOpen());
      out.writeLong(entry.getValue().cannotTell());
    }
    out.writeInt(result.mandate().size());
    for (License license : result.mandate()) {
      writeText(out, license.id());
    }
    out.writeLong(result.violations());
    write(out, result.violating());
    out.writeLong(result.unresolved());
    write(out, result.unresolvedListed());
  }

  private static void write(ObjectOutput out, List<LicenseAuditResult.Finding> findings) throws IOException {
    out.writeInt(findings.size());
    for (LicenseAuditResult.Finding finding : findings) {
      write(out, finding);
    }
  }

  private static void write(ObjectOutput out, LicenseAuditResult.Finding finding) throws IOException {
    out.writeLong(finding.line());
    writeText(out, finding.input());
    writeText(out, finding.answer().name());
    out.writeInt(finding.candidates().size());
    for (String candidate : finding.candidates()) {
      writeText(out, candidate);
    }
    writeOptional(out, finding.title());
    writeOptional(out, finding.source());
    writeText(out, finding.reason());
  }

  private static void writeOptional(ObjectOutput out, Optional<String> text) throws IOException {
    out.writeBoolean(text.isPresent());
    if (text.isPresent()) {
      writeText(out, text.get());
    }
  }

  private static LicenseAuditResult readResult(ObjectInput in) throws IOException {
    long total = in.readLong();
    Map<Detection.Answer, Long> byAnswer = new EnumMap<>(Detection.Answer.class);
    for (Detection.Answer answer : Detection.Answer.values()) {
      byAnswer.put(answer, in.readLong());
    }
    int licenses = size(in, LicenseAudit.MAX_DISTINCT + 1, "licences");
    Map<String, Long> byLicense = new LinkedHashMap<>();
    for (int i = 0; i < licenses; i++) {
      byLicense.put(readText(in), in.readLong());
    }
    int definitions = size(in, Openness.values().length, "definitions of openness");
    Map<Openness, LicenseAuditResult.OpennessCount> openness = new EnumMap<>(Openness.class);
    for (int i = 0; i < definitions; i++) {
      openness.put(constant(Openness.class, readText(in)),
          new LicenseAuditResult.OpennessCount(in.readLong(), in.readLong(), in.readLong()));
    }
    int accepted = size(in, LicenseAudit.MAX_DISTINCT, "licences of the mandate");
    List<License> mandate = new ArrayList<>();
    for (int i = 0; i < accepted; i++) {
      mandate.add(license(readText(in)));
    }
    long violations = in.readLong();
    List<LicenseAuditResult.Finding> violating = readFindings(in);
    long unresolved = in.readLong();
    List<LicenseAuditResult.Finding> unresolvedListed = readFindings(in);
    try {
      return new LicenseAuditResult(total, byAnswer, byLicense, openness, mandate, violations, violating,
          unresolved, unresolvedListed);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid("a licence audit result", e);
    }
  }

  private static List<LicenseAuditResult.Finding> readFindings(ObjectInput in) throws IOException {
    int count = size(in, LicenseAudit.MAX_LISTED, "findings");
    ImmutableList.Builder<LicenseAuditResult.Finding> findings = ImmutableList.builderWithExpectedSize(count);
    for (int i = 0; i < count; i++) {
      findings.add(readFinding(in));
    }
    return findings.build();
  }

  private static LicenseAuditResult.Finding readFinding(ObjectInput in) throws IOException {
    long line = in.readLong();
    String input = readText(in);
    Detection.Answer answer = constant(Detection.Answer.class, readText(in));
    int count = size(in, LicenseAudit.MAX_DISTINCT, "candidates");
    List<String> candidates = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      candidates.add(readText(in));
    }
    Optional<String> title = readOptional(in);
    Optional<String> source = readOptional(in);
    String reason = readText(in);
    try {
      return new LicenseAuditResult.Finding(line, input, answer, candidates, title, source, reason);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid("a finding of a licence audit", e);
    }
  }

  private static Optional<String> readOptional(ObjectInput in) throws IOException {
    return in.readBoolean() ? Optional.of(readText(in)) : Optional.empty();
  }

  /** A text of any length (writeUTF stops at 64 KB): its length, then its chars. */
  private static void writeText(ObjectOutput out, String text) throws IOException {
    out.writeInt(text.length());
    out.writeChars(text);
  }

  /** Reads a text without trusting its length for allocation: memory grows with the data actually read. */
  private static String readText(ObjectInput in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      throw new StreamCorruptedException("serialized text length must not be negative, was " + length);
    }
    StringBuilder text = new StringBuilder(Math.min(length, 256));
    for (int i = 0; i < length; i++) {
      text.append(in.readChar());
    }
    return text.toString();
  }

  private static int size(ObjectInput in, int max, String what) throws IOException {
    int size = in.readInt();
    if (size < 0 || size > max) {
      throw new StreamCorruptedException("serialized " + what + " must number 0 to " + max + ", was " + size);
    }
    return size;
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name) throws IOException {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw invalid("a " + type.getSimpleName(), e);
    }
  }

  private static License license(String id) throws IOException {
    try {
      License license = License.parse(id);
      if (!license.id().equals(id)) {
        throw new InvalidObjectException("serialized licence id " + id + " reads as " + license.id());
      }
      return license;
    } catch (UnknownLicenseException e) {
      throw invalid("a licence (register a user-defined licence with Licenses.register in this JVM too)", e);
    }
  }

  private static InvalidObjectException invalid(String what, Exception cause) {
    InvalidObjectException e = new InvalidObjectException("serialized form is not " + what + ": "
        + cause.getMessage());
    e.initCause(cause);
    return e;
  }
}
