package io.konversio.jdbc.contract;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.AccountStoreContract;
import org.junit.jupiter.api.AfterAll;

/** konversio-core's {@link AccountStoreContract} on H2. */
class H2AccountStoreContractTest extends AccountStoreContract {
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
