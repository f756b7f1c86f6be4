package io.konversio.benchmarks.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Runs the persistence benchmark for a moment on H2 so that it keeps compiling and working; not a timed test. */
class MessagePersistenceBenchmarkSmokeTest {

  @Test
  void itPersistsMessagesThroughKonversioAndRawJdbcOnH2() throws SQLException {
    MessagePersistenceBenchmark.Result result = MessagePersistenceBenchmark.h2(40, 4, 10);

    assertThat(result.messages()).isEqualTo(40);
    assertThat(result.konversioPerSecond()).isPositive();
    assertThat(result.konversioInHostTransactionsPerSecond()).isPositive();
    assertThat(result.konversioPostAllPerSecond()).isPositive();
    assertThat(result.rawBatchPerSecond()).isPositive();
    assertThat(result.rawBatchLeanPerSecond()).isPositive();
    assertThat(result.rawBatchCommitPerCallPerSecond()).isPositive();
    assertThat(result.rawPerRowTransactionPerSecond()).isPositive();
    assertThat(result.interleavedPostAllPerSecond()).isPositive();
    assertThat(result.interleavedRawPerSecond()).isPositive();
    assertThat(result.eventsDelivered()).as("every message's events reach the listener").isGreaterThanOrEqualTo(80);
  }
}
