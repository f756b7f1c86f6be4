package io.konversio.rules.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a receiver verifies a Konversio webhook, written with the JDK only and independent of the sending code.
 * {@code docs/webhooks.md} shows the method between the snippet markers verbatim; {@link DocsSnippetTest} checks
 * that it does.
 */
final class WebhookReceiverSnippet {
    private WebhookReceiverSnippet() {
    }

    // snippet:verify
    /**
     * True when the request is a genuine, recent Konversio webhook. Pass the raw body bytes as received (before any
     * JSON parsing) and the X-Konversio-Timestamp and X-Konversio-Signature headers.
     */
    static boolean verify(byte[] secret, byte[] rawBody, String timestampHeader, String signatureHeader,
            Instant now) throws GeneralSecurityException {
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > 300) {
            return false; // older (or newer) than 5 minutes: maybe a replay
        }
        if (!signatureHeader.startsWith("sha256=")) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signatureHeader.substring("sha256=".length()));
        } catch (IllegalArgumentException e) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        mac.update((timestampHeader + ".").getBytes(StandardCharsets.UTF_8));
        byte[] expected = mac.doFinal(rawBody);
        return MessageDigest.isEqual(expected, given); // constant time
    }
    // end snippet
}
