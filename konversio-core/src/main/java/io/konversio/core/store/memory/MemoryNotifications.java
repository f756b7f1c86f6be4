package io.konversio.core.store.memory;

import io.konversio.core.Page;
import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.notification.Notification;
import io.konversio.core.notification.NotificationId;
import io.konversio.core.spi.NotificationStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class MemoryNotifications implements NotificationStore {
  private final MemoryData data;
  private final Journal journal;

  MemoryNotifications(MemoryData data, Journal journal) {
    this.data = data;
    this.journal = journal;
  }

  @Override
  public boolean insertIfAbsent(Notification notification) {
    String key = notification.agentId().value() + ":" + notification.dedupKey();
    if (data.notificationKeys.containsKey(key)) {
      return false;
    }
    journal.put(data.notificationKeys, key, notification.id().value());
    journal.put(data.notifications, notification.id().value(), notification);
    return true;
  }

  @Override
  public void update(Notification notification) {
    journal.replace(data.notifications, notification.id().value(), notification,
        stored -> stored.accountId().equals(notification.accountId()), "notification");
  }

  @Override
  public Optional<Notification> find(AccountId account, NotificationId id) {
    return Optional.ofNullable(data.notifications.get(id.value())).filter(n -> n.accountId().equals(account));
  }

  @Override
  public Page<Notification> list(AccountId account, AgentId agent, boolean unreadOnly, int page, int size) {
    List<Notification> all = data.notifications.values().stream()
        .filter(n -> n.accountId().equals(account) && n.agentId().equals(agent) && (!unreadOnly || !n.isRead()))
        .sorted(Comparator.comparing(Notification::createdAt).thenComparing(n -> n.id().value()).reversed())
        .toList();
    return MemoryPages.page(all, page, size);
  }

  @Override
  public long countUnread(AccountId account, AgentId agent) {
    return data.notifications.values().stream()
        .filter(n -> n.accountId().equals(account) && n.agentId().equals(agent) && !n.isRead()).count();
  }
}
