package io.konversio.jdbc.contract;

import io.konversio.rules.webhook.WebhookDeliveryLog;
import io.konversio.rules.spi.contract.WebhookDeliveryLogContract;
import org.junit.jupiter.api.AfterAll;

/** konversio-rules' {@link WebhookDeliveryLogContract} on H2. */
class H2WebhookDeliveryLogContractTest extends WebhookDeliveryLogContract {
  private static final TestDatabases.H2 DATABASES = new TestDatabases.H2();

  @Override
  protected WebhookDeliveryLog newLog() {
    return DATABASES.newStore().webhookDeliveryLog();
  }

  @AfterAll
  static void dropDatabases() {
    DATABASES.close();
  }
}
