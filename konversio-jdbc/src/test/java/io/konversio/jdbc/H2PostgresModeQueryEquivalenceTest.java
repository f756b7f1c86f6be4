package io.konversio.jdbc;

import org.junit.jupiter.api.AfterAll;

class H2PostgresModeQueryEquivalenceTest extends QueryEquivalenceContract {
  private final H2Backend backend = H2Backend.postgresMode();

  @Override
  protected Backend backend() {
    return backend;
  }

  @AfterAll
  void dropDatabases() {
    backend.close();
  }
}
