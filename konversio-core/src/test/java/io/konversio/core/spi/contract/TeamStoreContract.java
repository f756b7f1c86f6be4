package io.konversio.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.account.Account;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.Team;
import io.konversio.core.agent.TeamId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.konversio.core.spi.TeamStore}. Subclass it with {@link #newStore()} returning a fresh
 * store of the implementation under test. Not thread-safe.
 */
public abstract class TeamStoreContract extends StoreContractSupport {

  @Test
  void aTeamWithMembersAndADescriptionRoundTrips() {
    Account acme = newAccount("Acme");
    Agent alice = newAgent(acme.id(), "Alice");
    Agent bob = newAgent(acme.id(), "Bob");
    Team team = write(tx -> {
      Team t = new Team(TeamId.of(tx.nextId("team")), acme.id(), "Facturación & Cobros 💶",
          "Handles invoices, refunds and dunning.\n" + LONG_TEXT, Set.of(alice.id(), bob.id()));
      tx.teams().insert(t);
      return t;
    });

    Optional<Team> found = read(tx -> tx.teams().find(acme.id(), team.id()));

    assertThat(found).contains(team);
  }

  @Test
  void aTeamWithoutMembersAndAnEmptyDescriptionRoundTrips() {
    Account acme = newAccount("Acme");
    Team team = newTeam(acme.id(), "Nobody yet");

    Optional<Team> found = read(tx -> tx.teams().find(acme.id(), team.id()));

    assertThat(found).contains(team);
    assertThat(found).map(Team::description).contains("");
  }

  @Test
  void updateReplacesTheMembers() {
    Account acme = newAccount("Acme");
    Agent alice = newAgent(acme.id(), "Alice");
    Agent bob = newAgent(acme.id(), "Bob");
    Agent carol = newAgent(acme.id(), "Carol");
    Team team = newTeam(acme.id(), "Sales", alice, bob);
    Team changed = team.withMembers(Set.of(bob.id(), carol.id()));

    useWrite(tx -> tx.teams().update(changed));

    Optional<Team> found = read(tx -> tx.teams().find(acme.id(), team.id()));
    assertThat(found).contains(changed);
  }

  @Test
  void updatingAnUnknownTeamThrowsAndStoresNothing() {
    Account acme = newAccount("Acme");
    Team ghost = new Team(TeamId.of(515_151), acme.id(), "Ghost", "", Set.of());

    assertThatThrownBy(() -> useWrite(tx -> tx.teams().update(ghost))).isInstanceOf(RuntimeException.class);

    List<Team> listed = read(tx -> tx.teams().list(acme.id()));
    assertThat(listed).isEmpty();
  }

  @Test
  void updatingATeamAsAnotherAccountThrowsAndChangesNothing() {
    Account acme = newAccount("Acme");
    Account globex = newAccount("Globex");
    Team team = newTeam(acme.id(), "Sales");
    Team hijacked = new Team(team.id(), globex.id(), "Hijacked", "", Set.of());

    assertThatThrownBy(() -> useWrite(tx -> tx.teams().update(hijacked))).isInstanceOf(RuntimeException.class);

    Optional<Team> found = read(tx -> tx.teams().find(acme.id(), team.id()));
    List<Team> globexTeams = read(tx -> tx.teams().list(globex.id()));
    assertThat(found).contains(team);
    assertThat(globexTeams).isEmpty();
  }

  @Test
  void listIsOrderedByIdAndKeepsToTheAccount() {
    Account acme = newAccount("Acme");
    Account globex = newAccount("Globex");
    List<Team> acmeTeams = write(tx -> {
      Team first = team(tx, acme.id(), "Zulu", Set.of());
      Team second = team(tx, acme.id(), "Alpha", Set.of());
      tx.teams().insert(team(tx, globex.id(), "Other", Set.of()));
      tx.teams().insert(second);
      tx.teams().insert(first);
      return List.of(first, second);
    });

    List<Team> listed = read(tx -> tx.teams().list(acme.id()));

    assertThat(listed).containsExactlyElementsOf(acmeTeams);
  }

  @Test
  void findWithAnotherAccountIsEmpty() {
    Account acme = newAccount("Acme");
    Account globex = newAccount("Globex");
    Team team = newTeam(acme.id(), "Sales");

    Optional<Team> found = read(tx -> tx.teams().find(globex.id(), team.id()));

    assertThat(found).isEmpty();
  }

  @Test
  void insertingAnExistingIdThrowsAndKeepsTheStoredTeam() {
    Account acme = newAccount("Acme");
    Team team = newTeam(acme.id(), "Sales");

    assertThatThrownBy(() -> useWrite(tx -> tx.teams().insert(new Team(team.id(), acme.id(), "Dup", "", Set.of()))))
        .isInstanceOf(RuntimeException.class);

    List<Team> listed = read(tx -> tx.teams().list(acme.id()));
    assertThat(listed).containsExactly(team);
  }
}
