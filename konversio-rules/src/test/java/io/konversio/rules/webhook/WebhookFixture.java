package io.konversio.rules.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Konversio;
import io.konversio.core.MutableClock;
import io.konversio.core.account.AccountId;
import io.konversio.core.duework.DueItem;
import io.konversio.core.store.memory.InMemoryStore;
import io.konversio.rules.spi.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** A Konversio with webhooks installed, on an in-memory store, a clock the test moves and a local receiver. */
final class WebhookFixture implements AutoCloseable {
    static final Instant START = Instant.parse("2024-05-01T12:00:00Z");
    static final String BODY = "{\"event\":\"message_created\",\"account_id\":1,\"rule\":{\"id\":7},"
            + "\"conversation\":{\"id\":42},"
            + "\"message\":{\"content\":\"Ünïcode \\\"quoted\\\"\"}}";

    final MutableClock clock = new MutableClock(START);
    final InMemoryStore store = InMemoryStore.create();
    final LocalReceiver receiver = new LocalReceiver();
    final AtomicReference<byte[]> secret = new AtomicReference<>("acme-secret".getBytes(StandardCharsets.UTF_8));
    Webhooks webhooks;
    Konversio konversio;
    AccountId account;

    /** Webhooks with the test secret and 127.0.0.1 / localhost allow-listed. */
    Webhooks.Builder builder() {
        return Webhooks.builder().secrets(id -> secret.get()).allowHosts("127.0.0.1", "localhost");
    }

    WebhookFixture start(Webhooks.Builder builder) {
        webhooks = builder.build();
        konversio = Konversio.builder().clock(clock).store(store).extension(webhooks).build();
        account = konversio.accounts().create("Acme").id();
        return this;
    }

    WebhookFixture start() {
        return start(builder());
    }

    WebhookRequest request(String url) {
        return new WebhookRequest(account.value(), 7, url, "automation_event.message_created", BODY);
    }

    List<DueItem> dueItems() {
        return store.read(tx -> tx.dueWork().list());
    }

    List<WebhookDelivery> deliveries() {
        return webhooks.deliveries(account.value(), 0, 500).items();
    }

    /** Asserts the request carries a valid signature by {@code key}, checked with the receiver snippet. */
    boolean verifies(LocalReceiver.Received r, byte[] key) {
        try {
            return WebhookReceiverSnippet.verify(key, r.body().getBytes(StandardCharsets.UTF_8),
                    r.header("X-Konversio-Timestamp"), r.header("X-Konversio-Signature"), clock.instant());
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    void assertNothingScheduled() {
        assertThat(dueItems()).isEmpty();
    }

    @Override
    public void close() {
        receiver.close();
        if (konversio != null) {
            konversio.close();
        }
    }
}
