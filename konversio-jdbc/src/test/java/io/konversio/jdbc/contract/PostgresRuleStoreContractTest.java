package io.konversio.jdbc.contract;

import io.konversio.rules.spi.RuleStore;
import io.konversio.rules.spi.contract.RuleStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** konversio-rules' {@link RuleStoreContract} on PostgreSQL, each test in a schema of its own. */
class PostgresRuleStoreContractTest extends RuleStoreContract {
  private static TestDatabases.Postgres databases;

  @BeforeAll
  static void connect() {
    databases = TestDatabases.Postgres.connectOrSkip();
  }

  @Override
  protected RuleStore newStore() {
    return databases.newStore().ruleStore();
  }

  @AfterAll
  static void dropSchemas() {
    if (databases != null) {
      databases.close();
    }
  }
}
