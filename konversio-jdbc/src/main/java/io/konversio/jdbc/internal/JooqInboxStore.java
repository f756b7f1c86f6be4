package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.schema.Tables.AUTO_ASSIGNMENT_TICKET;
import static io.konversio.jdbc.internal.schema.Tables.INBOX;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.inbox.AutoAssignment;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.inbox.InboxId;
import io.konversio.core.inbox.InboxSettings;
import io.konversio.core.spi.InboxStore;
import io.konversio.jdbc.internal.schema.tables.records.InboxRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class JooqInboxStore implements InboxStore {
  private final JooqTransaction tx;

  JooqInboxStore(JooqTransaction tx) {
    this.tx = tx;
  }

  @Override
  public void insert(Inbox inbox) {
    tx.insertUnique(tx.ctx.insertInto(INBOX).set(record(inbox)), "inbox " + inbox.id());
  }

  /** Replaces the stored inbox; throws {@link IllegalStateException} if the account has no such inbox. */
  @Override
  public void update(Inbox inbox) {
    tx.checkWritable();
    InboxRecord r = record(inbox);
    int updated = tx.ctx.update(INBOX).set(r)
        .where(INBOX.ID.eq(inbox.id().value()), INBOX.ACCOUNT_ID.eq(inbox.accountId().value())).execute();
    if (updated == 0) {
      throw JooqTransaction.missing("inbox", inbox.id(), inbox.accountId());
    }
  }

  private InboxRecord record(Inbox inbox) {
    AutoAssignment a = inbox.settings().autoAssignment();
    InboxRecord r = tx.ctx.newRecord(INBOX);
    r.setId(inbox.id().value());
    r.setAccountId(inbox.accountId().value());
    r.setName(inbox.name());
    r.setChannelType(inbox.channelType().code());
    r.setCsatEnabled(inbox.settings().csatEnabled());
    r.setAutoAssignEnabled(a.enabled());
    r.setAutoAssignMode(a.mode().code());
    r.setAutoAssignMaxOpen(a.maxOpenPerAgent());
    r.setBusinessHours(BusinessHoursJson.write(inbox.settings().businessHours()));
    r.setCreatedAt(Times.column(inbox.createdAt()));
    return r;
  }

  @Override
  public Optional<Inbox> find(AccountId account, InboxId id) {
    return tx.ctx.selectFrom(INBOX).where(INBOX.ID.eq(id.value()), INBOX.ACCOUNT_ID.eq(account.value()))
        .fetchOptional(JooqInboxStore::inbox);
  }

  @Override
  public List<Inbox> list(AccountId account) {
    return tx.ctx.selectFrom(INBOX).where(INBOX.ACCOUNT_ID.eq(account.value())).orderBy(INBOX.ID)
        .fetch(JooqInboxStore::inbox);
  }

  private static Inbox inbox(InboxRecord r) {
    AutoAssignment assignment = new AutoAssignment(r.getAutoAssignEnabled(),
        AutoAssignment.Mode.ofCode(r.getAutoAssignMode()), r.getAutoAssignMaxOpen());
    return new Inbox(InboxId.of(r.getId()), AccountId.of(r.getAccountId()), r.getName(),
        ChannelType.ofCode(r.getChannelType()), new InboxSettings(r.getCsatEnabled(), assignment, BusinessHoursJson.read(r.getBusinessHours())),
        Times.instant(r.getCreatedAt()));
  }

  /** Locks the inbox row first, so that concurrent auto-assignments in one inbox take turns. */
  @Override
  public Map<AgentId, Long> autoAssignmentTickets(AccountId account, InboxId inbox) {
    tx.ctx.select(INBOX.ID).from(INBOX).where(INBOX.ID.eq(inbox.value()), INBOX.ACCOUNT_ID.eq(account.value()))
        .forUpdate().fetch();
    Map<AgentId, Long> tickets = new HashMap<>();
    tx.ctx.select(AUTO_ASSIGNMENT_TICKET.AGENT_ID, AUTO_ASSIGNMENT_TICKET.TICKET).from(AUTO_ASSIGNMENT_TICKET)
        .where(AUTO_ASSIGNMENT_TICKET.INBOX_ID.eq(inbox.value()),
            AUTO_ASSIGNMENT_TICKET.ACCOUNT_ID.eq(account.value()))
        .forEach(r -> tickets.put(AgentId.of(r.value1()), r.value2()));
    return tickets;
  }

  @Override
  public void recordAutoAssignment(AccountId account, InboxId inbox, AgentId agent, long ticket) {
    tx.checkWritable();
    int updated = tx.ctx.update(AUTO_ASSIGNMENT_TICKET).set(AUTO_ASSIGNMENT_TICKET.TICKET, ticket)
        .set(AUTO_ASSIGNMENT_TICKET.ACCOUNT_ID, account.value())
        .where(AUTO_ASSIGNMENT_TICKET.INBOX_ID.eq(inbox.value()), AUTO_ASSIGNMENT_TICKET.AGENT_ID.eq(agent.value()))
        .execute();
    if (updated == 0) {
      tx.ctx.insertInto(AUTO_ASSIGNMENT_TICKET, AUTO_ASSIGNMENT_TICKET.ACCOUNT_ID, AUTO_ASSIGNMENT_TICKET.INBOX_ID,
          AUTO_ASSIGNMENT_TICKET.AGENT_ID, AUTO_ASSIGNMENT_TICKET.TICKET)
          .values(account.value(), inbox.value(), agent.value(), ticket).execute();
    }
  }
}
