package io.konversio.core.spi;

import io.konversio.core.Page;
import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.notification.Notification;
import io.konversio.core.notification.NotificationId;
import java.util.Optional;

/** Stores notifications, at most one per agent and dedup key. Used inside one transaction only. */
public interface NotificationStore {

  /**
   * Stores the notification unless the agent already has one with its dedup key (read or not); returns whether it
   * was stored. The earlier notification is left as it is.
   */
  boolean insertIfAbsent(Notification notification);

  void update(Notification notification);

  Optional<Notification> find(AccountId account, NotificationId id);

  /**
   * A page of the agent's notifications, newest first (by {@link Notification#createdAt()}, then by id, highest
   * first); only the unread ones when {@code unreadOnly}.
   */
  Page<Notification> list(AccountId account, AgentId agent, boolean unreadOnly, int page, int size);

  /** The number of the agent's notifications that are not read. */
  long countUnread(AccountId account, AgentId agent);
}
