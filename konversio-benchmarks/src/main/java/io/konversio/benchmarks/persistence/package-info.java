/** Scenario benchmark: messages persisted per second through Konversio on a JDBC store, against raw JDBC. */
@org.jspecify.annotations.NullMarked
package io.konversio.benchmarks.persistence;
