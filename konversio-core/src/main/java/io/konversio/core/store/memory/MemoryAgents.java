package io.konversio.core.store.memory;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentId;
import io.konversio.core.spi.AgentStore;
import java.util.List;
import java.util.Optional;

final class MemoryAgents implements AgentStore {
  private final MemoryData data;
  private final Journal journal;

  MemoryAgents(MemoryData data, Journal journal) {
    this.data = data;
    this.journal = journal;
  }

  @Override
  public void insert(Agent agent) {
    journal.putNew(data.agents, agent.id().value(), agent, "agent");
  }

  @Override
  public void update(Agent agent) {
    journal.replace(data.agents, agent.id().value(), agent, stored -> stored.accountId().equals(agent.accountId()),
        "agent");
  }

  @Override
  public Optional<Agent> find(AccountId account, AgentId id) {
    return Optional.ofNullable(data.agents.get(id.value())).filter(a -> a.accountId().equals(account));
  }

  @Override
  public List<Agent> list(AccountId account) {
    return data.agents.values().stream().filter(a -> a.accountId().equals(account)).toList();
  }
}
