package io.konversio.jdbc.contract;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.MessageStoreContract;
import org.junit.jupiter.api.AfterAll;

/** konversio-core's {@link MessageStoreContract} on H2. */
class H2MessageStoreContractTest extends MessageStoreContract {
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
