package io.konversio.jdbc;

import org.junit.jupiter.api.AfterAll;


class H2PostgresModeStoreTest extends StoreContract {
  private static H2Backend backend;

  static {
    backend = H2Backend.postgresMode();
  }
  @Override
  protected Backend backend() {
    return backend;
  }

  @AfterAll
  static void dropDatabases() {
    if (backend != null) {
      backend.close();
    }
  }
}
