package org.oerkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.license.LicensedWork;
import org.oerkit.core.monitoring.IndicatorFramework;
import org.oerkit.core.monitoring.QuestionnaireResponse;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.json.internal.AgendaCodecs;
import org.oerkit.json.internal.LicenseCodecs;
import org.oerkit.json.internal.PolicyCodecs;

/**
 * The kinds of document of the native oerkit JSON format, each with the {@code format} its root declares
 * and the JSON Schema (draft 2020-12) shipped for it.
 *
 * <p>Every document's root object starts with {@code "format": "oerkit/<kind>/<version>"}, for example
 * {@code "format": "oerkit/workshop/1"}, so that a program can tell what a file holds before reading it
 * ({@link OerJson#detect(byte[])}) and refuse a version it does not know.
 */
public enum DocumentType {

  /** A workshop programme: {@link Workshop}. */
  WORKSHOP(Workshop.class, AgendaCodecs.WORKSHOP_FORMAT, "workshop-1.schema.json"),

  /** A draft national OER policy: {@link PolicyDraft}. */
  POLICY_DRAFT(PolicyDraft.class, PolicyCodecs.POLICY_DRAFT_FORMAT, "policy-draft-1.schema.json"),

  /** One country's answers to a questionnaire, with the questionnaire: {@link QuestionnaireResponse}. */
  QUESTIONNAIRE_RESPONSE(QuestionnaireResponse.class, PolicyCodecs.QUESTIONNAIRE_RESPONSE_FORMAT,
      "questionnaire-response-1.schema.json"),

  /**
   * A set of indicators in the dimensions of a framework, such as a ministry's own indicators for the
   * areas of action of the 2019 Recommendation: {@link IndicatorFramework}.
   */
  INDICATOR_FRAMEWORK(IndicatorFramework.class, PolicyCodecs.INDICATOR_FRAMEWORK_FORMAT,
      "indicator-framework-1.schema.json"),

  /** A work with its licence and the works it was adapted from: {@link LicensedWork}. */
  LICENSED_RESOURCE(LicensedWork.class, LicenseCodecs.LICENSED_RESOURCE_FORMAT, "licensed-resource-1.schema.json");

  /** Where the schemas live on the class path. */
  static final String SCHEMA_FOLDER = "/org/oerkit/json/schema/";
  /** The base of the schemas' {@code $id}s. */
  static final String SCHEMA_BASE = "https://oerkit.org/schema/";

  private final Class<?> type;
  private final String format;
  private final String schemaName;

  DocumentType(Class<?> type, String format, String schemaName) {
    this.type = type;
    this.format = format;
    this.schemaName = schemaName;
  }

  /**
   * Finds the document type that a {@code format} value declares.
   *
   * @param format  the value, such as {@code "oerkit/workshop/1"}, not null
   * @return the type, or empty if the format is not one this version of oerkit reads
   */
  public static Optional<DocumentType> ofFormat(String format) {
    requireNonNull(format, "format");
    for (DocumentType t : values()) {
      if (t.format.equals(format)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Gets the Java type of the document's root value.
   *
   * @return the type, such as {@code Workshop.class}
   */
  public Class<?> javaType() {
    return type;
  }

  /**
   * Gets the value of the root's {@code format} property.
   *
   * @return the format, such as {@code "oerkit/workshop/1"}
   */
  public String format() {
    return format;
  }

  /**
   * Gets the {@code $id} of the document's JSON Schema.
   *
   * @return the id, such as {@code "https://oerkit.org/schema/workshop-1.schema.json"}
   */
  public String schemaId() {
    return SCHEMA_BASE + schemaName;
  }

  /**
   * Gets the resource path of the document's JSON Schema on the class path.
   *
   * @return the path, such as {@code "/org/oerkit/json/schema/workshop-1.schema.json"}
   */
  public String schemaResource() {
    return SCHEMA_FOLDER + schemaName;
  }

  /**
   * Reads the document's JSON Schema (draft 2020-12) from the class path.
   *
   * @return the schema as JSON text
   */
  public String schema() {
    try (InputStream in = DocumentType.class.getResourceAsStream(schemaResource())) {
      if (in == null) {
        throw new IllegalStateException("The schema " + schemaResource() + " is missing from the class path");
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
