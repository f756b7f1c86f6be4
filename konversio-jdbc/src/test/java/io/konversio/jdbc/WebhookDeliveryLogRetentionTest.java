package io.konversio.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.rules.webhook.WebhookDelivery;
import io.konversio.rules.webhook.WebhookDeliveryLog;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The database's webhook delivery log deletes attempts older than its retention and survives a restart. */
class WebhookDeliveryLogRetentionTest {
  private static final H2Backend BACKEND = new H2Backend();
  private static final Instant T0 = Instant.parse("2026-05-01T12:00:00Z");

  @AfterAll
  static void dropDatabases() {
    BACKEND.close();
  }

  private static WebhookDelivery attempt(String id, Instant time) {
    return new WebhookDelivery(id, 1, 1, "https://1.1.1.1/", "message_created", 1, 200, null, time,
        WebhookDelivery.Outcome.DELIVERED);
  }

  @Test
  void attemptsOlderThanTheRetentionAreDeletedAndTheRestSurviveARestart() {
    String database = BACKEND.newDatabase();
    try (JdbcStore first = BACKEND.open(database)) {
      first.webhookDeliveryLog().record(attempt("old", T0));
      first.webhookDeliveryLog().record(attempt("recent", T0.plus(Duration.ofDays(2))));
    }
    try (JdbcStore second = BACKEND.open(database)) {
      assertThat(second.webhookDeliveryLog().list(1, 0, 10).items()).extracting(WebhookDelivery::deliveryId)
          .containsExactly("recent", "old");
      WebhookDeliveryLog oneDay = second.webhookDeliveryLog(Duration.ofDays(1));
      oneDay.record(attempt("new", T0.plus(Duration.ofDays(2)).plusSeconds(1)));

      assertThat(second.webhookDeliveryLog().list(1, 0, 10).items()).extracting(WebhookDelivery::deliveryId)
          .containsExactly("new", "recent");
      assertThatThrownBy(() -> second.webhookDeliveryLog(Duration.ZERO))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
