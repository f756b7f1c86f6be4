package io.konversio.rules.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes the {@code X-Konversio-Signature} header: {@code sha256=} and the lower-case hex HMAC-SHA256, keyed with
 * the account's secret, of {@code "<timestamp>.<body>"} in UTF-8. Stateless; thread-safe.
 */
final class Signature {
    static final String ALGORITHM = "HmacSHA256";
    static final String PREFIX = "sha256=";

    private Signature() {
    }

    static String header(byte[] secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
