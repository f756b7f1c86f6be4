package io.konversio.jdbc;

import org.junit.jupiter.api.AfterAll;

class H2QueryEquivalenceTest extends QueryEquivalenceContract {
  private final H2Backend backend = new H2Backend();

  @Override
  protected Backend backend() {
    return backend;
  }

  @AfterAll
  void dropDatabases() {
    backend.close();
  }
}
