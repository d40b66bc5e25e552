/**
 * The JMH benchmarks of oerkit (issue 8) and {@link org.oerkit.examples.bench.jmh.Benchmarks}, the runner
 * that turns their results into the table of ratios of {@code BENCHMARKS.md}.
 *
 * <p>This source root, {@code src/bench/java}, compiles with the tests of the normal build (JMH in test
 * scope); the Maven profile {@code bench} packs it with JMH into {@code target/oer-bench.jar}. Each benchmark class
 * measures one workload and, in the same run, its baseline from {@code org.oerkit.examples.bench}.
 */
package org.oerkit.examples.bench.jmh;
