package io.konversio.core.store.memory;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.inbox.InboxId;
import io.konversio.core.spi.InboxStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class MemoryInboxes implements InboxStore {
  private final MemoryData data;
  private final Journal journal;

  MemoryInboxes(MemoryData data, Journal journal) {
    this.data = data;
    this.journal = journal;
  }

  @Override
  public void insert(Inbox inbox) {
    journal.putNew(data.inboxes, inbox.id().value(), inbox, "inbox");
  }

  @Override
  public void update(Inbox inbox) {
    journal.replace(data.inboxes, inbox.id().value(), inbox, stored -> stored.accountId().equals(inbox.accountId()),
        "inbox");
  }

  @Override
  public Optional<Inbox> find(AccountId account, InboxId id) {
    return Optional.ofNullable(data.inboxes.get(id.value())).filter(i -> i.accountId().equals(account));
  }

  @Override
  public List<Inbox> list(AccountId account) {
    return data.inboxes.values().stream().filter(i -> i.accountId().equals(account)).toList();
  }

  @Override
  public Map<AgentId, Long> autoAssignmentTickets(AccountId account, InboxId inbox) {
    Map<AgentId, Long> result = new HashMap<>();
    String prefix = account.value() + ":" + inbox.value() + ":";
    data.autoAssignmentTickets.forEach((key, ticket) -> {
      if (key.startsWith(prefix)) {
        result.put(AgentId.of(Long.parseLong(key.substring(prefix.length()))), ticket);
      }
    });
    return result;
  }

  @Override
  public void recordAutoAssignment(AccountId account, InboxId inbox, AgentId agent, long ticket) {
    journal.put(data.autoAssignmentTickets, account.value() + ":" + inbox.value() + ":" + agent.value(), ticket);
  }
}
