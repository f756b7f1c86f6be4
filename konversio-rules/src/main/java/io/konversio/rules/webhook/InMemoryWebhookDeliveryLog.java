package io.konversio.rules.webhook;

import io.konversio.core.Page;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps the latest attempts of each account in memory, newest first. Thread-safe: one lock per account. */
final class InMemoryWebhookDeliveryLog implements WebhookDeliveryLog {
    private final int perAccount;
    private final Map<Long, Deque<WebhookDelivery>> byAccount = new ConcurrentHashMap<>();

    InMemoryWebhookDeliveryLog(int perAccount) {
        if (perAccount < 1) {
            throw new IllegalArgumentException("perAccount must be at least 1: " + perAccount);
        }
        this.perAccount = perAccount;
    }

    @Override
    public void record(WebhookDelivery delivery) {
        Deque<WebhookDelivery> log = byAccount.computeIfAbsent(delivery.accountId(), id -> new ArrayDeque<>());
        synchronized (log) {
            log.addFirst(delivery);
            while (log.size() > perAccount) {
                log.removeLast();
            }
        }
    }

    @Override
    public Page<WebhookDelivery> list(long accountId, int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1: page " + page + ", size " + size);
        }
        Deque<WebhookDelivery> log = byAccount.get(accountId);
        if (log == null) {
            return new Page<>(List.of(), page, size, 0);
        }
        List<WebhookDelivery> all;
        synchronized (log) {
            all = new ArrayList<>(log);
        }
        // Stable sort: attempts recorded with the same time keep newest-recorded-first.
        all.sort((a, b) -> b.time().compareTo(a.time()));
        long from = Math.min((long) page * size, all.size());
        long to = Math.min(from + size, all.size());
        return new Page<>(all.subList((int) from, (int) to), page, size, all.size());
    }
}
