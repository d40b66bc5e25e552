package org.oerkit.core.license;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One record of a repository, as {@link LicenseAudit} reads it: where it is, its licence field, and
 * optionally its title, author and source, which findings repeat so that a person can find the record.
 *
 * @param line  the line number of the record in its file, 1 for the first, positive
 * @param license  the licence field as the record carries it, possibly blank
 * @param title  the title, if the record has one
 * @param author  the author, if the record has one
 * @param source  the source (a URL or identifier), if the record has one
 */
public record AuditRecord(long line, String license, Optional<String> title, Optional<String> author,
    Optional<String> source) {

  /** Checks the components. */
  public AuditRecord {
    if (line < 1) {
      throw new IllegalArgumentException("line must be positive, was " + line);
    }
    requireNonNull(license, "license");
    requireNonNull(title, "title");
    requireNonNull(author, "author");
    requireNonNull(source, "source");
  }

  /**
   * Obtains a record with only a licence field.
   *
   * @param line  the line number, positive
   * @param license  the licence field, not null
   * @return the record
   */
  public static AuditRecord of(long line, String license) {
    return new AuditRecord(line, license, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
