package io.konversio.jdbc;

import org.junit.jupiter.api.AfterAll;

class PostgresQueryEquivalenceTest extends QueryEquivalenceContract {
  private PostgresBackend backend;

  @Override
  protected Backend backend() {
    if (backend == null) {
      backend = PostgresBackend.connectOrSkip();
    }
    return backend;
  }

  @AfterAll
  void dropSchemas() {
    if (backend != null) {
      backend.close();
    }
  }
}
