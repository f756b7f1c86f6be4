package io.konversio.core.internal;

import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.Team;
import io.konversio.core.agent.TeamId;
import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.account.AccountId;
import io.konversio.core.internal.Kernel;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import io.konversio.core.agent.Teams;

/** The Teams of one account, over the kernel's store. Thread-safe. */
public final class StoredTeams implements Teams {
  private final Kernel kernel;
  private final AccountId account;

  public StoredTeams(Kernel kernel, AccountId account) {
    this.kernel = kernel;
    this.account = account;
  }

  /** Creates a team with no members; names are unique per account regardless of case. */
  @Override
  public Team create(String name, String description) {
    String cleanName = InvalidInputException.requiredText(name, "name");
    Objects.requireNonNull(description, "description");
    return kernel.write(unit -> {
      boolean taken = unit.tx().teams().list(account).stream().anyMatch(t -> t.name().equalsIgnoreCase(cleanName));
      InvalidInputException.check(!taken, "name", cleanName, "a team with this name exists");
      Team team = new Team(TeamId.of(unit.tx().nextId("team")), account, cleanName, description, Set.of());
      unit.tx().teams().insert(team);
      return team;
    });
  }

  @Override
  public Team addMember(TeamId id, AgentId agent) {
    return changeMembers(id, agent, true);
  }

  @Override
  public Team removeMember(TeamId id, AgentId agent) {
    return changeMembers(id, agent, false);
  }

  private Team changeMembers(TeamId id, AgentId agent, boolean add) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(agent, "agent");
    return kernel.write(unit -> {
      Team team = unit.tx().teams().find(account, id).orElseThrow(() -> new NotFoundException("team", id));
      InvalidInputException.check(unit.tx().agents().find(account, agent).isPresent(), "agent", agent,
          "no such agent in this account");
      Set<AgentId> members = new HashSet<>(team.members());
      if (add) {
        members.add(agent);
      } else {
        members.remove(agent);
      }
      Team updated = team.withMembers(members);
      unit.tx().teams().update(updated);
      return updated;
    });
  }

  @Override
  public Team get(TeamId id) {
    return find(id).orElseThrow(() -> new NotFoundException("team", id));
  }

  @Override
  public Optional<Team> find(TeamId id) {
    Objects.requireNonNull(id, "id");
    return kernel.read(tx -> tx.teams().find(account, id));
  }

  /** All teams of the account, ordered by id. */
  @Override
  public List<Team> list() {
    return kernel.read(tx -> tx.teams().list(account));
  }
}
