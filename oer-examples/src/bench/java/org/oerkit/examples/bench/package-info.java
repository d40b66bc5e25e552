/**
 * The benchmark suite of oerkit (issue 8), the part that needs no JMH: corpora generated from a seed,
 * the baselines the library is measured against, and the table of ratios with their targets.
 *
 * <p>This package and the JMH benchmarks ({@code jmh}) live in {@code src/bench/java}: the normal build
 * compiles them with the tests, and only the Maven profile {@code bench} puts them in a jar,
 * {@code target/oer-bench.jar}; {@code BENCHMARKS.md} at the root of the repository gives the command and
 * the last full run. The baselines are written as a careful user would write them without oerkit's binding: a
 * hand-written jackson-core streaming reader into the same immutable types, plain Jackson databind into
 * equivalent Java records, a parse-only token scan, and the naive all-pairs checks. The tests of this
 * package check that each baseline reads what the library reads, so that the ratios compare equal work;
 * they measure no time.
 */
package org.oerkit.examples.bench;
