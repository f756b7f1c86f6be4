package io.konversio.jdbc.contract;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.PostAllContract;
import org.junit.jupiter.api.AfterAll;

/** {@link PostAllContract} (Conversations.postAll through Konversio) on H2. */
class H2PostAllContractTest extends PostAllContract {
  private static final TestDatabases.H2 DATABASES = new TestDatabases.H2();

  @Override
  protected DataStore newStore() {
    return DATABASES.newStore();
  }

  @AfterAll
  static void dropDatabases() {
    DATABASES.close();
  }
}
