package io.konversio.jdbc.contract;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.TransactionContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** konversio-core's {@link TransactionContract} on PostgreSQL, each test in a schema of its own. */
class PostgresTransactionContractTest extends TransactionContract {
  private static TestDatabases.Postgres databases;

  @BeforeAll
  static void connect() {
    databases = TestDatabases.Postgres.connectOrSkip();
  }

  @Override
  protected DataStore newStore() {
    return databases.newStore();
  }

  @AfterAll
  static void dropSchemas() {
    if (databases != null) {
      databases.close();
    }
  }
}
