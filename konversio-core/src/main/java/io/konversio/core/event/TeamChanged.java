package io.konversio.core.event;

import io.konversio.core.Actor;
import io.konversio.core.agent.TeamId;
import io.konversio.core.conversation.Conversation;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The team of a conversation changed; either side is empty for no team. Immutable; thread-safe.
 */
public record TeamChanged(UUID id, Actor actor, Instant occurredAt, Conversation conversation, Optional<TeamId> from, Optional<TeamId> to) implements DomainEvent {
  public TeamChanged {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(conversation, "conversation");
  }
}
