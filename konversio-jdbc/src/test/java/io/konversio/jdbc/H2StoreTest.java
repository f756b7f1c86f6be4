package io.konversio.jdbc;

import org.junit.jupiter.api.AfterAll;


class H2StoreTest extends StoreContract {
  private static H2Backend backend;

  static {
    backend = new H2Backend();
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
