/**
 * The {@code oer} command line: a thin layer of picocli commands over the oerkit library.
 *
 * <p>{@link org.oerkit.examples.cli.Oer} is the top command and the program's entry point. Every command
 * follows the same contract: exit status 0 on success, 1 when it reports findings or is given input it
 * cannot read, 2 for a usage error; an error is one line on standard error, never a stack trace; and
 * {@code --json} gives output for programs instead of people.
 *
 * <p>{@code SparkLicenseAudit}, {@code oer license audit} as an Apache Spark job, lives in this package too,
 * so that it prints the command's very report, but in {@code src/spark/java}: only the Maven profile
 * {@code spark} compiles it, into {@code target/oer-spark.jar}.
 */
package org.oerkit.examples.cli;
