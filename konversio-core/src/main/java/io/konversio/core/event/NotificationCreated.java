package io.konversio.core.event;

import io.konversio.core.Actor;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.notification.Notification;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A notification for an agent was stored; handed to the host's {@code NotificationSink}. Immutable; thread-safe.
 */
public record NotificationCreated(UUID id, Actor actor, Instant occurredAt, Conversation conversation, Notification notification) implements DomainEvent {
  public NotificationCreated {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(conversation, "conversation");
  }
}
