package org.oerkit.core.agenda;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs of version 5 (SHA-1), RFC 9562 section 5.5 (formerly RFC 4122 section 4.3), which the JDK
 * does not provide ({@link UUID#nameUUIDFromBytes} is version 3, MD5): the same name always gives the same
 * UUID, so that every export of a workshop keeps its identifiers from one run to the next, as pretalx does
 * for its {@code guid}s. This is the library's one implementation; the {@link Timeline}'s UIDs and the JSON
 * exports' identifiers all come from it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NameBasedUuid {

  /** The name space for URLs, RFC 9562 section 6.6. */
  public static final UUID NAMESPACE_URL = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

  private NameBasedUuid() {}

  /**
   * Obtains the version 5 UUID of a name in a name space.
   *
   * @param namespace  the name space, not null
   * @param name  the name within it, not null
   * @return the UUID
   */
  public static UUID v5(UUID namespace, String name) {
    requireNonNull(namespace, "namespace");
    requireNonNull(name, "name");
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must support SHA-1 (MessageDigest Javadoc).
      throw new IllegalStateException(e);
    }
    ByteBuffer ns = ByteBuffer.allocate(16);
    ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
    sha1.update(ns.array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bytes.getLong(), bytes.getLong());
  }

  /**
   * Obtains the UUID of an oerkit identifier: the version 5 UUID of {@code "urn:oerkit:" + kind + ":" + id}
   * in the URL name space, as {@link Workshop#uid()} is for {@code kind} {@code "workshop"}.
   *
   * @param kind  the kind of thing, such as {@code "workshop"} or {@code "policy"}, not null
   * @param id  its identifier, not null
   * @return the UUID
   */
  public static UUID ofUrn(String kind, String id) {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
    return v5(NAMESPACE_URL, "urn:oerkit:" + kind + ":" + id);
  }
}
