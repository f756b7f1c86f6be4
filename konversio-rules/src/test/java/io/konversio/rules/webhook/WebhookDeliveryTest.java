package io.konversio.rules.webhook;

import static io.konversio.rules.webhook.WebhookDelivery.Outcome.DELIVERED;
import static io.konversio.rules.webhook.WebhookDelivery.Outcome.FAILED;
import static io.konversio.rules.webhook.WebhookDelivery.Outcome.RETRYING;
import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Konversio;
import io.konversio.core.duework.DueItem;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Delivery to a real HTTP server on 127.0.0.1: headers, signature, retries with backoff, timeouts, redirects. */
class WebhookDeliveryTest {
    private final WebhookFixture f = new WebhookFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void sendSchedulesTheFirstAttemptAsDueWorkWithoutPosting() {
        f.start();
        f.webhooks.send(f.request(f.receiver.url("/hooks")));

        assertThat(f.receiver.received()).isEmpty();
        assertThat(f.dueItems()).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(Webhooks.DUE_WORK_KIND);
            assertThat(item.accountId()).isEqualTo(f.account);
            assertThat(item.dueAt()).isEqualTo(WebhookFixture.START);
        });
        assertThat(f.konversio.runDueWork()).isEqualTo(1);
        assertThat(f.receiver.received()).hasSize(1);
        f.assertNothingScheduled();
    }

    @Test
    void payloadAndHeadersArriveAndTheSignatureVerifies() {
        f.start();
        String deliveryId = f.webhooks.submit(f.request(f.receiver.url("/hooks/acme")));
        f.konversio.runDueWork();

        LocalReceiver.Received r = f.receiver.received().get(0);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo("/hooks/acme");
        assertThat(r.body()).isEqualTo(WebhookFixture.BODY);
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        assertThat(r.header("X-Konversio-Event")).isEqualTo("automation_event.message_created");
        assertThat(r.header("X-Konversio-Delivery")).isEqualTo(deliveryId);
        assertThat(r.header("X-Konversio-Attempt")).isEqualTo("1");
        assertThat(r.header("X-Konversio-Timestamp")).isEqualTo(Long.toString(WebhookFixture.START.getEpochSecond()));
        assertThat(r.header("X-Konversio-Signature")).matches("sha256=[0-9a-f]{64}");
        assertThat(f.verifies(r, f.secret.get())).isTrue();
        assertThat(f.verifies(r, "another secret".getBytes(StandardCharsets.UTF_8))).isFalse();

        assertThat(f.deliveries()).singleElement().satisfies(d -> {
            assertThat(d.deliveryId()).isEqualTo(deliveryId);
            assertThat(d.accountId()).isEqualTo(f.account.value());
            assertThat(d.ruleId()).isEqualTo(7);
            assertThat(d.url()).isEqualTo(f.receiver.url("/hooks/acme"));
            assertThat(d.eventName()).isEqualTo("automation_event.message_created");
            assertThat(d.attempt()).isEqualTo(1);
            assertThat(d.statusCode()).isEqualTo(200);
            assertThat(d.error()).isNull();
            assertThat(d.time()).isEqualTo(WebhookFixture.START);
            assertThat(d.outcome()).isEqualTo(DELIVERED);
        });
    }

    @Test
    void serverErrorThenSuccessIsRetriedAfterBackoffWithTheSameDeliveryId() {
        f.start();
        f.receiver.respond(500);
        String deliveryId = f.webhooks.submit(f.request(f.receiver.url("/hooks")));

        f.konversio.runDueWork();
        assertThat(f.deliveries()).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(RETRYING);
            assertThat(d.statusCode()).isEqualTo(500);
            assertThat(d.error()).isEqualTo("HTTP 500");
        });
        assertThat(f.dueItems()).extracting(DueItem::dueAt).containsExactly(WebhookFixture.START.plusSeconds(30));

        f.clock.advance(Duration.ofSeconds(29));
        f.konversio.runDueWork();
        assertThat(f.receiver.received()).hasSize(1);
        f.clock.advance(Duration.ofSeconds(1));
        f.konversio.runDueWork();

        List<LocalReceiver.Received> received = f.receiver.received();
        assertThat(received).hasSize(2);
        assertThat(received).extracting(r -> r.header("X-Konversio-Delivery")).containsOnly(deliveryId);
        assertThat(received).extracting(r -> r.header("X-Konversio-Attempt")).containsExactly("1", "2");
        assertThat(received.get(1).header("X-Konversio-Timestamp"))
                .isEqualTo(Long.toString(WebhookFixture.START.getEpochSecond() + 30));
        assertThat(f.verifies(received.get(1), f.secret.get())).isTrue();
        assertThat(f.deliveries()).extracting(WebhookDelivery::outcome).containsExactly(DELIVERED, RETRYING);
        assertThat(f.deliveries()).extracting(WebhookDelivery::attempt).containsExactly(2, 1);
        f.assertNothingScheduled();
    }

    @Test
    void attemptsBackOffExponentiallyAndTheLastFailureIsLoggedAsFailed() {
        f.start(f.builder().maxAttempts(4));
        f.receiver.respond(503, 503, 503, 503, 503);
        f.webhooks.send(f.request(f.receiver.url("/hooks")));

        for (int second = 0; second <= 3600; second++) {
            f.konversio.runDueWork();
            f.clock.advance(Duration.ofSeconds(1));
        }

        long start = WebhookFixture.START.getEpochSecond();
        assertThat(f.receiver.received()).extracting(r -> Long.parseLong(r.header("X-Konversio-Timestamp")) - start)
                .containsExactly(0L, 30L, 90L, 210L);
        assertThat(f.deliveries()).extracting(WebhookDelivery::outcome)
                .containsExactly(FAILED, RETRYING, RETRYING, RETRYING);
        assertThat(f.deliveries().get(0)).satisfies(d -> {
            assertThat(d.attempt()).isEqualTo(4);
            assertThat(d.statusCode()).isEqualTo(503);
        });
        f.assertNothingScheduled();
    }

    @Test
    void aReceiverSlowerThanTheRequestTimeoutCountsAsAFailedAttempt() {
        f.start(f.builder().connectTimeout(Duration.ofMillis(200)).requestTimeout(Duration.ofMillis(200)));
        f.receiver.stall();
        f.webhooks.send(f.request(f.receiver.url("/slow")));

        long began = System.nanoTime();
        f.konversio.runDueWork();
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(5));

        assertThat(f.deliveries()).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(RETRYING);
            assertThat(d.statusCode()).isZero();
            assertThat(d.error()).contains("timed out");
        });
        assertThat(f.dueItems()).hasSize(1);
    }

    @Test
    void redirectsAreNotFollowed() {
        f.start();
        f.receiver.respond(302);
        f.webhooks.send(f.request(f.receiver.url("/hooks")));
        f.konversio.runDueWork();

        assertThat(f.receiver.received()).extracting(LocalReceiver.Received::path).containsExactly("/hooks");
        assertThat(f.deliveries()).singleElement().satisfies(d -> {
            assertThat(d.statusCode()).isEqualTo(302);
            assertThat(d.error()).contains("redirects are not followed");
            assertThat(d.outcome()).isEqualTo(RETRYING);
        });
    }

    @Test
    void aRefusedConnectionIsRetried() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        f.start();
        f.webhooks.send(f.request("http://127.0.0.1:" + closedPort + "/hooks"));
        f.konversio.runDueWork();

        assertThat(f.deliveries()).singleElement().satisfies(d -> {
            assertThat(d.statusCode()).isZero();
            assertThat(d.error()).startsWith("I/O error");
            assertThat(d.outcome()).isEqualTo(RETRYING);
        });
    }

    @Test
    void aRotatedSecretSignsTheNextAttempt() {
        f.start();
        f.receiver.respond(500);
        f.webhooks.send(f.request(f.receiver.url("/hooks")));
        f.konversio.runDueWork();
        byte[] rotated = "rotated-secret".getBytes(StandardCharsets.UTF_8);
        f.secret.set(rotated);
        f.clock.advance(Duration.ofSeconds(30));
        f.konversio.runDueWork();

        LocalReceiver.Received retry = f.receiver.received().get(1);
        assertThat(f.verifies(retry, rotated)).isTrue();
        assertThat(f.verifies(retry, "acme-secret".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void aPendingAttemptSurvivesARestartOnTheSameStore() {
        f.start();
        f.receiver.respond(500);
        String deliveryId = f.webhooks.submit(f.request(f.receiver.url("/hooks")));
        f.konversio.runDueWork();
        f.konversio.close();

        Webhooks again = f.builder().build();
        try (Konversio restarted = Konversio.builder().clock(f.clock).store(f.store).extension(again).build()) {
            f.clock.advance(Duration.ofSeconds(30));
            assertThat(restarted.runDueWork()).isEqualTo(1);
        }
        assertThat(f.receiver.received()).extracting(r -> r.header("X-Konversio-Delivery"))
                .containsExactly(deliveryId, deliveryId);
        assertThat(again.deliveries(f.account.value(), 0, 10).items()).singleElement()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo(DELIVERED));
    }

    @Test
    void anAllowListedHostNameIsDelivered() {
        f.start(Webhooks.builder().secrets(id -> f.secret.get()).allowHosts("LocalHost"));
        f.webhooks.send(f.request("http://localhost:" + f.receiver.port() + "/hooks"));
        f.konversio.runDueWork();

        assertThat(f.receiver.received()).hasSize(1);
        assertThat(f.deliveries()).extracting(WebhookDelivery::outcome).containsExactly(DELIVERED);
    }
}
