package io.konversio.jdbc.contract;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.PostAllContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link PostAllContract} (Conversations.postAll through Konversio) on PostgreSQL, each test in a schema of its own. */
class PostgresPostAllContractTest extends PostAllContract {
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
