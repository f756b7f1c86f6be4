package io.konversio.core.duework;

import io.konversio.core.account.AccountId;
import java.time.Instant;
import java.util.Objects;

/**
 * A piece of timed work: at {@code dueAt}, the handler registered for {@code kind} runs it. At most one item
 * exists per {@code key}; scheduling the same key again replaces it. Immutable; thread-safe.
 *
 * @param id the store's id for the item
 * @param kind which handler runs it, e.g. {@code conversation.snooze_wakeup}
 * @param key what the item is about, unique, e.g. {@code snooze:42}
 * @param payload handler data, as text
 * @param attempts how many times it has been tried and failed
 */
public record DueItem(long id, AccountId accountId, String kind, String key, String payload, Instant dueAt,
    int attempts) {
  public DueItem {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(dueAt, "dueAt");
  }
}
