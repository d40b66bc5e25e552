package org.oerkit.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.oerkit.core.vocabulary.Country;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code oer tour}: the first thing to run, a guided look at what oerkit models.
 */
@Command(
    name = "tour",
    mixinStandardHelpOptions = true,
    description = "A guided tour: the Astana 2017 OER workshop, its validation, a policy gap report and a "
        + "licence example.")
final class TourCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.println("oerkit tour");
    out.println();
    out.println("Expanding Open Educational Resources for Lifelong Learning in Kazakhstan");
    out.println("UNESCO national workshop, Astana, 11-13 December 2017, for "
        + Country.KAZAKHSTAN.name() + ", with experts from " + Country.KYRGYZSTAN.name() + ", "
        + Country.TAJIKISTAN.name() + " and " + Country.UZBEKISTAN.name() + ".");
    return Oer.OK;
  }
}
