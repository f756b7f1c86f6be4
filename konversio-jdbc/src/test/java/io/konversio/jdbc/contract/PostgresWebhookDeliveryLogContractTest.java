package io.konversio.jdbc.contract;

import io.konversio.rules.webhook.WebhookDeliveryLog;
import io.konversio.rules.spi.contract.WebhookDeliveryLogContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** konversio-rules' {@link WebhookDeliveryLogContract} on PostgreSQL, each test in a schema of its own. */
class PostgresWebhookDeliveryLogContractTest extends WebhookDeliveryLogContract {
  private static TestDatabases.Postgres databases;

  @BeforeAll
  static void connect() {
    databases = TestDatabases.Postgres.connectOrSkip();
  }

  @Override
  protected WebhookDeliveryLog newLog() {
    return databases.newStore().webhookDeliveryLog();
  }

  @AfterAll
  static void dropSchemas() {
    if (databases != null) {
      databases.close();
    }
  }
}
