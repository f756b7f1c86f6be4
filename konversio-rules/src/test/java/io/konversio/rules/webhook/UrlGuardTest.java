package io.konversio.rules.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF address policy on literal addresses (no look-up leaves the machine). */
class UrlGuardTest {
    /** Parses IP literals (no look-up) and knows no host name. */
    private static final UrlGuard.Resolver NO_DNS = host -> {
        if (host.contains(":") || host.matches("[0-9.]+")) {
            return InetAddress.getAllByName(host);
        }
        throw new UnknownHostException("no DNS in this test: " + host);
    };

    @ParameterizedTest
    @ValueSource(strings = {
        "0.0.0.0", "0.1.2.3", "127.0.0.1", "127.255.255.254", "10.0.0.1", "10.255.255.255", "172.16.0.1",
        "172.31.255.255", "192.168.0.1", "100.64.0.1", "100.127.255.255", "169.254.169.254", "169.254.0.1",
        "198.18.0.1", "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255",
        "::", "::1", "fe80::1", "febf::1", "fec0::1", "fc00::1", "fdff:ffff::1", "ff02::1",
        "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1", "64:ff9b::a00:1",
    })
    void forbiddenAddresses(String literal) throws UnknownHostException {
        assertThat(UrlGuard.forbidden(InetAddress.getByName(literal))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1.1.1.1", "8.8.8.8", "93.184.216.34", "172.15.255.255", "172.32.0.1", "192.167.1.1", "100.63.255.255",
        "100.128.0.1", "169.253.1.1", "198.20.0.1", "223.255.255.255", "11.0.0.1",
        "2001:4860:4860::8888", "2606:4700::1111", "64:ff9b::808:808",
    })
    void publicAddresses(String literal) throws UnknownHostException {
        assertThat(UrlGuard.forbidden(InetAddress.getByName(literal))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://1.1.1.1/x", "https://[2606:4700::1111]:8443/x?y=z", "HTTPS://8.8.8.8"})
    void publicLiteralUrlsPass(String url) {
        assertThat(new UrlGuard(Set.of(), NO_DNS).check(url)).hasToString(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1/x", "http://[fc00::1]/x", "http://HOOKS.internal/x"})
    void allowListedHostsSkipTheAddressCheck(String url) {
        UrlGuard guard = new UrlGuard(Set.of("10.0.0.1", "fc00::1", "hooks.internal"), NO_DNS);
        assertThat(guard.check(url)).hasToString(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.2/x", "http://hooks.internal.evil.test/x"})
    void theAllowListMatchesWholeHostsOnly(String url) {
        UrlGuard guard = new UrlGuard(Set.of("10.0.0.1", "hooks.internal"), NO_DNS);
        assertThatThrownBy(() -> guard.check(url)).isInstanceOf(WebhookRefusedException.class);
    }

    @org.junit.jupiter.api.Test
    void overlongUrlsAreRefused() {
        String url = "https://1.1.1.1/" + "a".repeat(UrlGuard.MAX_URL_LENGTH);
        assertThatThrownBy(() -> new UrlGuard(Set.of(), NO_DNS).check(url))
                .isInstanceOfSatisfying(WebhookRefusedException.class, e -> assertThat(e.reason()).contains("longer"));
    }
}
