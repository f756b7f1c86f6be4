package io.konversio.core.spi;

import io.konversio.core.Page;
import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.notification.Notification;
import io.konversio.core.notification.NotificationId;
import java.util.Optional;

/** Stores notifications, at most one per agent and dedup key. */
public interface NotificationStore {

  /** Stores the notification unless the agent already has one with its dedup key; returns whether it was stored. */
  boolean insertIfAbsent(Notification notification);

  void update(Notification notification);

  Optional<Notification> find(AccountId account, NotificationId id);

  /** A page of the agent's notifications, newest first. */
  Page<Notification> list(AccountId account, AgentId agent, boolean unreadOnly, int page, int size);

  long countUnread(AccountId account, AgentId agent);
}
