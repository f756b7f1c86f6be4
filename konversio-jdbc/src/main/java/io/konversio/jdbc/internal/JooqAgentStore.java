package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.schema.Tables.AGENT;
import static io.konversio.jdbc.internal.schema.Tables.AGENT_INBOX;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.AgentRole;
import io.konversio.core.agent.Availability;
import io.konversio.core.inbox.InboxId;
import io.konversio.core.spi.AgentStore;
import io.konversio.jdbc.internal.schema.tables.records.AgentRecord;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;

/** Agents, with their inbox memberships in {@code agent_inbox}. */
final class JooqAgentStore implements AgentStore {
  private final JooqTransaction tx;

  JooqAgentStore(JooqTransaction tx) {
    this.tx = tx;
  }

  @Override
  public void insert(Agent agent) {
    tx.insertUnique(tx.ctx.insertInto(AGENT).set(record(agent)), "agent " + agent.id());
    insertInboxes(agent);
  }

  /** Replaces the stored agent; throws {@link IllegalStateException} if the account has no such agent. */
  @Override
  public void update(Agent agent) {
    tx.checkWritable();
    AgentRecord r = record(agent);
    int updated = tx.ctx.update(AGENT).set(r)
        .where(AGENT.ID.eq(agent.id().value()), AGENT.ACCOUNT_ID.eq(agent.accountId().value())).execute();
    if (updated == 0) {
      throw JooqTransaction.missing("agent", agent.id(), agent.accountId());
    }
    tx.ctx.deleteFrom(AGENT_INBOX).where(AGENT_INBOX.AGENT_ID.eq(agent.id().value())).execute();
    insertInboxes(agent);
  }

  private void insertInboxes(Agent agent) {
    if (agent.inboxes().isEmpty()) {
      return;
    }
    var insert = tx.ctx.insertInto(AGENT_INBOX, AGENT_INBOX.ACCOUNT_ID, AGENT_INBOX.AGENT_ID, AGENT_INBOX.INBOX_ID);
    for (InboxId inbox : agent.inboxes()) {
      insert = insert.values(agent.accountId().value(), agent.id().value(), inbox.value());
    }
    insert.execute();
  }

  private AgentRecord record(Agent agent) {
    AgentRecord r = tx.ctx.newRecord(AGENT);
    r.setId(agent.id().value());
    r.setAccountId(agent.accountId().value());
    r.setName(agent.name());
    r.setEmail(agent.email());
    r.setAgentRole(agent.role().code());
    r.setAvailability(agent.availability().code());
    return r;
  }

  @Override
  public Optional<Agent> find(AccountId account, AgentId id) {
    // one round trip: the agent's row once per inbox it works in (or once with no inbox)
    var rows = tx.ctx.select(AGENT.fields()).select(AGENT_INBOX.INBOX_ID).from(AGENT)
        .leftJoin(AGENT_INBOX).on(AGENT_INBOX.AGENT_ID.eq(AGENT.ID))
        .where(AGENT.ID.eq(id.value()), AGENT.ACCOUNT_ID.eq(account.value())).fetch();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Set<InboxId> inboxes = new HashSet<>();
    rows.forEach(r -> {
      Long inbox = r.get(AGENT_INBOX.INBOX_ID);
      if (inbox != null) {
        inboxes.add(InboxId.of(inbox));
      }
    });
    return Optional.of(agent(rows.get(0).into(AGENT), inboxes));
  }

  private static Agent agent(AgentRecord r, Set<InboxId> inboxes) {
    return new Agent(AgentId.of(r.getId()), AccountId.of(r.getAccountId()), r.getName(), r.getEmail(),
        AgentRole.ofCode(r.getAgentRole()), Availability.ofCode(r.getAvailability()), inboxes);
  }

  @Override
  public List<Agent> list(AccountId account) {
    return fetch(AGENT.ACCOUNT_ID.eq(account.value()), AGENT_INBOX.ACCOUNT_ID.eq(account.value()));
  }

  private List<Agent> fetch(Condition agents, Condition memberships) {
    List<AgentRecord> rows = tx.ctx.selectFrom(AGENT).where(agents).orderBy(AGENT.ID).fetch();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, Set<InboxId>> inboxes = new HashMap<>();
    tx.ctx.select(AGENT_INBOX.AGENT_ID, AGENT_INBOX.INBOX_ID).from(AGENT_INBOX).where(memberships)
        .forEach(r -> inboxes.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(InboxId.of(r.value2())));
    return rows.stream().map(r -> agent(r, inboxes.getOrDefault(r.getId(), Set.of()))).toList();
  }
}
