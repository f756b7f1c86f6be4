package io.konversio.core.search;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import java.time.Instant;
import java.util.Objects;

/** A named conversation query that an agent stored to run again. Immutable; thread-safe. */
public record SavedFilter(SavedFilterId id, AccountId accountId, AgentId owner, String name,
    ConversationQuery query, Instant createdAt) {
  public SavedFilter {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
