package io.konversio.jdbc;

import org.junit.jupiter.api.AfterAll;

class H2AutomationRestartTest extends AutomationRestartContract {
  private static final H2Backend BACKEND = new H2Backend();

  @Override
  protected Backend backend() {
    return BACKEND;
  }

  @AfterAll
  static void dropDatabases() {
    BACKEND.close();
  }
}
