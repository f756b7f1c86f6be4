package io.konversio.rules.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.InvalidInputException;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WebhooksBuilderTest {
    private static Webhooks.Builder builder() {
        return Webhooks.builder().secrets(id -> new byte[] {1});
    }

    @Test
    void retryDelaysDoubleFromThirtySecondsAndAreCappedAtAnHour() {
        Webhooks webhooks = builder().build();
        assertThat(IntStream.rangeClosed(1, 9).mapToObj(webhooks::retryDelay)).containsExactly(
                Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32), Duration.ofHours(1),
                Duration.ofHours(1));
        assertThat(webhooks.retryDelay(1_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void retryBackoffIsConfigurable() {
        Webhooks webhooks = builder().retryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(5)).build();
        assertThat(IntStream.rangeClosed(1, 5).mapToObj(webhooks::retryDelay)).containsExactly(
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(5),
                Duration.ofSeconds(5));
    }

    @Test
    void settersRejectBadValuesAtOnce() {
        Webhooks.Builder b = builder();
        assertThatThrownBy(() -> b.maxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.maxAttempts(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.connectTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.requestTimeout(Duration.ofMinutes(6))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.retryBackoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.retryBackoff(Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.allowHosts(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.allowHosts("10.0.0.0/8")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void secretsAreRequired() {
        assertThatThrownBy(() -> Webhooks.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("secrets");
    }

    @Test
    void deliveriesRejectBadPagesNamingTheField() {
        Webhooks webhooks = builder().build();
        assertThatThrownBy(() -> webhooks.deliveries(1, -1, 10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("page"));
        assertThatThrownBy(() -> webhooks.deliveries(1, 0, 501))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("size"));
    }
}
