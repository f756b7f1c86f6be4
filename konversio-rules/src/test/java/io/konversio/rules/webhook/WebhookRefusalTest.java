package io.konversio.rules.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.InvalidInputException;
import io.konversio.core.Konversio;
import io.konversio.core.NotFoundException;
import io.konversio.rules.spi.WebhookRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link Webhooks#send} refuses: SSRF targets by default, malformed URLs, bad input. Nothing refused is
 * scheduled or sent, and no test contacts an address outside this machine.
 */
class WebhookRefusalTest {
    private final WebhookFixture f = new WebhookFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private Webhooks.Builder withoutAllowList() {
        return Webhooks.builder().secrets(id -> f.secret.get());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://127.0.0.1:{port}/hooks       | loopback",
        "http://10.0.0.1/hooks               | private",
        "http://172.16.5.4/hooks             | private",
        "http://192.168.1.1/hooks            | private",
        "http://169.254.169.254/latest/meta-data | link-local",
        "http://[::1]:{port}/hooks           | loopback",
        "http://[fd00::1]/hooks              | unique-local",
        "http://[::ffff:127.0.0.1]:{port}/   | loopback",
        "http://0.0.0.0:{port}/              | unspecified",
        "http://localhost:{port}/hooks       | loopback",
        "https://LOCALHOST:{port}/hooks      | loopback",
    })
    void internalAddressesAreRefusedByDefault(String template, String reason) {
        f.start(withoutAllowList());
        String url = template.replace("{port}", Integer.toString(f.receiver.port()));

        assertThatThrownBy(() -> f.webhooks.send(f.request(url)))
                .isInstanceOfSatisfying(WebhookRefusedException.class, e -> {
                    assertThat(e.url()).isEqualTo(url);
                    assertThat(e.reason()).contains(reason);
                    assertThat(e.getMessage()).contains(url);
                });
        f.assertNothingScheduled();
        f.konversio.runDueWork();
        assertThat(f.receiver.received()).isEmpty();
        assertThat(f.deliveries()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "[::1]", "::1"})
    void allowListedAddressesPassTheGuard(String allowed) {
        f.start(withoutAllowList().allowHosts(allowed));
        String host = allowed.equals("127.0.0.1") ? "127.0.0.1" : "[::1]";
        f.webhooks.send(f.request("http://" + host + ":" + f.receiver.port() + "/hooks"));
        assertThat(f.dueItems()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ftp://example.com/hooks", "file:///etc/passwd", "gopher://127.0.0.1/", "/relative/path", "example.com/hooks",
        "http:///no-host", "http://user:password@127.0.0.1/hooks", "http://exa mple.com/", "not a url", "",
    })
    void malformedUrlsAreRefused(String url) {
        f.start();
        assertThatThrownBy(() -> f.webhooks.send(f.request(url)))
                .isInstanceOfSatisfying(WebhookRefusedException.class, e -> assertThat(e.url()).isEqualTo(url));
        f.assertNothingScheduled();
    }

    @Test
    void aHostThatDoesNotResolveIsRefused() {
        f.start(f.builder().resolver(host -> {
            throw new UnknownHostException(host);
        }));
        assertThatThrownBy(() -> f.webhooks.send(f.request("https://hooks.invalid/x")))
                .isInstanceOfSatisfying(WebhookRefusedException.class, e -> {
                    assertThat(e.reason()).contains("does not resolve");
                    assertThat(e.getCause()).isInstanceOf(UnknownHostException.class);
                });
        f.assertNothingScheduled();
    }

    @Test
    void aHostWithOnePrivateAddressAmongPublicOnesIsRefused() {
        f.start(f.builder().resolver(host -> new InetAddress[] {
            InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.1.2.3")}));
        assertThatThrownBy(() -> f.webhooks.send(f.request("https://hooks.example.test/x")))
                .isInstanceOfSatisfying(WebhookRefusedException.class,
                        e -> assertThat(e.reason()).contains("10.1.2.3").contains("private"));
    }

    @Test
    void aHostThatResolvesToAPrivateAddressAtDeliveryFailsWithoutRetry() {
        // DNS rebinding: public when sent, private when delivered. The guard refuses before any connection.
        AtomicInteger lookups = new AtomicInteger();
        f.start(f.builder().resolver(host -> new InetAddress[] {
            InetAddress.getByName(lookups.incrementAndGet() == 1 ? "93.184.216.34" : "10.0.0.7")}));
        f.webhooks.send(f.request("https://hooks.example.test/x"));
        f.konversio.runDueWork();

        assertThat(f.deliveries()).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(WebhookDelivery.Outcome.FAILED);
            assertThat(d.statusCode()).isZero();
            assertThat(d.error()).startsWith("refused:").contains("10.0.0.7");
        });
        f.assertNothingScheduled();
    }

    @Test
    void anAccountWithoutSecretIsRefused() {
        f.start();
        f.secret.set(new byte[0]);
        assertThatThrownBy(() -> f.webhooks.send(f.request(f.receiver.url("/hooks"))))
                .isInstanceOfSatisfying(WebhookRefusedException.class, e -> assertThat(e.reason()).contains("secret"));
        f.assertNothingScheduled();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "eventName   | 'message_created\\r\\nX-Injected: 1' | '{}'",
        "eventName   | ''                                   | '{}'",
        "payloadJson | message_created                 | not json",
        "payloadJson | message_created                 | '{\"a\":1} trailing'",
        "payloadJson | message_created                 | '   '",
    })
    void invalidInputIsRejectedNamingTheField(String field, String event, String body) {
        f.start();
        WebhookRequest request = new WebhookRequest(f.account.value(), 7, f.receiver.url("/hooks"),
                event.replace("\\r\\n", "\r\n"), body);
        assertThatThrownBy(() -> f.webhooks.send(request))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
        f.assertNothingScheduled();
    }

    @Test
    void accountIdsAreChecked() {
        f.start();
        assertThatThrownBy(() -> f.webhooks.send(new WebhookRequest(0, 7, f.receiver.url("/"), "e", "{}")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("accountId"));
        assertThatThrownBy(() -> f.webhooks.send(new WebhookRequest(99, 7, f.receiver.url("/"), "e", "{}")))
                .isInstanceOf(NotFoundException.class);
        f.assertNothingScheduled();
    }

    @Test
    void webhooksMustBeInstalledBeforeSending() {
        Webhooks webhooks = f.builder().build();
        assertThatThrownBy(() -> webhooks.send(new WebhookRequest(1, 7, f.receiver.url("/"), "e", "{}")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void oneWebhooksInstanceBelongsToOneKonversio() {
        f.start();
        assertThatThrownBy(() -> Konversio.builder().extension(f.webhooks).build())
                .isInstanceOf(IllegalStateException.class);
    }
}
