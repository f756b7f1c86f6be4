package io.konversio.core.event;

import io.konversio.core.Actor;
import io.konversio.core.account.AccountId;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to a conversation, recorded in the same unit of work as the change and delivered to
 * listeners after the change is stored, in order. Every event carries a unique id (for idempotent listeners), the
 * actor who caused it, its time and the conversation as it was right after the change.
 */
public sealed interface DomainEvent permits ConversationCreated, ConversationUpdated, ConversationStatusChanged, AssigneeChanged, TeamChanged, LabelAdded, LabelRemoved, MessageCreated, NotificationCreated {

  /** A unique id; a listener that may see an event twice (after a crash) can use it to ignore the repeat. */
  UUID id();

  /** Who caused the change. Events caused by an automation rule do not trigger automation. */
  Actor actor();

  /** When the change happened, by the injected clock. */
  Instant occurredAt();

  /** The conversation right after the change. */
  Conversation conversation();

  default AccountId accountId() {
    return conversation().accountId();
  }

  default ConversationId conversationId() {
    return conversation().id();
  }

  /** The event's name as used by automation rules and webhooks, e.g. {@code conversation_created}. */
  default String name() {
    return EventNames.of(this);
  }
}
