package org.oerkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs, version 5 (SHA-1), as RFC 9562 section 5.5 defines them: the same name always gives
 * the same UUID, so that exports of the same workshop keep their identifiers from one run to the next, as
 * pretalx does for its {@code guid}s.
 */
final class NameBasedIds {

  /** The name space of URLs, RFC 9562 section 6.6. */
  static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

  private NameBasedIds() {}

  /**
   * Derives a version 5 UUID.
   *
   * @param namespace  the name space
   * @param name  the name within it
   * @return the UUID
   */
  static UUID v5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-1", e);
    }
    ByteBuffer prefix = ByteBuffer.allocate(16);
    prefix.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
    sha1.update(prefix.array());
    byte[] hash = sha1.digest(name.getBytes(UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bytes.getLong(), bytes.getLong());
  }

  /**
   * Gives the name space of one workshop's identifiers.
   *
   * @param kind  the kind of thing, such as {@code "workshop"}
   * @param id  its identifier
   * @return the UUID of {@code urn:oerkit:<kind>:<id>} in the URL name space
   */
  static UUID of(String kind, String id) {
    return v5(URL_NAMESPACE, "urn:oerkit:" + kind + ":" + id);
  }
}
