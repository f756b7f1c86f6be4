package io.konversio.core.agent;

import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.account.AccountId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The teams of one account and their members. Implementations are thread-safe. */
public interface Teams {
  /** Creates a team with no members; names are unique per account regardless of case. */
  Team create(String name, String description);

  Team addMember(TeamId id, AgentId agent);

  Team removeMember(TeamId id, AgentId agent);

  Team get(TeamId id);

  Optional<Team> find(TeamId id);

  /** All teams of the account, ordered by id. */
  List<Team> list();
}
