package io.konversio.core.notification;

import io.konversio.core.Actor;
import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.MessageId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A notification for one agent. At most one exists per agent and {@link #dedupKey()}, so an agent is never
 * notified twice of the same message. Immutable; thread-safe.
 *
 * @param dedupKey what makes this notification unique for its agent, e.g. {@code message:42}
 * @param messageId the message that caused it, if any
 * @param causedBy who caused it
 * @param readAt when the agent read it; empty while unread
 */
public record Notification(NotificationId id, AccountId accountId, AgentId agentId, NotificationType type,
    ConversationId conversationId, Optional<MessageId> messageId, Actor causedBy, String dedupKey,
    Instant createdAt, Optional<Instant> readAt) {
  public Notification {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(causedBy, "causedBy");
    Objects.requireNonNull(dedupKey, "dedupKey");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(readAt, "readAt");
  }

  public boolean isRead() {
    return readAt.isPresent();
  }

  public Notification markedRead(Instant at) {
    return new Notification(id, accountId, agentId, type, conversationId, messageId, causedBy, dedupKey, createdAt,
        Optional.of(at));
  }
}
