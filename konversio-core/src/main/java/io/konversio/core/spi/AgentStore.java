package io.konversio.core.spi;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentId;
import java.util.List;
import java.util.Optional;

/** Stores agents. Used inside one transaction only. */
public interface AgentStore {
  void insert(Agent agent);

  void update(Agent agent);

  Optional<Agent> find(AccountId account, AgentId id);

  /** All agents of the account, ordered by id. */
  List<Agent> list(AccountId account);
}
