package io.konversio.jdbc.contract;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.OutboxStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** konversio-core's {@link OutboxStoreContract} on PostgreSQL, each test in a schema of its own. */
class PostgresOutboxStoreContractTest extends OutboxStoreContract {
  private static TestDatabases.Postgres databases;

  @BeforeAll
  static void connect() {
    databases = TestDatabases.Postgres.connectOrSkip();
  }

  @Override
  protected boolean takesTurns() {
    return true;
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
