package io.konversio.core.event;

import io.konversio.core.Actor;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.Message;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A message (or private note, or activity line) was added to a conversation. Immutable; thread-safe.
 */
public record MessageCreated(UUID id, Actor actor, Instant occurredAt, Conversation conversation, Message message) implements DomainEvent {
  public MessageCreated {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(conversation, "conversation");
  }
}
