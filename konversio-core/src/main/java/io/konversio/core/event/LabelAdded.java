package io.konversio.core.event;

import io.konversio.core.Actor;
import io.konversio.core.conversation.Conversation;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A label was added to a conversation. Immutable; thread-safe.
 */
public record LabelAdded(UUID id, Actor actor, Instant occurredAt, Conversation conversation, String label) implements DomainEvent {
  public LabelAdded {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(conversation, "conversation");
  }
}
