package io.konversio.core.agent;

import io.konversio.core.account.AccountId;
import java.util.Objects;
import java.util.Set;

/** A team: a named group of agents of one account. Immutable; thread-safe. */
public record Team(TeamId id, AccountId accountId, String name, String description, Set<AgentId> members) {
  public Team {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    members = Set.copyOf(members);
  }

  public boolean hasMember(AgentId agent) {
    return members.contains(agent);
  }

  public Team withMembers(Set<AgentId> value) {
    return new Team(id, accountId, name, description, value);
  }
}
