package io.konversio.core.event;

import io.konversio.core.Actor;
import io.konversio.core.conversation.Conversation;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Attributes of a conversation changed; {@code changes} maps each changed attribute to its old and new value.
 *
 * <p>Attribute names: {@code status}, {@code snoozed_until}, {@code priority}, {@code assignee_id}, {@code team_id},
 * {@code labels}, {@code custom_attributes.<key>}, {@code additional_attributes.<key>}, {@code participants},
 * {@code waiting_since}, {@code first_reply_created_at}. Immutable; thread-safe.
 */
public record ConversationUpdated(UUID id, Actor actor, Instant occurredAt, Conversation conversation, Map<String, Change> changes) implements DomainEvent {
  public ConversationUpdated {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(conversation, "conversation");
    changes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(changes));
  }
}
