package io.konversio.core.agent;

import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.account.AccountId;
import io.konversio.core.internal.Kernel;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The teams of one account and their members. Thread-safe. */
public final class Teams {
  private final Kernel kernel;
  private final AccountId account;

  /** For Konversio's own use; get one from {@code konversio.desk(account).teams()}. */
  public Teams(Kernel kernel, AccountId account) {
    this.kernel = kernel;
    this.account = account;
  }

  /** Creates a team with no members; names are unique per account regardless of case. */
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

  public Team addMember(TeamId id, AgentId agent) {
    return changeMembers(id, agent, true);
  }

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

  public Team get(TeamId id) {
    return find(id).orElseThrow(() -> new NotFoundException("team", id));
  }

  public Optional<Team> find(TeamId id) {
    Objects.requireNonNull(id, "id");
    return kernel.read(tx -> tx.teams().find(account, id));
  }

  /** All teams of the account, ordered by id. */
  public List<Team> list() {
    return kernel.read(tx -> tx.teams().list(account));
  }
}
