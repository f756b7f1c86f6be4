package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.schema.Tables.NOTIFICATION;

import io.konversio.core.Actor;
import io.konversio.core.Page;
import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.MessageId;
import io.konversio.core.notification.Notification;
import io.konversio.core.notification.NotificationId;
import io.konversio.core.notification.NotificationType;
import io.konversio.core.spi.NotificationStore;
import io.konversio.jdbc.internal.schema.tables.records.NotificationRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;

final class JooqNotificationStore implements NotificationStore {
  private final JooqTransaction tx;

  JooqNotificationStore(JooqTransaction tx) {
    this.tx = tx;
  }

  /** Relies on the unique key (agent_id, dedup_key): the insert does nothing when the agent has the key. */
  @Override
  public boolean insertIfAbsent(Notification notification) {
    tx.checkWritable();
    return tx.ctx.insertInto(NOTIFICATION).set(record(notification))
        .onConflict(NOTIFICATION.AGENT_ID, NOTIFICATION.DEDUP_KEY).doNothing().execute() > 0;
  }

  /** Replaces the stored notification; throws {@link IllegalStateException} if the account has no such notification. */
  @Override
  public void update(Notification notification) {
    tx.checkWritable();
    NotificationRecord r = record(notification);
    int updated = tx.ctx.update(NOTIFICATION).set(r)
        .where(NOTIFICATION.ID.eq(notification.id().value()),
            NOTIFICATION.ACCOUNT_ID.eq(notification.accountId().value()))
        .execute();
    if (updated == 0) {
      throw JooqTransaction.missing("notification", notification.id(), notification.accountId());
    }
  }

  private NotificationRecord record(Notification n) {
    NotificationRecord r = tx.ctx.newRecord(NOTIFICATION);
    r.setId(n.id().value());
    r.setAccountId(n.accountId().value());
    r.setAgentId(n.agentId().value());
    r.setNotificationType(n.type().code());
    r.setConversationId(n.conversationId().value());
    r.setMessageId(n.messageId().map(MessageId::value).orElse(null));
    r.setCausedByKind(n.causedBy().kind().code());
    r.setCausedById(n.causedBy().id());
    r.setDedupKey(n.dedupKey());
    r.setCreatedAt(Times.column(n.createdAt()));
    r.setReadAt(Times.column(n.readAt()));
    return r;
  }

  @Override
  public Optional<Notification> find(AccountId account, NotificationId id) {
    return tx.ctx.selectFrom(NOTIFICATION)
        .where(NOTIFICATION.ID.eq(id.value()), NOTIFICATION.ACCOUNT_ID.eq(account.value()))
        .fetchOptional(JooqNotificationStore::notification);
  }

  @Override
  public Page<Notification> list(AccountId account, AgentId agent, boolean unreadOnly, int page, int size) {
    Condition where = ofAgent(account, agent);
    if (unreadOnly) {
      where = where.and(NOTIFICATION.READ_AT.isNull());
    }
    long total = tx.ctx.fetchCount(NOTIFICATION, where);
    List<Notification> items = tx.ctx.selectFrom(NOTIFICATION).where(where)
        .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc())
        .limit(size).offset((long) page * size).fetch(JooqNotificationStore::notification);
    return new Page<>(items, page, size, total);
  }

  @Override
  public long countUnread(AccountId account, AgentId agent) {
    return tx.ctx.fetchCount(NOTIFICATION, ofAgent(account, agent).and(NOTIFICATION.READ_AT.isNull()));
  }

  private static Condition ofAgent(AccountId account, AgentId agent) {
    return NOTIFICATION.ACCOUNT_ID.eq(account.value()).and(NOTIFICATION.AGENT_ID.eq(agent.value()));
  }

  private static Notification notification(NotificationRecord r) {
    return new Notification(NotificationId.of(r.getId()), AccountId.of(r.getAccountId()), AgentId.of(r.getAgentId()),
        NotificationType.ofCode(r.getNotificationType()), ConversationId.of(r.getConversationId()),
        Optional.ofNullable(r.getMessageId()).map(MessageId::of),
        new Actor(Actor.Kind.ofCode(r.getCausedByKind()), r.getCausedById()), r.getDedupKey(),
        Times.instant(r.getCreatedAt()), Times.optional(r.getReadAt()));
  }
}
