package io.konversio.core.account;

import java.time.Instant;
import java.util.Objects;

/**
 * An account: one tenant of Konversio. Every other entity belongs to exactly one account. Immutable; thread-safe.
 */
public record Account(AccountId id, String name, Instant createdAt) {
  public Account {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
