package org.oerkit.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the {@code oer} command line in the test's own JVM: its exit status and what it printed.
 */
record OerRun(int status, String out, String err) {

  /**
   * Runs the command line with the given arguments, capturing standard output and error.
   *
   * @param args  the arguments, not null
   * @return the run
   */
  static OerRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Oer.run(new PrintWriter(out), new PrintWriter(err), args);
    return new OerRun(status, out.toString(), err.toString());
  }

  /**
   * Gets standard error without its line ending, for errors that must be exactly one line.
   *
   * @return the error text
   */
  String errLine() {
    return err.stripTrailing();
  }
}
