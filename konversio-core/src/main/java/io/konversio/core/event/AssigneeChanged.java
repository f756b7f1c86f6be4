package io.konversio.core.event;

import io.konversio.core.Actor;
import io.konversio.core.agent.AgentId;
import io.konversio.core.conversation.Conversation;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The assignee of a conversation changed; either side is empty for unassigned. Immutable; thread-safe.
 */
public record AssigneeChanged(UUID id, Actor actor, Instant occurredAt, Conversation conversation, Optional<AgentId> from, Optional<AgentId> to) implements DomainEvent {
  public AssigneeChanged {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(conversation, "conversation");
  }
}
