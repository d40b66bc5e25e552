package org.oerkit.examples.cli;

import java.util.List;
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
 * ({@code -} for standard input); or in any format {@link ProgrammeFormat} reads ({@link #imported}).
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

  /**
   * Imports a workshop named on the command line, in any format {@link ProgrammeFormat} reads.
   *
   * @param input  {@value #ASTANA}, {@code -} for standard input, or the path of a file
   * @param zone  the zone for times that carry none ({@code --zone})
   * @return the workshop and the findings of the import (none for the example)
   * @throws UnusableFileException if the file cannot be read, is in no format oerkit reads, or its reader
   *     refuses it
   */
  static Imported<Workshop> imported(String input, Optional<ZoneId> zone) {
    return input.equals(ASTANA) ? Imported.of(Astana2017.workshop(), Report.empty())
        : Input.fileOrExample(input, List.of(ASTANA), bytes -> ProgrammeFormat.read(bytes, zone));
  }

}
