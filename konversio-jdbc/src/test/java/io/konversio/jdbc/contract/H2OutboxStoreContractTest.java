package io.konversio.jdbc.contract;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.OutboxStoreContract;
import org.junit.jupiter.api.AfterAll;

/** konversio-core's {@link OutboxStoreContract} on H2. */
class H2OutboxStoreContractTest extends OutboxStoreContract {
  private static final TestDatabases.H2 DATABASES = new TestDatabases.H2();

  @Override
  protected boolean takesTurns() {
    return true;
  }

  @Override
  protected DataStore newStore() {
    return DATABASES.newStore();
  }

  @AfterAll
  static void dropDatabases() {
    DATABASES.close();
  }
}
