package io.konversio.rules.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The SSRF policy: a webhook URL must be absolute http or https with a host and no user info, and unless its host
 * is allow-listed, every address the host resolves to must be public (not loopback, unspecified, private,
 * shared, link-local, unique-local, multicast or reserved). Immutable; thread-safe.
 */
final class UrlGuard {
    static final int MAX_URL_LENGTH = 2048;

    /** Resolves a host name to all its addresses; {@link InetAddress#getAllByName} outside tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> allowedHosts;
    private final Resolver resolver;

    UrlGuard(Set<String> allowedHosts, Resolver resolver) {
        this.allowedHosts = Set.copyOf(allowedHosts);
        this.resolver = resolver;
    }

    /** The host as compared with the allow-list: lower case, IPv6 literals without brackets. */
    static String normalizeHost(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h;
    }

    /**
     * Returns the URL as a URI when the policy allows it; otherwise throws {@link WebhookRefusedException} with the
     * reason. When the host does not resolve, the exception's cause is the {@link UnknownHostException}.
     */
    URI check(String url) {
        URI uri = parse(url);
        String host = normalizeHost(uri.getHost());
        if (allowedHosts.contains(host)) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new WebhookRefusedException(url, "host " + host + " does not resolve", e);
        }
        if (addresses.length == 0) {
            throw new WebhookRefusedException(url, "host " + host + " has no address");
        }
        for (InetAddress address : addresses) {
            Optional<String> forbidden = forbidden(address);
            if (forbidden.isPresent()) {
                throw new WebhookRefusedException(url, "host " + host + " resolves to " + address.getHostAddress()
                        + ", " + forbidden.get() + " (allow-list the host to permit it)");
            }
        }
        return uri;
    }

    private static URI parse(String url) {
        if (url.length() > MAX_URL_LENGTH) {
            throw new WebhookRefusedException(url, "longer than " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new WebhookRefusedException(url, "not a valid URI: " + e.getReason(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new WebhookRefusedException(url, "the scheme must be http or https");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new WebhookRefusedException(url, "it has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new WebhookRefusedException(url, "it must not carry user info");
        }
        return uri;
    }

    /** Why the policy forbids this address, or empty when it is a public address. */
    static Optional<String> forbidden(InetAddress address) {
        if (address instanceof Inet4Address) {
            return forbiddenV4(address.getAddress());
        }
        if (address instanceof Inet6Address) {
            return forbiddenV6(address.getAddress());
        }
        return Optional.of("an address of unknown family");
    }

    private static Optional<String> forbiddenV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        if (a0 == 0) {
            return Optional.of("an unspecified (\"this network\", 0.0.0.0/8) address");
        }
        if (a0 == 127) {
            return Optional.of("a loopback address");
        }
        if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
            return Optional.of("a private (site-local) address");
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return Optional.of("a shared (carrier-grade NAT, 100.64.0.0/10) address");
        }
        if (a0 == 169 && a1 == 254) {
            return Optional.of("a link-local address");
        }
        if (a0 == 198 && (a1 & 0xfe) == 18) {
            return Optional.of("a benchmarking (198.18.0.0/15) address");
        }
        if (a0 >= 224 && a0 <= 239) {
            return Optional.of("a multicast address");
        }
        if (a0 >= 240) {
            return Optional.of("a reserved or broadcast address");
        }
        return Optional.empty();
    }

    private static Optional<String> forbiddenV6(byte[] b) {
        if (isZero(b, 0, 15) && (b[15] == 0 || b[15] == 1)) {
            return Optional.of(b[15] == 0 ? "an unspecified address" : "a loopback address");
        }
        if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return embeddedV4("an IPv4-mapped address", b);
        }
        if (isZero(b, 0, 12)) {
            return embeddedV4("an IPv4-compatible address", b);
        }
        if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && isZero(b, 4, 12)) {
            return embeddedV4("a NAT64 address", b);
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return Optional.of("a unique-local (fc00::/7) address");
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) {
            return Optional.of("a link-local address");
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return Optional.of("a site-local address");
        }
        if ((b[0] & 0xff) == 0xff) {
            return Optional.of("a multicast address");
        }
        return Optional.empty();
    }

    private static Optional<String> embeddedV4(String kind, byte[] b) {
        byte[] v4 = {b[12], b[13], b[14], b[15]};
        return forbiddenV4(v4).map(reason -> kind + " of " + reason);
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
