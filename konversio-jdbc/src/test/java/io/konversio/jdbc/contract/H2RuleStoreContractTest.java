package io.konversio.jdbc.contract;

import io.konversio.rules.spi.RuleStore;
import io.konversio.rules.spi.contract.RuleStoreContract;
import org.junit.jupiter.api.AfterAll;

/** konversio-rules' {@link RuleStoreContract} on H2. */
class H2RuleStoreContractTest extends RuleStoreContract {
  private static final TestDatabases.H2 DATABASES = new TestDatabases.H2();

  @Override
  protected RuleStore newStore() {
    return DATABASES.newStore().ruleStore();
  }

  @AfterAll
  static void dropDatabases() {
    DATABASES.close();
  }
}
