package org.oerkit.core.license;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.oerkit.core.DomainRuleException;

/**
 * Text that names no known licence: an unknown jurisdiction such as {@code /licenses/by/3.0/kz/}, a typo,
 * or garbage. The message quotes the input and names the closest known licences, for example
 * {@code License.text must name a known license (closest: CC-BY-3.0, CC-BY-4.0), was
 * "https://creativecommons.org/licenses/by/3.0/kz/"}.
 *
 * <p>oerkit never answers such input with a wrong match: a refusal with suggestions is the only answer.
 */
public class UnknownLicenseException extends DomainRuleException {

  private static final long serialVersionUID = 1L;

  private final String input;
  private final String detail;
  private final transient List<License> closestMatches;

  /**
   * Creates an exception for text that names no known licence.
   *
   * @param input  the text as given, not null
   * @param detail  why it is not known, phrased to follow "must name a known license", possibly empty
   * @param closestMatches  the closest known licences, best first, not null
   */
  public UnknownLicenseException(String input, String detail, List<License> closestMatches) {
    super("License", "text", rule(detail, closestMatches), input);
    this.input = input;
    this.detail = detail;
    this.closestMatches = ImmutableList.copyOf(closestMatches);
  }

  private static String rule(String detail, List<License> closestMatches) {
    requireNonNull(detail, "detail");
    String rule = "must name a known license" + (detail.isEmpty() ? "" : " (" + detail + ")");
    if (!closestMatches.isEmpty()) {
      rule += "; closest: " + closestMatches.stream().map(License::id).collect(Collectors.joining(", "));
    }
    return rule;
  }

  /**
   * Gets the text that named no known licence.
   *
   * @return the input, as given
   */
  public String input() {
    return input;
  }

  /**
   * Gets why the text names no known licence.
   *
   * @return the detail, such as {@code "no known license has this URI"}, possibly empty
   */
  public String detail() {
    return detail;
  }

  /**
   * Gets the known licences closest to the input, best first.
   *
   * @return the closest licences, possibly empty
   */
  public List<License> closestMatches() {
    return closestMatches == null ? List.of() : closestMatches;
  }
}
