package io.konversio.jdbc.contract;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.DueWorkStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** konversio-core's {@link DueWorkStoreContract} on PostgreSQL, each test in a schema of its own. */
class PostgresDueWorkStoreContractTest extends DueWorkStoreContract {
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
