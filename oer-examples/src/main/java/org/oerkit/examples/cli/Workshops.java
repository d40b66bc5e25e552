package org.oerkit.examples.cli;

import java.util.List;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.examples.astana.Astana2017;
import org.oerkit.json.OerJson;

/**
 * The workshops a command may name: the Astana 2017 example by its name, or a file in oerkit's native JSON
 * ({@code -} for standard input).
 */
final class Workshops {

  /** The name of the built-in example. */
  static final String ASTANA = "astana-2017";

  private Workshops() {}

  /**
   * Reads a workshop named on the command line.
   *
   * @param name  {@value #ASTANA}, the path of a JSON file, or {@code -}
   * @return the workshop
   * @throws UnusableFileException if the file cannot be read or does not hold a valid workshop
   */
  static Workshop read(String name) {
    return name.equals(ASTANA) ? Astana2017.workshop()
        : Input.fileOrExample(name, List.of(ASTANA), bytes -> OerJson.read(bytes, Workshop.class));
  }
}
