package io.konversio.jdbc;

import org.junit.jupiter.api.AfterAll;

class H2PostgresModeEndToEndTest extends EndToEndContract {
  private static final H2Backend BACKEND = H2Backend.postgresMode();

  @Override
  protected Backend backend() {
    return BACKEND;
  }

  @AfterAll
  static void dropDatabases() {
    BACKEND.close();
  }
}
