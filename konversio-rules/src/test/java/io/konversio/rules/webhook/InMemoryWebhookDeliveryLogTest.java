package io.konversio.rules.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.stream.IntStream;
import io.konversio.rules.spi.contract.WebhookDeliveryLogContract;
import org.junit.jupiter.api.Test;

/** The {@link WebhookDeliveryLogContract} on the in-memory log, and its cap per account. */
class InMemoryWebhookDeliveryLogTest extends WebhookDeliveryLogContract {
    @Override
    protected WebhookDeliveryLog newLog() {
        return WebhookDeliveryLog.inMemory();
    }

    private static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");

    private static WebhookDelivery attempt(long account, int n, Instant time) {
        return new WebhookDelivery("d-" + n, account, 1, "https://1.1.1.1/", "message_created", 1, 200, null,
                time, WebhookDelivery.Outcome.DELIVERED);
    }

    @Test
    void accountsAreSeparateAndEachKeepsItsLatestAttempts() {
        WebhookDeliveryLog log = WebhookDeliveryLog.inMemory(3);
        IntStream.range(0, 5).forEach(n -> log.record(attempt(1, n, T0.plusSeconds(n))));
        log.record(attempt(2, 99, T0));

        assertThat(log.list(1, 0, 10).items()).extracting(WebhookDelivery::deliveryId)
                .containsExactly("d-4", "d-3", "d-2");
        assertThat(log.list(2, 0, 10).items()).extracting(WebhookDelivery::deliveryId).containsExactly("d-99");
        assertThat(log.list(3, 0, 10).total()).isZero();
    }

    @Test
    void badPagesAndCapsAreRejected() {
        assertThatThrownBy(() -> WebhookDeliveryLog.inMemory(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookDeliveryLog.inMemory().list(1, -1, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookDeliveryLog.inMemory().list(1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outcomesHaveStableCodes() {
        for (WebhookDelivery.Outcome outcome : WebhookDelivery.Outcome.values()) {
            assertThat(WebhookDelivery.Outcome.ofCode(outcome.code())).isEqualTo(outcome);
        }
        assertThat(WebhookDelivery.Outcome.DELIVERED.code()).isEqualTo("delivered");
        assertThatThrownBy(() -> WebhookDelivery.Outcome.ofCode("lost")).isInstanceOf(IllegalArgumentException.class);
    }
}
