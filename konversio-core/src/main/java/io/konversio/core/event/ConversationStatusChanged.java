package io.konversio.core.event;

import io.konversio.core.Actor;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The status of a conversation changed. Immutable; thread-safe.
 */
public record ConversationStatusChanged(UUID id, Actor actor, Instant occurredAt, Conversation conversation, ConversationStatus from, ConversationStatus to) implements DomainEvent {
  public ConversationStatusChanged {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(conversation, "conversation");
  }
}
