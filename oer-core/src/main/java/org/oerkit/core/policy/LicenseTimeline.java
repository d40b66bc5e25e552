package org.oerkit.core.policy;

import java.time.LocalDate;
import java.util.Optional;
import org.oerkit.core.license.License;

/**
 * When the versions of the Creative Commons licence suite were first published, as far as public sources read
 * for oerkit give it: version 1.0 on 16 December 2002, version 4.0 on 25 November 2013. The dates of 2.0,
 * 2.5 and 3.0 were not found, so a draft citing them is not checked. A jurisdiction port was published on or
 * after its version's date, so the date is a lower bound for ports too.
 *
 * <p>Sources: for 1.0, "They were initially released on December 16, 2002" (Wikipedia, "Creative Commons
 * license"); for 4.0, "Version 4.0 of the CC license suite was published on 25 November 2013" (Creative
 * Commons wiki, "Version 4").
 */
final class LicenseTimeline {

  /** The sources of the dates. */
  static final String SOURCE = "Creative Commons licence versions: 1.0 released 16 December 2002 "
      + "(https://en.wikipedia.org/wiki/Creative_Commons_license); 4.0 published 25 November 2013 "
      + "(https://wiki.creativecommons.org/wiki/Version_4)";

  private LicenseTimeline() {}

  /**
   * Gets the first day a Creative Commons licence's version existed.
   *
   * @param license  the licence, not null
   * @return the day, or empty for other tools (CC0, the Public Domain Mark), other licences, and versions
   *     whose date no source read gives
   */
  static Optional<LocalDate> publishedOn(License license) {
    boolean ccLicense = license.isCreativeCommons()
        && license.uri().map(u -> u.getPath().startsWith("/licenses/")).orElse(false);
    if (!ccLicense) {
      return Optional.empty();
    }
    return license.version().flatMap(v -> switch (v) {
      case "1.0" -> Optional.of(LocalDate.of(2002, 12, 16));
      case "4.0" -> Optional.of(LocalDate.of(2013, 11, 25));
      default -> Optional.empty();
    });
  }
}
