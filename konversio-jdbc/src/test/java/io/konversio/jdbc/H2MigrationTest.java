package io.konversio.jdbc;

import org.junit.jupiter.api.AfterAll;

class H2MigrationTest extends MigrationContract {
  private static final H2Backend BACKEND = new H2Backend();

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
