package io.konversio.rules.webhook;

import io.konversio.core.Page;

/**
 * Where {@link Webhooks} records every delivery attempt, so admins can see what was sent and what the receivers
 * answered. The default keeps the most recent attempts in memory ({@link #inMemory()}); a host that wants the
 * log to survive restarts implements this over its database. Must be thread-safe.
 */
public interface WebhookDeliveryLog {

    /** Records one attempt. */
    void record(WebhookDelivery delivery);

    /**
     * One page of the account's attempts, newest first (by time, then by the order they were recorded).
     *
     * @param page the zero-based page number, at least 0
     * @param size the page size, at least 1
     */
    Page<WebhookDelivery> list(long accountId, int page, int size);

    /** An in-memory log that keeps the latest 1,000 attempts of each account. */
    static WebhookDeliveryLog inMemory() {
        return inMemory(1_000);
    }

    /** An in-memory log that keeps the latest {@code perAccount} attempts of each account (at least 1). */
    static WebhookDeliveryLog inMemory(int perAccount) {
        return new InMemoryWebhookDeliveryLog(perAccount);
    }
}
