package org.oerkit.json.internal;

import java.util.function.BiConsumer;

/**
 * The values read for a type that has no builder, only a factory such as {@code Dimension.of(id, title,
 * source)}: gathered by position, then passed to the factory, which checks them.
 *
 * <p>This class is mutable and not thread-safe; each read has its own.
 */
final class Parts {

  private final Object[] values = new Object[8];

  /**
   * Gets the value at a position.
   *
   * @param <V>  its type, as the factory expects it
   * @param index  the position
   * @return the value, or null if it was not read
   */
  @SuppressWarnings("unchecked")
  <V> V get(int index) {
    return (V) values[index];
  }

  /**
   * Gives the setter of a position, for a property declaration.
   *
   * @param <V>  the value's type
   * @param index  the position
   * @return the setter
   */
  static <V> BiConsumer<Parts, V> slot(int index) {
    return (parts, value) -> parts.values[index] = value;
  }
}
