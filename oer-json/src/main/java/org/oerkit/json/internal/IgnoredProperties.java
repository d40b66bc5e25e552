package org.oerkit.json.internal;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.DeserializationContext;

/**
 * The properties a lenient read skipped, by JSON Pointer, collected through a context attribute of the
 * reader so that one shared mapper serves all reads.
 *
 * <p>This class is mutable and not thread-safe; each read has its own.
 */
public final class IgnoredProperties {

  private final List<String> pointers = new ArrayList<>();
  private final List<String> owners = new ArrayList<>();

  /**
   * Creates an empty collection.
   */
  public IgnoredProperties() {}

  /**
   * Records a skipped property, if the read collects them.
   *
   * @param context  the context of the read
   * @param pointer  the pointer of the skipped property
   * @param owner  the type it was not part of
   */
  static void record(DeserializationContext context, String pointer, String owner) {
    Object collector = context.getAttribute(IgnoredProperties.class);
    if (collector instanceof IgnoredProperties) {
      ((IgnoredProperties) collector).pointers.add(pointer);
      ((IgnoredProperties) collector).owners.add(owner);
    }
  }

  /**
   * Gets the pointers of the skipped properties, in document order.
   *
   * @return the pointers
   */
  public List<String> pointers() {
    return List.copyOf(pointers);
  }

  /**
   * Gets, for each skipped property, the type it was not part of.
   *
   * @return the type names, in the order of {@link #pointers()}
   */
  public List<String> owners() {
    return List.copyOf(owners);
  }
}
