package io.konversio.rules.webhook;

/**
 * Supplies each account's webhook signing secret; the host implements it, e.g. from its own settings table or a
 * secret manager. Konversio asks for the secret at every attempt, so a rotated secret takes effect on the next
 * attempt. Must be thread-safe.
 */
@FunctionalInterface
public interface WebhookSecrets {

    /**
     * The HMAC-SHA256 key of the account, at least one byte (32 random bytes are a good choice). Return an empty
     * array when the account has none: its webhooks are then refused.
     */
    byte[] secret(long accountId);
}
