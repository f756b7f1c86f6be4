package io.konversio.core.store.memory;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.Team;
import io.konversio.core.agent.TeamId;
import io.konversio.core.spi.TeamStore;
import java.util.List;
import java.util.Optional;

final class MemoryTeams implements TeamStore {
  private final MemoryData data;
  private final Journal journal;

  MemoryTeams(MemoryData data, Journal journal) {
    this.data = data;
    this.journal = journal;
  }

  @Override
  public void insert(Team team) {
    journal.putNew(data.teams, team.id().value(), team, "team");
  }

  @Override
  public void update(Team team) {
    journal.replace(data.teams, team.id().value(), team, stored -> stored.accountId().equals(team.accountId()),
        "team");
  }

  @Override
  public Optional<Team> find(AccountId account, TeamId id) {
    return Optional.ofNullable(data.teams.get(id.value())).filter(t -> t.accountId().equals(account));
  }

  @Override
  public List<Team> list(AccountId account) {
    return data.teams.values().stream().filter(t -> t.accountId().equals(account)).toList();
  }
}
