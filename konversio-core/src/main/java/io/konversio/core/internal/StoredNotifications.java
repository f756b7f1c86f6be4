package io.konversio.core.internal;

import io.konversio.core.notification.Notification;
import io.konversio.core.notification.NotificationId;
import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.Page;
import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.internal.Kernel;
import java.util.Objects;
import io.konversio.core.notification.Notifications;

/** The Notifications of one account, over the kernel's store. Thread-safe. */
public final class StoredNotifications implements Notifications {
  private final Kernel kernel;
  private final AccountId account;

  public StoredNotifications(Kernel kernel, AccountId account) {
    this.kernel = kernel;
    this.account = account;
  }

  /** A page of the agent's notifications, newest first. */
  @Override
  public Page<Notification> list(AgentId agent, boolean unreadOnly, int page, int size) {
    Objects.requireNonNull(agent, "agent");
    InvalidInputException.check(page >= 0, "page", page, "must be >= 0");
    InvalidInputException.check(size >= 1 && size <= 500, "size", size, "must be 1..500");
    return kernel.read(tx -> tx.notifications().list(account, agent, unreadOnly, page, size));
  }

  /** All of the agent's notifications (up to 500), newest first. */
  @Override
  public Page<Notification> list(AgentId agent) {
    return list(agent, false, 0, 500);
  }

  @Override
  public long unreadCount(AgentId agent) {
    Objects.requireNonNull(agent, "agent");
    return kernel.read(tx -> tx.notifications().countUnread(account, agent));
  }

  @Override
  public Notification markRead(NotificationId id) {
    Objects.requireNonNull(id, "id");
    return kernel.write(unit -> {
      Notification n = unit.tx().notifications().find(account, id)
          .orElseThrow(() -> new NotFoundException("notification", id));
      if (n.isRead()) {
        return n;
      }
      Notification read = n.markedRead(unit.now());
      unit.tx().notifications().update(read);
      return read;
    });
  }

  /** Marks all of the agent's notifications read; returns how many were unread. */
  @Override
  public int markAllRead(AgentId agent) {
    Objects.requireNonNull(agent, "agent");
    return kernel.write(unit -> {
      int count = 0;
      while (true) {
        Page<Notification> unread = unit.tx().notifications().list(account, agent, true, 0, 500);
        if (unread.items().isEmpty()) {
          return count;
        }
        for (Notification n : unread.items()) {
          unit.tx().notifications().update(n.markedRead(unit.now()));
          count++;
        }
      }
    });
  }
}
