package io.konversio.core.internal;

import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.MessageType;
import io.konversio.core.Actor;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentId;
import io.konversio.core.event.NotificationCreated;
import io.konversio.core.notification.Notification;
import io.konversio.core.notification.NotificationId;
import io.konversio.core.notification.NotificationType;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Creates notifications inside the unit of work that caused them, at most one per agent and dedup key, and
 * records a {@link NotificationCreated} event for each so the host's sink receives it after commit.
 */
public final class ConversationNotifier {
  private final UnitOfWork unit;

  ConversationNotifier(UnitOfWork unit) {
    this.unit = unit;
  }

  void conversationCreated(Conversation c, Actor actor) {
    if (c.status() == ConversationStatus.PENDING || c.status() == ConversationStatus.RESOLVED) {
      return;
    }
    for (Agent agent : unit.tx().agents().list(c.accountId())) {
      if (agent.inboxes().contains(c.inboxId()) && !isActor(agent.id(), actor)) {
        notify(c, agent.id(), NotificationType.CONVERSATION_CREATED, Optional.empty(), actor, "created");
      }
    }
  }

  void assigned(Conversation c, AgentId assignee, Actor actor) {
    if (isActor(assignee, actor) || c.status() == ConversationStatus.PENDING) {
      return;
    }
    notify(c, assignee, NotificationType.CONVERSATION_ASSIGNED, Optional.empty(), actor,
        "assigned:" + c.version());
  }

  void mentioned(Conversation c, Message note, Set<AgentId> agents) {
    for (AgentId agent : agents) {
      if (!isActor(agent, note.sender())) {
        notify(c, agent, NotificationType.CONVERSATION_MENTION, Optional.of(note), note.sender(), messageKey(note));
      }
    }
  }

  /** New-message notices for the assignee and the participants, except the sender; none for blocked contacts. */
  void newMessage(Conversation c, Message message, boolean contactBlocked) {
    if (contactBlocked || message.type() == MessageType.ACTIVITY) {
      return;
    }
    c.assigneeId().filter(a -> !isActor(a, message.sender())).ifPresent(a -> notify(c, a,
        NotificationType.ASSIGNED_CONVERSATION_NEW_MESSAGE, Optional.of(message), message.sender(),
        messageKey(message)));
    for (AgentId participant : c.participants()) {
      if (!isActor(participant, message.sender())) {
        notify(c, participant, NotificationType.PARTICIPATING_CONVERSATION_NEW_MESSAGE, Optional.of(message),
            message.sender(), messageKey(message));
      }
    }
  }

  private static String messageKey(Message m) {
    return "message:" + m.id().value();
  }

  private static boolean isActor(AgentId agent, Actor actor) {
    return actor.isAgent() && actor.id() == agent.value();
  }

  private void notify(Conversation c, AgentId agent, NotificationType type, Optional<Message> message, Actor actor,
      String key) {
    Notification n = new Notification(NotificationId.of(unit.tx().nextId("notification")), c.accountId(), agent,
        type, c.id(), message.map(Message::id), actor, "conversation:" + c.id().value() + ":" + key, unit.now(),
        Optional.empty());
    if (unit.tx().notifications().insertIfAbsent(n)) {
      unit.record(new NotificationCreated(UUID.randomUUID(), actor, unit.now(), c, n));
    }
  }
}
