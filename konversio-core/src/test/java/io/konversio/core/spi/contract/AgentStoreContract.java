package io.konversio.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.account.Account;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.AgentRole;
import io.konversio.core.agent.Availability;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.konversio.core.spi.AgentStore}. Subclass it with {@link #newStore()} returning a fresh
 * store of the implementation under test. Not thread-safe.
 */
public abstract class AgentStoreContract extends StoreContractSupport {

  @Test
  void everyRoleAndAvailabilityRoundTrips() {
    Account acme = newAccount("Acme");
    Inbox email = newInbox(acme.id(), "Email", ChannelType.EMAIL);
    Inbox web = newInbox(acme.id(), "Web", ChannelType.WEBSITE);
    List<Agent> inserted = write(tx -> {
      List<Agent> agents = new ArrayList<>();
      for (AgentRole role : AgentRole.values()) {
        for (Availability availability : Availability.values()) {
          Agent agent = new Agent(AgentId.of(tx.nextId("agent")), acme.id(), "Søren Kierkegaard-Ørsted 李",
              "søren." + role.code() + "." + availability.code() + "@例え.jp", role, availability,
              agents.size() % 2 == 0 ? inboxIds(email, web) : Set.of());
          tx.agents().insert(agent);
          agents.add(agent);
        }
      }
      return agents;
    });

    List<Agent> listed = read(tx -> tx.agents().list(acme.id()));

    assertThat(listed).containsExactlyElementsOf(inserted);
  }

  @Test
  void anAgentIsFoundById() {
    Account acme = newAccount("Acme");
    Inbox inbox = newInbox(acme.id(), "Email", ChannelType.EMAIL);
    Agent alice = newAgent(acme.id(), "Alice", inbox);

    Optional<Agent> found = read(tx -> tx.agents().find(acme.id(), alice.id()));

    assertThat(found).contains(alice);
  }

  @Test
  void updateReplacesRoleAvailabilityAndInboxes() {
    Account acme = newAccount("Acme");
    Inbox email = newInbox(acme.id(), "Email", ChannelType.EMAIL);
    Inbox web = newInbox(acme.id(), "Web", ChannelType.WEBSITE);
    Agent alice = newAgent(acme.id(), "Alice", email, web);
    Agent changed = alice.withRole(AgentRole.ADMINISTRATOR).withAvailability(Availability.BUSY)
        .withInboxes(inboxIds(web));

    useWrite(tx -> tx.agents().update(changed));

    Optional<Agent> found = read(tx -> tx.agents().find(acme.id(), alice.id()));
    assertThat(found).contains(changed);
  }

  @Test
  void updateCanRemoveEveryInbox() {
    Account acme = newAccount("Acme");
    Inbox email = newInbox(acme.id(), "Email", ChannelType.EMAIL);
    Agent alice = newAgent(acme.id(), "Alice", email);

    useWrite(tx -> tx.agents().update(alice.withInboxes(Set.of())));

    Optional<Agent> found = read(tx -> tx.agents().find(acme.id(), alice.id()));
    assertThat(found).map(Agent::inboxes).contains(Set.of());
  }

  @Test
  void updatingAnUnknownAgentThrowsAndStoresNothing() {
    Account acme = newAccount("Acme");
    Agent ghost = new Agent(AgentId.of(777_777), acme.id(), "Ghost", "ghost@acme.example", AgentRole.AGENT,
        Availability.ONLINE, Set.of());

    assertThatThrownBy(() -> useWrite(tx -> tx.agents().update(ghost))).isInstanceOf(RuntimeException.class);

    List<Agent> listed = read(tx -> tx.agents().list(acme.id()));
    assertThat(listed).isEmpty();
  }

  @Test
  void updatingAnAgentAsAnotherAccountThrowsAndChangesNothing() {
    Account acme = newAccount("Acme");
    Account globex = newAccount("Globex");
    Agent alice = newAgent(acme.id(), "Alice");
    Agent hijacked = new Agent(alice.id(), globex.id(), "Mallory", "mallory@globex.example",
        AgentRole.ADMINISTRATOR, Availability.ONLINE, Set.of());

    assertThatThrownBy(() -> useWrite(tx -> tx.agents().update(hijacked))).isInstanceOf(RuntimeException.class);

    Optional<Agent> found = read(tx -> tx.agents().find(acme.id(), alice.id()));
    List<Agent> globexAgents = read(tx -> tx.agents().list(globex.id()));
    assertThat(found).contains(alice);
    assertThat(globexAgents).isEmpty();
  }

  @Test
  void listIsOrderedByIdAndKeepsToTheAccount() {
    Account acme = newAccount("Acme");
    Account globex = newAccount("Globex");
    List<Agent> acmeAgents = write(tx -> {
      Agent first = agent(tx, acme.id(), "Zoe", Set.of());
      Agent second = agent(tx, acme.id(), "Adam", Set.of());
      tx.agents().insert(agent(tx, globex.id(), "Other", Set.of()));
      tx.agents().insert(second);
      tx.agents().insert(first);
      return List.of(first, second);
    });

    List<Agent> listed = read(tx -> tx.agents().list(acme.id()));

    assertThat(listed).containsExactlyElementsOf(acmeAgents);
  }

  @Test
  void findWithAnotherAccountIsEmpty() {
    Account acme = newAccount("Acme");
    Account globex = newAccount("Globex");
    Agent alice = newAgent(acme.id(), "Alice");

    Optional<Agent> found = read(tx -> tx.agents().find(globex.id(), alice.id()));

    assertThat(found).isEmpty();
  }

  @Test
  void insertingAnExistingIdThrowsAndKeepsTheStoredAgent() {
    Account acme = newAccount("Acme");
    Agent alice = newAgent(acme.id(), "Alice");

    assertThatThrownBy(() -> useWrite(tx -> tx.agents().insert(alice.withRole(AgentRole.ADMINISTRATOR))))
        .isInstanceOf(RuntimeException.class);

    List<Agent> listed = read(tx -> tx.agents().list(acme.id()));
    assertThat(listed).containsExactly(alice);
  }
}
