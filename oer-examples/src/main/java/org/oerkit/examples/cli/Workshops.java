package org.oerkit.examples.cli;

import java.nio.file.Path;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.examples.astana.Astana2017;
import org.oerkit.json.OerJson;

/**
 * The workshops a command may name: the Astana 2017 example by its name, or a file in oerkit's native JSON.
 */
final class Workshops {

  /** The name of the built-in example. */
  static final String ASTANA = "astana-2017";

  private Workshops() {}

  /**
   * Reads a workshop named on the command line.
   *
   * @param name  {@value #ASTANA} or the path of a JSON file
   * @return the workshop
   * @throws org.oerkit.core.UnreadableDocumentException if the file does not hold a valid workshop
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  static Workshop read(String name) {
    return name.equals(ASTANA) ? Astana2017.workshop() : OerJson.read(Path.of(name), Workshop.class);
  }
}
