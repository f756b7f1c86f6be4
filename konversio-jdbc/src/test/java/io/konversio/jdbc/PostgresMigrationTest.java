package io.konversio.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresMigrationTest extends MigrationContract {
  private static PostgresBackend backend;

  @BeforeAll
  static void connect() {
    backend = PostgresBackend.connectOrSkip();
  }

  @Override
  protected Backend backend() {
    return backend;
  }

  @Override
  protected JdbcStore.Database expectedDatabase() {
    return JdbcStore.Database.POSTGRESQL;
  }

  @AfterAll
  static void dropSchemas() {
    if (backend != null) {
      backend.close();
    }
  }
}
