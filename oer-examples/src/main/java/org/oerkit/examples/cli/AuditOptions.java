package org.oerkit.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.oerkit.core.license.License;
import picocli.CommandLine.Option;

/** The options a licence audit shares, in one JVM ({@code oer license audit}) and on Spark. */
final class AuditOptions {

  @Option(names = "--field", paramLabel = "NAME", defaultValue = "license",
      description = "The field that holds the licence (default: license; licence and rights are tried too).")
  String field;

  @Option(names = "--mandate", paramLabel = "LICENSES", split = ",",
      description = "The licences a mandate accepts, such as CC-BY-4.0,CC-BY-SA-4.0.")
  List<String> mandate = new ArrayList<>();

  /** The licences the mandate accepts, each parsed as written, spaces around it aside. */
  List<License> accepted() {
    return mandate.stream().map(id -> License.parse(id.strip())).toList();
  }
}
