package io.konversio.core.notification;

import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.Page;
import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import java.util.Objects;

/** The agents' notifications of one account, with read state. Implementations are thread-safe. */
public interface Notifications {
  /** A page of the agent's notifications, newest first. */
  Page<Notification> list(AgentId agent, boolean unreadOnly, int page, int size);

  /** All of the agent's notifications (up to 500), newest first. */
  Page<Notification> list(AgentId agent);

  long unreadCount(AgentId agent);

  Notification markRead(NotificationId id);

  /** Marks all of the agent's notifications read; returns how many were unread. */
  int markAllRead(AgentId agent);
}
