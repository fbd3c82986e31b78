// SPDX-License-Identifier: Apache-2.0
/**
 * JMH benchmarks of the server's hot paths, packaged as an executable jar.
 *
 * <p>Each class measures one question: {@link org.solidaire.benchmarks.StoreEngineBenchmark} which embedded
 * engine to store pods in, {@link org.solidaire.benchmarks.AccessDecisionBenchmark} what an access decision
 * costs with and without its cache, {@link org.solidaire.benchmarks.RdfCodecBenchmark} what reading and writing
 * RDF costs, and {@link org.solidaire.benchmarks.ValidationBenchmark} what SHACL validation would add to a PUT.
 * Each carries its settings (one fork, three warm-up and five measured iterations of one second); all four run in
 * about six minutes, half of it the engine comparison:
 *
 * <pre>{@code
 * mvn -B -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar                      # everything
 * java -jar benchmarks/target/benchmarks.jar StoreEngineBenchmark  # one class (a regular expression)
 * }</pre>
 *
 * <p>The stores live in directories under {@code java.io.tmpdir}, removed afterwards; it must be on a disk for
 * durable writes to mean anything.
 */
package org.solidaire.benchmarks;
