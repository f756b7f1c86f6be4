package io.konversio.rules.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.Page;
import io.konversio.rules.webhook.WebhookDelivery;
import io.konversio.rules.webhook.WebhookDeliveryLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link WebhookDeliveryLog}. Subclass it with {@link #newLog()} returning a fresh, empty log of the
 * implementation under test. Times have microsecond precision, the finest that PostgreSQL keeps. Not thread-safe.
 */
public abstract class WebhookDeliveryLogContract {
    private static final Instant T0 = Instant.parse("2026-05-01T12:00:00.123456Z");

    /** A fresh, empty log of the implementation under test. */
    protected abstract WebhookDeliveryLog newLog();

    private static WebhookDelivery attempt(long account, int n, Instant time) {
        return new WebhookDelivery("d-" + n, account, 1, "https://1.1.1.1/", "message_created", 1, 200, null,
                time, WebhookDelivery.Outcome.DELIVERED);
    }

    @Test
    void listsNewestFirstInPages() {
        WebhookDeliveryLog log = newLog();
        IntStream.range(0, 5).forEach(n -> log.record(attempt(1, n, T0.plusSeconds(n))));

        Page<WebhookDelivery> first = log.list(1, 0, 2);
        assertThat(first.items()).extracting(WebhookDelivery::deliveryId).containsExactly("d-4", "d-3");
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.hasNext()).isTrue();
        assertThat(log.list(1, 2, 2).items()).extracting(WebhookDelivery::deliveryId).containsExactly("d-0");
        assertThat(log.list(1, 3, 2).items()).isEmpty();
    }

    @Test
    void attemptsAtTheSameTimeListLatestRecordedFirst() {
        WebhookDeliveryLog log = newLog();
        IntStream.range(0, 3).forEach(n -> log.record(attempt(1, n, T0)));

        assertThat(log.list(1, 0, 10).items()).extracting(WebhookDelivery::deliveryId)
                .containsExactly("d-2", "d-1", "d-0");
    }

    @Test
    void accountsAreSeparate() {
        WebhookDeliveryLog log = newLog();
        IntStream.range(0, 3).forEach(n -> log.record(attempt(1, n, T0.plusSeconds(n))));
        log.record(attempt(2, 99, T0));

        assertThat(log.list(1, 0, 10).items()).extracting(WebhookDelivery::deliveryId)
                .containsExactly("d-2", "d-1", "d-0");
        assertThat(log.list(2, 0, 10).items()).extracting(WebhookDelivery::deliveryId).containsExactly("d-99");
        assertThat(log.list(3, 0, 10).total()).isZero();
    }

    @Test
    void everyFieldRoundTrips() {
        WebhookDeliveryLog log = newLog();
        List<WebhookDelivery> attempts = List.of(
                new WebhookDelivery("3f2a-ünïcödé", 7, 42, "https://hooks.example.com/straße?q=ä&x=1#frag",
                        "conversation_status_changed", 3, 0, "connect timed out — ‘quotes’ \"double\" \n line",
                        T0, WebhookDelivery.Outcome.RETRYING),
                new WebhookDelivery("d-2", 7, 43, "http://10.0.0.5:8080/hook", "message_created", 6, 503,
                        "HTTP 503", T0.plusSeconds(1), WebhookDelivery.Outcome.FAILED),
                new WebhookDelivery("d-3", 7, 44, "https://a.example/", "conversation_created", 1, 204, null,
                        T0.plusSeconds(2), WebhookDelivery.Outcome.DELIVERED));
        attempts.forEach(log::record);

        assertThat(log.list(7, 0, 10).items()).containsExactly(attempts.get(2), attempts.get(1), attempts.get(0));
    }

    @Test
    void badPagesAreRejected() {
        WebhookDeliveryLog log = newLog();
        assertThatThrownBy(() -> log.list(1, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.list(1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentRecordsAreAllKept() throws Exception {
        WebhookDeliveryLog log = newLog();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> IntStream.range(0, 25)
                        .forEach(n -> log.record(attempt(5, thread * 100 + n, T0.plusSeconds(n))))));
            }
            for (Future<?> f : done) {
                f.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        Page<WebhookDelivery> all = log.list(5, 0, 500);
        assertThat(all.total()).isEqualTo(100);
        assertThat(all.items()).extracting(WebhookDelivery::deliveryId).doesNotHaveDuplicates().hasSize(100);
    }
}
