package io.konversio.jdbc;

import org.junit.jupiter.api.AfterAll;

class H2PostgresModeMigrationTest extends MigrationContract {
  private static final H2Backend BACKEND = H2Backend.postgresMode();

  @Override
  protected Backend backend() {
    return BACKEND;
  }

  @Override
  protected JdbcStore.Database expectedDatabase() {
    return JdbcStore.Database.H2;
  }

  @AfterAll
  static void dropDatabases() {
    BACKEND.close();
  }
}
