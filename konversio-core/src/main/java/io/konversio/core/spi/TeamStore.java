package io.konversio.core.spi;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.Team;
import io.konversio.core.agent.TeamId;
import java.util.List;
import java.util.Optional;

/** Stores teams. Used inside one transaction only. */
public interface TeamStore {
  void insert(Team team);

  void update(Team team);

  Optional<Team> find(AccountId account, TeamId id);

  /** All teams of the account, ordered by id. */
  List<Team> list(AccountId account);
}
