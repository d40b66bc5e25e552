package org.oerkit.core.license;

import com.google.common.collect.ImmutableMap;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The twelve rights statements of RightsStatements.org (version 1.0, https://rightsstatements.org/page/1.0/):
 * statements about the copyright status of a work that grant no licence, which aggregators such as
 * Europeana and DPLA carry in the same field as licences. Their URIs are
 * {@code http://rightsstatements.org/vocab/<code>/1.0/}, their pages {@code .../page/<code>/1.0/}.
 */
final class RightsStatements {

  private RightsStatements() {}

  /** The statements by code, with their English names as the statements' pages give them. */
  static final Map<String, String> STATEMENTS = ImmutableMap.<String, String>builder()
      .put("InC", "In Copyright")
      .put("InC-OW-EU", "In Copyright - EU Orphan Work")
      .put("InC-EDU", "In Copyright - Educational Use Permitted")
      .put("InC-NC", "In Copyright - Non-Commercial Use Permitted")
      .put("InC-RUU", "In Copyright - Rights-holder(s) Unlocatable or Unidentifiable")
      .put("NoC-CR", "No Copyright - Contractual Restrictions")
      .put("NoC-NC", "No Copyright - Non-Commercial Use Only")
      .put("NoC-OKLR", "No Copyright - Other Known Legal Restrictions")
      .put("NoC-US", "No Copyright - United States")
      .put("CNE", "Copyright Not Evaluated")
      .put("UND", "Copyright Undetermined")
      .put("NKC", "No Known Copyright")
      .build();

  private static final Map<String, String> BY_LOWER_CODE = lowerKeys(true);
  private static final Map<String, String> BY_LOWER_NAME = lowerKeys(false);

  private static Map<String, String> lowerKeys(boolean codes) {
    ImmutableMap.Builder<String, String> map = ImmutableMap.builder();
    STATEMENTS.forEach((code, name) -> map.put((codes ? code : name).toLowerCase(Locale.ROOT), code));
    return map.build();
  }

  /** Whether a URI key (host and path, lower case) is on rightsstatements.org. */
  static boolean isRightsStatementsUri(String uriKey) {
    return uriKey.startsWith("rightsstatements.org/");
  }

  /**
   * Reads a rightsstatements.org URI key into the statement's canonical URI, or empty if it names none.
   */
  static Optional<String> code(String uriKey) {
    String[] segments = uriKey.split("/", -1);
    if (segments.length < 4 || !(segments[1].equals("vocab") || segments[1].equals("page"))
        || !segments[3].equals("1.0")) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_LOWER_CODE.get(segments[2]));
  }

  /** The statement a name is, such as "In Copyright - Educational Use Permitted". */
  static Optional<String> codeOfName(String name) {
    return Optional.ofNullable(BY_LOWER_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  static URI uri(String code) {
    return URI.create("http://rightsstatements.org/vocab/" + code + "/1.0/");
  }
}
