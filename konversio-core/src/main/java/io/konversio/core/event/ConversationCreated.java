package io.konversio.core.event;

import io.konversio.core.Actor;
import io.konversio.core.conversation.Conversation;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A conversation was created. Immutable; thread-safe.
 */
public record ConversationCreated(UUID id, Actor actor, Instant occurredAt, Conversation conversation) implements DomainEvent {
  public ConversationCreated {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(conversation, "conversation");
  }
}
