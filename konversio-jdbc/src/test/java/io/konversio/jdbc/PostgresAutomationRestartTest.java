package io.konversio.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresAutomationRestartTest extends AutomationRestartContract {
  private static PostgresBackend backend;

  @BeforeAll
  static void connect() {
    backend = PostgresBackend.connectOrSkip();
  }

  @Override
  protected Backend backend() {
    return backend;
  }

  @AfterAll
  static void dropSchemas() {
    if (backend != null) {
      backend.close();
    }
  }
}
