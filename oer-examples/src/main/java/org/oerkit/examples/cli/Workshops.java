package org.oerkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import org.oerkit.core.Imported;
import org.oerkit.core.Report;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.examples.astana.Astana2017;
import org.oerkit.json.OerJson;
import org.oerkit.json.ProgrammeFormat;

/**
 * The workshops a command may name: the Astana 2017 example by its name, or a file in oerkit's native JSON
 * ({@link #read}) or in any format {@link ProgrammeFormat} reads ({@link #imported}).
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

  /**
   * Imports a workshop named on the command line, in any format {@link ProgrammeFormat} reads.
   *
   * @param input  {@value #ASTANA}, {@code -} for standard input, or the path of a file
   * @param zone  the zone for times that carry none ({@code --zone})
   * @return the workshop and the findings of the import (none for the example)
   * @throws org.oerkit.core.UnreadableDocumentException if the input is in no format oerkit reads, or its
   *     reader refuses it
   * @throws IOException if the file cannot be read
   */
  static Imported<Workshop> imported(String input, Optional<ZoneId> zone) throws IOException {
    if (input.equals(ASTANA)) {
      return Imported.of(Astana2017.workshop(), Report.empty());
    }
    byte[] bytes;
    if (input.equals("-")) {
      bytes = PolicyCommand.bounded(System.in, "standard input");
    } else {
      try (InputStream in = Files.newInputStream(Path.of(input))) {
        bytes = PolicyCommand.bounded(in, input);
      }
    }
    return ProgrammeFormat.read(bytes, zone);
  }
}
